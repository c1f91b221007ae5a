import type { ClaimRefusal } from '../handoff/handoff-claims.js';
import { handoffRefusedEn } from './handoff-claims.en.js';
import type { SessionStatus } from '../machine/view.js';

/**
 * Every sentence the Slack channel adds to the conversation's own words. Arguments that are user ids or channel ids
 * are validated Slack ids; any other argument arrives already escaped for mrkdwn.
 */
export interface SlackContent {
  /** a handoff link's code that could not be picked up, by reason */
  handoffRefused: Record<ClaimRefusal, string>;
  /** the plain-text fallback for notifications when a message is mostly blocks */
  fallback: string;
  /** the ephemeral note for a button from an earlier question */
  staleClick: string;
  notOffered: string;
  sessionGone: string;
  /** to someone who answers (or comments on) another person's conversation */
  onlyAsker: string;
  busy: string;
  /** the session's live check runs on another instance: nothing can change until it reports back */
  stillChecking: string;
  tooLong: (limit: number) => string;
  /** shown under a message once its question is answered */
  chosen: (userId: string, label: string) => string;
  /** shown when a conversation restarts in the same thread after it had ended */
  newConversation: string;
  addressButton: string;
  commandAck: string;
  /** the command's answer when conversations start where the command was typed */
  commandAckInPlace: string;
  /** the bot's first reply in the channel; the conversation goes on in its thread */
  commandThreadIntro: (userId: string) => string;
  /** in a DM, when the command could not start where it was typed */
  commandMovedToDm: (channelId: string) => string;
  dmFailed: string;
  shortcutNoText: string;
  cannotPostHere: (channelId: string) => string;
  somethingWentWrong: string;
  home: {
    title: string;
    intro: string;
    startButton: string;
    addressButton: string;
    openHeading: string;
    noneOpen: string;
    status: Record<SessionStatus, string>;
    where: (channelId: string, isDm: boolean) => string;
    updated: (epochSeconds: number, fallback: string) => string;
  };
  addressModal: {
    title: string;
    submit: string;
    close: string;
    label: string;
    placeholder: string;
    hint: string;
    invalid: string;
  };
  /** after "no, it didn't help": a button to add a comment, and the modal where it is typed */
  feedbackComment: {
    button: string;
    title: string;
    label: string;
    submit: string;
    close: string;
  };
  admin: {
    pickerLabel: string;
    pickerPlaceholder: string;
    intro: (requesterId: string) => string;
    doneButton: string;
    sent: (adminId: string) => string;
    pickedSelf: string;
    thanks: string;
    movedOn: string;
    doneNotice: (adminId: string) => string;
  };
  /**
   * The Messages tab of Slack's agent experience: the greeting given once per person, and the prompts pinned for them.
   * A prompt's message is sent as the person's own message when they pick it, so each one must start its path.
   */
  agent: {
    greeting: string;
    promptsTitle: string;
    /** at most four (Slack's limit) */
    prompts: ReadonlyArray<{ title: string; message: string }>;
  };
  /** a live check of a mailbox, shown as one message updated in place */
  check: {
    /** before the first check has started */
    starting: string;
    /** which checks run now (their names, already escaped) and how many are left after them */
    progress: (running: readonly string[], left: number) => string;
    /** the thread's status while the check runs, after the app's name ("Mailbox Doctor is checking the mailbox…") */
    status: string;
    /** the title of the checks shown as Slack's plan display, one task per check */
    planTitle: string;
    /** every check ran; the findings come next */
    finishing: string;
    done: string;
    /** the check ended without a full report (cut off, failed, refused, or the conversation moved on) */
    stopped: string;
    /** only for the person who started the check: where to sign in and the code. Never posted in the channel. */
    signIn: (verificationUri: string, userCode: string) => string;
  };
  escalation: {
    title: string;
    askedBy: (userId: string) => string;
    threadLink: string;
    noLink: string;
    reportedError: string;
    pickedUpBy: (channelId: string) => string;
    pickedUpByTeam: string;
  };
}

export const slackEn: SlackContent = {
  handoffRefused: handoffRefusedEn('Teams or the web page'),
  fallback: 'Mailbox Doctor has a question for you.',
  staleClick: 'That button belongs to an earlier question, so it did nothing. Answer the newest message instead.',
  notOffered: "That option isn't available at this point. Use the buttons on the newest message.",
  sessionGone: "I can't find that conversation any more. Mention me or send me a message to start a new one.",
  onlyAsker: 'Only the person who asked can answer this.',
  busy: 'I was still working on your last answer. Please try that again.',
  stillChecking: "I'm still checking your mailbox. Its result comes here in a moment; then try that again.",
  tooLong: (limit) => `That message is longer than ${limit} characters. Please send just the important part, such as the error line.`,
  chosen: (userId, label) => `<@${userId}> chose *${label}*`,
  newConversation: "Here's a fresh start.",
  addressButton: 'Enter my email address',
  commandAck: "I'll help you in our direct messages: have a look there.",
  commandAckInPlace: "I'm starting a thread for you right here.",
  commandThreadIntro: (userId) => `<@${userId}> asked me to help with a mailbox. Let's sort it out in this thread.`,
  commandMovedToDm: (channelId) =>
    `I couldn't start a thread in <#${channelId}> (I may not be a member there), so let's talk here instead.`,
  dmFailed: "I couldn't open a direct message with you. Ask your Slack admin whether apps may send direct messages here.",
  shortcutNoText: "That message has no text I can read. Copy the error into a direct message to me instead.",
  cannotPostHere: (channelId) =>
    `I can't post in <#${channelId}>: I'm not a member or it is archived. Invite me with /invite, or send me the error in a direct message.`,
  somethingWentWrong: 'Something went wrong on my side. Please try again in a moment.',
  home: {
    title: 'Mailbox Doctor',
    intro: 'I help you get a Microsoft 365 mailbox working with Close again, step by step.',
    startButton: 'Start a conversation',
    addressButton: 'Check an email address',
    openHeading: 'Your open conversations',
    noneOpen: 'You have no open conversations. Start one with the button above, mention me in a channel, or send me a message.',
    status: {
      active: 'In progress',
      waiting: 'Waiting for Microsoft to apply a change',
      resolved: 'Fixed',
      escalated: 'With the support team',
    },
    where: (channelId, isDm) => (isDm ? 'in our direct messages' : `in a thread in <#${channelId}>`),
    updated: (epochSeconds, fallback) => `last update <!date^${epochSeconds}^{date_short_pretty} at {time}|${fallback}>`,
  },
  addressModal: {
    title: 'Your email address',
    submit: 'Check it',
    close: 'Cancel',
    label: 'Email address',
    placeholder: 'you@example.com',
    hint: 'The address of the mailbox you connected in Close.',
    invalid: "That doesn't look like an email address. Check it and try again.",
  },
  feedbackComment: {
    button: 'Add a comment',
    title: 'Your comment',
    label: 'What didn’t help? What were you hoping for?',
    submit: 'Send',
    close: 'Cancel',
  },
  admin: {
    pickerLabel: "Not the admin? Pick them here and I'll send them the steps myself:",
    pickerPlaceholder: 'Choose your admin',
    intro: (requesterId) =>
      `Hi! <@${requesterId}> needs a change in the Microsoft 365 admin center that only an admin can make. Here are the exact steps:`,
    doneButton: 'Done',
    sent: (adminId) => `I've sent the steps to <@${adminId}>. We'll carry on here as soon as they press Done.`,
    pickedSelf: "That's you! If you are the admin, follow the steps above and choose My admin has done it.",
    thanks: "Thanks! I've let them know, and their conversation carries on.",
    movedOn: 'Thanks! That conversation has already moved on, so nothing more is needed.',
    doneNotice: (adminId) => `<@${adminId}> has made the change.`,
  },
  agent: {
    greeting: "Hi, I'm Mailbox Doctor. I help you get a Microsoft 365 mailbox working with Close again. Tell me what you see, or pick a suggestion.",
    promptsTitle: 'Where to start',
    prompts: [
      { title: 'My email disconnects when I send', message: 'My email disconnects when I send from Close' },
      { title: 'Sent mail is missing in Outlook', message: "Emails I send from Close don't show up in Outlook's Sent folder" },
      { title: 'I have an error message', message: 'I have an error message' },
      { title: 'Check my mailbox', message: 'Check my mailbox' },
    ],
  },
  check: {
    starting: 'Starting the checks…',
    status: 'is checking the mailbox…',
    planTitle: 'Checks of the mailbox',
    progress: (running, left) =>
      `Now checking: ${running.join(', ')}. ${left === 0 ? 'That is the last of them.' : `${left} more after ${running.length === 1 ? 'this one' : 'these'}.`}`,
    finishing: 'All checks have run. Putting the results together…',
    done: 'Done: the results are just below.',
    stopped: 'The check stopped before it finished; see below.',
    signIn: (uri, code) =>
      `Only you can see this. To let me run the signed-in checks, open ${uri} and enter the code *${code}*. Don't share the code with anyone; I'll carry on by myself once you have signed in.`,
  },
  escalation: {
    title: 'A conversation needs a person',
    askedBy: (userId) => `Asked by <@${userId}>.`,
    threadLink: 'Open the conversation',
    noLink: 'The conversation is in a direct message with the assistant.',
    reportedError: 'Reported error',
    pickedUpBy: (channelId) => `Someone from <#${channelId}> will pick this up and reply here.`,
    pickedUpByTeam: 'Someone from the support team will pick this up.',
  },
};
