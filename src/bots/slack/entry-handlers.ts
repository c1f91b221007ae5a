import { sendComment, typedComment } from './feedback-comment.js';
import { redact } from '../../engine/redact.js';
import { classifyError } from '../../machine/classifier.js';
import { contextBlock, sectionBlock } from './blocks.js';
import { conversationKey, converse, isEnded, placeOf, postTurn, refusal, startFresh, type Place, type SlackDeps } from './conversation.js';
import { escapeMrkdwn, isUserId, slackToPlain } from './mrkdwn.js';
import { MESSAGE_SHORTCUTS, SLACK_CHANNEL, SLASH_COMMANDS, VIEWS } from './registrations.js';
import { isPlacementError } from './web-api.js';
import { isEmailAddress } from '../../probes/address.js';

/** The fields of a slash command this channel reads. */
export interface CommandBody {
  text?: string;
  user_id: string;
  team_id: string;
  channel_id?: string;
}

export type CommandHandler = (deps: SlackDeps, body: CommandBody) => Promise<void>;

/** Whether the command starts its conversation where it was typed: configured so, and typed in a channel. */
export function startsInPlace(deps: SlackDeps, body: CommandBody): boolean {
  return Boolean(deps.slashInPlace) && /^[CG][A-Z0-9]+$/.test(body.channel_id ?? '') && isUserId(body.user_id);
}

/** The bot's first reply where the command was typed, and the conversation in its thread; false if it can't post there. */
async function startInPlace(deps: SlackDeps, body: CommandBody, channel: string, text: string | null): Promise<boolean> {
  const intro = deps.content.commandThreadIntro(body.user_id);
  const posted = await deps.api.post({ channel, threadTs: null }, [sectionBlock(intro)], intro);
  if (!posted.ok) return false;
  await converse(deps, { team: body.team_id, user: body.user_id, channel, threadTs: posted.ts }, text);
  return true;
}

/**
 * `/mailbox-doctor [address or error]`: the conversation happens in a direct message (or, with SLACK_SLASH_IN_PLACE,
 * in a thread where the command was typed); the words go in first.
 */
export const COMMAND_HANDLERS: Record<(typeof SLASH_COMMANDS)[number], CommandHandler> = {
  '/mailbox-doctor': async (deps, body) => {
    const text = slackToPlain(body.text ?? '') || null;
    const here = startsInPlace(deps, body) ? (body.channel_id ?? null) : null;
    if (here && (await startInPlace(deps, body, here, text))) return;
    const dm = await deps.api.openDm(body.user_id);
    if (!dm.ok) {
      if (body.channel_id) await deps.api.ephemeral({ channel: body.channel_id, threadTs: null }, body.user_id, deps.content.dmFailed);
      return;
    }
    if (here) {
      const moved = deps.content.commandMovedToDm(here);
      await deps.api.post({ channel: dm.channel, threadTs: null }, [contextBlock(moved)], moved);
    }
    const place: Place = { team: body.team_id, user: body.user_id, channel: dm.channel, threadTs: null };
    await converse(deps, place, text);
  },
};

/** The fields of a message shortcut this channel reads. */
export interface ShortcutBody {
  team?: { id: string } | null;
  user: { id: string; team_id?: string };
  channel?: { id: string };
  message?: { ts?: string; thread_ts?: string; text?: string };
}

export type ShortcutHandler = (deps: SlackDeps, body: ShortcutBody) => Promise<void>;

const REPORTED_ERROR_LIMIT = 1500;

async function tellInDm(deps: SlackDeps, user: string, text: string): Promise<void> {
  const dm = await deps.api.openDm(user);
  if (dm.ok) await deps.api.post({ channel: dm.channel, threadTs: null }, [contextBlock(text)], text);
}

/** "Diagnose this error" on any message: classify its text and answer in a thread under it. */
export const SHORTCUT_HANDLERS: Record<keyof typeof MESSAGE_SHORTCUTS, ShortcutHandler> = {
  diagnose_error: async (deps, body) => {
    const team = body.team?.id ?? body.user.team_id ?? '';
    const text = slackToPlain(body.message?.text ?? '');
    const channel = body.channel?.id;
    const ts = body.message?.ts;
    if (!text || !channel || !ts) {
      await tellInDm(deps, body.user.id, escapeMrkdwn(deps.content.shortcutNoText));
      return;
    }
    const place: Place = { team, user: body.user.id, channel, threadTs: body.message?.thread_ts ?? ts };
    const latest = await deps.engine.latestSession(SLACK_CHANNEL, conversationKey(place));
    let posted;
    if (latest && !isEnded(latest.status)) {
      const outcome = await deps.engine.send(latest.id, { text });
      if (!outcome.ok) {
        await deps.api.ephemeral({ channel, threadTs: place.threadTs }, place.user, refusal(deps.content, outcome));
        return;
      }
      posted = await postTurn(deps, outcome, placeOf(outcome.session) ?? place, undefined, place.user);
    } else {
      const seed = [{ type: 'error-reported' as const, classification: classifyError(text) }];
      posted = (await startFresh(deps, place, seed, { reportedError: redact(text).slice(0, REPORTED_ERROR_LIMIT) })).posted;
    }
    if (!posted.ok && isPlacementError(posted.error)) await tellInDm(deps, body.user.id, deps.content.cannotPostHere(channel));
  },
};

/** The fields of a view_submission this channel reads. */
export interface ViewSubmissionBody {
  team?: { id: string } | null;
  user: { id: string; team_id?: string };
  view: { private_metadata?: string; state?: { values?: Record<string, Record<string, { value?: string | null }>> } };
}

export type ViewAck = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;
export type ViewHandler = (deps: SlackDeps, body: ViewSubmissionBody, ack: ViewAck) => Promise<void>;


/**
 * The address modal: a valid address goes to the conversation as if typed; a bad one is pointed out in the modal. The
 * comment modal: a comment on "no, it didn't help" goes to the conversation's answer.
 */
export const VIEW_HANDLERS: Record<keyof typeof VIEWS, ViewHandler> = {
  addressModal: async (deps, body, ack) => {
    const address = body.view.state?.values?.mbd_address?.address?.value?.trim() ?? '';
    if (!isEmailAddress(address)) {
      await ack({ response_action: 'errors', errors: { mbd_address: deps.content.addressModal.invalid } });
      return;
    }
    await ack();
    const sessionId = body.view.private_metadata ?? '';
    const session = sessionId ? (await deps.engine.session(sessionId))?.session : null;
    const place = session && !isEnded(session.status) ? placeOf(session) : null;
    if (session && place) {
      const outcome = await deps.engine.send(session.id, { text: address });
      if (outcome.ok) await postTurn(deps, outcome, place, undefined, body.user.id);
      else await deps.api.ephemeral({ channel: place.channel, threadTs: place.threadTs }, body.user.id, refusal(deps.content, outcome));
      return;
    }
    const dm = await deps.api.openDm(body.user.id);
    if (!dm.ok) return;
    const team = body.team?.id ?? body.user.team_id ?? '';
    await converse(deps, { team, user: body.user.id, channel: dm.channel, threadTs: null }, address);
  },
  feedbackComment: async (deps, body, ack) => {
    await ack();
    await sendComment(deps, body.user.id, body.view.private_metadata ?? '', typedComment(body.view.state?.values));
  },
};
