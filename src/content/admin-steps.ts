import type { TriageContext } from '../machine/triage.context.js';

/** The exact admin-center menus, written once and used in the chat and in messages forwarded to an admin. */
export const ADMIN_CENTER = 'Microsoft 365 admin center (admin.microsoft.com)';
export const OPEN_USER = `In the ${ADMIN_CENTER}, go to Users > Active users and select the person's name.`;
export const OPEN_MAIL_APPS = 'In the panel that opens, choose the Mail tab, then Manage email apps.';
export const CLOSE_ACCOUNTS = 'Settings > Connected Accounts in Close (called Accounts & Apps in the newer Close layout)';

export const TOGGLE_RESET_STEPS = [
  OPEN_USER,
  OPEN_MAIL_APPS,
  'Authenticated SMTP is ticked: untick it and select Save changes.',
  'Tick Authenticated SMTP again and select Save changes once more.',
];

export const TOGGLE_ENABLE_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Tick Authenticated SMTP and select Save changes.'];

export const PRIMARY_ADDRESS_STEPS = [
  OPEN_USER,
  'On the Account tab, select Manage username and email.',
  'Either change the username to the address used in Close, or find that address under Aliases, open its … menu and choose Change to primary email.',
  'Select Save changes.',
];

export const READD_STEPS = [
  `Open ${CLOSE_ACCOUNTS} and select the mailbox.`,
  'Scroll to the bottom and select Remove account.',
  'Add it again with + Add Account > Microsoft, signing in as the same mailbox.',
];

export const IMAP_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Tick IMAP and select Save changes.'];

function mailboxName(facts: Readonly<TriageContext>): string {
  return facts.address ?? 'my mailbox';
}

/** The message a person who is not an admin forwards to the one who is. */
export function adminRequest(facts: Readonly<TriageContext>): string {
  const mailbox = mailboxName(facts);
  if (facts.path === 'syncing') {
    return [
      `Hi, could you help me with ${mailbox}? Close (our CRM) connects to it but mail is not syncing.`,
      '',
      'Could you please:',
      ...PRIMARY_ADDRESS_STEPS.map((step, i) => `${i + 1}. ${step}`),
      `${PRIMARY_ADDRESS_STEPS.length + 1}. Back on the same person, Mail tab > Manage email apps: make sure IMAP is ticked, then Save changes.`,
      '',
      'Let me know when it is done and I will reconnect the mailbox in Close. Thank you!',
    ].join('\n');
  }
  return [
    `Hi, could you help me with ${mailbox}? Close (our CRM) disconnects from it whenever I send an email.`,
    '',
    'Could you please:',
    `1. ${OPEN_USER}`,
    `2. ${OPEN_MAIL_APPS}`,
    '3. If Authenticated SMTP is already ticked, untick it, Save changes, then tick it again and Save changes. If it is not ticked, tick it and Save changes.',
    '',
    'Microsoft can take about half an hour to apply it. Let me know when it is done and I will reconnect in Close. Thank you!',
  ].join('\n');
}

/** The request to send to the company that sold the Microsoft 365 subscription. */
export function providerRequest(facts: Readonly<TriageContext>): string {
  return [
    'Hello support team,',
    '',
    `Our Microsoft 365 mailbox ${mailboxName(facts)} is connected to Close, a CRM that sends and syncs email over SMTP and IMAP.`,
    'We cannot change the mail settings ourselves because you manage our tenant.',
    '',
    'Please enable SMTP authentication (Authenticated SMTP) and IMAP for this mailbox, and allow legacy SMTP/IMAP authentication if your platform blocks it.',
    '',
    'Please reply once it is done. Thank you!',
  ].join('\n');
}
