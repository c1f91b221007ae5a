import type { DisambiguationQuestion } from '../machine/classifier.js';
import type { TriageContext } from '../machine/triage.context.js';
import type { ViewKey } from '../machine/view-keys.js';
import { byState, type AsideAnswer, type ConversationContent, type PerState } from './conversation.types.js';
import type { ContentSettings } from './types.js';

/** The end of December 2026: password sign-in for sending goes default-off in existing tenants (see en.ts). */
const BASIC_AUTH_DEFAULT_OFF = new Date('2026-12-31T00:00:00Z');

/** States where the admin-center steps for Authenticated SMTP are on screen or about to be. */
const TOGGLE_STATES: readonly ViewKey[] = ['askingToggleState', 'resettingToggle', 'enablingToggle'];
/** States about the mailbox's primary address. */
const ADDRESS_STATES: readonly ViewKey[] = ['askingAddressesMatch', 'fixingPrimaryAddress'];
/** States after the mailbox was re-added, where Close is syncing again. */
const RESYNC_STATES: readonly ViewKey[] = ['readdingAccount', 'enablingImap', 'askingSyncResult'];
/** States that wait on someone else: an admin or a provider. */
const HANDED_OFF: readonly ViewKey[] = ['bringingInAdmin', 'contactingProvider'];
/** The conversation is over. */
const ENDED: readonly ViewKey[] = ['resolved', 'escalated'];

function span(minutes: number): string {
  if (minutes >= 60) {
    const hours = Math.round(minutes / 60);
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Whole minutes until the follow-up, or null when none is scheduled. */
function minutesLeft(settings: ContentSettings): number | null {
  if (!settings.followUpDueAt) return null;
  return Math.max(0, Math.ceil((settings.followUpDueAt.getTime() - settings.now.getTime()) / 60_000));
}

function closeAddress(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

const waitTime: AsideAnswer = (facts, settings, where) => {
  const usual = span(settings.followUpMinutes);
  if (where === 'resolved') return 'No more waiting: your mailbox is working again.';
  if (where === 'escalated') return "I can't say exactly: it depends on how busy the team is right now.";
  if (where === 'waitingForPropagation') {
    const left = minutesLeft(settings);
    if (left === null) return `Microsoft usually applies the change within about ${usual}. I'll check back with you then.`;
    if (left === 0) return "The wait is just about over. I'll be back any moment, or you can choose Test now.";
    return `About ${span(left)} left. Microsoft usually applies the change within ${usual}, and I'll check back with you then.`;
  }
  if (where === 'runningCheck') return 'Not long: the check takes about 15 seconds.';
  if (RESYNC_STATES.includes(where)) return 'Once the mailbox is added back, give Close a few minutes to start syncing.';
  if (HANDED_OFF.includes(where)) {
    return `That depends on how quickly they reply. Once the change is made, Microsoft usually needs about ${usual} to apply it.`;
  }
  if (facts.path === 'syncing') return 'After the change, re-add the mailbox in Close and give it a few minutes to sync.';
  return `After the change in Microsoft 365, it usually takes about ${usual} before Close can send again. I'll tell you when to test.`;
};

const skipWait: AsideAnswer = (facts, _settings, where) => {
  if (where === 'waitingForPropagation') {
    return "You don't have to wait: choose Test now whenever you like. If the test fails, it may just need more time, so try again a bit later.";
  }
  if (ENDED.includes(where)) return "There's nothing left to wait for on my side.";
  if (facts.path === 'syncing') {
    return "There's no set wait here. Once the mailbox is added back, check for new mail; if nothing shows yet, it may just need a few more minutes.";
  }
  return "You won't have to wait: when we get there, you can choose Test now. If the test fails, it may just need more time.";
};

const whatImap: AsideAnswer = (facts, _settings, where) => {
  const base = 'IMAP is how Close reads your mailbox, so it can show new mail, replies and your sent emails.';
  if (where === 'enablingImap') return `${base} If it's off for the mailbox, nothing syncs. That's the setting in this step.`;
  if (facts.path === 'sending') return `${base} It's for syncing, so it isn't what's stopping you from sending.`;
  return `${base} If it's off for the mailbox in Microsoft 365, mail doesn't sync into Close.`;
};

const whatSmtpAuth: AsideAnswer = (facts) => {
  const base =
    "Authenticated SMTP (also called SMTP AUTH) lets an app sign in to Microsoft's mail server and send as you. Close sends your emails that way, so it needs it on for your mailbox, even when you connect with Microsoft sign-in.";
  return facts.path === 'syncing' ? `${base} It's about sending, though: for syncing, IMAP and the address matter.` : base;
};

const whatSetting: AsideAnswer = (facts, _settings, where) => {
  if (ADDRESS_STATES.includes(where)) {
    const address = closeAddress(facts);
    return `Close only syncs when the address connected in Close${address ? ` (${address})` : ''} is the mailbox's primary email and username. You'll find both under Users > Active users > the user > Account > Manage username and email.`;
  }
  if (where === 'enablingImap' || where === 'askingSyncResult') {
    return 'It\'s IMAP, under Users > Active users > the user > Mail > Manage email apps. Close reads your mail through it, so it has to be ticked.';
  }
  if (where === 'checkingIpAllowlist') {
    return "Two things: your provider has to accept Close's IP addresses, and Authenticated SMTP has to be ticked for the mailbox (Mail > Manage email apps).";
  }
  if (where === 'askingConnectionMethod' || where === 'explainingBasicAuthChange') {
    return "It's how the mailbox is connected in Close: with the Microsoft sign-in button, or with a password and server settings. Microsoft sign-in is the one that keeps working.";
  }
  if (where === 'resettingToggle') {
    return "It's Authenticated SMTP, under Users > Active users > the user > Mail > Manage email apps. Unticking and ticking it again makes Microsoft apply it afresh when it's stuck.";
  }
  if (facts.path === 'sending' || TOGGLE_STATES.includes(where)) {
    return "It's Authenticated SMTP, under Users > Active users > the user > Mail > Manage email apps. It lets Close sign in to Microsoft to send your mail.";
  }
  if (facts.path === 'syncing') {
    return "For syncing there are two: the mailbox's primary address (Account > Manage username and email) and IMAP (Mail > Manage email apps).";
  }
  return "It depends on the problem: for sending it's Authenticated SMTP; for syncing it's the mailbox's primary address and IMAP. Which one are you seeing?";
};

const isItSafe: AsideAnswer = (facts, _settings, where) => {
  if (where === 'askingForAddress' || where === 'offeringCheck' || where === 'runningCheck' || where === 'reportingCheck') {
    return "Yes. The check only looks from the outside and changes nothing. If you sign in for it, I send one test email from the mailbox to itself, and your sign-in is forgotten when the check ends.";
  }
  if (ADDRESS_STATES.includes(where)) {
    return "Yes. It only changes that one mailbox, and the mail already in it stays where it is. If you change the username, you'll sign in to Microsoft with the new address from then on.";
  }
  if (facts.path === 'syncing' || where === 'enablingImap') {
    return 'Yes. These settings only change that one mailbox, and nothing else is opened up. When you connect with Microsoft sign-in, Close never sees your password.';
  }
  return "Yes. Authenticated SMTP is turned on for that one mailbox only, not your whole organisation, and nothing else is opened up. When you connect with Microsoft sign-in, Close never sees your password.";
};

const amIAdmin: AsideAnswer = (_facts, _settings, where) => {
  const base =
    "Go to admin.microsoft.com and sign in with your work account. If the admin center opens, you have an admin role (such as Global or Exchange administrator). If it says you don't have access, you're not an admin.";
  return where === 'askingIsAdmin' ? `${base} That's fine: I'll write a message for whoever is.` : base;
};

const findAdmin: AsideAnswer = () =>
  'Usually it\'s whoever set up Microsoft 365 for your company, your IT team, or whoever pays the Microsoft bill. Anyone who can open admin.microsoft.com can see them under Roles > Role assignments > Global Administrator.';

const whatProvider: AsideAnswer = () =>
  "A provider (or reseller) is a company, such as GoDaddy, that sold you Microsoft 365 and may hold its admin settings. To tell: check who bills you for it, or sign in to outlook.office.com. If you're sent to a GoDaddy sign-in page, GoDaddy manages it.";

const howReconnect: AsideAnswer = () =>
  "In Close, open Settings > Connected Accounts (Accounts & Apps in the newer layout) and select your mailbox. Reconnect it there. If that doesn't work, choose Remove account at the bottom of the page and add it again with + Add Account > Microsoft.";

const whatAlias: AsideAnswer = (facts) => {
  const base =
    "Your username is what you sign in to Microsoft with. The primary address is the mailbox's main address; an alias is an extra one. Close needs its address to be both the primary and the username.";
  const signIn = ' Changing the username changes how you sign in.';
  const target = facts.known.closeAddress;
  const named = target ? `${base} Make ${target} primary: if it's an alias, use its … menu > Change to primary email.${signIn}` : null;
  if (named && named.length <= 350) return named;
  return `${base} If the Close address is an alias, make it primary (… menu > Change to primary email).${signIn}`;
};

const ipList: AsideAnswer = (_facts, settings, where) => {
  if (settings.closeIpListUrl) {
    return `Close lists the IP addresses it sends from here: ${settings.closeIpListUrl}. Your provider needs to accept all of them.`;
  }
  return where === 'escalated'
    ? 'Close support can send you the current list of IP addresses Close sends from. Ask the person who replies here.'
    : "Close support can send you the current list of IP addresses Close sends from. Ask for a person here and they'll pass it on.";
};

const whyAddress: AsideAnswer = () =>
  "So I can check the mailbox for you: from the address I look up its domain's mail records and its Microsoft 365 sign-in, and try the Outlook mail servers, all from the outside. Nothing is changed and nothing is sent. You don't have to give it: we can go on without the check.";

const decemberChange: AsideAnswer = (_facts, settings) => {
  const when =
    settings.now >= BASIC_AUTH_DEFAULT_OFF
      ? 'Since the end of December 2026, password (basic) sign-in for sending has been off by default in existing Microsoft 365 organisations.'
      : 'From the end of December 2026, Microsoft turns off password (basic) sign-in for sending by default in existing Microsoft 365 organisations.';
  return `${when} Admins can turn it back on until a final date Microsoft announces in the second half of 2027. Connecting with Microsoft sign-in avoids it, but Authenticated SMTP must still be on.`;
};

const mailTabMissing: AsideAnswer = () =>
  'Three things to check: that you opened the right user (Users > Active users); that the user has a licence that includes an Exchange mailbox; and that you signed in with an admin role, such as Global or Exchange administrator.';

const outboxSequences: AsideAnswer = (_facts, _settings, where) => {
  const base =
    "Emails stuck in the Outbox aren't lost: once the mailbox is reconnected, you can resend them from there. Sequences that paused when it disconnected need to be resumed.";
  return ENDED.includes(where) ? base : `${base} I'll remind you at the end.`;
};

const capabilities: AsideAnswer = () =>
  'I help with Microsoft 365 mailboxes connected to Close: sending that fails, mail that doesn\'t sync, error messages, and a live check of your mailbox. If we get stuck, I can hand you over to a person.';

const thanks: AsideAnswer = (_facts, _settings, where) => {
  if (where === 'resolved') return "You're welcome! Glad it's working again. Have a good day.";
  if (where === 'escalated') return "You're welcome.";
  return "You're welcome! Carry on whenever you're ready.";
};

const greeting: AsideAnswer = () => 'Hi there! I help with Microsoft 365 mailboxes connected to Close.';

const serviceStatus: AsideAnswer = () =>
  "I can't see Microsoft's service status from here. An admin can check it in the Microsoft 365 admin center under Health > Service health, and anyone can look at status.office365.com. An outage is rarely why Close keeps disconnecting, though: a Microsoft 365 setting usually is.";

const outOfScope: AsideAnswer = (_facts, _settings, where) => {
  const base =
    "I only know Microsoft 365 (Office 365) mailboxes connected to Close, so I can't help with Gmail, Google Workspace, calendars or other CRMs.";
  if (where === 'escalated') return `${base} The person from support who replies here can help with those.`;
  if (where === 'resolved') return `${base} A person from support can: just ask for one.`;
  return `${base} A person from support can: choose Talk to a person.`;
};

const SYNC_CHECK =
  "Give Close a few minutes, then look for new mail on a lead and for Close-sent mail in Outlook's Sent folder. Tell me whether it shows up.";

/** "What now?": where we are, and what to do next, for every state (the short question follows it). */
const WHAT_NEXT: PerState = {
  askingSymptom: () =>
    "We haven't started yet. Tell me in a few words what goes wrong (sending from Close, or mail coming in), or paste the error message, and I'll walk you through the fix.",
  askingCloseStatus: () =>
    "Open Connected Accounts in Close and look at your mailbox. Tell me what Email Sending and Email Syncing say, and I'll know which fix you need.",
  askingForError: () =>
    "Paste the error message here, as it appears. I'll tell you what it means and how to fix it. No error message? Choose I don't have one.",
  describingProblem: () => "Tell me in a sentence what goes wrong, or paste the error message. Then I'll take you to the fix.",
  clarifyingPath: () => 'I just need to know which part is broken: sending from Close, or mail coming in. Each has its own fix.',
  disambiguating: () => "That error has two possible causes. Your answer tells me which one it is, and then I'll give you the fix.",
  explainingDiagnosis: () =>
    "Try the fix I described, then tell me whether it works now or still fails. If it still fails, we'll look at the next step together.",
  notMicrosoft365: () =>
    "These steps only fit Microsoft 365 mailboxes, so the next step is your mail provider's settings for Close. A person from support can help too: choose Talk to a person.",
  askingIsAdmin: () =>
    "The fix is a setting in the Microsoft 365 admin center, which only an admin can change. If you're an admin, I'll walk you through it. If not, or you're not sure, I'll write a message for your admin.",
  bringingInAdmin: (facts) =>
    `Send your admin the message above. Once they've made the change, tell me here, and we'll check that Close can ${facts.path === 'syncing' ? 'sync' : 'send'} again. If you turn out to be an admin yourself, just say so.`,
  askingProviderManaged: () =>
    "I need to know whether a company such as GoDaddy manages your Microsoft 365 for you. If it does, they have to make the change. If not, we'll look at the setting together next.",
  contactingProvider: (facts) =>
    `Send ${facts.provider ? `${facts.provider}'s` : "your provider's"} support team the request above: it says exactly what to change. When they reply, tell me whether they turned it on.`,
  askingToggleState: () =>
    "In the admin center, open the user, then Mail > Manage email apps, and look at Authenticated SMTP. Tell me whether it's ticked, and I'll tell you what to change.",
  resettingToggle: (_facts, settings) =>
    `Untick Authenticated SMTP and save, then tick it and save again, as in the steps above. Microsoft then needs about ${span(settings.followUpMinutes)} to apply it, and we test.`,
  enablingToggle: (_facts, settings) =>
    `Tick Authenticated SMTP and save, as in the steps above. Microsoft then needs about ${span(settings.followUpMinutes)} to apply it, and we test.`,
  waitingForPropagation: (_facts, settings) => {
    const left = minutesLeft(settings);
    const wait = left ? ` (about ${span(left)} left)` : '';
    return `Nothing to do right now: Microsoft is applying the change${wait}. Then you reconnect the mailbox in Close and send a test. Don't want to wait? Choose Test now.`;
  },
  askingReconnectResult: () =>
    'Reconnect the mailbox in Connected Accounts in Close, then send yourself a test email from Close. Tell me whether it went out.',
  askingConnectionMethod: () =>
    'Tell me how the mailbox is connected in Close: with the Microsoft sign-in button, or with a password and server settings. That decides what we try next.',
  explainingBasicAuthChange: () =>
    "Reconnect the mailbox in Close with the Microsoft sign-in button, as in the steps above. Tell me once it's done, and we'll test again.",
  askingAddressesMatch: (facts) =>
    `In the admin center, open the user and look at the Account tab. Tell me whether Username and the primary email are both ${closeAddress(facts) ?? 'the address you use in Close'}.`,
  fixingPrimaryAddress: (facts) =>
    `Make ${closeAddress(facts) ?? 'the Close address'} the primary address and save, as in the steps above. Next, you connect the mailbox to Close again.`,
  readdingAccount: () => SYNC_CHECK,
  enablingImap: () =>
    "Tick IMAP for the mailbox and save, then remove the mailbox in Close and add it again. Tell me when it's back, and we'll check the sync.",
  askingSyncResult: () => SYNC_CHECK,
  checkingIpAllowlist: () =>
    "Ask your email provider to accept all of Close's IP addresses. Once they have, tell me, and we'll check the Authenticated SMTP setting next.",
  askingForAddress: () => "Type the email address connected in Close, and I'll check it live. It takes about 15 seconds and changes nothing.",
  offeringCheck: (facts) =>
    `Choose Check it and I'll look at ${facts.address ?? 'that address'} live, in about 15 seconds. Or choose Not now to carry on without it.`,
  runningCheck: () => "Nothing to do for now: the check is running, and I'll post what I find here in a moment.",
  reportingCheck: () => "The check's results are above. Choose Carry on to go back to where we were, or Check again.",
  nextSteps: () =>
    "The usual fixes didn't work, so a person from support is the next step: choose Talk to a person, and they'll get a summary of what we tried. Or paste a new error message.",
  resolved: (facts) => (facts.path === 'syncing' ? 'Nothing more to do: Close is syncing your mailbox again.' : 'Nothing more to fix. Just resend anything stuck in your Outbox in Close and resume any paused sequences.'),
  escalated: () => "Nothing for you to do: they already have a summary of what we tried, so you won't need to repeat yourself.",
};

/** The disambiguation questions, short. */
const SHORT_QUESTIONS: Record<DisambiguationQuestion, string> = {
  'password-works-elsewhere': 'Can you sign in to outlook.office.com with the same address and password?',
  'address-is-primary': "Is the address in Close the mailbox's main address, not an alias?",
};

export const conversationEn: ConversationContent = {
  asides: {
    'wait-time': waitTime,
    'skip-wait': skipWait,
    'what-imap': whatImap,
    'what-smtp-auth': whatSmtpAuth,
    'what-setting': whatSetting,
    'is-it-safe': isItSafe,
    'am-i-admin': amIAdmin,
    'find-admin': findAdmin,
    'what-provider': whatProvider,
    'how-reconnect': howReconnect,
    'what-alias': whatAlias,
    'ip-list': ipList,
    'why-address': whyAddress,
    'december-change': decemberChange,
    'mail-tab-missing': mailTabMissing,
    'outbox-sequences': outboxSequences,
    'what-next': byState(WHAT_NEXT),
    capabilities,
    thanks,
    greeting,
    'out-of-scope': outOfScope,
    'service-status': serviceStatus,
  },
  reprompts: {
    askingSymptom: () => 'What are you seeing with your mailbox in Close?',
    askingCloseStatus: () => 'What do Email Sending and Email Syncing say in Close?',
    askingForError: () => 'Paste the error message whenever you have it.',
    describingProblem: () => 'What goes wrong, in a sentence? Or paste the error message.',
    clarifyingPath: () => 'Is the trouble with sending from Close, or with mail coming in?',
    disambiguating: (facts) => (facts.ambiguity ? SHORT_QUESTIONS[facts.ambiguity.question] : 'Which of these fits best?'),
    explainingDiagnosis: () => 'Once you have tried the fix, is it working, or still failing?',
    notMicrosoft365: () => 'These steps are for Microsoft 365 only. You can start over or talk to a person.',
    askingIsAdmin: () => 'Are you a Microsoft 365 admin for your organisation?',
    bringingInAdmin: () => 'Tell me when your admin has made the change.',
    askingProviderManaged: () => 'Did you buy Microsoft 365 through a provider such as GoDaddy?',
    contactingProvider: (facts) => `Tell me what ${facts.provider ?? 'your provider'} says once they reply.`,
    askingToggleState: () => 'Is Authenticated SMTP ticked for the mailbox?',
    resettingToggle: () => "Tell me when you've unticked it, saved, ticked it again and saved.",
    enablingToggle: () => 'Tell me when Authenticated SMTP is ticked and saved.',
    waitingForPropagation: () => "I'll check back once Microsoft has had time. Or choose Test now.",
    askingReconnectResult: () => 'After reconnecting, did your test email go out?',
    askingConnectionMethod: () => 'Is the mailbox connected with Microsoft sign-in, or with a password?',
    explainingBasicAuthChange: () => "Tell me when it's reconnected with Microsoft sign-in.",
    askingAddressesMatch: (facts) =>
      `Are the username and primary email both exactly ${closeAddress(facts) ?? 'the address used in Close'}?`,
    fixingPrimaryAddress: (facts) => `Tell me when ${closeAddress(facts) ?? 'the Close address'} is the primary address and saved.`,
    readdingAccount: () => 'Now that the mailbox is added back, are new emails showing up in Close?',
    enablingImap: () => "Tell me when IMAP is ticked and the mailbox is added back.",
    askingSyncResult: () => 'Are emails syncing now?',
    checkingIpAllowlist: () => "Tell me when your provider accepts Close's IP addresses.",
    askingForAddress: () => 'Which email address is connected in Close?',
    offeringCheck: (facts) => `Shall I check ${facts.address ?? 'that address'} live?`,
    runningCheck: () => "The check is still running. I'll post what I find in a moment.",
    reportingCheck: () => "Carry on when you're ready, or run the check again.",
    nextSteps: () => 'Shall I hand this to a person, or would you like to paste a new error?',
    resolved: () => "It's all fixed. If something else comes up, choose Start over.",
    escalated: () => 'A person from support will reply here. You can keep asking me in the meantime.',
  },
  understood: {
    sending:
      'Got it: Close disconnects when you send, or mail sits in the Outbox. That is usually the Authenticated SMTP setting in Microsoft 365. If I got that wrong, say so.',
    syncing:
      "Got it: mail isn't syncing, or is missing from Sent. Usually the address in Close isn't the mailbox's main address, or IMAP is off. If I got that wrong, say so.",
  },
  skipped: {
    'is-admin': () => "You said you're a Microsoft 365 admin, so you can make the change yourself.",
    'not-admin': () => "You said you're not an admin, so here's a message for whoever is.",
    'provider-manages-it': (facts) =>
      `You said ${facts.provider ?? 'a provider'} manages your Microsoft 365, so the request goes to them.`,
    'self-managed': () => "You said you manage Microsoft 365 yourselves, so I won't ask about a provider.",
    'toggle-on': () => "You said Authenticated SMTP is already ticked, so let's reset it.",
    'toggle-off': () => "You said Authenticated SMTP isn't ticked, so let's turn it on.",
    'connection-method': (facts) =>
      facts.connectionMethod === 'password'
        ? "You said you connect with a password, so I won't ask how it's connected."
        : "You said you connect with Microsoft sign-in, so I won't ask how it's connected.",
    'changed-earlier': () => "You made the change a while ago, so there's no need to wait. Let's test.",
    'addresses-differ': (facts) =>
      `You said the addresses differ, so let's make ${closeAddress(facts) ?? 'the Close address'} the primary one.`,
    'addresses-match': () => "You said the addresses already match, so let's check IMAP next.",
  },
  addressNoted: (address) => `I'll use ${address} if we run a live check.`,
  noted: 'Noted, thanks.',
  acknowledged: {
    whileYouWork: 'Sure, take your time.',
    whileWaiting: "Sure, I'll check back with you then.",
    whileChecking: "It's running; the result comes here in a moment.",
    afterResolved: 'Great!',
    afterHandedOver: 'Sure.',
  },
  handedOver: 'Thanks for passing it on.',
  notUnderstood: "Sorry, I didn't get that. Pick an option below, or ask me about a step, a setting or a word you don't know.",
  offerPerson: "If you'd rather, a person from support can take over: choose Talk to a person.",
  wentBack: "Sure, let's go back to the previous question.",
  nothingToGoBackTo: "We're at the first question, so there's nothing to go back to.",
  cannotGoBackAfterEnd: "This conversation has ended, so there's no going back in it. Choose Start over for a new one.",
  cannotGoBackWhileChecking: "The check is running, so I can't go back just yet. It only takes a few seconds.",
  questionNotAnswer: "That sounds like a question I don't have an answer for here. To carry on, pick an option below.",
  feedback: {
    question: 'Did this help?',
    labels: { helpful: 'Yes, it helped', 'not-helpful': "No, it didn't" },
    thanks: {
      helpful: 'Thanks for letting us know. Glad it helped!',
      'not-helpful': "Thanks for telling us. We'll use it to do better.",
    },
    commentThanks: 'Thanks, your comment is with the team now.',
  },
};
