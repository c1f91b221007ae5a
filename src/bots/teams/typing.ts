import { ActivityTypes, DeliveryModes, type TurnContext } from 'botbuilder';
import type { Logger } from '../../logger.js';
import { safeError } from './errors.js';

/** The longest the first reply waits for the typing indicator to be delivered (a slow connector never holds it up). */
const TYPING_WAIT_MS = 1500;

/**
 * Shows "typing…" while a message is worked on. The indicator is sent as the turn starts, without waiting for it;
 * the first reply waits until it is delivered (briefly at most), so that it never lands after the answer. Teams shows
 * typing only in 1:1 and group chats, so a channel thread is not sent one; nor is a turn whose replies go back in the
 * HTTP response. A typing indicator that fails is logged and forgotten: the answer goes out all the same.
 */
export function showTyping(context: TurnContext, logger: Logger): void {
  const activity = context.activity;
  if (activity.type !== ActivityTypes.Message || activity.deliveryMode === DeliveryModes.ExpectReplies) return;
  if (activity.conversation?.conversationType === 'channel') return;
  const delivered = context.sendActivity({ type: ActivityTypes.Typing }).then(
    () => undefined,
    (error: unknown) => logger.debug({ teamsError: safeError(error) }, 'teams typing indicator not delivered'),
  );
  let waited = false;
  context.onSendActivities(async (_context, _activities, next) => {
    if (!waited) {
      waited = true;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, TYPING_WAIT_MS)));
      await Promise.race([delivered, late]);
      clearTimeout(timer);
    }
    return next();
  });
}
