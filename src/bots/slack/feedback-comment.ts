import type { SlackContent } from '../../content/slack.en.js';
import { FEEDBACK_COMMENT_LIMIT } from '../../machine/feedback.js';
import { inputModal } from './blocks.js';
import { isAsker, placeOf, postTurn, refusal, type SlackDeps } from './conversation.js';
import { VIEWS } from './registrations.js';

const COMMENT_BLOCK = 'mbd_feedback_comment';
const COMMENT_INPUT = 'comment';

/** The modal where a person says what did not help; `sessionId` is the conversation it is about. */
export function feedbackCommentModal(content: SlackContent, sessionId: string) {
  const element = { type: 'plain_text_input' as const, action_id: COMMENT_INPUT, multiline: true, max_length: FEEDBACK_COMMENT_LIMIT };
  return inputModal(VIEWS.feedbackComment, sessionId, content.feedbackComment, { blockId: COMMENT_BLOCK, element });
}

/** The comment typed in the modal, trimmed ('' when there is none). */
export function typedComment(values: Record<string, Record<string, { value?: string | null }>> | undefined): string {
  return values?.[COMMENT_BLOCK]?.[COMMENT_INPUT]?.value?.trim() ?? '';
}

/**
 * A comment sent from the modal: it goes with the "no" already given, through the engine (kept redacted with the
 * answer, not counted again), and the conversation thanks for it where it lives.
 */
export async function sendComment(deps: SlackDeps, user: string, sessionId: string, comment: string): Promise<void> {
  const found = sessionId ? await deps.engine.session(sessionId) : null;
  const place = found ? placeOf(found.session) : null;
  if (!found || !place || !comment) return;
  const at = { channel: place.channel, threadTs: place.threadTs };
  if (!isAsker(found.session, user)) {
    await deps.api.ephemeral(at, user, deps.words(await deps.localeOf(user)).onlyAsker);
    return;
  }
  const outcome = await deps.engine.send(found.session.id, { choice: 'not-helpful', comment });
  if (outcome.ok) await postTurn(deps, outcome, place, undefined, user);
  else await deps.api.ephemeral(at, user, refusal(deps.words(found.locale), outcome));
}
