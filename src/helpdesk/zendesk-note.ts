import type { HelpdeskContent } from '../content/helpdesk.en.js';
import type { HelpdeskPayload } from './helpdesk-payload.js';

/** The plain-text internal note for a ticket: what happened, the summary, any checks, then the transcript. */
export function noteBody(payload: HelpdeskPayload, content: HelpdeskContent): string {
  // the answer to "did this help?" comes after the conversation's own note: the summary again, not the transcript
  if (payload.feedback) {
    const { answer, comment } = payload.feedback;
    return [content.noteTitle.feedback, content.feedbackAnswer[answer], ...(comment ? [`${content.feedbackComment}\n    ${comment.replace(/\n/g, '\n    ')}`] : []), payload.summary].join('\n\n');
  }
  const parts = [content.noteTitle[payload.event], payload.summary];
  if (payload.checks.length > 0) {
    parts.push([content.checksHeading, ...payload.checks.map((c) => `  - ${c.name}: ${c.outcome}${c.detail ? ` (${c.detail})` : ''}`)].join('\n'));
  }
  parts.push(
    [
      content.transcriptHeading,
      ...payload.transcript.map((e) => `[${e.at.slice(0, 16).replace('T', ' ')}] ${content.speakers[e.role]}${e.followUp ? ` ${content.followUpMark}` : ''}: ${e.text.replace(/\n/g, '\n    ')}`),
    ].join('\n'),
  );
  return parts.join('\n\n');
}
