import type { TurnResult } from '../../engine/engine.js';
import type { Content } from '../../content/types.js';
import { summarize } from '../../content/summary.js';
import type { SessionRecord } from '../../store/store.js';
import { contextBlock, quoteBlock, sectionBlock, type Block } from './blocks.js';
import { placeOf, type SlackDeps, type SlackMeta } from './conversation.js';
import { clip, escapeMrkdwn, isUserId } from './mrkdwn.js';
import { SLACK_CHANNEL } from './registrations.js';

/** Hears every status change; a Slack conversation that became `escalated` is summarised for the support team. */
export function escalationListener(deps: SlackDeps, content: Content) {
  return (result: TurnResult, previous: SessionRecord['status']): void => {
    if (result.session.channel !== SLACK_CHANNEL || result.session.status !== 'escalated' || previous === 'escalated') return;
    deps.background(() => postEscalation(deps, content, result), 'escalation');
  };
}

export async function postEscalation(deps: SlackDeps, content: Content, result: TurnResult): Promise<void> {
  const channel = deps.escalationChannel;
  if (!channel) {
    deps.logger.warn({ sessionId: result.session.id }, 'A Slack conversation was escalated but SLACK_ESCALATION_CHANNEL is not set: nobody in Slack was told');
    return;
  }
  const transcript = await deps.engine.transcript(result.session.id);
  const summary = summarize(result.session, result.view, transcript, content);
  const place = placeOf(result.session);
  const reported = (result.session.meta as Partial<SlackMeta>).reportedError;
  const link = place?.threadTs ? await deps.api.permalink(place.channel, place.threadTs) : null;
  const e = deps.content.escalation;
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: e.title } },
    ...(place && isUserId(place.user) ? [sectionBlock(e.askedBy(place.user))] : []),
    { type: 'rich_text', elements: [{ type: 'rich_text_preformatted', elements: [{ type: 'text', text: clip(summary.text, 2900) }] }] },
    ...(reported ? [sectionBlock(`*${escapeMrkdwn(e.reportedError)}*`), quoteBlock(reported)] : []),
    link?.ok && link.url.startsWith('https://') ? sectionBlock(`<${link.url}|${escapeMrkdwn(e.threadLink)}>`) : contextBlock(escapeMrkdwn(e.noLink)),
  ];
  await deps.api.post({ channel, threadTs: null }, blocks, `${escapeMrkdwn(e.title)}: ${escapeMrkdwn(clip(summary.text, 2000))}`);
}
