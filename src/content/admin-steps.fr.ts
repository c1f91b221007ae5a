import type { TriageContext } from '../machine/triage.context.js';

/**
 * The Microsoft 365 admin center labels in French. Verified on Microsoft's French documentation
 * (learn.microsoft.com/fr-fr/microsoft-365/admin/add-users/change-a-user-name-and-email-address): Utilisateurs,
 * Utilisateurs actifs, Compte, Enregistrer les modifications. The others could not be verified there, so the English
 * label follows in quotes.
 */
export const LABELS = {
  activeUsers: 'Utilisateurs > Utilisateurs actifs',
  accountTab: 'l’onglet Compte',
  mailTab: 'l’onglet Courrier ("Mail")',
  manageEmailApps: 'Gérer les applications de messagerie ("Manage email apps")',
  authenticatedSmtp: 'SMTP authentifié ("Authenticated SMTP")',
  saveChanges: 'Enregistrer les modifications',
  manageUsername: 'Gérer le nom d’utilisateur et l’adresse e-mail ("Manage username and email")',
  changeToPrimary: 'Définir comme adresse e-mail principale ("Change to primary email")',
} as const;

/** The exact admin-center menus, written once and used in the chat and in messages forwarded to an admin. */
export const ADMIN_CENTER = 'Centre d’administration Microsoft 365 (admin.microsoft.com)';
export const OPEN_USER = `Sur admin.microsoft.com : ${LABELS.activeUsers} > l’utilisateur.`;
export const OPEN_MAIL_APPS = `Onglet Courrier ("Mail") > ${LABELS.manageEmailApps}.`;
/** Where a mailbox lives in Close, with both names of the page: said once per conversation. */
export const CLOSE_ACCOUNTS = 'Settings > Connected Accounts (ou Accounts & Apps) de Close';
/** The same place once both names have been given. */
export const CLOSE_ACCOUNTS_SHORT = 'Accounts & Apps de Close';

/** The article the steps come from, named the way a person finds it in Close's help center (no link: none is known). */
export const CLOSE_ARTICLE = 'l’article « Office365 connected accounts » du centre d’aide de Close';

export const TOGGLE_RESET_STEPS = [
  OPEN_USER,
  OPEN_MAIL_APPS,
  `${LABELS.authenticatedSmtp} est coché : décochez-le, puis sélectionnez ${LABELS.saveChanges}.`,
  `Recochez-le, puis sélectionnez de nouveau ${LABELS.saveChanges}.`,
];

export const TOGGLE_ENABLE_STEPS = [OPEN_USER, OPEN_MAIL_APPS, `Cochez ${LABELS.authenticatedSmtp}, puis sélectionnez ${LABELS.saveChanges}.`];

export const PRIMARY_ADDRESS_STEPS = [
  OPEN_USER,
  `Onglet Compte > ${LABELS.manageUsername}.`,
  `Mettez l’adresse de Close comme nom d’utilisateur ou, si c’est un alias, ouvrez son menu … > ${LABELS.changeToPrimary}.`,
  `Sélectionnez ${LABELS.saveChanges}.`,
];

export const READD_STEPS = readdSteps(CLOSE_ACCOUNTS);

/** Removing and adding the mailbox again in Close, naming where with `accounts` (long the first time, short after). */
export function readdSteps(accounts: string): string[] {
  return [
    `Dans ${accounts}, ouvrez la boîte.`,
    'En bas : Remove account.',
    'Rajoutez-la via + Add Account > Microsoft (même boîte mail).',
  ];
}

export const IMAP_STEPS = [OPEN_USER, OPEN_MAIL_APPS, `Cochez IMAP > ${LABELS.saveChanges}.`];

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
  return `Dans le ${ADMIN_CENTER}, allez dans ${LABELS.activeUsers} et ouvrez ${address ?? 'mon compte'}.`;
}

function numbered(steps: string[]): string[] {
  return steps.map((step, i) => `${i + 1}. ${step}`);
}

/** The steps that make the Close address the primary one, naming the exact address when it is known. */
function primaryAddressSteps(facts: Readonly<TriageContext>): string[] {
  const which = addressToMakePrimary(facts) ?? 'l’adresse que j’utilise dans Close';
  return [
    openUserStep(facts.known.username ?? mailboxAddress(facts)),
    `Dans ${LABELS.accountTab}, sélectionnez ${LABELS.manageUsername}.`,
    `Faites de ${which} l’adresse e-mail principale et le nom d’utilisateur : si elle figure parmi les alias, ouvrez son menu … et choisissez ${LABELS.changeToPrimary} ; sinon, remplacez le nom d’utilisateur par cette adresse.`,
    `Sélectionnez ${LABELS.saveChanges}.`,
    `Dans ${LABELS.mailTab}, sélectionnez ${LABELS.manageEmailApps}, vérifiez que IMAP est coché, puis sélectionnez ${LABELS.saveChanges}.`,
  ];
}

/** "Close uses A, but my username is B." when the person told us both and they differ. */
function usernameNote(facts: Readonly<TriageContext>): string | null {
  const target = addressToMakePrimary(facts);
  const username = facts.known.username;
  if (!username || !target || username.toLowerCase() === target.toLowerCase()) return null;
  return `Close utilise ${target}, mais mon nom d’utilisateur Microsoft 365 est ${username}.`;
}

/** The message a person who is not an admin forwards to the one who is. */
export function adminRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `ma boîte mail, ${address}` : 'ma boîte mail';
  if (facts.path === 'syncing') {
    return [
      usernameNote(facts)
        ? `Bonjour, pourriez-vous m’aider avec ma boîte mail ? Elle est connectée à Close (notre CRM), mais les e-mails ne se synchronisent pas. ${usernameNote(facts)}`
        : `Bonjour, pourriez-vous m’aider avec ${mailbox} ? Elle est connectée à Close (notre CRM), mais les e-mails ne se synchronisent pas entre les deux.`,
      '',
      'Pourriez-vous faire ceci dans Microsoft 365 :',
      ...numbered(primaryAddressSteps(facts)),
      '',
      'Dites-moi quand c’est fait, et je reconnecterai la boîte mail dans Close. Merci !',
    ].join('\n');
  }
  return [
    `Bonjour, pourriez-vous m’aider avec ${mailbox} ? Close (notre CRM) se déconnecte dès que j’envoie un e-mail.`,
    '',
    'Pourriez-vous faire ceci dans Microsoft 365 :',
    ...numbered([
      openUserStep(address),
      OPEN_MAIL_APPS,
      `Si ${LABELS.authenticatedSmtp} est déjà coché, décochez-le et sélectionnez ${LABELS.saveChanges}, puis cochez-le de nouveau et enregistrez encore. S’il n’est pas coché, cochez-le et sélectionnez ${LABELS.saveChanges}.`,
    ]),
    '',
    'Microsoft peut mettre environ une demi-heure à appliquer le changement. Dites-moi quand c’est fait, et je me reconnecterai dans Close. Merci !',
  ].join('\n');
}

/** The request to send to the company that sold the Microsoft 365 subscription (GoDaddy, another reseller). */
export function providerRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `Notre boîte mail Microsoft 365 ${address}` : 'Ma boîte mail Microsoft 365';
  const target = addressToMakePrimary(facts);
  const syncing = facts.path === 'syncing';
  const asks = [
    'SMTP authentifié ("Authenticated SMTP") : merci d’activer l’authentification SMTP pour cette boîte mail. Si elle est déjà activée, merci de la désactiver, d’enregistrer, puis de la réactiver.',
    'IMAP : merci de vérifier qu’il est activé pour cette boîte mail.',
  ];
  if (syncing) {
    asks.unshift(
      `Adresse principale : merci de faire de ${target ?? 'l’adresse que nous utilisons dans Close'} l’adresse e-mail principale et le nom d’utilisateur de la boîte mail (c’est peut-être un alias aujourd’hui).`,
    );
  }
  if (facts.diagnoses.includes('smtp-auth-not-offered') || facts.diagnoses.includes('ip-blocked')) {
    asks.push('Adresses IP de Close : merci d’accepter les connexions de toutes les adresses IP depuis lesquelles Close envoie (le support de Close peut vous donner la liste à jour).');
  }
  return [
    'Bonjour,',
    '',
    `${mailbox} est connectée à Close, un CRM qui envoie et synchronise nos e-mails. Comme vous gérez notre Microsoft 365, nous ne pouvons pas modifier ses réglages de messagerie nous-mêmes.`,
    '',
    'Voici ce dont nous avons besoin pour cette boîte mail :',
    ...numbered(asks),
    '',
    [
      `Dans le Centre d’administration Microsoft 365, SMTP authentifié et IMAP se trouvent sous ${LABELS.activeUsers} > l’utilisateur > Courrier ("Mail") > ${LABELS.manageEmailApps}`,
      syncing ? ` ; l’adresse principale se trouve sous Compte > ${LABELS.manageUsername}.` : '.',
      ` Close décrit ces étapes dans ${CLOSE_ARTICLE}.`,
    ].join(''),
    '',
    'Merci de nous répondre une fois que c’est fait. Bonne journée !',
  ].join('\n');
}
