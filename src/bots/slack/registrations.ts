/**
 * Everything the Slack app listens to and every Web API method it calls, in one place: requests are dispatched to
 * handlers by these lists, and a test holds manifest/slack.json to them (nothing handled that the manifest lacks, no scope
 * asked for that no call needs).
 */

export const SLACK_CHANNEL = 'slack';
export const EVENTS_PATH = '/slack/events';

/** Events API subscriptions (bot events), as the manifest names them. */
export const BOT_EVENTS = ['app_mention', 'message.im', 'message.channels', 'message.groups', 'app_home_opened'] as const;

export const SLASH_COMMAND = '/mailbox-doctor';
export const SLASH_COMMANDS = [SLASH_COMMAND] as const;

export const SHORTCUT_DIAGNOSE = 'diagnose_error';
/** Message shortcuts: callback id → the name shown in Slack's menu. */
export const MESSAGE_SHORTCUTS = { [SHORTCUT_DIAGNOSE]: 'Diagnose this error' } as const;

/** Block action ids (buttons and selects). Choice buttons are `mbd_choice_<choice id>`. */
export const ACTIONS = {
  choicePrefix: 'mbd_choice_',
  pickAdmin: 'mbd_pick_admin',
  adminDone: 'mbd_admin_done',
  openAddressModal: 'mbd_open_address',
  homeStart: 'mbd_home_start',
  /** the feedback buttons of "did this help?" (a `feedback_buttons` element) */
  feedback: 'mbd_feedback',
  /** the same two answers as plain buttons, where Slack refuses feedback buttons: `mbd_feedback_answer_<answer id>` */
  feedbackAnswerPrefix: 'mbd_feedback_answer_',
  /** "add a comment" after "no, it didn't help": opens the comment modal */
  feedbackComment: 'mbd_feedback_comment',
} as const;
/** The entries of ACTIONS that name the start of their action ids, not a whole one. */
const PREFIXED: ReadonlyArray<keyof typeof ACTIONS> = ['choicePrefix', 'feedbackAnswerPrefix'];
const isPrefixed = (key: keyof typeof ACTIONS): boolean => PREFIXED.includes(key);
const ACTION_KEYS = Object.keys(ACTIONS) as Array<keyof typeof ACTIONS>;

/** Every action id above (the prefixed ones by their prefix), as one pattern. */
export const ACTION_PATTERN = new RegExp(
  `^(?:${ACTION_KEYS.filter(isPrefixed).map((key) => ACTIONS[key]).join('|')}|(?:${ACTION_KEYS.filter((key) => !isPrefixed(key)).map((key) => ACTIONS[key]).join('|')})$)`,
);

/** Which entry of ACTIONS an action id belongs to, or null. */
export function actionKey(actionId: unknown): keyof typeof ACTIONS | null {
  if (typeof actionId !== 'string') return null;
  const found = ACTION_KEYS.find((key) => (isPrefixed(key) ? actionId.startsWith(ACTIONS[key]) : ACTIONS[key] === actionId));
  return found ?? null;
}

/** Modal callback ids. */
export const VIEWS = { addressModal: 'mbd_address_modal', feedbackComment: 'mbd_feedback_comment_modal' } as const;

/** Every Web API method the code calls, and the bot scope it needs (null: no scope of its own). */
export const WEB_API_METHODS = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.getPermalink': null,
  'conversations.open': 'im:write',
  'views.publish': null,
  'views.open': null,
  'auth.test': null,
  'users.info': 'users:read',
  // since March 2026 chat:write is enough for the status (Slack's changelog); assistant:write soon no longer is
  'assistant.threads.setStatus': 'chat:write',
  'assistant.threads.setSuggestedPrompts': 'assistant:write',
} as const;
export type WebApiMethod = keyof typeof WEB_API_METHODS;

/** The bot scope each subscription or feature needs. */
export const FEATURE_SCOPES: Record<string, string> = {
  'event:app_mention': 'app_mentions:read',
  'event:message.im': 'im:history',
  'event:message.channels': 'channels:history',
  'event:message.groups': 'groups:history',
  'event:app_home_opened': '',
  'command:/mailbox-doctor': 'commands',
  [`shortcut:${SHORTCUT_DIAGNOSE}`]: 'commands',
};

/** The set of bot scopes the code needs: from the events, commands, shortcuts and Web API methods above. */
export function requiredBotScopes(): string[] {
  const scopes = new Set<string>();
  for (const scope of Object.values(FEATURE_SCOPES)) if (scope) scopes.add(scope);
  for (const scope of Object.values(WEB_API_METHODS)) if (scope) scopes.add(scope);
  return [...scopes].sort();
}
