import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { DiagnosisProse } from './types.js';
import { CLOSE_ACCOUNTS } from './admin-steps.js';

export const diagnosesEn: Record<DiagnosisCode, DiagnosisProse> = {
  'smtp-auth-disabled': {
    title: 'Authenticated SMTP is off',
    meaning: 'Microsoft 365 refuses to let apps like Close sign in to send mail, because Authenticated SMTP is switched off for this mailbox or the whole organisation.',
    fix: 'An admin turns on Authenticated SMTP in the Microsoft 365 admin center under Users > Active users > the user > Mail > Manage email apps.',
  },
  'basic-auth-blocked': {
    title: 'Password sign-in is blocked',
    meaning: 'Microsoft 365 no longer accepts a plain password for this mailbox: security defaults, an authentication policy or the retirement of basic authentication blocks it.',
    fix: `Connect the mailbox in ${CLOSE_ACCOUNTS} with + Add Account > Microsoft, which signs in with Microsoft instead of a password.`,
  },
  'bad-credentials': {
    title: 'The sign-in details were refused',
    meaning: 'Microsoft 365 did not accept the address and password, or the saved sign-in has expired.',
    fix: `Remove the mailbox in ${CLOSE_ACCOUNTS} and add it again with + Add Account > Microsoft, signing in as the same mailbox.`,
  },
  'address-mismatch': {
    title: 'The address in Close is not the mailbox’s main address',
    meaning: 'Close sends as an address that the signed-in mailbox is not allowed to use, usually because it is only an alias.',
    fix: 'An admin makes the Close address the mailbox’s username or primary address (Users > Active users > the user > Account > Manage username and email), then the mailbox is re-added in Close.',
  },
  'imap-disabled': {
    title: 'IMAP is off for the mailbox',
    meaning: 'Close reads and files mail over IMAP, and Microsoft 365 has it switched off for this mailbox.',
    fix: 'An admin ticks IMAP under Users > Active users > the user > Mail > Manage email apps, saves, and the mailbox is re-added in Close.',
  },
  'smtp-auth-not-offered': {
    title: 'The server offered no way to sign in',
    meaning: 'The mail server answered without offering sign-in. Usually the connection is being blocked or intercepted, the wrong server or port is set, or the provider does not accept the sending IP address.',
    fix: 'Make sure the provider accepts every IP address Close sends from and Authenticated SMTP is on. With Microsoft 365 the server is smtp.office365.com, port 587.',
  },
  'ip-blocked': {
    title: 'The sending IP address is refused',
    meaning: 'The mail server does not accept connections from the address Close sends from.',
    fix: 'Ask the mail provider to allow every IP address Close sends from.',
  },
  'tls-problem': {
    title: 'A secure connection could not be set up',
    meaning: 'The app and the server could not agree on an encrypted connection: an old TLS version, a missing STARTTLS step, or the wrong port for the kind of encryption.',
    fix: 'Use smtp.office365.com on port 587 with STARTTLS and TLS 1.2 or newer. Connecting with + Add Account > Microsoft in Close sets this up for you.',
  },
  'client-not-authenticated': {
    title: 'The app tried to send without signing in',
    meaning: 'Microsoft 365 only relays mail after the app has signed in, and this app had not.',
    fix: `Reconnect the mailbox in ${CLOSE_ACCOUNTS} with + Add Account > Microsoft so Close signs in before it sends.`,
  },
  'sender-restricted': {
    title: 'The mailbox is blocked from sending',
    meaning: 'Microsoft put this mailbox on its restricted list, usually after it sent mail that looked like spam.',
    fix: 'An admin checks the Microsoft Defender portal under Email & collaboration > Review > Restricted entities, removes the block and changes the password.',
  },
  'admin-consent-required': {
    title: 'Close needs an admin’s approval',
    meaning: 'Your organisation requires an admin to approve apps before people can sign in to them with Microsoft.',
    fix: 'An admin opens the Microsoft Entra admin center > Enterprise apps > Admin consent requests (or signs in to Close once themselves) and grants consent.',
  },
  'provider-managed': {
    title: 'A provider manages your Microsoft 365',
    meaning: 'Your Microsoft 365 was bought through a reseller such as GoDaddy, which holds the admin settings.',
    fix: 'Ask the provider’s support team to turn on SMTP authentication and IMAP for the mailbox.',
  },
  'not-microsoft-365': {
    title: 'This is not a Microsoft 365 mailbox',
    meaning: 'The domain does not receive mail through Microsoft 365, so the Microsoft settings do not apply.',
    fix: 'Follow your own mail provider’s instructions for connecting to Close.',
  },
  'connection-failed': {
    title: 'The mail server could not be reached',
    meaning: 'The connection to the mail server timed out, was refused or could not find the server.',
    fix: 'Check the server name and port (smtp.office365.com:587, outlook.office365.com:993), and that no firewall blocks them. Connecting with Microsoft sign-in avoids typing them at all.',
  },
  unknown: {
    title: 'An error I do not recognise',
    meaning: 'I could not match that message to a cause I know.',
    fix: 'Tell me what you see instead, and I will guide you from there.',
  },
};
