import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';

export const TEAMS_CHANNEL = 'teams';

/**
 * One session per conversation: a 1:1 or group chat is one conversation; in a channel each thread is one
 * (Teams names a thread `<channel id>;messageid=<id of its first post>`; a new post starts its own thread).
 */
export function conversationKeyOf(activity: Partial<Activity>): string {
  const id = activity.conversation?.id ?? '';
  if (activity.conversation?.conversationType === 'channel' && !id.includes(';messageid=') && activity.id) {
    return `${id};messageid=${activity.id}`;
  }
  return id;
}

/**
 * Whether the activity is the first message of its channel thread (a new post, whose thread is named after it): no
 * session can be there yet.
 */
export function startsThread(activity: Partial<Activity>): boolean {
  if (activity.conversation?.conversationType !== 'channel' || !activity.id) return false;
  const id = activity.conversation.id ?? '';
  const at = id.indexOf(';messageid=');
  return at < 0 || id.slice(at + ';messageid='.length) === activity.id;
}

/**
 * Whether a stored session belongs to the conversation an activity came from. Compared on the chat or channel id,
 * so a card clicked in a thread matches however Teams writes the thread part.
 */
export function belongsTo(conversationKey: string, activity: Partial<Activity>): boolean {
  const base = (id: string) => id.split(';')[0];
  return base(conversationKey) === base(activity.conversation?.id ?? '');
}

export function isPersonal(activity: Partial<Activity>): boolean {
  return (activity.conversation?.conversationType ?? 'personal') === 'personal';
}

/**
 * The reference to continue this conversation later; in a channel it points at the thread. It names no activity:
 * a later message is a new message in the chat or thread, not a reply to an old one.
 */
export function referenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
  return { ...reference, conversation: { ...reference.conversation, id: conversationKeyOf(activity) } as ConversationReference['conversation'] };
}

/** What the Teams channel keeps in a session's meta. */
export interface TeamsMeta {
  reference: Partial<ConversationReference>;
  /** the id of the last question card, to take its buttons away once it is answered */
  cardId?: string;
  /** the progress card of a live check still running, to finalise it when the result arrives (also after a restart) */
  checkCardId?: string | undefined;
  userName?: string;
  /** the admin a handoff was sent to */
  admin?: { userId: string; name: string };
}

/** The key of a session's meta that holds what the Teams channel keeps (`TeamsMeta`). */
export const TEAMS_META = 'teams';

export function teamsMetaOf(meta: Record<string, unknown>): TeamsMeta | null {
  const teams = meta[TEAMS_META];
  if (typeof teams !== 'object' || teams === null || !('reference' in teams)) return null;
  return teams as TeamsMeta;
}

/** The text of a message with the bot's @mention taken out. */
export function textWithoutMention(activity: Partial<Activity>): string {
  const text = activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : activity.text;
  return (text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim();
}
