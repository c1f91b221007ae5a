import type { SessionStatus } from '../machine/view.js';
import type { HandoffSymptom } from '../store/helpdesk-records.js';

type AppChannel = 'slack' | 'teams';

/** A page that only says something and offers one way on (403, 410, 404, the Slack/Teams handoff). */
export interface InfoPage {
  title: string;
  text: string;
  action: string;
}

/** Every sentence of the web chat and its pages. A missing entry is a compile error. */
export interface WebContent {
  title: string;
  heading: string;
  conversationLabel: string;
  choicesLabel: string;
  inputLabel: string;
  inputPlaceholder: string;
  send: string;
  speakers: { bot: string; user: string };
  followUpLabel: string;
  status: Record<SessionStatus, string>;
  /** while a live check runs: "{done} of {total} checks done" (placeholders filled in the browser) */
  checkProgress: string;
  /** the Microsoft sign-in step: "{uri}" and "{code}" filled in the browser; shown live, never stored */
  signInPrompt: string;
  ticketContext: (context: { ticketId: string; symptom: HandoffSymptom | null; address: string | null }) => string;
  startFailed: string;
  sendFailed: string;
  /** a message reached an instance while the session's live check runs on another one: it was not taken */
  stillChecking: string;
  emptyText: string;
  /** after "No, it didn't": an optional line on what was missing */
  feedbackComment: { label: string; placeholder: string; send: string };
  forbidden: InfoPage;
  expired: InfoPage;
  notFound: InfoPage;
  app: Record<AppChannel, { title: string; withLink: string; withoutLink: string; open: string; codeLabel: string }>;
}

const SYMPTOMS: Record<HandoffSymptom, string> = {
  sending: 'mail from Close is not going out',
  syncing: 'mail is not syncing into Close',
  'smtp-auth-not-supported': 'Close reports "SMTP AUTH extension not supported"',
  error: 'Close shows an error',
};

export const webEn: WebContent = {
  title: 'Mailbox Doctor',
  heading: 'Mailbox Doctor',
  conversationLabel: 'Conversation',
  choicesLabel: 'Answers you can pick',
  inputLabel: 'Your message',
  inputPlaceholder: 'Type an answer, an error message or your email address',
  send: 'Send',
  speakers: { bot: 'Assistant:', user: 'You:' },
  followUpLabel: 'Follow-up',
  checkProgress: 'Checking your mailbox: {done} of {total} checks done.',
  signInPrompt: 'To sign in, open {uri} and enter the code {code}. The check carries on by itself once you have signed in.',
  status: {
    active: '',
    waiting: 'Waiting for Microsoft to apply the change. Keep this page open or come back later: the follow-up appears here when it is due.',
    resolved: 'Resolved: your mailbox works with Close again.',
    escalated: 'Handed to a person on the support team.',
  },
  ticketContext: ({ ticketId, symptom, address }) =>
    [`Support ticket ${ticketId}`, symptom ? SYMPTOMS[symptom] : null, address].filter(Boolean).join(' · '),
  startFailed: 'The chat could not start. Check your connection and reload the page.',
  sendFailed: 'That did not go through. Check your connection and try again.',
  stillChecking: "I'm still checking your mailbox. Its result shows here in a moment; then send that again.",
  emptyText: 'Type something first, or pick one of the answers.',
  feedbackComment: { label: 'What was missing? (optional)', placeholder: 'A line is plenty', send: 'Send comment' },
  forbidden: {
    title: 'This link is not valid',
    text: 'The link seems to have been changed or cut short. Copy it again from the email your support team sent, or start a new conversation.',
    action: 'Start a new conversation',
  },
  expired: {
    title: 'This link has expired',
    text: 'Links from the support team only work for a limited time. You can start a fresh conversation here; mention your ticket number if you have one.',
    action: 'Start a fresh conversation',
  },
  notFound: {
    title: 'This link is no longer known',
    text: 'We could not find the conversation this link belongs to. Start a new one here, or ask your support team for a new link.',
    action: 'Start a new conversation',
  },
  app: {
    slack: {
      title: 'Continue in Slack',
      withLink: 'Your support team set this conversation up in Slack. Open Slack with the button below and send the assistant this message:',
      withoutLink: 'Your support team set this conversation up in Slack. Open the Mailbox Doctor app in Slack and send it this message:',
      open: 'Open Slack',
      codeLabel: 'Message to send',
    },
    teams: {
      title: 'Continue in Microsoft Teams',
      withLink: 'Your support team set this conversation up in Teams. The button below opens a chat with the assistant with this message ready to send:',
      withoutLink: 'Your support team set this conversation up in Teams. Open the Mailbox Doctor app in Teams and send it this message:',
      open: 'Open Teams',
      codeLabel: 'Message to send',
    },
  },
};
