import type { ChoiceId } from '../machine/choices.js';
import type { ViewKey } from '../machine/view-keys.js';
import type { AnswerIntent } from './intents.js';

/** Which offered choice a short answer picks, by the question on screen: the first offered of each list. */
export const ANSWER_CHOICES: Record<AnswerIntent, readonly ChoiceId[]> = {
  // after a check, "sure" carries on rather than checking again
  'answer.yes': ['yes', 'toggle-on', 'it-worked', 'provider-enabled', 'admin-done', 'done', 'continue', 'run-check'],
  'answer.no': ['no', 'toggle-off', 'still-failing', 'provider-refused', 'skip-check'],
  'answer.unsure': ['not-sure'],
  'answer.done': ['done', 'admin-done', 'provider-enabled', 'continue'],
  'answer.worked': ['it-worked'],
  'answer.still-failing': ['still-failing', 'provider-refused'],
  'answer.cannot-find': ['cannot-find-setting'],
  'answer.test-now': ['test-now'],
  'answer.skip': ['skip-check', 'describe-instead'],
};

/** States whose steps are in the Microsoft 365 admin center: "I can't find it" there is about the Mail tab. */
export const ADMIN_CENTER_STEPS: readonly ViewKey[] = [
  'resettingToggle',
  'enablingToggle',
  'fixingPrimaryAddress',
  'enablingImap',
  'askingAddressesMatch',
  'askingToggleState',
];

/** States that ask no yes-or-no question: a bare yes or no there picks nothing ("yes" while waiting is not "it works"). */
export const NO_QUESTION_ASKED: readonly ViewKey[] = ['waitingForPropagation'];

/** States where a bare "ok" accepts what is offered; elsewhere it only says the person heard (see Vocabulary.acknowledge). */
export const OK_ACCEPTS: readonly ViewKey[] = ['offeringCheck'];

/** States that wait on someone else (an admin, a provider): the message going out is not their reply. */
export const HANDED_OFF: readonly ViewKey[] = ['bringingInAdmin', 'contactingProvider'];

/**
 * States that wait for something to be done, by the person or by someone else: "not yet", "I haven't tried yet" there
 * is heard, and the question stands (where a question asks how things are, "not yet" would be an answer: "no").
 */
export const AWAITING_ACTION: readonly ViewKey[] = [
  ...HANDED_OFF,
  'enablingToggle',
  'resettingToggle',
  'fixingPrimaryAddress',
  'readdingAccount',
  'enablingImap',
  'askingReconnectResult',
  'askingSyncResult',
  'waitingForPropagation',
];

/** States where "I think I am" is about being an admin. */
export const ADMIN_QUESTION: readonly ViewKey[] = ['askingIsAdmin', 'bringingInAdmin'];

/** The choice an answer picks among those offered, or null when it answers nothing asked here. */
export function choiceForAnswer(answer: AnswerIntent, offered: readonly ChoiceId[], key: ViewKey | null = null): ChoiceId | null {
  if ((answer === 'answer.yes' || answer === 'answer.no') && key !== null && NO_QUESTION_ASKED.includes(key)) return null;
  // "Shall I hand this to a person?" "Yes please"
  if (answer === 'answer.yes' && key === 'nextSteps' && offered.includes('human')) return 'human';
  return ANSWER_CHOICES[answer].find((id) => offered.includes(id)) ?? null;
}
