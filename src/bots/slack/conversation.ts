import type { Engine, TurnFailure, TurnResult } from '../../engine/engine.js';
import type { SlackContent } from '../../content/slack.en.js';
import type { Logger } from '../../logger.js';
import type { TriageEvent } from '../../machine/events.js';
import type { SessionRecord, Store } from '../../store/store.js';
import { turnBlocks, turnText } from './blocks.js';
import { SLACK_CHANNEL } from './registrations.js';
import type { ApiResult, SlackApi, Target } from './web-api.js';

/** What the Slack channel needs from the rest of the app. */
export interface SlackDeps {
  engine: Engine;
  store: Store;
  api: SlackApi;
  content: SlackContent;
  logger: Logger;
  escalationChannel: string | undefined;
  /** runs work nobody awaits inside the adapter's error boundary */
  background(task: () => Promise<unknown>, where: string): void;
}

/** Where a conversation lives in Slack: a thread in a channel, or a direct message. */
export interface Place {
  team: string;
  user: string;
  channel: string;
  /** the thread's root message; null in a direct message */
  threadTs: string | null;
}

/** Stored in the session's meta, so follow-ups, handoffs and the App Home find their way back. */
export type SlackMeta = {
  /** `team:user`, the key the App Home lists sessions by */
  slackUser: string;
  slack: Place;
  /** the text a message shortcut diagnosed, for the escalation summary */
  reportedError?: string;
  /** the admin a handoff went to */
  admin?: string;
};

export const USER_META_KEY = 'slackUser';

export function conversationKey(place: Place): string {
  return place.threadTs ? `thread:${place.team}:${place.channel}:${place.threadTs}` : `dm:${place.team}:${place.channel}`;
}

export function metaFor(place: Place, extra: Partial<SlackMeta> = {}): SlackMeta {
  return { slackUser: `${place.team}:${place.user}`, slack: place, ...extra };
}

export function placeOf(session: Pick<SessionRecord, 'meta'>): Place | null {
  const slack = (session.meta as Partial<SlackMeta>).slack;
  return slack && typeof slack.channel === 'string' ? slack : null;
}

export const targetOf = (place: Place): Target => ({ channel: place.channel, threadTs: place.threadTs });

export const isEnded = (status: SessionRecord['status']) => status === 'resolved' || status === 'escalated';

/** Posts one turn where its conversation lives; an escalated turn says who will pick it up. */
export async function postTurn(deps: SlackDeps, result: TurnResult, place: Place, lead?: string): Promise<ApiResult<{ ts: string }>> {
  const escalated = result.session.status === 'escalated';
  const tail = escalated
    ? deps.escalationChannel
      ? deps.content.escalation.pickedUpBy(deps.escalationChannel)
      : deps.content.escalation.pickedUpByTeam
    : undefined;
  const blocks = turnBlocks(
    result.presentation,
    { sessionId: result.session.id, version: result.session.version, viewKey: result.view.key, lead, tail },
    deps.content,
  );
  return deps.api.post(targetOf(place), blocks, turnText(result.presentation) || deps.content.fallback);
}

/** The sentence for a turn the engine refused. */
export function refusal(content: SlackContent, failure: TurnFailure): string {
  switch (failure.error) {
    case 'stale':
      return content.staleClick;
    case 'choice-not-offered':
    case 'not-expected':
      return content.notOffered;
    case 'session-not-found':
      return content.sessionGone;
    case 'text-too-long':
      return content.tooLong(failure.limit);
    case 'busy':
      return content.busy;
  }
}

/**
 * Someone wrote to the assistant (a mention, a DM, a thread reply, a slash command): continue the open session of
 * that place, or start one, and answer with the latest turn only. No text shows the current question again.
 */
export async function converse(deps: SlackDeps, place: Place, text: string | null, extraMeta: Partial<SlackMeta> = {}): Promise<void> {
  const key = conversationKey(place);
  const latest = await deps.store.findLatestSession(SLACK_CHANNEL, key);
  const open = latest && !isEnded(latest.status) ? latest : null;
  if (!text) {
    if (!open) {
      await startFresh(deps, place, [], extraMeta);
      return;
    }
    const current = await deps.engine.current(open.id);
    if (current) await postTurn(deps, { ...current, messages: [] }, placeOf(open) ?? place);
    return;
  }
  // a new conversation with words in its first message is created and answered in one write
  const outcome = open ? await deps.engine.send(open.id, { text }) : await deps.engine.startWith(SLACK_CHANNEL, key, metaFor(place, extraMeta), { text });
  if (!outcome.ok) {
    await deps.api.ephemeral(targetOf(place), place.user, refusal(deps.content, outcome));
    return;
  }
  // a first message that is only a greeting ("hi @Mailbox Doctor") gets the greeting, not "I didn't get that"
  const greeting = !open && outcome.view.notice?.kind === 'not-understood';
  const shown = greeting ? { ...outcome, presentation: { ...outcome.presentation, notice: null } } : outcome;
  await postTurn(deps, shown, placeOf(outcome.session) ?? place);
}

/** A new session in a place whatever was there before (a message shortcut, start over after an ending). */
export async function startFresh(deps: SlackDeps, place: Place, seed: TriageEvent[] = [], extraMeta: Partial<SlackMeta> = {}, lead?: string) {
  const result = await deps.engine.start(SLACK_CHANNEL, conversationKey(place), metaFor(place, extraMeta), seed);
  const posted = await postTurn(deps, result, place, lead);
  return { result, posted };
}
