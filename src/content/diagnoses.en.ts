import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { DiagnosisProse } from './types.js';
import { CLOSE_ACCOUNTS } from './admin-steps.en.js';

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
    meaning: 'Close reached the mail server but could not sign in to send. Your password is not the problem.',
    fix: 'Make sure the provider accepts every IP address Close sends from and Authenticated SMTP is on.',
  },
  'ip-blocked': {
    title: 'Microsoft refused the IP address',
    meaning: 'Microsoft turned the connection away because of the IP address it came from, usually one of the servers Close sends from. Your password is not the problem.',
    fix: 'Ask whoever manages your Microsoft 365 (your admin or provider) to accept every IP address Close sends from. If Microsoft still refuses them, Close support can look into it.',
  },
  'tls-problem': {
    title: 'A secure connection could not be set up',
    meaning: 'The two sides could not agree on an encrypted connection. That comes from how the mailbox was connected, usually by hand with server settings, not from a Microsoft 365 setting.',
    fix: `Remove the mailbox in ${CLOSE_ACCOUNTS} and add it again with + Add Account > Microsoft. Close then sets up the secure connection itself.`,
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
    fix: 'Ask the provider’s support team to turn on Authenticated SMTP and IMAP for the mailbox.',
  },
  'not-microsoft-365': {
    title: 'This is not a Microsoft 365 mailbox',
    meaning: 'The domain does not receive mail through Microsoft 365, so the Microsoft settings do not apply.',
    fix: 'Follow your own mail provider’s instructions for connecting to Close.',
  },
  'connection-failed': {
    title: 'The connection to Microsoft’s mail server failed',
    meaning: 'The connection to Microsoft’s mail server timed out or was turned away. That is usually a passing network problem, not a setting on your side.',
    fix: `Wait a few minutes, then reconnect the mailbox in ${CLOSE_ACCOUNTS}. If it keeps happening, a person from support can look into it.`,
  },
  unknown: {
    title: 'An error I do not recognise',
    meaning: 'I could not match that message to a cause I know.',
    fix: 'Tell me what you see instead, and I will guide you from there.',
  },
};
