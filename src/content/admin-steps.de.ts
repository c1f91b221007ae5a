import type { TriageContext } from '../machine/triage.context.js';

/**
 * Die Menüs des Admin Centers, einmal geschrieben und im Chat wie in Nachrichten an den Admin verwendet. Die Bezeichnungen
 * sind die, die Microsoft auf Deutsch zeigt (Benutzer > Aktive Benutzer, E-Mail, E-Mail-Apps verwalten, Authentifiziertes
 * SMTP, Änderungen speichern, Benutzername und E-Mail verwalten); die von Close bleiben englisch, wie Close sie zeigt.
 */
export const ADMIN_CENTER = 'Microsoft 365 Admin Center (admin.microsoft.com)';
export const OPEN_USER = `Öffne im ${ADMIN_CENTER} Benutzer > Aktive Benutzer > den Benutzer.`;
export const OPEN_MAIL_APPS = 'Öffne E-Mail > E-Mail-Apps verwalten.';
/** Wo ein Postfach in Close liegt, mit beiden Namen der Seite: einmal pro Gespräch gesagt. */
export const CLOSE_ACCOUNTS = 'Settings > Connected Accounts in Close (im neuen Layout Accounts & Apps)';
/** Derselbe Ort, sobald beide Namen genannt sind. */
export const CLOSE_ACCOUNTS_SHORT = 'Accounts & Apps in Close';

/** Der Artikel, aus dem die Schritte stammen, so benannt, wie man ihn im Help Center von Close findet (kein Link bekannt). */
export const CLOSE_ARTICLE = 'im Artikel „Office365 connected accounts“ im Help Center von Close';

/** „Change to primary email“ ist auf Deutsch nicht belegt: Beschreibung plus englische Bezeichnung. */
const CHANGE_TO_PRIMARY = 'mach sie dort zur primären Adresse ("Change to primary email")';

export const TOGGLE_RESET_STEPS = [
  OPEN_USER,
  OPEN_MAIL_APPS,
  'Authentifiziertes SMTP ist angehakt: Entferne den Haken und wähle Änderungen speichern.',
  'Hak es wieder an und wähle noch einmal Änderungen speichern.',
];

export const TOGGLE_ENABLE_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Hak Authentifiziertes SMTP an und wähle Änderungen speichern.'];

export const PRIMARY_ADDRESS_STEPS = [
  OPEN_USER,
  'Wähle unter Konto Benutzername und E-Mail verwalten.',
  `Setz den Benutzernamen auf die Adresse aus Close. Oder such sie unter Aliase, öffne ihr …-Menü und ${CHANGE_TO_PRIMARY}.`,
  'Wähle Änderungen speichern.',
];

export const READD_STEPS = readdSteps(CLOSE_ACCOUNTS);

/** Das Postfach in Close entfernen und neu hinzufügen; `accounts` nennt den Ort (beim ersten Mal lang, danach kurz). */
export function readdSteps(accounts: string): string[] {
  return [
    `Öffne das Postfach unter ${accounts}.`,
    'Wähle unten Remove account.',
    'Füg es mit + Add Account > Microsoft neu hinzu, als dasselbe Postfach.',
  ];
}

export const IMAP_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Hak IMAP an und wähle Änderungen speichern.'];

/** Die Adresse des Postfachs, oder null, wenn die Person sie nicht genannt hat. */
function mailboxAddress(facts: Readonly<TriageContext>): string | null {
  return facts.address ?? facts.known.closeAddress ?? null;
}

/** Die Adresse, die primäre Adresse und Benutzername werden muss: die in Close verbundene. */
function addressToMakePrimary(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

/** Sagt, welcher Benutzer zu öffnen ist, mit Adresse, wenn wir sie kennen. */
function openUserStep(address: string | null): string {
  return `Geh im ${ADMIN_CENTER} zu Benutzer > Aktive Benutzer und öffne ${address ?? 'meinen Namen'}.`;
}

function numbered(steps: string[]): string[] {
  return steps.map((step, i) => `${i + 1}. ${step}`);
}

/** Die Schritte, die die Close-Adresse zur primären machen, mit der genauen Adresse, wenn sie bekannt ist. */
function primaryAddressSteps(facts: Readonly<TriageContext>): string[] {
  const which = addressToMakePrimary(facts) ?? 'die Adresse, die ich in Close nutze';
  return [
    openUserStep(facts.known.username ?? mailboxAddress(facts)),
    'Wähle unter Konto Benutzername und E-Mail verwalten.',
    `Mach ${which} zur primären E-Mail-Adresse und zum Benutzernamen: Steht sie unter Aliase, öffne ihr …-Menü und ${CHANGE_TO_PRIMARY}; sonst ändere den Benutzernamen auf diese Adresse.`,
    'Wähle Änderungen speichern.',
    'Öffne E-Mail > E-Mail-Apps verwalten, prüf, dass IMAP angehakt ist, und wähle Änderungen speichern.',
  ];
}

/** „Close nutzt A, mein Benutzername ist aber B.“, wenn die Person beides genannt hat und es sich unterscheidet. */
function usernameNote(facts: Readonly<TriageContext>): string | null {
  const target = addressToMakePrimary(facts);
  const username = facts.known.username;
  if (!username || !target || username.toLowerCase() === target.toLowerCase()) return null;
  return `Close nutzt ${target}, mein Microsoft 365-Benutzername ist aber ${username}.`;
}

/** Die Nachricht, die jemand ohne Adminrechte an den Admin weiterleitet. */
export function adminRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `meinem Postfach ${address}` : 'meinem Postfach';
  if (facts.path === 'syncing') {
    return [
      usernameNote(facts)
        ? `Hallo, kannst du mir mit meinem Postfach helfen? Es ist mit Close (unserem CRM) verbunden, aber die E-Mails synchronisieren nicht. ${usernameNote(facts)}`
        : `Hallo, kannst du mir mit ${mailbox} helfen? Es ist mit Close (unserem CRM) verbunden, aber die E-Mails synchronisieren nicht.`,
      '',
      'Könntest du bitte in Microsoft 365 Folgendes machen:',
      ...numbered(primaryAddressSteps(facts)),
      '',
      'Sag mir kurz Bescheid, wenn es erledigt ist. Dann verbinde ich das Postfach in Close neu. Danke!',
    ].join('\n');
  }
  return [
    `Hallo, kannst du mir mit ${mailbox} helfen? Close (unser CRM) verliert jedes Mal die Verbindung, wenn ich eine E-Mail sende.`,
    '',
    'Könntest du bitte in Microsoft 365 Folgendes machen:',
    ...numbered([
      openUserStep(address),
      OPEN_MAIL_APPS,
      'Ist Authentifiziertes SMTP schon angehakt, entferne den Haken und wähle Änderungen speichern. Setz ihn dann wieder und speichere noch einmal. Ist es nicht angehakt, setz den Haken und wähle Änderungen speichern.',
    ]),
    '',
    'Microsoft braucht oft rund eine halbe Stunde, bis die Änderung greift. Sag mir kurz Bescheid, wenn es erledigt ist. Dann verbinde ich Close neu. Danke!',
  ].join('\n');
}

/** Die Anfrage an die Firma, die das Microsoft 365-Abo verkauft hat (GoDaddy, ein anderer Reseller). */
export function providerRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `Unser Microsoft 365-Postfach ${address}` : 'Mein Microsoft 365-Postfach';
  const target = addressToMakePrimary(facts);
  const syncing = facts.path === 'syncing';
  const asks = [
    'Authentifiziertes SMTP: Bitte aktivieren Sie die SMTP-Authentifizierung für das Postfach. Ist sie schon aktiv, schalten Sie sie bitte aus, speichern und schalten sie wieder ein.',
    'IMAP: Bitte stellen Sie sicher, dass IMAP für das Postfach aktiviert ist.',
  ];
  if (syncing) {
    asks.unshift(
      `Primäre Adresse: Bitte machen Sie ${target ?? 'die Adresse, die wir in Close nutzen'} zur primären E-Mail-Adresse und zum Benutzernamen des Postfachs (im Moment ist sie vielleicht nur ein Alias).`,
    );
  }
  if (facts.diagnoses.includes('smtp-auth-not-offered') || facts.diagnoses.includes('ip-blocked')) {
    asks.push('IP-Adressen von Close: Bitte lassen Sie Verbindungen von allen IP-Adressen zu, von denen Close sendet (das Support-Team von Close nennt Ihnen die aktuelle Liste).');
  }
  return [
    'Guten Tag,',
    '',
    `${mailbox} ist mit Close verbunden, einem CRM, das für uns E-Mails sendet und synchronisiert. Da Sie unser Microsoft 365 verwalten, können wir die E-Mail-Einstellungen nicht selbst ändern.`,
    '',
    'Für das Postfach brauchen wir Folgendes:',
    ...numbered(asks),
    '',
    [
      'Im Microsoft 365 Admin Center finden Sie Authentifiziertes SMTP und IMAP unter Benutzer > Aktive Benutzer > der Benutzer > E-Mail > E-Mail-Apps verwalten',
      syncing ? '; die primäre Adresse unter Konto > Benutzername und E-Mail verwalten.' : '.',
      ` Close beschreibt die Schritte ${CLOSE_ARTICLE}.`,
    ].join(''),
    '',
    'Bitte geben Sie uns kurz Bescheid, sobald es erledigt ist. Vielen Dank!',
  ].join('\n');
}
