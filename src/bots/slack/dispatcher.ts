import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import type { Delivery, EventDeliveries } from '../../engine/deliveries.js';
import { ACTION_HANDLERS, type ActionArgs } from './action-handlers.js';
import type { SlackDeps } from './conversation.js';
import { COMMAND_HANDLERS, startsInPlace, SHORTCUT_HANDLERS, VIEW_HANDLERS, type CommandBody, type ShortcutBody, type ViewAck, type ViewSubmissionBody } from './entry-handlers.js';
import type { ErrorBoundary } from './error-boundary.js';
import { EVENT_HANDLERS, messageSubscription, type SlackEvent } from './event-handlers.js';
import { ACTION_PATTERN, actionKey, BOT_EVENTS, VIEWS } from './registrations.js';

type Ack = (response?: unknown) => Promise<void>;
/** What Bolt hands a global middleware, read loosely: the body's shape decides which of these are there. */
type Args = AllMiddlewareArgs & { body: Record<string, unknown>; ack?: Ack; action?: { action_id?: unknown } };

/** Modal callback id → its handler's key. */
const VIEW_KEYS = new Map(Object.entries(VIEWS).map(([key, callbackId]) => [callbackId as string, key as keyof typeof VIEWS]));

/** An app mention outside any thread, with words: the message a new Slack conversation starts with. */
function startsThread(event: unknown): boolean {
  const e = event as { type?: unknown; thread_ts?: unknown; text?: unknown } | undefined;
  return e?.type === 'app_mention' && e.thread_ts === undefined && typeof e.text === 'string';
}

/**
 * Every request Bolt hands the app (verified; an event already acknowledged), sent to its handler by one global
 * middleware. This replaces one Bolt listener per kind (events, the command, the shortcut, block actions, each modal):
 * Bolt runs every listener's matchers on every request, each a chain of promises: measured in a loop, Bolt took about
 * 78 µs an event with those six listeners and 25 µs with none (issue 16). It matches what those listeners matched:
 * an event of a type we subscribe to; the command by name; the message shortcut by callback id; a block action whose
 * action id is ours; a modal's submission by callback id. Anything else is left alone, as Bolt leaves a request no
 * listener matches (the receiver answers it 404).
 *
 * Events are handled once each: Slack retries an event it thinks was missed and may deliver one twice, so its id is
 * claimed first (a mention outside any thread starts a thread of its own: its first turn's write claims it).
 */
export function slackDispatcher(deps: SlackDeps, deliveries: EventDeliveries, boundary: ErrorBoundary, logger: Logger): Middleware<AnyMiddlewareArgs> {
  const handle = async (event: SlackEvent, body: Record<string, unknown>, botUserId: string | undefined, delivery: Delivery | undefined) => {
    const subscription = event.type === 'message' ? messageSubscription(event) : (BOT_EVENTS as readonly string[]).includes(event.type) ? (event.type as (typeof BOT_EVENTS)[number]) : null;
    const handler = subscription ? EVENT_HANDLERS[subscription] : undefined;
    if (!handler) return;
    const team = typeof body['team_id'] === 'string' ? body['team_id'] : '';
    await boundary.run(`event ${subscription}`, () => handler(deps, { event, team, botUserId, delivery }));
  };

  const onEvent = async ({ body, context }: Args) => {
    const event = body['event'] as SlackEvent | undefined;
    if (!event) return;
    const eventId = body['event_id'];
    if (typeof eventId !== 'string') return handle(event, body, context.botUserId, undefined);
    const key = `slack:event:${eventId}`;
    const delivery = startsThread(event) ? deliveries.unclaimed(key) : await deliveries.claim(key);
    if (!delivery) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'Slack event already handled; ignored');
      return;
    }
    try {
      await handle(event, body, context.botUserId, delivery);
    } finally {
      await deliveries.finish(delivery);
    }
  };

  const onCommand = async (name: keyof typeof COMMAND_HANDLERS, body: CommandBody, ack: Ack) => {
    // a command delivered twice (a retry, to another instance) is answered once: by its trigger id
    const triggerId = (body as { trigger_id?: unknown }).trigger_id;
    const delivery = typeof triggerId === 'string' && triggerId ? await deliveries.claim(`slack:command:${triggerId}`) : undefined;
    if (delivery === null) {
      await ack();
      logger.info({ command: name }, 'Slack command already handled; ignored');
      return;
    }
    const inPlace = startsInPlace(deps, body);
    await ack({ response_type: 'ephemeral', text: inPlace ? deps.content.commandAckInPlace : deps.content.commandAck });
    await boundary.run(`command ${name}`, () => COMMAND_HANDLERS[name](deps, body));
    if (delivery) await boundary.run(`command ${name}`, () => deliveries.finish(delivery));
  };

  const onView = async (key: keyof typeof VIEWS, body: ViewSubmissionBody, ack: Ack) => {
    // the handler acknowledges itself (with field errors if any); a failure before that still closes the modal
    let acked = false;
    const once: ViewAck = async (response) => {
      acked = true;
      await ack(response);
    };
    await boundary.run(`view ${VIEWS[key]}`, () => VIEW_HANDLERS[key](deps, body, once));
    if (!acked) await ack();
  };

  return async (args) => {
    const { body, ack, action } = args as unknown as Args;
    const type = body['type'];
    if (type === 'event_callback') return onEvent(args as unknown as Args);
    if (!ack) return;
    const command = body['command'];
    if (typeof command === 'string') {
      if (Object.hasOwn(COMMAND_HANDLERS, command)) await onCommand(command as keyof typeof COMMAND_HANDLERS, body as unknown as CommandBody, ack);
      return;
    }
    if (type === 'message_action') {
      const callbackId = body['callback_id'];
      if (typeof callbackId !== 'string' || !Object.hasOwn(SHORTCUT_HANDLERS, callbackId)) return;
      await ack();
      await boundary.run(`shortcut ${callbackId}`, () => SHORTCUT_HANDLERS[callbackId as keyof typeof SHORTCUT_HANDLERS](deps, body as unknown as ShortcutBody));
      return;
    }
    if (type === 'block_actions') {
      const actionId = action?.action_id;
      if (typeof actionId !== 'string' || !ACTION_PATTERN.test(actionId)) return;
      await ack();
      const key = actionKey(actionId);
      if (key) await boundary.run(`action ${key}`, () => ACTION_HANDLERS[key](deps, { body, action } as unknown as ActionArgs));
      return;
    }
    if (type === 'view_submission') {
      const callbackId = (body['view'] as { callback_id?: unknown } | undefined)?.callback_id;
      const view = typeof callbackId === 'string' ? VIEW_KEYS.get(callbackId) : undefined;
      if (view) await onView(view, body as unknown as ViewSubmissionBody, ack);
    }
  };
}
