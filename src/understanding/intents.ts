/**
 * What a person can mean, whatever language they write in. The interpreter is trained to tell these apart from the
 * utterance corpus of each locale (src/content/corpus.<locale>.ts); the engine and the machine see only the result.
 */

/** A problem to troubleshoot: the opening message, or a change of topic mid-path. */
export const PATH_INTENTS = [
  /** Close disconnects when sending, mail stuck in the Outbox, sequences or bulk email paused, "Email Sending: Disconnected" */
  'path.sending',
  /** mail not coming into Close, replies missing on the lead, Close-sent mail missing from Outlook's Sent folder */
  'path.syncing',
  /** the "SMTP AUTH extension not supported" reply, in the person's own words */
  'path.smtp-auth-not-supported',
  /** "I have an error message" (wants to paste it) */
  'path.error',
  /** wants the mailbox checked live */
  'path.check-mailbox',
  /** something is wrong with the mailbox in Close, without saying whether sending or mail coming in */
  'path.unclear',
] as const;

/** Short answers to the question on screen; which choice they pick depends on the question. */
export const ANSWER_INTENTS = [
  'answer.yes',
  'answer.no',
  'answer.unsure',
  /** finished the step that was asked for */
  'answer.done',
  /** the problem is gone */
  'answer.worked',
  'answer.still-failing',
  /** cannot find the setting, menu or tab */
  'answer.cannot-find',
  /** ready to test without waiting longer */
  'answer.test-now',
  /** not now, skip it */
  'answer.skip',
] as const;

/** Questions asked mid-path: answered in place, then the same question stands again. */
export const ASIDE_INTENTS = [
  'aside.wait-time',
  'aside.skip-wait',
  'aside.what-imap',
  'aside.what-smtp-auth',
  'aside.what-setting',
  'aside.is-it-safe',
  'aside.am-i-admin',
  'aside.find-admin',
  'aside.what-provider',
  'aside.how-reconnect',
  'aside.what-alias',
  'aside.ip-list',
  /** "why do you need my address?": what the check does with it */
  'aside.why-address',
  'aside.december-change',
  'aside.mail-tab-missing',
  'aside.outbox-sequences',
  /** "what now?", "what do you mean?": where we are, and what to do next */
  'aside.what-next',
  'aside.capabilities',
  'aside.thanks',
  'aside.greeting',
  'aside.out-of-scope',
  /** "is Microsoft down?": where Microsoft's service status is, and why an outage is rarely the cause */
  'aside.service-status',
] as const;

export const OTHER_INTENTS = ['request.human', 'nav.back', 'nav.start-over'] as const;

export const INTENTS = [...PATH_INTENTS, ...ANSWER_INTENTS, ...ASIDE_INTENTS, ...OTHER_INTENTS] as const;

export type PathIntent = (typeof PATH_INTENTS)[number];
export type AnswerIntent = (typeof ANSWER_INTENTS)[number];
export type AsideIntent = (typeof ASIDE_INTENTS)[number];
export type Intent = (typeof INTENTS)[number];

/** The aside's id without its prefix: the key of its answer in the content module. */
export type AsideId = AsideIntent extends `aside.${infer Id}` ? Id : never;

export function isIntent(value: string): value is Intent {
  return (INTENTS as readonly string[]).includes(value);
}

export function isAside(intent: Intent): intent is AsideIntent {
  return intent.startsWith('aside.');
}

export function asideId(intent: AsideIntent): AsideId {
  return intent.slice('aside.'.length) as AsideId;
}
