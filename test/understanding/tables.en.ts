import type { ChoiceId } from '../../src/machine/choices.js';
import type { DiagnosisCode } from '../../src/machine/diagnosis-codes.js';
import type { ViewKey } from '../../src/machine/view-keys.js';
import type { AsideId } from '../../src/understanding/intents.js';

/** What must follow a message: any combination; every field given is checked. */
export interface Expect {
  /** the state the assistant is in afterwards */
  state?: ViewKey;
  /** the state it must NOT be in afterwards (a misread) */
  notState?: ViewKey;
  /** the troubleshooting path chosen (context.path) */
  path?: 'sending' | 'syncing';
  /** answered in place with this aside; the state stays where it was */
  aside?: AsideId;
  /** a pasted error was read as this diagnosis */
  diagnosis?: DiagnosisCode;
  /** this address is remembered (context.address or the Close address) */
  remembers?: string;
  /** heard, and nothing else: the question stands, without an answer in place and without "I didn't get that" */
  heard?: true;
}
export interface Row {
  /** choice ids picked from the very first question to reach the state where the message is typed ([] = the first question) */
  at: ChoiceId[];
  says: string;
  expect: Expect;
}

// Where a message is typed: the choices that lead there from the first question.
const START: ChoiceId[] = [];
const IS_ADMIN: ChoiceId[] = ['sending-fails'];
const IS_ADMIN_SYNC: ChoiceId[] = ['sync-fails'];
const BRINGING_ADMIN: ChoiceId[] = ['sending-fails', 'no'];
const BRINGING_ADMIN_SYNC: ChoiceId[] = ['sync-fails', 'no'];
const PROVIDER_Q: ChoiceId[] = ['sending-fails', 'yes'];
const CONTACTING_PROVIDER: ChoiceId[] = ['sending-fails', 'yes', 'yes'];
const TOGGLE_Q: ChoiceId[] = ['sending-fails', 'yes', 'no'];
const ENABLING_TOGGLE: ChoiceId[] = [...TOGGLE_Q, 'toggle-off'];
const RESETTING_TOGGLE: ChoiceId[] = [...TOGGLE_Q, 'toggle-on'];
const WAITING: ChoiceId[] = [...ENABLING_TOGGLE, 'done'];
const RECONNECT_RESULT: ChoiceId[] = [...WAITING, 'test-now'];
const CONNECTION_METHOD: ChoiceId[] = [...RECONNECT_RESULT, 'still-failing'];
const BASIC_AUTH_CHANGE: ChoiceId[] = [...CONNECTION_METHOD, 'password'];
const NEXT_STEPS: ChoiceId[] = [...CONNECTION_METHOD, 'microsoft-sign-in'];
const RESOLVED: ChoiceId[] = [...RECONNECT_RESULT, 'it-worked'];
const ADDRESSES_Q: ChoiceId[] = ['sync-fails', 'yes'];
const FIXING_PRIMARY: ChoiceId[] = [...ADDRESSES_Q, 'no'];
const READDING: ChoiceId[] = [...FIXING_PRIMARY, 'done'];
const ENABLING_IMAP: ChoiceId[] = [...ADDRESSES_Q, 'yes'];
const SYNC_RESULT: ChoiceId[] = [...ENABLING_IMAP, 'done'];
const IP_ALLOWLIST: ChoiceId[] = ['smtp-auth-not-supported'];
const ASKING_ERROR: ChoiceId[] = ['have-error'];
const CLOSE_STATUS: ChoiceId[] = ['check-close-status'];
const DESCRIBING: ChoiceId[] = ['something-else'];
const ASKING_ADDRESS: ChoiceId[] = ['check-mailbox'];
const ESCALATED: ChoiceId[] = ['human'];

const sending: Expect = { path: 'sending', state: 'askingIsAdmin' };
const syncing: Expect = { path: 'syncing', state: 'askingIsAdmin' };
const smtpAuthWords: Expect = { state: 'checkingIpAllowlist' };
const wantsToPaste: Expect = { state: 'askingForError' };
const person: Expect = { state: 'escalated' };
const wantsCheck: Expect = { state: 'askingForAddress' };
const eitherPath: Expect = { state: 'clarifyingPath' };

/** Typed as the very first message. */
export const firstMessages: Row[] = [
  // sending: disconnects on send, Outbox, sequences, bulk email
  { at: START, says: 'close keeps disconnecting my email every time i try to send', expect: sending },
  { at: START, says: 'emails stuck in the outbox since this morning', expect: sending },
  { at: START, says: 'my sequences got paused and it says Email Sending: Disconnected', expect: sending },
  { at: START, says: 'bulk email wont go out, all of it is sitting in the outbox', expect: sending },
  { at: START, says: 'connected accounts shows email sending disconnected but syncing connected', expect: sending },
  { at: START, says: 'i hit send and the mailbox just disconnects right away', expect: sending },
  { at: START, says: 'cant send emails from close anymore, outlook itself is fine', expect: sending },
  { at: START, says: 'outbox has like 40 emails that never went', expect: sending },
  { at: START, says: 'every time a sequence step fires my office 365 account gets disconnected', expect: sending },
  { at: START, says: 'sending from close broke after we moved to microsoft 365', expect: sending },
  { at: START, says: 'emails i send to leads just sit there and never leave', expect: sending },
  { at: START, says: 'Close says my email account was disconnected when I tried emailing a lead', expect: sending },
  { at: START, says: 'theres a red banner telling me to reconnect my account whenever i send', expect: sending },
  { at: START, says: 'outgoing mail from close fails, incoming is ok', expect: sending },
  { at: START, says: 'my workflows stopped sending emails', expect: sending },
  { at: START, says: 'cant email my leads from close, it disconnects', expect: sending },
  { at: START, says: 'bulk emails paused, something about my mailbox being disconnected', expect: sending },
  { at: START, says: 'replying to a lead from close doesnt work, the reply ends up back in the outbox', expect: sending },
  { at: START, says: 'emails wont send, stuck in outbox, office 365', expect: sending },
  { at: START, says: 'my emial keeps disconecting when i send from close', expect: sending },

  // syncing: mail not coming in, replies missing, Close-sent mail missing from Outlook's Sent folder
  { at: START, says: 'when i send from close i cant see it in outlook sent', expect: syncing },
  {
    at: START,
    says: 'i changed my username in office recently and now sent emails from close arent in outlook',
    expect: { path: 'syncing' },
  },
  { at: START, says: 'Close isnt pulling in replies from my outlook', expect: syncing },
  { at: START, says: "Replies aren't showing on the lead's activity feed", expect: syncing },
  { at: START, says: 'account connected fine but nothing comes in', expect: syncing },
  { at: START, says: 'emails from leads not showing up in close', expect: syncing },
  { at: START, says: 'emails i send through close never appear in my sent items in outlook', expect: syncing },
  { at: START, says: 'inbox in close is empty even tho outlook has new mail', expect: syncing },
  { at: START, says: 'close stopped syncing my office 365 emails last week', expect: syncing },
  { at: START, says: 'incoming emails dont show on the lead timeline', expect: syncing },
  { at: START, says: 'Email Syncing: Disconnected in connected accounts', expect: syncing },
  { at: START, says: 'customer replies go to outlook but never make it to close', expect: syncing },
  { at: START, says: 'the sent folder in outlook is missing everything i sent from close', expect: syncing },
  { at: START, says: 'my emails arent syncing with close', expect: syncing },
  { at: START, says: 'new emails take forever or never show up in close', expect: syncing },
  { at: START, says: 'nothing new in the activity feed since tuesday, no emails at all', expect: syncing },
  { at: START, says: 'close says connected but no emails sync', expect: syncing },
  {
    at: START,
    says: "i send emails from close fine but they dont show up in outlook's sent folder",
    expect: syncing,
  },

  // "SMTP AUTH extension not supported", in the person's own words
  { at: START, says: 'it says smtp auth not supported', expect: smtpAuthWords },
  { at: START, says: 'the server says it doesnt support smtp auth', expect: smtpAuthWords },
  { at: START, says: 'getting smtp auth extension not supported when close connects', expect: smtpAuthWords },
  { at: START, says: 'smpt auth not suported??', expect: smtpAuthWords },
  { at: START, says: 'some message that the mail server has no smtp authentication', expect: smtpAuthWords },

  // wants to paste an error
  { at: START, says: 'I have an error message', expect: wantsToPaste },
  { at: START, says: 'i got an error, can i paste it?', expect: wantsToPaste },
  { at: START, says: 'close showed me an error i can copy for you', expect: wantsToPaste },
  { at: START, says: 'got a weird error code, want to see it?', expect: wantsToPaste },
  { at: START, says: 'theres an error message, let me paste it', expect: wantsToPaste },

  // pasted server errors
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    expect: { diagnosis: 'smtp-auth-disabled' },
  },
  {
    at: START,
    says: '550 5.7.30 Basic authentication is not supported for Client Submission.',
    expect: { diagnosis: 'basic-auth-blocked' },
  },
  { at: START, says: 'A1 NO AUTHENTICATE failed.', expect: { diagnosis: 'imap-disabled' } },
  {
    at: START,
    says: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.',
    expect: { diagnosis: 'ip-blocked', state: 'checkingIpAllowlist' },
  },
  {
    at: START,
    says: "AADSTS65001: The user or administrator has not consented to use the application named 'Close'.",
    expect: { diagnosis: 'admin-consent-required' },
  },
  {
    at: START,
    says: '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.',
    expect: { diagnosis: 'tls-problem' },
  },
  {
    at: START,
    says: '530 5.7.57 Client not authenticated to send mail. [DB8PR04CA0001.eurprd04.prod.outlook.com]',
    expect: { diagnosis: 'client-not-authenticated' },
  },
  {
    at: START,
    says: 'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.',
    expect: { diagnosis: 'smtp-auth-not-offered', state: 'checkingIpAllowlist' },
  },
  {
    at: START,
    says: 'the error says: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
    expect: { diagnosis: 'bad-credentials' },
  },
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. The federated STS service was unreachable.',
    expect: { diagnosis: 'provider-managed', state: 'contactingProvider' },
  },

  // a person
  { at: START, says: 'i want to speak to support', expect: person },
  { at: START, says: 'can i talk to a real person please', expect: person },
  { at: START, says: 'get me a human', expect: person },
  { at: START, says: 'connect me with an agent pls', expect: person },

  // a bare address, or a live check
  { at: START, says: 'jane@contoso.com', expect: { state: 'offeringCheck', remembers: 'jane@contoso.com' } },
  {
    at: START,
    says: 'sales@northwindtraders.com',
    expect: { state: 'offeringCheck', remembers: 'sales@northwindtraders.com' },
  },
  { at: START, says: 'can you check my mailbox', expect: wantsCheck },
  { at: START, says: 'run a live test on my account please', expect: wantsCheck },
  { at: START, says: 'could you look at my domain setup from your side', expect: wantsCheck },

  // could be either path: one short question naming both
  { at: START, says: 'email is broken', expect: eitherPath },
  { at: START, says: 'my outlook isnt working with close', expect: eitherPath },
  { at: START, says: 'office 365 stopped working in close', expect: eitherPath },
  { at: START, says: 'something is wrong with my microsoft email in close', expect: eitherPath },

  // facts said up front skip the questions they answer
  {
    at: START,
    says: "I'm not an admin but my email keeps disconnecting when I send",
    expect: { state: 'bringingInAdmin', path: 'sending' },
  },
  {
    at: START,
    says: "i'm the admin, emails stuck in outbox",
    expect: { state: 'askingProviderManaged', path: 'sending' },
  },
  {
    at: START,
    says: 'we bought office through godaddy and sending fails',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'our microsoft 365 is through godaddy and sequences keep pausing',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'im the IT admin here, replies from leads are missing in close',
    expect: { state: 'askingAddressesMatch', path: 'syncing' },
  },
  {
    at: START,
    says: 'not an admin, and close isnt syncing incoming mail',
    expect: { state: 'bringingInAdmin', path: 'syncing' },
  },
  {
    at: START,
    says: 'we manage our own tenant, im the global admin, and close disconnects when sending',
    expect: { state: 'askingToggleState', path: 'sending' },
  },
  {
    at: START,
    says: 'i already ticked authenticated smtp yesterday and still cant send from close',
    expect: { path: 'sending' },
  },
];

/** Questions asked mid-path: answered in place, the same question stands again. */
export const asides: Row[] = [
  { at: IS_ADMIN, says: 'hang on, is microsoft having an outage right now?', expect: { aside: 'service-status', state: 'askingIsAdmin' } },
  { at: PROVIDER_Q, says: 'maybe office 365 itself is down today?', expect: { aside: 'service-status', state: 'askingProviderManaged' } },
  // the first question
  { at: START, says: 'hello', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'hi, good morning', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'are you a bot?', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'what can you help me with', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'can you fix my google workspace sync?', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  { at: START, says: 'does close sync my outlook calendar too', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  {
    at: START,
    says: 'whats the december 2026 change everyone is talking about?',
    expect: { aside: 'december-change', state: 'askingSymptom' },
  },

  // are you an admin?
  { at: IS_ADMIN, says: "how do I know if I'm an admin?", expect: { aside: 'am-i-admin', state: 'askingIsAdmin' } },
  {
    at: IS_ADMIN,
    says: 'how can i check whether i have admin rights in microsoft 365',
    expect: { aside: 'am-i-admin', state: 'askingIsAdmin' },
  },
  {
    at: IS_ADMIN,
    says: 'what is authenticated smtp and why does close need it?',
    expect: { aside: 'what-smtp-auth', state: 'askingIsAdmin' },
  },
  { at: IS_ADMIN, says: 'is it safe to change that setting?', expect: { aside: 'is-it-safe', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'how do i find out who our admin is', expect: { aside: 'find-admin', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: "my gmail won't connect", expect: { aside: 'out-of-scope', state: 'askingIsAdmin' } },
  { at: IS_ADMIN_SYNC, says: 'what does imap even mean', expect: { aside: 'what-imap', state: 'askingIsAdmin' } },

  // bring in your admin
  { at: BRINGING_ADMIN, says: "I'm not the admin, who is?", expect: { aside: 'find-admin', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN,
    says: 'how do i figure out who our 365 admin is',
    expect: { aside: 'find-admin', state: 'bringingInAdmin' },
  },
  {
    at: BRINGING_ADMIN,
    says: 'is this safe for our company to turn on?',
    expect: { aside: 'is-it-safe', state: 'bringingInAdmin' },
  },
  { at: BRINGING_ADMIN, says: 'thanks, ill forward it', expect: { aside: 'thanks', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN_SYNC,
    says: 'what is imap and why would my admin need to touch it',
    expect: { aside: 'what-imap', state: 'bringingInAdmin' },
  },

  // did you buy it through a provider?
  {
    at: PROVIDER_Q,
    says: "what's godaddy?",
    expect: { aside: 'what-provider', state: 'askingProviderManaged', notState: 'contactingProvider' },
  },
  {
    at: PROVIDER_Q,
    says: 'what do you mean by a reseller',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  {
    at: PROVIDER_Q,
    says: 'how would i know if we bought it through someone else?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  { at: PROVIDER_Q, says: "my gmail won't connect", expect: { aside: 'out-of-scope', state: 'askingProviderManaged' } },
  // a yes about another question (the setting, being an admin) is remembered; the question on screen stands
  { at: PROVIDER_Q, says: 'it was already ticked', expect: { state: 'askingProviderManaged', notState: 'contactingProvider' } },
  { at: PROVIDER_Q, says: 'the box is already checked', expect: { state: 'askingProviderManaged' } },

  // send your provider this request
  {
    at: CONTACTING_PROVIDER,
    says: 'what happens to the emails stuck in my outbox meanwhile?',
    expect: { aside: 'outbox-sequences', state: 'contactingProvider' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'is it safe to ask them to turn that on?',
    expect: { aside: 'is-it-safe', state: 'contactingProvider' },
  },

  // is Authenticated SMTP ticked?
  {
    at: TOGGLE_Q,
    says: 'what does that checkbox actually do',
    expect: { aside: 'what-setting', state: 'askingToggleState' },
  },
  { at: TOGGLE_Q, says: 'whats smtp auth', expect: { aside: 'what-smtp-auth', state: 'askingToggleState' } },

  // turn it on / reset it
  {
    at: ENABLING_TOGGLE,
    says: 'i dont have manage email apps on that user, what now?',
    expect: { aside: 'mail-tab-missing', state: 'enablingToggle' },
  },
  { at: ENABLING_TOGGLE, says: 'is it safe to tick this', expect: { aside: 'is-it-safe', state: 'enablingToggle' } },
  {
    at: ENABLING_TOGGLE,
    says: 'how long will it take to kick in after i save?',
    expect: { aside: 'wait-time', state: 'enablingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'why untick it and tick it again, what does that do?',
    expect: { aside: 'what-setting', state: 'resettingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'the mail tab isnt there for this user, why?',
    expect: { aside: 'mail-tab-missing', state: 'resettingToggle' },
  },

  // waiting for Microsoft
  {
    at: WAITING,
    says: 'how long do I wait?',
    expect: { aside: 'wait-time', state: 'waitingForPropagation', notState: 'askingReconnectResult' },
  },
  { at: WAITING, says: 'how much longer?', expect: { aside: 'wait-time', state: 'waitingForPropagation' } },
  { at: WAITING, says: 'i dont want to wait', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  {
    at: WAITING,
    says: 'what happens to the emails stuck in my outbox?',
    expect: { aside: 'outbox-sequences', state: 'waitingForPropagation' },
  },
  {
    at: WAITING,
    says: 'how do i reconnect when its time?',
    expect: { aside: 'how-reconnect', state: 'waitingForPropagation' },
  },
  { at: WAITING, says: 'thanks for the help so far', expect: { aside: 'thanks', state: 'waitingForPropagation' } },

  // reconnect and test
  { at: RECONNECT_RESULT, says: 'how do I reconnect?', expect: { aside: 'how-reconnect', state: 'askingReconnectResult' } },
  {
    at: RECONNECT_RESULT,
    says: 'where is connected accounts in close',
    expect: { aside: 'how-reconnect', state: 'askingReconnectResult' },
  },
  {
    at: RECONNECT_RESULT,
    says: 'will my paused sequences start again by themselves?',
    expect: { aside: 'outbox-sequences', state: 'askingReconnectResult' },
  },

  // how is it connected / the December change
  {
    at: CONNECTION_METHOD,
    says: 'whats this december 2026 change about passwords?',
    expect: { aside: 'december-change', state: 'askingConnectionMethod' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'why is microsoft killing passwords in december?',
    expect: { aside: 'december-change', state: 'explainingBasicAuthChange' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'how do i reconnect with the microsoft button?',
    expect: { aside: 'how-reconnect', state: 'explainingBasicAuthChange' },
  },

  // do the addresses match?
  { at: ADDRESSES_Q, says: "what's an alias?", expect: { aside: 'what-alias', state: 'askingAddressesMatch' } },
  {
    at: ADDRESSES_Q,
    says: 'which one is the username and which is the primary email?',
    expect: { aside: 'what-alias', state: 'askingAddressesMatch' },
  },
  {
    at: ADDRESSES_Q,
    says: 'how do i know if im an admin? i might not be able to see this',
    expect: { aside: 'am-i-admin', state: 'askingAddressesMatch' },
  },

  // make the Close address primary / re-add
  {
    at: FIXING_PRIMARY,
    says: 'should i change the username or the alias?',
    expect: { aside: 'what-alias', state: 'fixingPrimaryAddress' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'is it safe to change the primary address, will i lose emails?',
    expect: { aside: 'is-it-safe', state: 'fixingPrimaryAddress' },
  },
  { at: READDING, says: 'where is connected accounts again?', expect: { aside: 'how-reconnect', state: 'readdingAccount' } },
  { at: READDING, says: 'how long until new emails show up?', expect: { aside: 'wait-time', state: 'readdingAccount' } },

  // IMAP
  { at: ENABLING_IMAP, says: 'what is IMAP?', expect: { aside: 'what-imap', state: 'enablingImap' } },
  {
    at: ENABLING_IMAP,
    says: 'i cant see manage email apps at all, what do i do',
    expect: { aside: 'mail-tab-missing', state: 'enablingImap' },
  },
  {
    at: ENABLING_IMAP,
    says: 'is it safe to turn imap on? isnt it insecure',
    expect: { aside: 'is-it-safe', state: 'enablingImap' },
  },
  { at: SYNC_RESULT, says: 'how long should i give it', expect: { aside: 'wait-time', state: 'askingSyncResult' } },

  // the IP allowlist
  { at: IP_ALLOWLIST, says: 'where do I get the list of IPs?', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'what is smtp auth anyway', expect: { aside: 'what-smtp-auth', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'wheres closes ip address list', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },

  // other places
  {
    at: NEXT_STEPS,
    says: 'will my sequences stay paused until this is fixed?',
    expect: { aside: 'outbox-sequences', state: 'nextSteps' },
  },
  {
    at: NEXT_STEPS,
    says: 'can you help with my hubspot integration instead',
    expect: { aside: 'out-of-scope', state: 'nextSteps' },
  },
  {
    at: ASKING_ERROR,
    says: 'what will you do with the error once i paste it?',
    expect: { aside: 'capabilities', state: 'askingForError' },
  },
  { at: CLOSE_STATUS, says: 'where do i find connected accounts?', expect: { aside: 'how-reconnect', state: 'askingCloseStatus' } },
  { at: ASKING_ADDRESS, says: 'is it safe to give you my address?', expect: { aside: 'is-it-safe', state: 'askingForAddress' } },
  { at: ASKING_ADDRESS, says: 'why do you need my address?', expect: { aside: 'why-address', state: 'askingForAddress' } },
  { at: ASKING_ADDRESS, says: 'what will you do with my email?', expect: { aside: 'why-address', state: 'askingForAddress' } },
  { at: DESCRIBING, says: 'does this work for google workspace?', expect: { aside: 'out-of-scope', state: 'describingProblem' } },
  { at: RESOLVED, says: 'thanks so much!', expect: { aside: 'thanks', state: 'resolved' } },
  { at: RESOLVED, says: 'great thank you', expect: { aside: 'thanks', state: 'resolved' } },
  { at: ESCALATED, says: 'while i wait, what is imap exactly?', expect: { aside: 'what-imap', state: 'escalated' } },
  { at: ESCALATED, says: 'thank you', expect: { aside: 'thanks', state: 'escalated' } },
  // what now? / what do you mean?: where we are and what to do next
  { at: IS_ADMIN, says: 'not sure what you mean', expect: { aside: 'what-next', state: 'askingIsAdmin' } },
  { at: WAITING, says: 'what now?', expect: { aside: 'what-next', state: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'what do I do next?', expect: { aside: 'what-next', state: 'bringingInAdmin' } },
  { at: READDING, says: 'and now?', expect: { aside: 'what-next', state: 'readdingAccount' } },
  { at: CONTACTING_PROVIDER, says: 'what should I tell them?', expect: { aside: 'what-next', state: 'contactingProvider' } },
  { at: ADDRESSES_Q, says: "hmm I'm not sure, how do I check?", expect: { aside: 'what-next', state: 'askingAddressesMatch' } },
];

/** Sentences that are easy to misread: negation, contrast, questions, "someone", addresses, typos. */
export const misreadRisks: Row[] = [
  // a failure said again is not a question about Microsoft's status
  { at: RECONNECT_RESULT, says: "nope, it's still down", expect: { state: 'askingConnectionMethod' } },
  // the admin center opens, but access is refused (or was only once): not the admin's own steps
  { at: IS_ADMIN, says: "I'm the admin and the error says relaying not permitted", expect: { notState: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: "I'm the admin, close doesn't let me send anything", expect: { notState: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: "I'm the admin, emails used to go out fine and no longer do", expect: { state: 'askingProviderManaged' } },
  { at: IS_ADMIN, says: "the admin center opens but it says I don't have permission", expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  { at: IS_ADMIN, says: 'I could open the admin center last year, not now', expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  // negation and contrast in the first message
  { at: START, says: 'sending is broken, syncing is fine', expect: { path: 'sending', notState: 'clarifyingPath' } },
  { at: START, says: 'syncing works fine, its only sending that fails', expect: { path: 'sending' } },
  { at: START, says: 'sending works, but nothing new shows up in close', expect: { path: 'syncing' } },
  { at: START, says: 'not a sending problem, replies from leads just never arrive in close', expect: { path: 'syncing' } },
  { at: START, says: 'emials stuk in outbox wont sned', expect: { path: 'sending' } },
  { at: START, says: 'syncng stoped, no new emials in close', expect: { path: 'syncing' } },

  // "someone", "agent", "support" inside a description of a problem
  {
    at: START,
    says: 'Someone changed the password and now Close shows it disconnected',
    expect: { notState: 'escalated' },
  },
  { at: START, says: 'our support inbox stopped syncing into close', expect: { path: 'syncing', notState: 'escalated' } },
  {
    at: START,
    says: 'my sales agents cant send from close, everything sits in the outbox',
    expect: { path: 'sending', notState: 'escalated' },
  },
  {
    at: START,
    says: 'smtp log: EHLO mail.close.com / User-Agent: Close-Mailer/3.1 / 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
    expect: { diagnosis: 'smtp-auth-disabled', notState: 'escalated' },
  },
  { at: IS_ADMIN, says: 'no, somebody in IT handles that', expect: { state: 'bringingInAdmin', notState: 'escalated' } },

  // addresses inside sentences are remembered, not a detour
  {
    at: START,
    says: 'my close address is mike@northwind.io and emails sit in the outbox',
    expect: { path: 'sending', remembers: 'mike@northwind.io', notState: 'offeringCheck' },
  },
  {
    at: START,
    says: '554 5.2.252 SendAsDenied; sales@acme.com not allowed to send as info@acme.com',
    expect: { diagnosis: 'address-mismatch', notState: 'offeringCheck' },
  },
  {
    at: ADDRESSES_Q,
    says: 'the username is john@acme.onmicrosoft.com and in close I use john@acme.com',
    expect: { state: 'fixingPrimaryAddress', remembers: 'john@acme.com' },
  },
  {
    at: ADDRESSES_Q,
    says: 'yes both are sara@brightdental.co',
    expect: { state: 'enablingImap', remembers: 'sara@brightdental.co', notState: 'offeringCheck' },
  },

  // questions at yes/no states are not answers
  { at: IS_ADMIN, says: 'do i need to be an admin for this?', expect: { state: 'askingIsAdmin' } },
  { at: PROVIDER_Q, says: 'whats godady? is that like the website people?', expect: { aside: 'what-provider', notState: 'contactingProvider' } },
  { at: PROVIDER_Q, says: 'is godaddy a provider?', expect: { state: 'askingProviderManaged', notState: 'contactingProvider' } },
  { at: TOGGLE_Q, says: 'should it be ticked?', expect: { state: 'askingToggleState', notState: 'resettingToggle' } },
  {
    at: ADDRESSES_Q,
    says: 'does an alias count or does it have to be the primary?',
    expect: { aside: 'what-alias', notState: 'enablingImap' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'will changing the username change how i log in?',
    expect: { aside: 'what-alias', notState: 'readdingAccount' },
  },
  { at: WAITING, says: 'ok, so how long till i can test?', expect: { aside: 'wait-time', notState: 'askingReconnectResult' } },

  // a change of topic, negated provider, going back
  {
    at: PROVIDER_Q,
    says: "actually the real problem is that incoming emails aren't syncing",
    expect: { path: 'syncing', notState: 'askingToggleState' },
  },
  {
    at: ADDRESSES_Q,
    says: 'sorry i meant sending, emails are stuck in the outbox',
    expect: { path: 'sending', notState: 'fixingPrimaryAddress' },
  },
  {
    at: PROVIDER_Q,
    says: 'no we dont use godaddy or anything, we manage it ourselves',
    expect: { state: 'askingToggleState', notState: 'contactingProvider' },
  },
  { at: PROVIDER_Q, says: 'go back', expect: { state: 'askingIsAdmin' } },
  { at: ENABLING_TOGGLE, says: 'undo', expect: { state: 'askingToggleState' } },
  { at: RESETTING_TOGGLE, says: 'back', expect: { state: 'askingToggleState' } },
  { at: FIXING_PRIMARY, says: 'oops, go back, they actually match', expect: { notState: 'readdingAccount' } },
  { at: TOGGLE_Q, says: 'start over', expect: { state: 'askingSymptom' } },

  // answers with a negative word that still mean success, or a topic word that is still an answer
  { at: RECONNECT_RESULT, says: 'no errors this time, it went out fine', expect: { state: 'resolved' } },
  {
    at: RECONNECT_RESULT,
    says: 'no, still disconnects as soon as i hit send',
    expect: { state: 'askingConnectionMethod', notState: 'resolved' },
  },
  {
    at: SYNC_RESULT,
    says: 'yes! replies are showing up on the lead now',
    expect: { state: 'resolved', notState: 'askingIsAdmin' },
  },
  { at: SYNC_RESULT, says: 'nope, still nothing new coming in', expect: { state: 'nextSteps' } },
  {
    at: CONNECTION_METHOD,
    says: 'i didnt use a password, i clicked the microsoft button',
    expect: { state: 'nextSteps', notState: 'explainingBasicAuthChange' },
  },
  {
    at: CONNECTION_METHOD,
    says: 'password i think, i typed in the smtp server and port',
    expect: { state: 'explainingBasicAuthChange' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'godaddy said they turned it on',
    expect: { state: 'waitingForPropagation' },
  },
  { at: CONTACTING_PROVIDER, says: 'they said they cant do that on our plan', expect: { state: 'nextSteps' } },
  { at: BRINGING_ADMIN, says: 'my admin says its done', expect: { state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: 'yes its checked, not greyed out or anything', expect: { state: 'resettingToggle' } },
  { at: TOGGLE_Q, says: 'nope, its unticked', expect: { state: 'enablingToggle' } },
  { at: IS_ADMIN, says: 'yse im admin', expect: { state: 'askingProviderManaged' } },
  { at: NEXT_STEPS, says: 'can a real person look at this?', expect: { state: 'escalated' } },
  // heard, or an admin after all: never "done"
  { at: BRINGING_ADMIN, says: 'ok I think I am', expect: { state: 'askingProviderManaged', notState: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN_SYNC, says: 'actually I am an admin', expect: { state: 'askingAddressesMatch' } },
  { at: BRINGING_ADMIN, says: 'ok', expect: { state: 'bringingInAdmin' } },
  { at: BRINGING_ADMIN, says: 'ok sent it to him', expect: { state: 'bringingInAdmin' } },
  { at: WAITING, says: 'ok', expect: { state: 'waitingForPropagation' } },
  { at: WAITING, says: 'yes', expect: { state: 'waitingForPropagation' } },
  { at: RECONNECT_RESULT, says: 'ok let me check', expect: { state: 'askingReconnectResult' } },
  { at: TOGGLE_Q, says: 'ok', expect: { state: 'askingToggleState' } },
  { at: ENABLING_TOGGLE, says: 'hold on', expect: { state: 'enablingToggle' } },
  // no provider (they said so): what hides the setting is the user, the licence or the role, not a provider
  { at: TOGGLE_Q, says: "I can't find authenticated smtp anywhere", expect: { aside: 'mail-tab-missing', state: 'askingToggleState' } },
  { at: ['sending-fails', 'yes', 'not-sure'], says: "I can't find authenticated smtp anywhere", expect: { state: 'contactingProvider' } },
  // "Shall I hand this to a person?"
  { at: NEXT_STEPS, says: 'yes please', expect: { state: 'escalated' } },
  // a bare yes while waiting is heard; a yes that says it works still resolves
  { at: WAITING, says: 'yeah works', expect: { state: 'resolved' } },
  { at: BRINGING_ADMIN, says: 'oh, actually I think I am', expect: { state: 'askingProviderManaged' } },
  // tried as a new user: not the IT person, someone else, an IT company; "IT" is not "it"
  { at: IS_ADMIN, says: "no idea, I'm not the IT person", expect: { state: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: "not me, that's Dave", expect: { state: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: 'our IT company handles that', expect: { state: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: 'I doubt it', expect: { state: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: "we don't have IT", expect: { aside: 'find-admin', state: 'askingIsAdmin' } },
  { at: PROVIDER_Q, says: 'our IT company handles that', expect: { state: 'contactingProvider' } },
  { at: IS_ADMIN, says: "I've already tried reconnecting twice", expect: { aside: 'what-next', state: 'askingIsAdmin' } },
  // sounds like the SMTP AUTH reply, without its words
  { at: ENABLING_TOGGLE, says: "it says I don't have permission", expect: { aside: 'am-i-admin', state: 'enablingToggle' } },
  // no news yet from the admin or the provider: heard, not a refusal; news of a fix: done
  { at: CONTACTING_PROVIDER, says: "they haven't fixed it yet", expect: { state: 'contactingProvider' } },
  { at: BRINGING_ADMIN, says: "she hasn't fixed it yet", expect: { state: 'bringingInAdmin' } },
  { at: CONTACTING_PROVIDER, says: 'they fixed it', expect: { state: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'he sorted it this morning', expect: { state: 'waitingForPropagation' } },
  // still failing while Microsoft applies the change: it may need longer, and a test can tell
  { at: WAITING, says: "it still doesn't work", expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  // a bounce is a sending problem, not a step back
  { at: START, says: 'emails from close bounce back', expect: { path: 'sending' } },
  // not tried yet, something else first: heard, the question stands
  { at: RECONNECT_RESULT, says: "I haven't tried yet", expect: { state: 'askingReconnectResult' } },
  { at: RECONNECT_RESULT, says: "it's not working yet", expect: { state: 'askingConnectionMethod' } },
  { at: NEXT_STEPS, says: 'let me try something else first', expect: { state: 'nextSteps', notState: 'escalated' } },
  // the step said done in other words
  { at: FIXING_PRIMARY, says: 'ok changed it', expect: { state: 'readdingAccount' } },
  { at: ENABLING_IMAP, says: 'IMAP is on', expect: { state: 'askingSyncResult' } },
  { at: FIXING_PRIMARY, says: "haven't changed it yet", expect: { state: 'fixingPrimaryAddress' } },
  // not sure how the setting is: how to tell, never a guess at ticked or not
  { at: TOGGLE_Q, says: "I see it but I'm not sure if it's ticked", expect: { aside: 'what-next', state: 'askingToggleState' } },
  { at: TOGGLE_Q, says: "I don't know whether it's ticked or not", expect: { aside: 'what-next', state: 'askingToggleState' } },
  // frustration is not a question about safety; a username is not a reconnection
  { at: START, says: 'ugh this is so frustrating', expect: { aside: 'what-next', state: 'askingSymptom' } },
  { at: IS_ADMIN_SYNC, says: 'how do I find my username?', expect: { aside: 'what-alias', state: 'askingIsAdmin' } },
  // a set of new users' messages written apart (by another author, without this corpus), each misread before
  { at: PROVIDER_Q, says: 'its through godaddy yeah, is that a problem?', expect: { state: 'contactingProvider' } },
  { at: PROVIDER_Q, says: 'Not GoDaddy, but a local IT company manages everything for us', expect: { state: 'contactingProvider' } },
  { at: PROVIDER_Q, says: 'we got it with our website host, bluehost or something like that', expect: { state: 'contactingProvider' } },
  { at: ADDRESSES_Q, says: "YES they're identical, I already checked twice", expect: { state: 'enablingImap' } },
  { at: ADDRESSES_Q, says: 'we use an alias in close, sales@', expect: { state: 'fixingPrimaryAddress' } },
  { at: TOGGLE_Q, says: 'the box is empty', expect: { state: 'enablingToggle' } },
  { at: ENABLING_IMAP, says: 'imap was already on', expect: { state: 'askingSyncResult' } },
  { at: ENABLING_IMAP, says: 'do i need pop too?', expect: { aside: 'what-imap', state: 'enablingImap' } },
  { at: WAITING, says: 'just tried sending from close and it went through 🎉', expect: { state: 'resolved' } },
  { at: WAITING, says: "can you just check it now, i dont have 30 min", expect: { state: 'askingReconnectResult' } },
  { at: START, says: 'got this when i tried to reconnect: "Error connecting to SMTP server: authentication failed"', expect: { state: 'disambiguating', notState: 'checkingIpAllowlist' } },
  { at: START, says: 'wheres the human, not doing another bot today', expect: { state: 'escalated' } },
  { at: START, says: 'can you look at my mailbox and see whats going on', expect: { state: 'askingForAddress' } },
  // a second set written apart (short, imperfect English), each misread or not understood before
  { at: TOGGLE_Q, says: 'not ticked, should i tick it?', expect: { state: 'enablingToggle' } },
  { at: PROVIDER_Q, says: 'we pay microsoft directly by card every month', expect: { state: 'askingToggleState' } },
  { at: CONTACTING_PROVIDER, says: 'they said is not possible on our plan', expect: { state: 'nextSteps' } },
  // a refusal followed by a question: where we are (a report before a question never picks a refusal: too many of its
  // words, "no", "can't", open other sentences)
  { at: CONTACTING_PROVIDER, says: 'they say they dont support third party apps, what now?', expect: { aside: 'what-next', state: 'contactingProvider' } },
  { at: WAITING, says: 'ok check back later, im in meetings till 4', expect: { state: 'waitingForPropagation', notState: 'enablingToggle' } },
  { at: BRINGING_ADMIN, says: 'done by IT, they ask do we need restart something?', expect: { notState: 'askingSymptom' } },
  { at: ADDRESSES_Q, says: 'same address yes, no difference', expect: { state: 'enablingImap' } },
  { at: RECONNECT_RESULT, says: 'got it in my inbox, super danke', expect: { state: 'resolved' } },
  { at: ENABLING_TOGGLE, says: 'done. do i need to do this for every user on the team?', expect: { state: 'waitingForPropagation' } },
  // broken again once fixed: a fresh start
  { at: RESOLVED, says: 'actually it broke again', expect: { state: 'askingSymptom' } },
  { at: BRINGING_ADMIN, says: "she's out till monday", expect: { heard: true } },
  { at: ENABLING_TOGGLE, says: 'not yet, it keeps asking me to sign in again', expect: { heard: true } },
  // a second review's findings: thanks once fixed is not a new problem; an admin who is not "IT" is still the admin
  { at: RESOLVED, says: "thanks, I don't need anything else", expect: { state: 'resolved' } },
  { at: RESOLVED, says: 'thanks, that was the issue', expect: { state: 'resolved' } },
  { at: IS_ADMIN, says: "I'm not in IT but I'm the global admin", expect: { state: 'askingProviderManaged' } },
];
