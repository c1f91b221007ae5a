import type { SlackContent } from '../../content/slack.en.js';
import type { SessionRecord } from '../../store/store.js';
import { answeredBlocks, ADMIN_BLOCK_PREFIX, decodeChoice, decodeFeedback } from './blocks.js';
import { converse, isAsker, isEnded, placeOf, postTurn, refusal, startFresh, type Place, type SlackDeps } from './conversation.js';
import { adminDone, handOffToAdmin } from './admin-handoff.js';
import { feedbackCommentModal } from './feedback-comment.js';
import { addressModal } from './home.js';
import { escapeMrkdwn, isUserId } from './mrkdwn.js';
import { ACTIONS } from './registrations.js';
import type { Target } from './web-api.js';

/** The fields of a block_actions payload this channel reads. */
export interface BlockActionsBody {
  user: { id: string; team_id?: string };
  team?: { id: string } | null;
  channel?: { id: string };
  container?: { thread_ts?: string; message_ts?: string; channel_id?: string };
  message?: { ts: string; thread_ts?: string; blocks?: unknown };
  trigger_id?: string;
}

export interface BlockAction {
  action_id: string;
  block_id?: string;
  value?: string;
  selected_user?: string;
  text?: { text?: string };
}

export interface ActionArgs {
  body: BlockActionsBody;
  action: BlockAction;
}

export type ActionHandler = (deps: SlackDeps, args: ActionArgs) => Promise<void>;

export const teamOf = (body: { team?: { id: string } | null; user: { team_id?: string } }): string => body.team?.id ?? body.user.team_id ?? '';

/** Where the clicked message is, for a note only the clicker sees. */
function clickedAt(body: BlockActionsBody): Target | null {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel) return null;
  return { channel, threadTs: body.message?.thread_ts ?? body.container?.thread_ts ?? null };
}

async function noteToClicker(deps: SlackDeps, body: BlockActionsBody, text: string): Promise<void> {
  const at = clickedAt(body);
  if (at) await deps.api.ephemeral(at, body.user.id, text);
}

/** Whether the clicker is the person the conversation belongs to; anyone else is told, in their own language, that they are not. */
async function askerClicked(deps: SlackDeps, body: BlockActionsBody, session: SessionRecord): Promise<boolean> {
  if (isAsker(session, body.user.id)) return true;
  await noteToClicker(deps, body, deps.words(await deps.localeOf(body.user.id)).onlyAsker);
  return false;
}

/** The clicked message gives way to who chose what, said in the conversation's words. */
async function markAnswered(deps: SlackDeps, body: BlockActionsBody, label: string, words: SlackContent): Promise<void> {
  const at = clickedAt(body);
  if (!at || !body.message?.ts) return;
  const line = words.chosen(body.user.id, escapeMrkdwn(label));
  await deps.api.update(at.channel, body.message.ts, answeredBlocks(body.message.blocks, line), line);
}

/** The session a button belongs to and where it lives; null (the clicker told) when it is gone. */
async function clickedSession(deps: SlackDeps, body: BlockActionsBody, sessionId: string) {
  const found = await deps.engine.session(sessionId);
  const place = found ? placeOf(found.session) : null;
  if (found && place) return { found, place };
  await noteToClicker(deps, body, deps.content.sessionGone);
  return null;
}

/** A choice button: one turn with the version it was shown at, so an old or repeated click changes nothing. */
const choice: ActionHandler = async (deps, { body, action }) => {
  const value = decodeChoice(action.value);
  if (!value) return;
  const clicked = await clickedSession(deps, body, value.s);
  if (!clicked) return;
  const { found, place } = clicked;
  const { session } = found;
  const words = deps.words(found.locale);
  const label = action.text?.text ?? value.c;
  if (value.c === 'start-over' && isEnded(session.status)) {
    // the ended conversation stays as it was (a helpdesk may be reading it); the place gets a new one
    if (value.v !== session.version) {
      await noteToClicker(deps, body, words.staleClick);
      return;
    }
    await Promise.all([markAnswered(deps, body, label, words), startFresh(deps, { ...place, user: body.user.id }, [], {}, escapeMrkdwn(deps.content.newConversation))]);
    return;
  }
  const outcome = await deps.engine.send(value.s, { choice: value.c, version: value.v });
  if (!outcome.ok) {
    await noteToClicker(deps, body, refusal(words, outcome));
    return;
  }
  await Promise.all([markAnswered(deps, body, label, deps.words(outcome.locale)), postTurn(deps, outcome, place, undefined, body.user.id)]);
};

/**
 * An answer to "did this help?" (a feedback button): recorded by the engine with the conversation, which stays ended;
 * the buttons give way to who answered what, and the thanks follows.
 */
const feedback: ActionHandler = async (deps, { body, action }) => {
  const value = decodeFeedback(action.value);
  if (!value) return;
  const clicked = await clickedSession(deps, body, value.s);
  if (!clicked) return;
  const { found, place } = clicked;
  if (!(await askerClicked(deps, body, found.session))) return;
  const outcome = await deps.engine.send(value.s, { choice: value.c });
  if (!outcome.ok) {
    await noteToClicker(deps, body, refusal(deps.words(found.locale), outcome));
    return;
  }
  await Promise.all([markAnswered(deps, body, action.text?.text ?? value.c, deps.words(outcome.locale)), postTurn(deps, outcome, place, undefined, body.user.id)]);
};

/** Every block action and what it does. The record must name each one. */
export const ACTION_HANDLERS: Record<keyof typeof ACTIONS, ActionHandler> = {
  choicePrefix: choice,
  feedback,
  feedbackAnswerPrefix: feedback,
  pickAdmin: async (deps, { body, action }) => {
    const sessionId = action.block_id?.startsWith(ADMIN_BLOCK_PREFIX) ? action.block_id.slice(ADMIN_BLOCK_PREFIX.length) : '';
    const at = clickedAt(body);
    if (!sessionId || !isUserId(action.selected_user) || !at) return;
    const place: Place = { team: teamOf(body), user: body.user.id, channel: at.channel, threadTs: at.threadTs };
    await handOffToAdmin(deps, { requester: body.user.id, admin: action.selected_user, sessionId, place });
  },
  adminDone: async (deps, { body, action }) => {
    const sessionId = decodeSessionRef(action.value);
    const at = clickedAt(body);
    if (!sessionId || !at || !body.message?.ts) return;
    await adminDone(deps, { admin: body.user.id, sessionId, channel: at.channel, ts: body.message.ts, blocks: body.message.blocks });
  },
  feedbackComment: async (deps, { body, action }) => {
    if (!body.trigger_id || !action.value) return;
    const found = await deps.engine.session(action.value);
    if (found && !(await askerClicked(deps, body, found.session))) return;
    await deps.api.openView(body.trigger_id, feedbackCommentModal(deps.words(await deps.localeOf(body.user.id)), action.value));
  },
  openAddressModal: async (deps, { body, action }) => {
    if (!body.trigger_id) return;
    await deps.api.openView(body.trigger_id, addressModal(deps.content, action.value ?? ''));
  },
  homeStart: async (deps, { body }) => {
    const dm = await deps.api.openDm(body.user.id);
    if (!dm.ok) return;
    await converse(deps, { team: teamOf(body), user: body.user.id, channel: dm.channel, threadTs: null }, null);
  },
};

function decodeSessionRef(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const parsed = JSON.parse(raw) as { s?: unknown };
    return typeof parsed.s === 'string' ? parsed.s : null;
  } catch {
    return null;
  }
}
