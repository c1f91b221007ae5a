import type { ChoiceId } from '../machine/choices.js';
import type { ViewKey } from '../machine/view-keys.js';
import type { AnswerIntent } from './intents.js';

/** Which offered choice a short answer picks, by the question on screen: the first offered of each list. */
export const ANSWER_CHOICES: Record<AnswerIntent, readonly ChoiceId[]> = {
  'answer.yes': ['yes', 'toggle-on', 'it-worked', 'provider-enabled', 'admin-done', 'done', 'run-check', 'continue'],
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

/** The choice an answer picks among those offered, or null when it answers nothing asked here. */
export function choiceForAnswer(answer: AnswerIntent, offered: readonly ChoiceId[]): ChoiceId | null {
  return ANSWER_CHOICES[answer].find((id) => offered.includes(id)) ?? null;
}
