import type { FeedbackAnswer } from './feedback.js';
import type { AnyMachineSnapshot, StateValue } from 'xstate';
import { ALWAYS_OFFERED, isChoiceId, type ChoiceId } from './choices.js';
import type { DiagnosisCode } from './diagnosis-codes.js';
import type { TriageEvent } from './events.js';
import type { SkipReason, TriageContext } from './triage.context.js';
import type { AsideId } from '../understanding/intents.js';
import { triageMachine } from './triage.machine.js';
import { VIEW_KEYS, type Path, type ViewKey } from './view-keys.js';

export type SessionStatus = 'active' | 'waiting' | 'resolved' | 'escalated';

/** A short remark about the turn that just happened, shown before the question. */
export type Notice =
  /** `offerPerson` after two misunderstandings in a row; `question` when a question came where an answer was expected */
  | { kind: 'not-understood'; offerPerson?: boolean; question?: boolean }
  | { kind: 'diagnosed'; code: DiagnosisCode }
  | { kind: 'follow-up' }
  | { kind: 'restarted' }
  /** a live check just finished and the conversation moved on because of what it found */
  | { kind: 'check-report' }
  /** a question asked mid-path, answered in place */
  | { kind: 'aside'; aside: AsideId }
  /** what the first message was understood as, so a misread can be corrected at once */
  | { kind: 'understood'; path: Path }
  /** a question skipped because the person had already said the answer */
  | { kind: 'skipped'; reason: SkipReason }
  /** an address given inside a sentence: the one a live check would use */
  | { kind: 'address-noted'; address: string }
  /** something said that is remembered, without moving on */
  | { kind: 'noted' }
  /** "ok", "one sec": heard, the question stands; `handedOver` when the message for an admin or provider went out */
  | { kind: 'acknowledged'; handedOver: boolean }
  | { kind: 'went-back' }
  | { kind: 'nothing-to-go-back-to' }
  | { kind: 'cannot-go-back' }
  /** "back" after the conversation ended (resolved, or with a person) */
  | { kind: 'ended-no-back' }
  /** the conversation changed language: asked for, or followed the language the person wrote in (a locale tag) */
  | { kind: 'language-switched'; locale: string; asked: boolean }
  /** the message is in a language the assistant does not speak */
  | { kind: 'language-unsupported' }
  /** an answer to "did this help?" (with a comment, or the comment added afterwards) */
  | { kind: 'feedback-thanks'; answer: FeedbackAnswer; comment: boolean };

export type InputHint = 'choice' | 'error-text' | 'free-text' | 'address';

/** Everything a channel needs to show one state, with no words in it: the content module supplies those. */
export interface View {
  key: ViewKey;
  status: SessionStatus;
  /** the state's own choices shown as buttons, in order */
  choices: ChoiceId[];
  /** choices the state takes when typed (or sent by id) but does not show, to keep the buttons few */
  typed: ChoiceId[];
  /** the exits offered everywhere (talk to a human, start over) */
  exits: ChoiceId[];
  input: InputHint;
  /** the first of `notices`, or null */
  notice: Notice | null;
  notices: Notice[];
  /** the question stands unchanged (an aside, a misunderstanding): show it again in one short line, not in full */
  compact: boolean;
  facts: Readonly<TriageContext>;
}

export interface TurnInfo {
  /** the event of the turn; `check-finished` when a live check reported back by itself */
  event: TriageEvent | { type: 'check-finished' } | { type: 'went-back' };
  previousKey: ViewKey;
  /** how many questions had been skipped before the turn (the view names the ones it adds) */
  previousSkipped?: number;
  /** remarks of the engine's own, shown first (going back, an address noted, facts remembered) */
  extra?: Notice[];
  /** misunderstandings in a row, this turn's included */
  misses?: number;
  /** show the whole step again even though the question stands (it is now in another language) */
  redraw?: boolean;
}

function leafPath(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  const [parent, child] = Object.entries(value)[0] ?? [];
  return parent === undefined || child === undefined ? [] : [parent, ...leafPath(child)];
}

export function viewKeyOf(snapshot: AnyMachineSnapshot): ViewKey {
  const path = leafPath(snapshot.value);
  const leaf = path[path.length - 1];
  if (!leaf || !(VIEW_KEYS as readonly string[]).includes(leaf)) throw new Error(`state ${path.join('.')} has no view`);
  return leaf as ViewKey;
}

const choiceCache = new Map<string, ChoiceId[]>();

/** The choices a state offers are exactly the choice events it handles, in the order the machine lists them. */
export function choicesOf(snapshot: AnyMachineSnapshot): ChoiceId[] {
  const id = ['triage', ...leafPath(snapshot.value)].join('.');
  let cached = choiceCache.get(id);
  if (!cached) {
    const on = triageMachine.getStateNodeById(id).config.on ?? {};
    cached = Object.keys(on).filter(isChoiceId);
    choiceCache.set(id, cached);
  }
  return cached;
}

export function statusOf(snapshot: AnyMachineSnapshot): SessionStatus {
  if (snapshot.hasTag('escalated')) return 'escalated';
  if (snapshot.hasTag('resolved')) return 'resolved';
  if (snapshot.hasTag('waiting')) return 'waiting';
  return 'active';
}

/** States where a first description of the problem is answered; leaving them names what was understood. */
const DESCRIBING: readonly ViewKey[] = ['askingSymptom', 'clarifyingPath', 'describingProblem'];

function eventNotice(turn: TurnInfo, context: TriageContext, key: ViewKey): Notice | null {
  const { event, previousKey } = turn;
  switch (event.type) {
    case 'unrecognized': {
      const notice: Notice = { kind: 'not-understood' };
      if (event.question) notice.question = true;
      if ((turn.misses ?? 1) >= 2) notice.offerPerson = true;
      return notice;
    }
    case 'aside':
      return { kind: 'aside', aside: event.aside };
    case 'follow-up-due':
      return { kind: 'follow-up' };
    case 'start-over':
      return { kind: 'restarted' };
    case 'check-finished':
    case 'probe-interrupted':
      return key !== 'reportingCheck' && context.check ? { kind: 'check-report' } : null;
    case 'error-reported':
      return context.lastDiagnosis ? { kind: 'diagnosed', code: context.lastDiagnosis } : null;
    case 'path-changed':
      return { kind: 'understood', path: event.path };
    case 'cannot-find-setting':
      // no provider hides it: what else hides the setting, with the steps again
      return key === previousKey ? { kind: 'aside', aside: 'mail-tab-missing' } : null;
    case 'sending-fails':
    case 'sync-fails':
      return DESCRIBING.includes(previousKey) && context.path ? { kind: 'understood', path: context.path } : null;
    default:
      return previousKey === 'disambiguating' && context.lastDiagnosis ? { kind: 'diagnosed', code: context.lastDiagnosis } : null;
  }
}

function noticesOf(turn: TurnInfo | undefined, context: TriageContext, key: ViewKey): Notice[] {
  if (!turn) return [];
  // "noted" only when nothing else shows that the message was heard
  const notices: Notice[] = (turn.extra ?? []).filter((n) => n.kind !== 'noted' || key === turn.previousKey);
  const main = eventNotice(turn, context, key);
  // what was understood comes before the questions it let us skip
  if (main?.kind === 'understood') notices.push(main);
  const skipped = context.skipped.slice(Math.min(turn.previousSkipped ?? context.skipped.length, context.skipped.length));
  for (const reason of skipped) notices.push({ kind: 'skipped', reason });
  // a message in a language we do not speak is answered with that, not with "didn't get that"
  const unsupported = notices.some((n) => n.kind === 'language-unsupported');
  if (main && main.kind !== 'understood' && !(unsupported && main.kind === 'not-understood')) notices.push(main);
  return notices;
}

/** A turn that left the question where it was, without a new step to show. */
function isCompact(turn: TurnInfo | undefined, key: ViewKey): boolean {
  if (!turn || key !== turn.previousKey || turn.redraw) return false;
  const type = turn.event.type;
  return type === 'aside' || type === 'unrecognized' || type === 'facts-learned' || type === 'went-back' || (turn.extra?.length ?? 0) > 0;
}

/**
 * The first question shows few buttons: the two paths, an error, a live check and a person. The rarer openings are
 * still understood when typed ("SMTP AUTH extension not supported", "I'll check what Close shows", "something else").
 */
const TYPED_ONLY: Partial<Record<ViewKey, readonly ChoiceId[]>> = {
  askingSymptom: ['smtp-auth-not-supported', 'check-close-status', 'something-else'],
};

const INPUT_HINTS: Partial<Record<ViewKey, InputHint>> = {
  askingForError: 'error-text',
  askingForAddress: 'address',
  describingProblem: 'free-text',
};

export function viewOf(snapshot: AnyMachineSnapshot, turn?: TurnInfo): View {
  const key = viewKeyOf(snapshot);
  const status = statusOf(snapshot);
  const context = snapshot.context as TriageContext;
  const ended = status === 'resolved' || status === 'escalated';
  const notices = noticesOf(turn, context, key);
  const all = choicesOf(snapshot);
  const typed = TYPED_ONLY[key] ?? [];
  return {
    key,
    status,
    choices: all.filter((c) => !typed.includes(c)),
    typed: all.filter((c) => typed.includes(c)),
    // nothing to start over at the first question
    exits: ended ? ['start-over'] : key === 'askingSymptom' ? ['human'] : [...ALWAYS_OFFERED],
    input: INPUT_HINTS[key] ?? 'choice',
    notice: notices[0] ?? null,
    notices,
    compact: isCompact(turn, key),
    facts: context,
  };
}

/** Every choice id a person may pick now, shown or typed, main choices first. */
export function offeredChoices(view: View): ChoiceId[] {
  return [...view.choices, ...view.typed, ...view.exits];
}
