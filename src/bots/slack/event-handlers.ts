import { conversationKey, converse, isEnded, type Place, type SlackDeps } from './conversation.js';
import type { Delivery } from '../../engine/deliveries.js';
import { publishHome } from './home.js';
import { openMessagesTab } from './messages-tab.js';
import { slackToPlain } from './mrkdwn.js';
import type { BOT_EVENTS } from './registrations.js';
import { SLACK_CHANNEL } from './registrations.js';

/** The fields of an Events API event this channel reads. */
export interface SlackEvent {
  type: string;
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  channel?: string;
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
  tab?: string;
}

export interface EventArgs {
  event: SlackEvent;
  team: string;
  botUserId: string | undefined;
  /** the event's delivery, recorded with the turn it leads to */
  delivery?: Delivery | undefined;
}

export type EventHandler = (deps: SlackDeps, args: EventArgs) => Promise<void>;

/** A message a person wrote (not an edit, a join, a bot's message). */
function isPersonMessage(event: SlackEvent): event is SlackEvent & { user: string; channel: string; ts: string } {
  return !event.subtype && !event.bot_id && typeof event.user === 'string' && typeof event.channel === 'string' && typeof event.ts === 'string';
}

/** A reply in a channel thread where a conversation is open; mentions come as app_mention and are left to it. */
const threadReply: EventHandler = async (deps, { event, team, botUserId, delivery }) => {
  if (!isPersonMessage(event) || !event.thread_ts) return;
  if (botUserId && event.text?.includes(`<@${botUserId}>`)) return;
  const place: Place = { team, user: event.user, channel: event.channel, threadTs: event.thread_ts };
  const latest = await deps.engine.latestSession(SLACK_CHANNEL, conversationKey(place));
  if (!latest || isEnded(latest.status)) return;
  await converse(deps, place, slackToPlain(event.text ?? ''), {}, delivery);
};

/** Every bot event the manifest subscribes to, and what it does. The record must name each one. */
export const EVENT_HANDLERS: Record<(typeof BOT_EVENTS)[number], EventHandler> = {
  app_mention: async (deps, { event, team, botUserId, delivery }) => {
    if (typeof event.user !== 'string' || typeof event.channel !== 'string' || typeof event.ts !== 'string') return;
    const place: Place = { team, user: event.user, channel: event.channel, threadTs: event.thread_ts ?? event.ts };
    await converse(deps, place, slackToPlain(event.text ?? '', botUserId), {}, delivery, !event.thread_ts);
  },
  'message.im': async (deps, { event, team, delivery }) => {
    if (!isPersonMessage(event)) return;
    const place: Place = { team, user: event.user, channel: event.channel, threadTs: null };
    await converse(deps, place, slackToPlain(event.text ?? ''), {}, delivery);
  },
  'message.channels': threadReply,
  'message.groups': threadReply,
  app_home_opened: async (deps, { event, team }) => {
    if (typeof event.user !== 'string') return;
    if (event.tab === 'home') await publishHome(deps, team, event.user);
    else if (event.tab === 'messages' && typeof event.channel === 'string') await openMessagesTab(deps, team, event.user, event.channel);
  },
};

/** Which subscription a `message` event came through. */
export function messageSubscription(event: SlackEvent): (typeof BOT_EVENTS)[number] | null {
  switch (event.channel_type) {
    case 'im':
      return 'message.im';
    case 'channel':
      return 'message.channels';
    case 'group':
      return 'message.groups';
    default:
      return null;
  }
}
