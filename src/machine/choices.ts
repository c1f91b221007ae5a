/** Every choice a person can pick. The ids are the same in every channel and are the machine's event types. */
export const CHOICE_IDS = [
  'sending-fails',
  'sync-fails',
  'have-error',
  'smtp-auth-not-supported',
  'check-close-status',
  'something-else',
  'sending-disconnected',
  'syncing-disconnected',
  'both-disconnected',
  'both-connected',
  'describe-instead',
  'yes',
  'no',
  'not-sure',
  'toggle-on',
  'toggle-off',
  'cannot-find-setting',
  'done',
  'test-now',
  'it-worked',
  'still-failing',
  'microsoft-sign-in',
  'password',
  'provider-enabled',
  'provider-refused',
  'admin-done',
  'provider-manages-it',
  'check-mailbox',
  'run-check',
  'run-check-signed-in',
  'skip-check',
  'continue',
  'human',
  'start-over',
] as const;

export type ChoiceId = (typeof CHOICE_IDS)[number];

/** Offered in every state that is still a conversation; channels may show them apart from the main choices. */
export const ALWAYS_OFFERED: readonly ChoiceId[] = ['human', 'start-over'];

export function isChoiceId(value: unknown): value is ChoiceId {
  return typeof value === 'string' && (CHOICE_IDS as readonly string[]).includes(value);
}
