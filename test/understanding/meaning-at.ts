import type { ChoiceId } from '../../src/machine/choices.js';
import type { Locale } from '../../src/content/locales.js';
import type { Engine, TurnResult } from '../../src/engine/engine.js';

/** Where a message of a written set is typed: the question on screen, reached by picking choices from the first one. */
export const PLACES = {
  START: [],
  IS_ADMIN: ['sending-fails'],
  PROVIDER_Q: ['sending-fails', 'yes'],
  TOGGLE_Q: ['sending-fails', 'yes', 'no'],
  ENABLING: ['sending-fails', 'yes', 'no', 'toggle-off'],
  WAITING: ['sending-fails', 'yes', 'no', 'toggle-off', 'done'],
  RESULT: ['sending-fails', 'yes', 'no', 'toggle-off', 'done', 'test-now'],
  BRINGING: ['sending-fails', 'no'],
  CONTACT: ['sending-fails', 'yes', 'yes'],
  ADDR_Q: ['sync-fails', 'yes'],
  IMAP: ['sync-fails', 'yes', 'yes'],
} as const satisfies Record<string, readonly ChoiceId[]>;

export type Place = keyof typeof PLACES;

/** What a message means, as a careful reader takes it. */
export type Meaning =
  | 'sending'
  | 'syncing'
  | 'error'
  | 'human'
  | 'check'
  | 'yes'
  | 'no'
  | 'unsure'
  | 'done'
  | 'worked'
  | 'still-failing'
  | 'cannot-find'
  | 'test-now'
  | 'provider-refused'
  | 'question'
  | 'heard';

/**
 * Where each meaning takes the conversation from each question. "No" and "not sure" lead to the same step at the
 * admin, provider and address questions, so there they cannot be told apart (nor need to be).
 */
const STEPS: Partial<Record<Place, Record<string, Meaning[]>>> = {
  IS_ADMIN: { askingProviderManaged: ['yes'], bringingInAdmin: ['no', 'unsure'] },
  PROVIDER_Q: { contactingProvider: ['yes'], askingToggleState: ['no', 'unsure'] },
  TOGGLE_Q: { resettingToggle: ['yes'], enablingToggle: ['no'] },
  ENABLING: { waitingForPropagation: ['done'] },
  WAITING: { askingReconnectResult: ['test-now'], resolved: ['worked'] },
  RESULT: { resolved: ['worked'], askingConnectionMethod: ['still-failing'], disambiguating: ['still-failing', 'error'] },
  BRINGING: { waitingForPropagation: ['done'] },
  CONTACT: { waitingForPropagation: ['done'], nextSteps: ['provider-refused'] },
  ADDR_Q: { enablingImap: ['yes'], fixingPrimaryAddress: ['no', 'unsure'] },
  IMAP: { askingSyncResult: ['done'], disambiguating: ['error'] },
};

/** Answers given in place that are also what a meaning asks for: the designed reply to it at that question. */
const IN_PLACE: Partial<Record<Place, Record<string, Meaning[]>>> = {
  // "I can't find it" where no provider hides the setting: what to check, in place
  TOGGLE_Q: { 'mail-tab-missing': ['cannot-find'] },
  // "still failing" or "ok, I'll wait" while Microsoft applies the change: a test can tell, whenever they like
  WAITING: { 'skip-wait': ['still-failing', 'heard'] },
  IMAP: { 'mail-tab-missing': ['cannot-find'] },
};

/** The meanings a turn shows the message was taken for ("not-understood" when it was not). */
export function takenFor(place: Place, before: TurnResult, after: TurnResult): Array<Meaning | 'not-understood' | string> {
  const view = after.view;
  if (view.key === 'escalated') return ['human'];
  if (view.notices.some((n) => n.kind === 'not-understood')) return ['not-understood'];
  const aside = view.notices.find((n) => n.kind === 'aside');
  if (place === 'START') {
    if (view.key === 'askingSymptom') return aside ? ['question'] : ['heard'];
    const taken: string[] = [view.facts.path ?? view.key];
    if (view.facts.diagnoses.length > 0 || ['disambiguating', 'askingForError', 'checkingIpAllowlist'].includes(view.key)) taken.push('error');
    if (['askingForAddress', 'offeringCheck', 'runningCheck'].includes(view.key)) taken.push('check');
    return taken;
  }
  if (view.key === before.view.key) {
    if (!aside || aside.kind !== 'aside') return ['heard'];
    return ['question', ...(IN_PLACE[place]?.[aside.aside] ?? [])];
  }
  return STEPS[place]?.[view.key] ?? [view.key];
}

/** Types `says` where `place` is, in a new conversation in `locale`; what it was taken for. */
export async function meaningAt(engine: Engine, locale: Locale, place: Place, says: string) {
  let before = await engine.start('web', `set-${Math.random()}`, {}, [], { locale });
  for (const choice of PLACES[place]) {
    const outcome = await engine.send(before.session.id, { choice });
    if (!outcome.ok) throw new Error(`choice ${choice} failed at ${before.view.key}: ${outcome.error}`);
    before = outcome;
  }
  const after = await engine.send(before.session.id, { text: says });
  if (!after.ok) throw new Error(`"${says}" failed: ${after.error}`);
  return takenFor(place, before, after);
}
