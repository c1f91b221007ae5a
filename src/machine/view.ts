import type { AnyMachineSnapshot, StateValue } from 'xstate';
import { ALWAYS_OFFERED, isChoiceId, type ChoiceId } from './choices.js';
import type { DiagnosisCode } from './diagnosis-codes.js';
import type { TriageEvent } from './events.js';
import type { TriageContext } from './triage.context.js';
import { triageMachine } from './triage.machine.js';
import { VIEW_KEYS, type ViewKey } from './view-keys.js';

export type SessionStatus = 'active' | 'waiting' | 'resolved' | 'escalated';

/** A short remark about the turn that just happened, shown before the question. */
export type Notice =
  | { kind: 'not-understood' }
  | { kind: 'diagnosed'; code: DiagnosisCode }
  | { kind: 'follow-up' }
  | { kind: 'restarted' }
  /** a live check just finished and the conversation moved on because of what it found */
  | { kind: 'check-report' };

export type InputHint = 'choice' | 'error-text' | 'free-text' | 'address';

/** Everything a channel needs to show one state, with no words in it: the content module supplies those. */
export interface View {
  key: ViewKey;
  status: SessionStatus;
  /** the state's own choices, in order */
  choices: ChoiceId[];
  /** the exits offered everywhere (talk to a human, start over) */
  exits: ChoiceId[];
  input: InputHint;
  notice: Notice | null;
  facts: Readonly<TriageContext>;
}

export interface TurnInfo {
  /** the event of the turn; `check-finished` when a live check reported back by itself */
  event: TriageEvent | { type: 'check-finished' };
  previousKey: ViewKey;
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

function noticeOf(turn: TurnInfo | undefined, context: TriageContext, key: ViewKey): Notice | null {
  if (!turn) return null;
  const { event, previousKey } = turn;
  switch (event.type) {
    case 'unrecognized':
      return { kind: 'not-understood' };
    case 'follow-up-due':
      return { kind: 'follow-up' };
    case 'start-over':
      return { kind: 'restarted' };
    case 'check-finished':
    case 'probe-interrupted':
      return key !== 'reportingCheck' && context.check ? { kind: 'check-report' } : null;
    case 'error-reported':
      return context.lastDiagnosis ? { kind: 'diagnosed', code: context.lastDiagnosis } : null;
    default:
      return previousKey === 'disambiguating' && context.lastDiagnosis ? { kind: 'diagnosed', code: context.lastDiagnosis } : null;
  }
}

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
  return {
    key,
    status,
    choices: choicesOf(snapshot),
    exits: ended ? ['start-over'] : [...ALWAYS_OFFERED],
    input: INPUT_HINTS[key] ?? 'choice',
    notice: noticeOf(turn, context, key),
    facts: context,
  };
}

/** Every choice id a person may pick now, main choices first. */
export function offeredChoices(view: View): ChoiceId[] {
  return [...view.choices, ...view.exits];
}
