import type { HelpdeskEvent } from '../store/helpdesk-records.js';
import type { FeedbackAnswer } from '../machine/feedback.js';

/** The words of the note a helpdesk agent reads on the ticket. A missing entry is a compile error. */
export interface HelpdeskContent {
  noteTitle: Record<HelpdeskEvent, string>;
  /** the customer's answer to "did this help?", one line each */
  feedbackAnswer: Record<FeedbackAnswer, string>;
  /** the label before their comment */
  feedbackComment: string;
  checksHeading: string;
  transcriptHeading: string;
  speakers: { bot: string; user: string };
  followUpMark: string;
  /** the public reply that gives the customer their link */
  linkReply: (url: string, expiresAt: Date) => string;
  /** the labels of the conversation's summary (the webhook's `summary`, the ticket note) */
  summary: SummaryWords;
}

export interface SummaryWords {
  heading: (sessionId: string, channel: string, status: string) => string;
  symptom: string;
  address: string;
  provider: string;
  diagnoses: string;
  answers: string;
  notGiven: string;
  none: string;
}

export const helpdeskEn: HelpdeskContent = {
  noteTitle: {
    resolved: 'Mailbox Doctor: the customer confirmed the mailbox works with Close again.',
    escalated: 'Mailbox Doctor: the customer asked for a person. Here is what was tried, so they need not repeat it.',
    abandoned: 'Mailbox Doctor: the customer did not answer the follow-up. The conversation is paused where it stopped.',
    feedback: 'Mailbox Doctor: the customer answered "Did this help?" after the conversation.',
  },
  feedbackAnswer: { helpful: 'They said it helped.', 'not-helpful': 'They said it did not help.' },
  feedbackComment: 'Their comment:',
  checksHeading: 'Checks:',
  transcriptHeading: 'Transcript:',
  speakers: { bot: 'Assistant', user: 'Customer' },
  followUpMark: '(follow-up)',
  summary: {
    heading: (id, channel, status) => `Conversation ${id} (${channel}), status ${status}.`,
    symptom: 'Symptom',
    address: 'Address',
    provider: 'Provider',
    diagnoses: 'Diagnoses',
    answers: 'Answers',
    notGiven: 'not given',
    none: 'none',
  },
  linkReply: (url, expiresAt) =>
    `Our assistant can walk you through fixing your mailbox with Close, step by step. It already knows what you told us, so you can start right away:\n\n${url}\n\nThe link works until ${expiresAt.toUTCString()}. If you get stuck, choose "Talk to a person" and we'll pick it up from there.`,
};
