import type { FindingFacts, FindingId } from '../probes/findings.js';
import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import type { TargetRefusalReason } from '../probes/safety/target-guard.js';
import type { CheckId, CheckStatus } from '../probes/types.js';

/** One finding of a mail-server check: what the person sees, what it means, what to do next. */
export interface FindingProse {
  title: string;
  meaning: (facts: FindingFacts) => string;
  fix: string;
}

/** The words for live checks. Every check id and status, refusal and target refusal must have text. */
export interface ProbeContent {
  /** a short name for each check, and one sentence for each outcome (the finding; the fix comes from the diagnosis) */
  checks: Record<CheckId, { name: string } & Record<CheckStatus, string>>;
  /** every finding of the SMTP and IMAP checks (docs/probes.md shows them as a table; a test keeps it in step) */
  findings: Record<FindingId, FindingProse>;
  /** the certificate the server showed, for a check that found a certificate problem */
  certificate: (facts: FindingFacts) => string;
  /** the label before a finding's next step in the terminal report */
  nextStep: string;
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
  findings: {
    refused: {
      title: 'The server turned the connection away',
      meaning: () => 'Nothing accepts connections on that port: the server is down, the port is wrong, or a firewall blocks it.',
      fix: 'Check the server name and port. If they are right, ask whoever runs the server or the network whether the port is open.',
    },
    unreachable: {
      title: 'The server could not be reached',
      meaning: () => 'The connection did not get through: a network problem, a wrong server name, or a firewall that drops mail ports.',
      fix: 'Try again in a few minutes. If it keeps failing, check the server name and ask whoever runs the network whether mail ports are blocked.',
    },
    'hung-up': {
      title: 'The server hung up',
      meaning: () => 'The server accepted the connection, then closed it without an answer, as busy servers or filters sometimes do.',
      fix: 'Try again in a few minutes. If it keeps happening, ask the mail provider why connections are closed.',
    },
    stalled: {
      title: 'The server answered too slowly',
      meaning: () => 'The connection was made, but the server stopped answering before it had finished its greeting or the encryption. Busy servers and some filters do this.',
      fix: 'Try again in a few minutes. If it stays slow, tell whoever runs the server or the network in between.',
    },
    'greeting-refused': {
      title: 'The server refused to talk',
      meaning: () => 'The server answered the connection with a refusal instead of a greeting. Its reply, shown above, says why.',
      fix: 'Send the reply to whoever runs the server: it names what they need to change.',
    },
    'reply-refused': {
      title: 'The server refused a normal step',
      meaning: () => 'The server answered a normal step of the connection with an error. Its reply is shown above.',
      fix: 'Send the reply to whoever runs the server: it names what they need to change.',
    },
    'not-microsoft': {
      title: 'Something else answered in Microsoft’s place',
      meaning: () => 'The answer did not come from Microsoft 365. Something in between answered instead: a proxy, antivirus, a firewall, or another mail provider.',
      fix: 'Turn off mail scanning in antivirus or the firewall for these connections (or ask whoever runs the network), and check the server settings point at Microsoft 365.',
    },
    'no-starttls': {
      title: 'The server offers no encryption',
      meaning: () => 'The server did not offer to encrypt the connection, so a password would travel in clear. Close does not sign in that way.',
      fix: 'Use the server’s encrypted settings, or ask the mail provider to turn encryption (STARTTLS) on.',
    },
    'starttls-refused': {
      title: 'The server could not start encryption',
      meaning: () => 'The server offers encryption but refused to start it (for example "454 TLS not available"), usually because its own certificate is missing or broken.',
      fix: 'Tell whoever runs the mail server that it refuses STARTTLS and needs a working certificate. Nothing on your side fixes this.',
    },
    'cert-expired': {
      title: 'The server’s certificate has expired',
      meaning: (f) => `The certificate ${f.expires ? `ran out on ${f.expires}` : 'is out of date'}, so the connection cannot be trusted.`,
      fix: 'Whoever runs the server must renew its certificate. If the server is Microsoft’s, check the computer’s date and time, and look for a filter in between that replaces certificates.',
    },
    'cert-untrusted': {
      title: 'The certificate is not from a trusted authority',
      meaning: (f) =>
        `The certificate was issued by ${f.issuer ?? 'an unknown issuer'}. It is self-signed, or something in between (antivirus, a firewall or a proxy) replaced the real certificate to look inside the connection.`,
      fix: 'If the issuer is your antivirus or firewall, turn off its mail or TLS scanning for these connections, or ask whoever runs the network. Otherwise the server needs a certificate from a public authority.',
    },
    'cert-wrong-host': {
      title: 'The certificate is for another server',
      meaning: (f) => `The certificate is made out to ${f.subject ?? 'another name'}, not to the server that was asked for, so the connection cannot be trusted.`,
      fix: 'Check the server name in the settings. If it is right, whoever runs the server must install a certificate for that name.',
    },
    'tls-outdated': {
      title: 'The server only speaks an outdated TLS',
      meaning: (f) =>
        `The server offers only ${f.version ?? 'TLS 1.0 or 1.1'}, which Close and Microsoft 365 no longer accept (Microsoft turns it off for IMAP and POP in the second half of 2026).`,
      fix: 'Whoever runs the server, or a filter in between, must allow TLS 1.2 or newer.',
    },
    'tls-failed': {
      title: 'Encryption could not be set up',
      meaning: () => 'The two sides could not agree on an encrypted connection.',
      fix: 'Tell whoever runs the server or the network in between; the details above show where it stopped.',
    },
    'auth-not-offered': {
      title: 'The server offers no way to sign in',
      meaning: () => 'After encrypting, the server listed no sign-in methods, so Close cannot sign in to send.',
      fix: 'Ask whoever manages the mail service to turn on Authenticated SMTP for the mailbox and to accept the IP addresses Close sends from.',
    },
    'auth-in-clear': {
      title: 'The server offers sign-in before encryption',
      meaning: () => 'The server lets apps send a password before the connection is encrypted. Close always encrypts first, but it is a weak setting.',
      fix: 'Ask whoever runs the server to offer sign-in only after STARTTLS.',
    },
    'xoauth2-missing': {
      title: 'The server does not offer Microsoft sign-in',
      meaning: () => 'The server lists no XOAUTH2, the sign-in Close uses with the Microsoft button.',
      fix: 'If this should be Microsoft 365, check the server settings point at Microsoft. Otherwise connect with the provider’s own sign-in.',
    },
  },
  certificate: (f) =>
    `Certificate: for ${f.subject ?? 'an unnamed server'}, issued by ${f.issuer ?? 'an unnamed issuer'}${f.expires ? `, valid until ${f.expires}` : ''}.`,
  nextStep: 'Next step:',
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
