import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import type { TargetRefusalReason } from '../probes/safety/target-guard.js';
import type { CheckId, CheckStatus } from '../probes/types.js';

/** The words for live checks. Every check id and status, refusal and target refusal must have text. */
export interface ProbeContent {
  /** a short name for each check, and one sentence for each outcome (the finding; the fix comes from the diagnosis) */
  checks: Record<CheckId, { name: string } & Record<CheckStatus, string>>;
  /** why a probe did not start */
  refusals: Record<ProbeRefusalReason, (retryAfterMinutes: number | undefined) => string>;
  /** why the probe would not connect to a host */
  targetRefusals: Record<TargetRefusalReason, string>;
  /** "which check is running, how many are left" */
  progress: (running: readonly string[], left: number) => string;
  /** asks before checking an address */
  offer: (address: string) => string;
  /** asks before signing in and sending a message to the mailbox itself */
  signInOffer: string;
  /** shown once: where to go and the code to type. Show it to the person only; never log or store it. */
  signInPrompt: (verificationUri: string, userCode: string) => string;
  /** after the checks, before the findings */
  finished: (problems: number) => string;
}

export const probesEn: ProbeContent = {
  checks: {
    mx: {
      name: 'Domain',
      pass: 'Mail for this domain is delivered by Microsoft 365.',
      warn: 'Mail reaches another service first, but the domain does belong to a Microsoft 365 organisation.',
      fail: 'Mail for this domain is not delivered by Microsoft 365.',
      skip: 'I did not look up the domain.',
      error: 'I could not look up the domain just now.',
    },
    tenant: {
      name: 'Microsoft 365 organisation',
      pass: 'Microsoft knows this organisation and lets its users sign in.',
      warn: 'This organisation is set up in a way that changes the steps: see below.',
      fail: 'Microsoft sign-in does not know this domain.',
      skip: 'I did not look up the organisation.',
      error: 'I could not reach Microsoft’s sign-in service to look up the organisation.',
    },
    smtp: {
      name: 'Sending server',
      pass: 'The sending server answered normally and offers a secure sign-in.',
      warn: 'The sending server answered, but something about the answer is unusual.',
      fail: 'The sending server did not accept a normal connection.',
      skip: 'I did not test the sending server.',
      error: 'I did not connect to the sending server.',
    },
    imap: {
      name: 'Mail sync server',
      pass: 'The IMAP server Close reads mail from answered normally.',
      warn: 'The IMAP server answered, but something about the answer is unusual.',
      fail: 'The IMAP server did not accept a normal connection.',
      skip: 'I did not test the IMAP server.',
      error: 'I did not connect to the IMAP server.',
    },
    'close-status': {
      name: 'Close account status',
      pass: 'Close reports this account as connected, with no recent errors.',
      warn: 'Close reports something unusual about this account.',
      fail: 'Close reports errors for this account.',
      skip: 'I could not read this account’s status in Close.',
      error: 'I could not reach Close to read the account’s status.',
    },
    'sign-in': {
      name: 'Microsoft sign-in',
      pass: 'You signed in with Microsoft.',
      warn: 'You signed in, with a warning from Microsoft.',
      fail: 'Microsoft refused the sign-in.',
      skip: 'We skipped signing in, so the checks that need it did not run.',
      error: 'Signing in could not be started.',
    },
    'smtp-oauth': {
      name: 'Sending, signed in',
      pass: 'Microsoft lets this mailbox sign in to send mail.',
      warn: 'Signing in to send worked, with a warning.',
      fail: 'Microsoft refused to let this mailbox sign in to send mail.',
      skip: 'I did not try signing in to send.',
      error: 'I could not try signing in to send.',
    },
    'test-message': {
      name: 'Test message',
      pass: 'A test message from the Close address was accepted and sent to the mailbox itself.',
      warn: 'The test message went through, with a warning.',
      fail: 'Microsoft refused to send from the Close address.',
      skip: 'I did not send a test message.',
      error: 'I could not send the test message.',
    },
    'imap-oauth': {
      name: 'Mail sync, signed in',
      pass: 'The mailbox can be read over IMAP and has a Sent folder.',
      warn: 'The mailbox can be read over IMAP, but I found no Sent folder.',
      fail: 'Microsoft refused IMAP access to this mailbox.',
      skip: 'I did not try reading the mailbox.',
      error: 'I could not try reading the mailbox.',
    },
    'graph-me': {
      name: 'Mailbox addresses',
      pass: 'The Close address is the mailbox’s main address.',
      warn: 'The Close address is the sign-in name but not the main address of the mailbox.',
      fail: 'The Close address is not the mailbox’s main address.',
      skip: 'I did not compare the mailbox’s addresses.',
      error: 'I could not read the mailbox’s addresses.',
    },
  },
  refusals: {
    'invalid-address': () => 'That does not look like an email address. Send it like name@company.com and I will check it.',
    'rate-limited-user': (minutes) =>
      `You have run several checks in a short time. Try again in ${minutes ?? 'a few'} minute${minutes === 1 ? '' : 's'}; we can keep going without it meanwhile.`,
    'rate-limited-global': (minutes) =>
      `Many checks are running right now. Try again in ${minutes ?? 'a few'} minute${minutes === 1 ? '' : 's'}; we can keep going without it meanwhile.`,
    'too-many-running': () => 'A lot of checks are running right now. Ask me again in a minute, or we can carry on without it.',
  },
  targetRefusals: {
    'invalid-host': 'That server name is not valid, so I did not connect to it.',
    'port-not-allowed': 'I only connect to mail ports (25, 465, 587, 143, 993) and HTTPS, so I left that one alone.',
    'host-not-found': 'That server name does not exist in DNS.',
    'blocked-unspecified': 'That server points to a placeholder address, so I did not connect to it.',
    'blocked-loopback': 'That server points back at this machine, so I did not connect to it.',
    'blocked-private': 'That server is on a private network I may not reach, so I did not connect to it.',
    'blocked-link-local': 'That server is on a local link address I may not reach, so I did not connect to it.',
    'blocked-cgnat': 'That server is on a carrier-internal address I may not reach, so I did not connect to it.',
    'blocked-unique-local': 'That server is on a private IPv6 network I may not reach, so I did not connect to it.',
    'blocked-multicast': 'That server points to a multicast address, so I did not connect to it.',
    'blocked-reserved': 'That server points to a reserved address, so I did not connect to it.',
    'blocked-cloud-metadata': 'That server points to a cloud metadata address, so I did not connect to it.',
  },
  progress: (running, left) =>
    running.length > 0 ? `Checking: ${running.join(', ')} (${left} to go)…` : `${left} check${left === 1 ? '' : 's'} to go…`,
  offer: (address) => `Want me to check ${address} for real? It takes about 15 seconds and nothing is changed or sent.`,
  signInOffer:
    'I can go further if you sign in with Microsoft: I would test sending and mail sync as you, and send one test message to your own mailbox. Nothing goes to anyone else, and I forget the sign-in when the check ends.',
  signInPrompt: (uri, code) => `Open ${uri} and enter the code ${code}. I will carry on as soon as you have signed in.`,
  finished: (problems) => (problems === 0 ? 'All done: nothing wrong found.' : `All done: ${problems} thing${problems === 1 ? '' : 's'} to fix.`),
};
