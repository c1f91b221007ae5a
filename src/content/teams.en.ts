import type { ClaimRefusal } from '../handoff/handoff-claims.js';
import { handoffRefusedEn } from './handoff-claims.en.js';
/** Every sentence only the Microsoft Teams bot says. The interface makes a missing entry a compile error. */
export interface TeamsContent {
  /** a handoff link's code that could not be picked up, by reason */
  handoffRefused: Record<ClaimRefusal, string>;
  welcomeTitle: string;
  welcomePersonal: string;
  welcomeChannel: string;
  addressLabel: string;
  addressPlaceholder: string;
  addressNotEmail: (value: string) => string;
  textLabel: string;
  textPlaceholder: string;
  sendLabel: string;
  choiceSetLabel: string;
  choiceSetSubmit: string;
  choiceSetEmpty: string;
  answered: (label: string) => string;
  /** under a card whose question the person's typed words did not answer (a question of their own, words not understood, going back) */
  wrote: (text: string) => string;
  stale: string;
  unreadableSubmit: string;
  emptyMention: string;
  /** the short message that carries the first question's suggested actions, in a 1:1 chat */
  suggestionsIntro: string;
  /** after "no, it didn't": an optional comment, typed into the thanks card */
  feedbackComment: { label: string; placeholder: string; send: string; empty: string };
  textTooLong: (limit: number) => string;
  busy: string;
  /** the session's live check runs on another instance: nothing can change until it reports back */
  stillChecking: string;
  forwardHint: string;
  adminEmailLabel: string;
  adminEmailPlaceholder: string;
  adminSendLabel: string;
  adminSent: (name: string) => string;
  adminNotFound: (email: string) => string;
  adminUnreachable: (name: string) => string;
  adminCardTitle: (requester: string) => string;
  adminCardIntro: string;
  adminDoneLabel: string;
  adminThanks: (requester: string) => string;
  adminAlreadyMovedOn: string;
  adminNotYours: string;
  adminDoneForUser: (admin: string) => string;
  /** stands in for a name Teams did not send */
  someone: string;
  escalationTitle: string;
  escalationPosted: string;
  escalationFailed: string;
  sessionGone: string;
  turnFailed: string;
  progressTitle: string;
  checkDone: string;
  /** which checks run now and how many are left, on the live check's progress card */
  checkProgress: (running: readonly string[], left: number) => string;
  checkStarting: string;
  /** the Microsoft sign-in, shown only in a 1:1 chat with the person; never logged or stored */
  checkSignIn: (verificationUri: string, userCode: string) => string;
  checkSignInOpen: string;
  /** in a channel thread: a sign-in code must not be posted where others can see it */
  checkSignInInChat: string;
  /** beside the check offer in a channel thread, where the signed-in check is not offered */
  checkSignedInInChatOnly: string;
  checkFinishedTitle: string;
  checkStopped: string;
  checkStatus: Record<'pass' | 'warn' | 'fail' | 'skip' | 'error', string>;
}

export const teamsEn: TeamsContent = {
  handoffRefused: handoffRefusedEn('Slack or the web page'),
  welcomeTitle: 'Mailbox Doctor',
  welcomePersonal:
    "Hi, I help fix Microsoft 365 mailboxes that have stopped working in Close. Pick what you're seeing below, or describe it in your own words.",
  welcomeChannel:
    'Hi, I help fix Microsoft 365 mailboxes that have stopped working in Close. Mention me in a new post with a few words about the problem, and I will answer in its thread.',
  addressLabel: 'Your work email address (optional)',
  addressPlaceholder: 'name@company.com',
  addressNotEmail: (value) => `"${value}" doesn't look like an email address, so I left it out. Type it like name@company.com.`,
  textLabel: 'Your answer',
  textPlaceholder: 'Paste the error or describe the problem',
  sendLabel: 'Send',
  choiceSetLabel: 'Pick the one that fits',
  choiceSetSubmit: 'Continue',
  choiceSetEmpty: 'Pick one of the options first, then select Continue.',
  answered: (label) => `You answered: ${label}`,
  wrote: (text) => `You wrote: ${text}`,
  stale: 'That card is out of date, so the click did nothing. Please answer the latest card.',
  unreadableSubmit: "I couldn't read that card. Please pick an option on the latest card, or type your answer.",
  emptyMention: 'Mention me with a few words about the problem, or pick one of the options.',
  suggestionsIntro: 'Or pick one of these to get started.',
  feedbackComment: { label: 'What was missing? (optional)', placeholder: 'A line is plenty', send: 'Send comment', empty: 'Type a few words first, then select Send comment.' },
  textTooLong: (limit) => `That message is longer than ${limit} characters. Please send a shorter one.`,
  busy: 'I was still working on your previous message. Please send that again.',
  stillChecking: "I'm still checking your mailbox. Its result comes here in a moment; then send that again.",
  forwardHint: 'Copy this message and send it to your Microsoft 365 admin.',
  adminEmailLabel: "Does your admin use this app in Teams? Enter their work email and I'll send them the steps.",
  adminEmailPlaceholder: 'admin@company.com',
  adminSendLabel: 'Send to my admin',
  adminSent: (name) => `I've sent the steps to ${name} in Teams. We'll carry on here as soon as they select Done.`,
  adminNotFound: (email) =>
    `${email} hasn't chatted with me in Teams yet, so I can't message them. Please forward the message above instead.`,
  adminUnreachable: (name) => `I couldn't reach ${name} in Teams just now. Please forward the message above instead.`,
  adminCardTitle: (requester) => `${requester} needs a change in the Microsoft 365 admin center`,
  adminCardIntro: 'Their mailbox cannot connect to Close until this is done. Select Done when you have made the change.',
  adminDoneLabel: 'Done',
  adminThanks: (requester) => `Thanks! I've let ${requester} know, and we'll carry on from here.`,
  adminAlreadyMovedOn: "Thanks! That conversation has already moved on, so there's nothing more to do.",
  adminNotYours: 'This request was sent to someone else, so only they can mark it done.',
  adminDoneForUser: (admin) => `${admin} says the change is made.`,
  someone: 'A colleague',
  escalationTitle: 'A mailbox conversation needs a person',
  escalationPosted: "I've passed a summary of our conversation to the IT team in Teams. Someone will pick it up here.",
  escalationFailed: "I couldn't reach the IT team's channel just now. Please contact them directly and mention this conversation.",
  sessionGone: 'That conversation has ended. Send me a message to start a new one.',
  turnFailed: 'Sorry, something went wrong on my side. Please try again in a minute.',
  progressTitle: 'Checking your mailbox',
  checkDone: 'done',
  checkProgress: (running, left) =>
    running.length > 0
      ? `Now checking: ${running.join(', ')}. ${left} check${left === 1 ? '' : 's'} left.`
      : `${left} check${left === 1 ? '' : 's'} left.`,
  checkStarting: 'Getting the checks ready…',
  checkSignIn: (uri, code) => `Time to sign in: open ${uri} and enter the code ${code}. I'll carry on as soon as you're signed in.`,
  checkSignInOpen: 'Open the sign-in page',
  checkSignInInChat:
    "I won't post a sign-in code where others can read it. For the check with your Microsoft sign-in, message me in a 1:1 chat. I'll finish the other checks here.",
  checkSignedInInChatOnly: 'For the check with your Microsoft sign-in, message me in a 1:1 chat, so your sign-in code stays private.',
  checkFinishedTitle: 'Checks finished',
  checkStopped: 'The check stopped before it finished. The next message says what to do.',
  checkStatus: { pass: 'OK', warn: 'worth a look', fail: 'problem found', skip: 'skipped', error: "couldn't check" },
};
