import type { TriageContext } from '../machine/triage.context.js';

/** The exact admin-center menus, written once and used in the chat and in messages forwarded to an admin. */
export const ADMIN_CENTER = 'Microsoft 365 admin center (admin.microsoft.com)';
export const OPEN_USER = `In the ${ADMIN_CENTER}, open Users > Active users > the user.`;
export const OPEN_MAIL_APPS = 'Open the Mail tab > Manage email apps.';
/** Where a mailbox lives in Close, with both names of the page: said once per conversation. */
export const CLOSE_ACCOUNTS = 'Settings > Connected Accounts in Close (Accounts & Apps in the newer layout)';
/** The same place once both names have been given. */
export const CLOSE_ACCOUNTS_SHORT = 'Accounts & Apps in Close';

/** The article the steps come from, named the way a person finds it in Close's help center (no link: none is known). */
export const CLOSE_ARTICLE = 'the "Office365 connected accounts" article in Close\'s help center';

export const TOGGLE_RESET_STEPS = [
  OPEN_USER,
  OPEN_MAIL_APPS,
  'Authenticated SMTP is ticked: untick it and select Save changes.',
  'Tick it again and select Save changes once more.',
];

export const TOGGLE_ENABLE_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Tick Authenticated SMTP and select Save changes.'];

export const PRIMARY_ADDRESS_STEPS = [
  OPEN_USER,
  'On the Account tab, select Manage username and email.',
  'Change the username to the address used in Close, or find that address under Aliases, open its … menu and choose Change to primary email.',
  'Select Save changes.',
];

export const READD_STEPS = readdSteps(CLOSE_ACCOUNTS);

/** Removing and adding the mailbox again in Close, naming where with `accounts` (long the first time, short after). */
export function readdSteps(accounts: string): string[] {
  return [`In ${accounts}, open the mailbox.`, 'Select Remove account at the bottom.', 'Add it again with + Add Account > Microsoft, signing in as the same mailbox.'];
}

export const IMAP_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Tick IMAP and select Save changes.'];

/** The mailbox's address, or null when the person has not given it. */
function mailboxAddress(facts: Readonly<TriageContext>): string | null {
  return facts.address ?? facts.known.closeAddress ?? null;
}

/** The address that must become the mailbox's primary address and username: the one connected in Close. */
function addressToMakePrimary(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

/** Says which user to open, by address when we know it. */
function openUserStep(address: string | null): string {
  return `In the ${ADMIN_CENTER}, go to Users > Active users and open ${address ?? 'my name'}.`;
}

function numbered(steps: string[]): string[] {
  return steps.map((step, i) => `${i + 1}. ${step}`);
}

/** The steps that make the Close address the primary one, naming the exact address when it is known. */
function primaryAddressSteps(facts: Readonly<TriageContext>): string[] {
  const which = addressToMakePrimary(facts) ?? 'the address I use in Close';
  return [
    openUserStep(facts.known.username ?? mailboxAddress(facts)),
    'On the Account tab, select Manage username and email.',
    `Make ${which} the primary email address and username: if it is listed under Aliases, open its … menu and choose Change to primary email; otherwise change the username to it.`,
    'Select Save changes.',
    'On the Mail tab, select Manage email apps, make sure IMAP is ticked, and select Save changes.',
  ];
}

/** "Close uses A, but my username is B." when the person told us both and they differ. */
function usernameNote(facts: Readonly<TriageContext>): string | null {
  const target = addressToMakePrimary(facts);
  const username = facts.known.username;
  if (!username || !target || username.toLowerCase() === target.toLowerCase()) return null;
  return `Close uses ${target}, but my Microsoft 365 username is ${username}.`;
}

/** The message a person who is not an admin forwards to the one who is. */
export function adminRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `my mailbox, ${address}` : 'my mailbox';
  if (facts.path === 'syncing') {
    return [
      usernameNote(facts)
        ? `Hi, could you help me with my mailbox? It's connected to Close (our CRM), but mail isn't syncing. ${usernameNote(facts)}`
        : `Hi, could you help me with ${mailbox}? It's connected to Close (our CRM), but mail isn't syncing between them.`,
      '',
      'Could you please, in Microsoft 365:',
      ...numbered(primaryAddressSteps(facts)),
      '',
      "Let me know when it's done and I'll reconnect the mailbox in Close. Thank you!",
    ].join('\n');
  }
  return [
    `Hi, could you help me with ${mailbox}? Close (our CRM) disconnects from it whenever I send an email.`,
    '',
    'Could you please, in Microsoft 365:',
    ...numbered([
      openUserStep(address),
      OPEN_MAIL_APPS,
      'If Authenticated SMTP is already ticked, untick it and select Save changes, then tick it again and save once more. If it is not ticked, tick it and select Save changes.',
    ]),
    '',
    "Microsoft can take about half an hour to apply it. Let me know when it's done and I'll reconnect in Close. Thank you!",
  ].join('\n');
}

/** The request to send to the company that sold the Microsoft 365 subscription (GoDaddy, another reseller). */
export function providerRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `Our Microsoft 365 mailbox ${address}` : 'My Microsoft 365 mailbox';
  const target = addressToMakePrimary(facts);
  const syncing = facts.path === 'syncing';
  const asks = [
    'Authenticated SMTP: please enable SMTP authentication for the mailbox. If it is already on, please switch it off, save, and switch it on again.',
    'IMAP: please make sure it is turned on for the mailbox.',
  ];
  if (syncing) {
    asks.unshift(
      `Primary address: please make ${target ?? 'the address we use in Close'} the mailbox's primary email address and username (it may currently be an alias).`,
    );
  }
  if (facts.diagnoses.includes('smtp-auth-not-offered') || facts.diagnoses.includes('ip-blocked')) {
    asks.push("Close's IP addresses: please accept connections from every IP address Close sends from (Close's support team can give you the current list).");
  }
  return [
    'Hello support team,',
    '',
    `${mailbox} is connected to Close, a CRM that sends and syncs email for us. Because you manage our Microsoft 365, we can't change its mail settings ourselves.`,
    '',
    'Here is what we need for the mailbox:',
    ...numbered(asks),
    '',
    [
      'In the Microsoft 365 admin center, Authenticated SMTP and IMAP are under Users > Active users > the user > Mail > Manage email apps',
      syncing ? '; the primary address is under Account > Manage username and email.' : '.',
      ` Close explains the steps in ${CLOSE_ARTICLE}.`,
    ].join(''),
    '',
    'Please reply once it is done. Thank you!',
  ].join('\n');
}
