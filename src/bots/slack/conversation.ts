import type { Engine, TurnFailure, TurnResult } from '../../engine/engine.js';
import { isEnded } from '../../engine/engine.js';
import type { SlackContent } from '../../content/slack.en.js';
import type { Locale } from '../../content/locales.js';
import type { Logger } from '../../logger.js';
import type { TriageEvent } from '../../machine/events.js';
import type { SessionRecord } from '../../store/store.js';
import { isClaimMessage, type HandoffClaimer } from '../../handoff/handoff-claims.js';
import { turnBlocks, turnText, withPlainFeedback, type Block } from './blocks.js';
import type { CheckMessages } from './check-progress.js';
import { claimNow, type Delivery } from '../../engine/deliveries.js';
import { SLACK_CHANNEL } from './registrations.js';
import type { ApiResult, SlackApi, Target } from './web-api.js';

/** What the Slack channel needs from the rest of the app. */
export interface SlackDeps {
  engine: Engine;
  api: SlackApi;
  /** the words of the default language, for what is said before anyone's language is known */
  content: SlackContent;
  /** the words of a conversation's language */
  words(locale: Locale | undefined): SlackContent;
  /** the language a person set in Slack, when it can be known */
  localeOf(user: string): Promise<Locale | undefined>;
  logger: Logger;
  escalationChannel: string | undefined;
  /** the progress messages of live checks running now */
  checks: CheckMessages;
  /** the slash command starts its conversation where it was typed (SLACK_SLASH_IN_PLACE) */
  slashInPlace?: boolean;
  /** picks up a helpdesk handoff from a "start CODE" message */
  claimHandoff?: HandoffClaimer;
  /** the block types Slack refused here (`invalid_blocks`), not sent again by this app: only `context_actions` so far */
  refusedBlocks: Set<string>;
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
  /** the progress message of the last live check, so that a check cut off by a restart can be marked as stopped */
  checkMessage?: { ts: string; text: string };
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

/** Whether `user` is the person a conversation belongs to (its `slackUser`): only they answer "did this help?". */
export function isAsker(session: Pick<SessionRecord, 'meta'>, user: string): boolean {
  const owner = (session.meta as Partial<SlackMeta>).slackUser;
  return typeof owner === 'string' && owner.slice(owner.lastIndexOf(':') + 1) === user;
}

export const targetOf = (place: Place): Target => ({ channel: place.channel, threadTs: place.threadTs });

export { isEnded };

/**
 * Posts one turn where its conversation lives; an escalated turn says who will pick it up. A turn that starts a live
 * check becomes the check's progress message (updated in place; the sign-in code goes to `by` only); any other turn
 * ends a progress message still shown. `by` is the person whose message or click led to this turn.
 */
export async function postTurn(deps: SlackDeps, result: TurnResult, place: Place, lead?: string, by = place.user): Promise<ApiResult<{ ts: string }>> {
  // who picks an escalation up is said with the turn that hands it over, not again with the thanks for an answer
  const thanked = result.view.notices.find((notice) => notice.kind === 'feedback-thanks');
  const escalated = result.session.status === 'escalated' && !thanked;
  const words = deps.words(result.locale);
  const tail = escalated
    ? deps.escalationChannel
      ? words.escalation.pickedUpBy(deps.escalationChannel)
      : words.escalation.pickedUpByTeam
    : undefined;
  const blocks = turnBlocks(
    result.presentation,
    {
      sessionId: result.session.id,
      version: result.session.version,
      viewKey: result.view.key,
      lead,
      tail,
      commentable: thanked?.kind === 'feedback-thanks' && thanked.answer === 'not-helpful' && !thanked.comment,
    },
    words,
  );
  const text = turnText(result.presentation) || words.fallback;
  if (result.view.key === 'runningCheck') {
    const progress = deps.checks.begin(result.session.id, targetOf(place), by, blocks, text, result.locale);
    if (progress) {
      const posted = await deps.api.post(targetOf(place), progress.blocks, text);
      progress.posted(posted.ok ? posted.ts : null);
      if (posted.ok) await deps.engine.patchMeta(result.session.id, () => ({ checkMessage: { ts: posted.ts, text } }));
      return posted;
    }
  } else if (deps.checks.showing(result.session.id)) {
    await deps.checks.end(result.session.id, false);
  }
  return postReply(deps, targetOf(place), blocks, text);
}

/**
 * Posts a reply whose "did this help?" may be Slack's feedback buttons (a `context_actions` block). Where Slack
 * refuses them (`invalid_blocks`: a workspace or app without the agent features), the same reply goes again at once
 * with plain buttons, and this app offers plain ones from then on.
 */
async function postReply(deps: SlackDeps, target: Target, blocks: Block[], text: string): Promise<ApiResult<{ ts: string }>> {
  const fancy = blocks.some((block) => block.type === 'context_actions');
  if (!fancy) return deps.api.post(target, blocks, text);
  if (deps.refusedBlocks.has('context_actions')) return deps.api.post(target, withPlainFeedback(blocks), text);
  const posted = await deps.api.post(target, blocks, text);
  if (posted.ok || posted.error !== 'invalid_blocks') return posted;
  const plain = await deps.api.post(target, withPlainFeedback(blocks), text);
  if (plain.ok) deps.refusedBlocks.add('context_actions');
  return plain;
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
    case 'checking':
      return content.stillChecking;
  }
}

/**
 * Someone wrote to the assistant (a mention, a DM, a thread reply, a slash command): continue the open session of
 * that place, or start one, and answer with the latest turn only. No text shows the current question again.
 */
export async function converse(deps: SlackDeps, place: Place, text: string | null, extraMeta: Partial<SlackMeta> = {}, delivery?: Delivery, fresh = false): Promise<void> {
  const key = conversationKey(place);
  // `fresh`: the message starts its own thread (a mention outside any thread), so no session can be there yet; one
  // that got there all the same is found by the new session's write, which refuses a second first session
  const latest = fresh ? null : await deps.engine.latestSession(SLACK_CHANNEL, key);
  const open = latest && !isEnded(latest.status) ? latest : null;
  // only a new conversation's first turn claims the delivery in its own write
  if ((!text || isClaimMessage(text)) && delivery && !(await claimNow(deps.engine, delivery))) return deliveredAgain(deps);
  if (!text) {
    if (!open) {
      await startFresh(deps, place, [], extraMeta);
      return;
    }
    const current = await deps.engine.current(open.id);
    // a check running on another instance has its progress message already, posted by that instance
    if (current?.checkElsewhere) await deps.api.ephemeral(targetOf(place), place.user, refusal(deps.words(current.locale), { error: 'checking' }));
    else if (current) await postTurn(deps, { ...current, messages: [] }, placeOf(open) ?? place);
    return;
  }
  const locale = await deps.localeOf(place.user);
  const claim = deps.claimHandoff ? await deps.claimHandoff(text, key, metaFor(place, extraMeta)) : null;
  if (claim && 'claimed' in claim) {
    await postTurn(deps, claim.claimed, place, undefined, place.user);
    return;
  }
  if (claim) {
    await deps.api.ephemeral(targetOf(place), place.user, deps.words(locale).handoffRefused[claim.refused]);
    return;
  }
  // a new conversation with words in its first message is created and answered in one write
  // the event's delivery key is recorded in the turn's own write
  const options = { ...(delivery ? { deliveryKey: delivery.key, claimInTurn: !delivery.claimed } : {}), locale };
  // a thank-you or a question about a conversation that just ended is answered there, not as a new problem
  const continued = open ?? (latest && (await deps.engine.isAfterword(latest, text)) ? latest : null);
  const outcome = continued
    ? await deps.engine.send(continued.id, { text }, options)
    : await deps.engine.startWith(SLACK_CHANNEL, key, metaFor(place, extraMeta), { text }, { ...options, latest });
  if (delivery && (outcome.ok || outcome.error === 'delivered-before')) delivery.recorded = true;
  if (!outcome.ok && outcome.error === 'delivered-before') return deliveredAgain(deps);
  if (!outcome.ok) {
    await deps.api.ephemeral(targetOf(place), place.user, refusal(deps.words(locale), outcome));
    return;
  }
  // a first message that is only a greeting ("hi @Mailbox Doctor") gets the greeting, not "I didn't get that"
  const greeting = !continued && outcome.view.notice?.kind === 'not-understood';
  const shown = greeting ? { ...outcome, presentation: { ...outcome.presentation, notice: null, notices: [] } } : outcome;
  await postTurn(deps, shown, placeOf(outcome.session) ?? place, undefined, place.user);
}

function deliveredAgain(deps: SlackDeps): void {
  deps.logger.info('Slack event already handled; ignored');
}

/** A new session in a place whatever was there before (a message shortcut, start over after an ending). */
export async function startFresh(deps: SlackDeps, place: Place, seed: TriageEvent[] = [], extraMeta: Partial<SlackMeta> = {}, lead?: string) {
  const locale = await deps.localeOf(place.user);
  const result = await deps.engine.start(SLACK_CHANNEL, conversationKey(place), metaFor(place, extraMeta), seed, { locale });
  const posted = await postTurn(deps, result, place, lead);
  return { result, posted };
}
