import type { Content, ContentSettings } from './types.js';
import { accountsNamedBefore, basicAuthChanged, reportAsRemark } from './wording-rules.js';
import {
  CLOSE_ACCOUNTS,
  IMAP_STEPS,
  PRIMARY_ADDRESS_STEPS,
  CLOSE_ACCOUNTS_SHORT,
  readdSteps,
  TOGGLE_ENABLE_STEPS,
  TOGGLE_RESET_STEPS,
  adminRequest,
  providerRequest,
} from './admin-steps.en.js';
import { diagnosesEn } from './diagnoses.en.js';
import { checkFinding, checkReport } from './check-report.en.js';
import { conversationEn } from './conversation.en.js';
import { corpusEn } from './corpus.en.js';
import { vocabularyEn } from './vocabulary.en.js';

export { BASIC_AUTH_CHANGE_DATE } from './wording-rules.js';

function basicAuthSentence(settings: ContentSettings): string {
  return basicAuthChanged(settings)
    ? 'Since the end of December 2026, password (basic) sign-in for sending is off by default in existing Microsoft 365 organisations. Admins can turn it back on only until a final date Microsoft said it would announce in the second half of 2027.'
    : 'From the end of December 2026, Microsoft turns off password (basic) sign-in for sending by default in existing Microsoft 365 organisations. Admins can turn it back on only until a final date Microsoft will announce in the second half of 2027.';
}

/** Close's Connected Accounts page: explained once per conversation, named short after that. */
function accounts(settings: ContentSettings): string {
  return accountsNamedBefore(settings) ? CLOSE_ACCOUNTS_SHORT : CLOSE_ACCOUNTS;
}

function waitText(settings: ContentSettings): string {
  const minutes = settings.followUpMinutes;
  const span = minutes >= 60 ? `${Math.round(minutes / 60)} hour${minutes >= 120 ? 's' : ''}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `Microsoft can take a while to apply the change. I'll check back with you in ${span}: then we reconnect in Close and send a test.`;
}

const QUESTIONS: Content['questions'] = {
  'password-works-elsewhere':
    'That reply has more than one cause. Can you sign in to Outlook on the web (outlook.office.com) with the same address and password?',
  'address-is-primary': 'Is the address you use in Close the main address of that Microsoft 365 mailbox (not an alias)?',
};

export const en: Content = {
  states: {
    askingSymptom: () => ({
      text: "Hi! I'll help you get your Microsoft 365 mailbox working with Close again. What are you seeing?",
      after: 'You can also paste an error message or type your email address.',
    }),
    askingCloseStatus: () => ({
      text: `Open ${CLOSE_ACCOUNTS} and select your mailbox. What do Email Sending and Email Syncing say?`,
    }),
    askingForError: () => ({
      text: 'Please paste the error message exactly as you see it. Anything around it (dates, server names) is fine to include.',
    }),
    describingProblem: () => ({
      text: 'Tell me in a sentence what goes wrong, or paste an error message. If it matches one of these, pick it:',
    }),
    clarifyingPath: () => ({
      text: 'Just to be sure I take you the right way: is the trouble with sending from Close, or with mail coming in?',
    }),
    disambiguating: (facts) => ({
      text: facts.ambiguity ? QUESTIONS[facts.ambiguity.question] : 'Which of these fits best?',
    }),
    explainingDiagnosis: (facts) => {
      const found = checkFinding(facts.check, facts.lastDiagnosis);
      if (found) return { text: found.text, steps: [found.fix], after: 'Try that, then tell me how it went.' };
      const diagnosis = diagnosesEn[facts.lastDiagnosis ?? 'unknown'];
      return { text: `${diagnosis.title}. ${diagnosis.meaning}`, steps: [diagnosis.fix], after: 'Try that, then tell me how it went.' };
    },
    notMicrosoft365: (facts) => ({
      text: `${facts.address ? `The domain of ${facts.address}` : 'This mailbox'} does not receive its mail through Microsoft 365, so these steps won't apply. Check your mail provider's settings for Close, or talk to a person here.`,
    }),
    askingIsAdmin: () => ({
      text: 'The fix is a setting in the Microsoft 365 admin center, so it needs an admin. Are you a Microsoft 365 admin for your organisation?',
    }),
    bringingInAdmin: (facts) => ({
      text: 'No problem: your admin can do it in a couple of minutes. Send them the message below, then tell me when they are done.',
      forward: { title: 'Message for your Microsoft 365 admin', body: adminRequest(facts) },
    }),
    askingProviderManaged: () => ({
      text: 'Did you buy Microsoft 365 through another company, such as GoDaddy, that manages it for you? Those companies often lock these settings.',
    }),
    contactingProvider: (facts) => ({
      text: `${facts.provider ? `Because ${facts.provider} manages your Microsoft 365,` : 'Because a provider manages your Microsoft 365,'} only their support team can turn on the settings Close needs. Send them the request below and tell me what they say.`,
      forward: { title: "Request for your provider's support team", body: providerRequest(facts) },
    }),
    askingToggleState: () => ({
      text: "Let's look at the setting that lets Close send mail:",
      steps: [TOGGLE_ENABLE_STEPS[0] ?? '', TOGGLE_ENABLE_STEPS[1] ?? '', 'Find Authenticated SMTP. Is it ticked?'],
    }),
    resettingToggle: () => ({
      text: "It's ticked, but it can still be stuck. Reset it:",
      steps: TOGGLE_RESET_STEPS,
      after: 'Tell me when both saves are done.',
    }),
    enablingToggle: () => ({
      text: "That's the cause: Close can't send until it's on. Turn it on:",
      steps: TOGGLE_ENABLE_STEPS,
      after: 'Tell me when you have saved.',
    }),
    waitingForPropagation: (_facts, settings) => ({
      text: waitText(settings),
      after: "If you'd rather not wait, choose Test now.",
    }),
    askingReconnectResult: (_facts, settings) => ({
      text: `Now reconnect the mailbox in ${accounts(settings)}, then send yourself a test email from Close. Did it go out?`,
    }),
    askingConnectionMethod: () => ({
      text: 'How is this mailbox connected in Close: with the Microsoft sign-in button, or with a password and server settings?',
    }),
    explainingBasicAuthChange: (_facts, settings) => ({
      text: `${basicAuthSentence(settings)} So connect the mailbox with Microsoft sign-in instead (Authenticated SMTP still has to be on):`,
      steps: readdSteps(accounts(settings)),
      after: 'Tell me when it is reconnected.',
    }),
    askingAddressesMatch: (facts) => ({
      text: `Close can only sync a mailbox whose main Microsoft 365 address and username are the same address you connected in Close${facts.address ? ` (${facts.address})` : ''}. Check it here:`,
      steps: [PRIMARY_ADDRESS_STEPS[0] ?? '', 'On the Account tab, look at Username and email.'],
      after: 'Are the username and the primary email both exactly the address used in Close?',
    }),
    fixingPrimaryAddress: () => ({
      text: 'Make the address used in Close the main one:',
      steps: PRIMARY_ADDRESS_STEPS,
      after: 'Tell me when you have saved.',
    }),
    readdingAccount: (_facts, settings) => ({
      text: 'Now connect the mailbox to Close afresh so it picks up the change:',
      steps: readdSteps(accounts(settings)),
      after: 'Give it a few minutes. Do new emails and Close-sent emails show up now?',
    }),
    enablingImap: (_facts, settings) => ({
      text: 'Close reads your mail over IMAP, so it has to be on for this mailbox:',
      // the steps to re-add the mailbox were just given when it was re-added once already
      steps: settings.seen?.includes('readdingAccount')
        ? [...IMAP_STEPS, `Then remove the mailbox in ${accounts(settings)} and add it again, as before.`]
        : [...IMAP_STEPS, ...readdSteps(accounts(settings))],
      after: 'Tell me when the mailbox is added back.',
    }),
    askingSyncResult: (_facts, settings) => ({
      text: `Once the mailbox is back in ${accounts(settings)}, give it a few minutes. Are emails syncing now?`,
    }),
    checkingIpAllowlist: (facts, settings) => ({
      text:
        facts.lastDiagnosis === 'ip-blocked'
          ? 'Microsoft refused the connection because of the IP address it came from, one of the servers Close sends from. Two things fix it:'
          : 'That error means the mail server did not offer Close a way to sign in, so your mail could not go out. Two things fix it:',
      steps: [
        settings.closeIpListUrl
          ? `Ask your email provider to accept connections from every IP address Close sends from. The list is here: ${settings.closeIpListUrl}`
          : 'Ask your email provider to accept connections from every IP address Close sends from (Close support can send you the current list).',
        'Make sure Authenticated SMTP is on for the mailbox (I can walk you through it next).',
      ],
      after: 'Tell me when the IP addresses are allowed, and we will check the setting.',
    }),
    askingForAddress: () => ({
      text: 'Which email address is connected in Close? I will look at its Microsoft 365 setup and mail servers from the outside.',
    }),
    offeringCheck: (facts) => ({
      text: `Shall I check ${facts.address ?? 'that address'} live? I look at its mail records, its Microsoft 365 sign-in and the Outlook mail servers. It takes about 15 seconds and changes nothing.`,
      after:
        'If you also sign in with Microsoft, I can test sending and IMAP as that mailbox and send one test email from it to itself. Nothing else is sent, and your sign-in is forgotten as soon as the check ends.',
    }),
    runningCheck: (facts) => ({
      text: `Checking ${facts.address ?? 'the mailbox'} now. I'll post what I find here in a moment.`,
    }),
    reportingCheck: (facts) => checkReport(facts.check),
    nextSteps: () => ({
      text: "I'm sorry, the usual fixes didn't do it. A person from support can look at your account. I can hand this over with everything we've tried, or you can paste a new error message.",
    }),
    resolved: (facts) => ({
      // a sending problem leaves mail in the Outbox and sequences paused; a syncing one does not
      text:
        facts.path === 'syncing'
          ? "Great, that's fixed! New emails and replies should keep showing up in Close from now on."
          : "Great, that's fixed! One last thing: check your Outbox in Close and resend anything that got stuck, and resume any sequences that were paused.",
    }),
    escalated: () => ({
      text: "I've passed this to a person on the support team with a summary of what we tried, so you won't need to repeat yourself. They'll read it and reply here. Meanwhile, you can keep asking me questions.",
    }),
  },
  choices: {
    'sending-fails': 'It disconnects when I send, or mail is stuck in the outbox',
    'sync-fails': "Mail isn't syncing, or sent mail is missing from Outlook",
    'have-error': 'I have an error message',
    'smtp-auth-not-supported': '"SMTP AUTH extension not supported"',
    'check-close-status': "I'll check what Close shows",
    'something-else': 'Something else',
    'sending-disconnected': 'Sending is disconnected',
    'syncing-disconnected': 'Syncing is disconnected',
    'both-disconnected': 'Both are disconnected',
    'both-connected': 'Both say connected',
    'describe-instead': "I don't have one",
    yes: 'Yes',
    no: 'No',
    'not-sure': 'Not sure',
    'toggle-on': "Yes, it's ticked",
    'toggle-off': "No, it isn't",
    'cannot-find-setting': "I can't find it",
    done: 'Done',
    'test-now': 'Test now',
    'it-worked': 'It works now',
    'still-failing': 'Still failing',
    'microsoft-sign-in': 'Microsoft sign-in',
    password: 'Password and server settings',
    'provider-enabled': 'They turned it on',
    'provider-refused': "They can't or won't",
    'admin-done': 'My admin has done it',
    'provider-manages-it': 'A provider manages it',
    'check-mailbox': 'Check my mailbox live',
    'run-check': 'Check it',
    'run-check-signed-in': 'Check it, with my Microsoft sign-in',
    'skip-check': 'Not now',
    continue: 'Carry on',
    human: 'Talk to a person',
    'start-over': 'Start over',
  },
  choiceOverrides: {
    askingIsAdmin: { yes: "Yes, I'm an admin", no: "No, I'm not" },
    askingProviderManaged: { yes: 'Yes, through a provider', no: 'No, we manage it' },
    askingAddressesMatch: { yes: 'Yes, they match', no: "No, they're different" },
    checkingIpAllowlist: { done: 'The IPs are allowed', 'it-worked': 'It works now' },
    explainingBasicAuthChange: { done: 'Reconnected with Microsoft' },
    readdingAccount: { 'it-worked': "Yes, it's syncing" },
    askingSyncResult: { 'it-worked': "Yes, it's syncing" },
    nextSteps: { 'have-error': 'Paste a new error' },
    reportingCheck: { 'run-check': 'Check again' },
  },
  diagnoses: diagnosesEn,
  questions: QUESTIONS,
  notices: {
    'not-understood': () => "Sorry, I didn't get that. Pick one of the options, or type it in your own words.",
    diagnosed: (notice) => `${diagnosesEn[notice.code].title}. ${diagnosesEn[notice.code].meaning}`,
    'follow-up': () => "It's been a while since the change, so Microsoft should have applied it by now.",
    restarted: () => "Let's start again.",
    'check-report': (_notice, facts) => {
      return reportAsRemark(checkReport(facts.check));
    },
  },
  stale: 'That question has already been answered, so the button no longer does anything.',
  endedHint: 'This conversation is finished. Choose Start over to begin a new one.',
  conversation: conversationEn,
  understanding: { locale: 'en', corpus: corpusEn, vocabulary: vocabularyEn },
};
