import type { DisambiguationQuestion } from '../machine/classifier.js';
import type { TriageContext } from '../machine/triage.context.js';
import type { ViewKey } from '../machine/view-keys.js';
import { byState, type AsideAnswer, type ConversationContent, type PerState } from './conversation.types.js';
import type { ContentSettings } from './types.js';
import { BASIC_AUTH_CHANGE_DATE } from './wording-rules.js';

/** Zustände, in denen die Schritte für Authentifiziertes SMTP zu sehen sind oder gleich kommen. */
const TOGGLE_STATES: readonly ViewKey[] = ['askingToggleState', 'resettingToggle', 'enablingToggle'];
/** Zustände zur primären Adresse des Postfachs. */
const ADDRESS_STATES: readonly ViewKey[] = ['askingAddressesMatch', 'fixingPrimaryAddress'];
/** Zustände, nachdem das Postfach neu hinzugefügt wurde und Close wieder synchronisiert. */
const RESYNC_STATES: readonly ViewKey[] = ['readdingAccount', 'enablingImap', 'askingSyncResult'];
/** Zustände, die auf jemand anderen warten: einen Admin oder einen Anbieter. */
const HANDED_OFF: readonly ViewKey[] = ['bringingInAdmin', 'contactingProvider'];
/** Das Gespräch ist vorbei. */
const ENDED: readonly ViewKey[] = ['resolved', 'escalated'];

/** Dauer im Dativ („in 2 Stunden“, „innerhalb von 30 Minuten“). */
function span(minutes: number): string {
  if (minutes >= 60) {
    const hours = Math.round(minutes / 60);
    return `${hours} Stunde${hours === 1 ? '' : 'n'}`;
  }
  return `${minutes} Minute${minutes === 1 ? '' : 'n'}`;
}

/** Ganze Minuten bis zur Nachfrage, oder null, wenn keine geplant ist. */
function minutesLeft(settings: ContentSettings): number | null {
  if (!settings.followUpDueAt) return null;
  return Math.max(0, Math.ceil((settings.followUpDueAt.getTime() - settings.now.getTime()) / 60_000));
}

function closeAddress(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

const waitTime: AsideAnswer = (facts, settings, where) => {
  const usual = span(settings.followUpMinutes);
  if (where === 'resolved') return 'Kein Warten mehr: Dein Postfach funktioniert wieder.';
  if (where === 'escalated') return 'Das kann ich nicht genau sagen: Es hängt davon ab, wie viel das Team gerade zu tun hat.';
  if (where === 'waitingForPropagation') {
    const left = minutesLeft(settings);
    if (left === null) return `Microsoft übernimmt die Änderung meist innerhalb von etwa ${usual}. Dann melde ich mich wieder.`;
    if (left === 0) return 'Die Wartezeit ist gleich um. Ich melde mich jeden Moment, oder du wählst Jetzt testen.';
    return `Noch etwa ${span(left)}. Microsoft übernimmt die Änderung meist innerhalb von ${usual}, dann melde ich mich wieder.`;
  }
  if (where === 'runningCheck') return 'Nicht lange: Die Prüfung dauert etwa 15 Sekunden.';
  if (RESYNC_STATES.includes(where)) return 'Sobald das Postfach wieder hinzugefügt ist, gib Close ein paar Minuten, bis es synchronisiert.';
  if (HANDED_OFF.includes(where)) {
    return `Das hängt davon ab, wie schnell sie antworten. Nach der Änderung braucht Microsoft meist etwa ${usual}, bis sie greift.`;
  }
  if (facts.path === 'syncing') return 'Nach der Änderung fügst du das Postfach in Close neu hinzu und gibst ihm ein paar Minuten zum Synchronisieren.';
  return `Nach der Änderung in Microsoft 365 dauert es meist etwa ${usual}, bis Close wieder senden kann. Ich sage dir, wann du testen kannst.`;
};

const skipWait: AsideAnswer = (facts, _settings, where) => {
  if (where === 'waitingForPropagation') {
    return 'Du musst nicht warten: Wähl Jetzt testen, wann immer du willst. Schlägt der Test fehl, braucht es vielleicht nur mehr Zeit, dann versuch es etwas später noch einmal.';
  }
  if (ENDED.includes(where)) return 'Auf meiner Seite gibt es nichts mehr, worauf wir warten.';
  if (facts.path === 'syncing') {
    return 'Hier gibt es keine feste Wartezeit. Sobald das Postfach wieder hinzugefügt ist, schau nach neuen E-Mails; ist noch nichts da, braucht es vielleicht nur ein paar Minuten.';
  }
  return 'Du musst nicht warten: Wenn wir so weit sind, kannst du Jetzt testen wählen. Schlägt der Test fehl, braucht es vielleicht nur mehr Zeit.';
};

const whatImap: AsideAnswer = (facts, _settings, where) => {
  const base = 'IMAP ist der Weg, auf dem Close dein Postfach liest. So zeigt es neue E-Mails, Antworten und deine gesendeten E-Mails.';
  if (where === 'enablingImap') return `${base} Ist IMAP für das Postfach aus, synchronisiert nichts. Genau das ist die Einstellung in diesem Schritt.`;
  if (facts.path === 'sending') return `${base} Es geht dabei ums Synchronisieren, also hält es dich nicht vom Senden ab.`;
  return `${base} Ist es für das Postfach in Microsoft 365 aus, kommen keine E-Mails in Close an.`;
};

const whatSmtpAuth: AsideAnswer = (facts) => {
  const base =
    'Mit Authentifiziertem SMTP (auch SMTP AUTH) kann sich eine App beim Mailserver von Microsoft anmelden und in deinem Namen senden. Close sendet deine E-Mails so, darum muss es für dein Postfach an sein, auch wenn du dich mit Microsoft anmeldest.';
  return facts.path === 'syncing' ? `${base} Es geht aber ums Senden: Für die Synchronisierung zählen IMAP und die Adresse.` : base;
};

const whatSetting: AsideAnswer = (facts, _settings, where) => {
  if (ADDRESS_STATES.includes(where)) {
    const address = closeAddress(facts);
    return `Close synchronisiert nur, wenn die in Close verbundene Adresse${address ? ` (${address})` : ''} die primäre E-Mail-Adresse und der Benutzername des Postfachs ist. Beides findest du unter Benutzer > Aktive Benutzer > der Benutzer > Konto > Benutzername und E-Mail verwalten.`;
  }
  if (where === 'enablingImap' || where === 'askingSyncResult') {
    return 'Es ist IMAP, unter Benutzer > Aktive Benutzer > der Benutzer > E-Mail > E-Mail-Apps verwalten. Close liest deine E-Mails darüber, also muss der Haken gesetzt sein.';
  }
  if (where === 'checkingIpAllowlist') {
    return 'Zwei Dinge: Dein Anbieter muss die IP-Adressen von Close zulassen, und Authentifiziertes SMTP muss für das Postfach angehakt sein (E-Mail > E-Mail-Apps verwalten).';
  }
  if (where === 'askingConnectionMethod' || where === 'explainingBasicAuthChange') {
    return 'Es geht darum, wie das Postfach in Close verbunden ist: über den Button für die Microsoft-Anmeldung, oder mit Passwort und Servereinstellungen. Die Microsoft-Anmeldung ist der Weg, der weiter funktioniert.';
  }
  if (where === 'resettingToggle') {
    return 'Es ist Authentifiziertes SMTP, unter Benutzer > Aktive Benutzer > der Benutzer > E-Mail > E-Mail-Apps verwalten. Haken raus und wieder rein lässt Microsoft die Einstellung neu übernehmen, wenn sie hängt.';
  }
  if (facts.path === 'sending' || TOGGLE_STATES.includes(where)) {
    return 'Es ist Authentifiziertes SMTP, unter Benutzer > Aktive Benutzer > der Benutzer > E-Mail > E-Mail-Apps verwalten. Damit kann sich Close bei Microsoft anmelden und deine E-Mails senden.';
  }
  if (facts.path === 'syncing') {
    return 'Für die Synchronisierung sind es zwei: die primäre Adresse des Postfachs (Konto > Benutzername und E-Mail verwalten) und IMAP (E-Mail > E-Mail-Apps verwalten).';
  }
  return 'Das hängt vom Problem ab: Fürs Senden ist es Authentifiziertes SMTP, für die Synchronisierung die primäre Adresse des Postfachs und IMAP. Was siehst du denn?';
};

const isItSafe: AsideAnswer = (facts, _settings, where) => {
  if (where === 'askingForAddress' || where === 'offeringCheck' || where === 'runningCheck' || where === 'reportingCheck') {
    return 'Ja. Die Prüfung schaut nur von außen und ändert nichts. Meldest du dich dafür an, sende ich eine Testnachricht vom Postfach an sich selbst, und deine Anmeldung vergesse ich, sobald die Prüfung endet.';
  }
  if (ADDRESS_STATES.includes(where)) {
    return 'Ja. Es ändert nur dieses eine Postfach, und die E-Mails darin bleiben, wo sie sind. Änderst du den Benutzernamen, meldest du dich ab dann mit der neuen Adresse bei Microsoft an.';
  }
  if (facts.path === 'syncing' || where === 'enablingImap') {
    return 'Ja. Diese Einstellungen ändern nur dieses eine Postfach, und sonst wird nichts geöffnet. Verbindest du dich mit der Microsoft-Anmeldung, sieht Close dein Passwort nie.';
  }
  return 'Ja. Authentifiziertes SMTP wird nur für dieses eine Postfach eingeschaltet, nicht für die ganze Organisation, und sonst wird nichts geöffnet. Verbindest du dich mit der Microsoft-Anmeldung, sieht Close dein Passwort nie.';
};

const amIAdmin: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Geh auf admin.microsoft.com und melde dich mit deinem Arbeitskonto an. Öffnet sich das Admin Center, hast du eine Admin-Rolle (etwa globaler Administrator oder Exchange-Administrator). Steht dort, dass du keinen Zugriff hast, bist du kein Admin.';
  return where === 'askingIsAdmin' ? `${base} Kein Problem: Dann schreibe ich eine Nachricht für die Person, die es ist.` : base;
};

const findAdmin: AsideAnswer = () =>
  'Meist ist es die Person, die Microsoft 365 für eure Firma eingerichtet hat, euer IT-Team, oder wer die Microsoft-Rechnung bezahlt. Wer admin.microsoft.com öffnen kann, sieht sie in den Rollenzuweisungen ("Roles > Role assignments") unter Globaler Administrator.';

const whatProvider: AsideAnswer = () =>
  'Ein Anbieter (oder Reseller) ist eine Firma wie GoDaddy, die euch Microsoft 365 verkauft hat und oft die Admin-Einstellungen verwaltet. So findest du es heraus: Schau, wer euch dafür Rechnungen schickt, oder melde dich bei outlook.office.com an. Landest du auf einer Anmeldeseite von GoDaddy, verwaltet GoDaddy es.';

const howReconnect: AsideAnswer = () =>
  'Öffne in Close Settings > Connected Accounts (im neueren Layout Accounts & Apps) und wähle dein Postfach. Verbinde es dort neu (Reconnect). Klappt das nicht, wähl unten auf der Seite Remove account und füg es mit + Add Account > Microsoft wieder hinzu.';

const whatAlias: AsideAnswer = (facts) => {
  const base =
    'Mit dem Benutzernamen meldest du dich bei Microsoft an. Die primäre Adresse ist die Hauptadresse des Postfachs, ein Alias eine weitere. Close braucht seine Adresse als beides: primäre Adresse und Benutzername.';
  const signIn = ' Ein neuer Benutzername ändert deine Anmeldung.';
  const target = facts.known.closeAddress;
  const named = target
    ? `${base} Mach ${target} primär: Ist sie ein Alias, nutze ihr …-Menü ("Change to primary email").${signIn}`
    : null;
  if (named && named.length <= 350) return named;
  return `${base} Ist die Close-Adresse ein Alias, mach sie primär (…-Menü, "Change to primary email").${signIn}`;
};

const ipList: AsideAnswer = (_facts, settings, where) => {
  if (settings.closeIpListUrl) {
    return `Die IP-Adressen, von denen Close sendet, stehen hier: ${settings.closeIpListUrl}. Dein Anbieter muss alle davon zulassen.`;
  }
  return where === 'escalated'
    ? 'Der Close-Support kann dir die aktuelle Liste der IP-Adressen schicken, von denen Close sendet. Frag die Person, die hier antwortet.'
    : 'Der Close-Support kann dir die aktuelle Liste der IP-Adressen schicken, von denen Close sendet. Frag hier nach einer Person, die gibt sie dir weiter.';
};

const whyAddress: AsideAnswer = () =>
  'Damit ich das Postfach für dich prüfen kann: Über die Adresse schaue ich mir die Mail-Einträge der Domain und ihre Microsoft-365-Anmeldung an und teste die Outlook-Mailserver, alles von außen. Dabei wird nichts geändert und nichts gesendet. Du musst sie nicht angeben: Wir können auch ohne die Prüfung weitermachen.';

const decemberChange: AsideAnswer = (_facts, settings) => {
  const when =
    settings.now >= BASIC_AUTH_CHANGE_DATE
      ? 'Seit Ende Dezember 2026 ist die Passwort-Anmeldung (Basic Auth) zum Senden in bestehenden Microsoft 365-Organisationen standardmäßig aus.'
      : 'Ab Ende Dezember 2026 schaltet Microsoft die Passwort-Anmeldung (Basic Auth) zum Senden in bestehenden Microsoft 365-Organisationen standardmäßig aus.';
  return `${when} Admins können sie noch bis zu einem Enddatum wieder einschalten, das Microsoft im 2. Halbjahr 2027 nennt. Die Microsoft-Anmeldung ist nicht betroffen, Authentifiziertes SMTP muss aber an sein.`;
};

const mailTabMissing: AsideAnswer = () =>
  'Prüf drei Dinge: dass du den richtigen Benutzer geöffnet hast (Benutzer > Aktive Benutzer); dass der Benutzer eine Lizenz mit Exchange-Postfach hat; und dass du mit einer Admin-Rolle angemeldet bist, etwa als globaler Administrator oder Exchange-Administrator.';

const outboxSequences: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'E-Mails in der Outbox sind nicht verloren: Sobald das Postfach neu verbunden ist, kannst du sie von dort erneut senden. Sequences, die beim Trennen pausiert wurden, musst du wieder fortsetzen.';
  return ENDED.includes(where) ? base : `${base} Ich erinnere dich am Ende daran.`;
};

const capabilities: AsideAnswer = () =>
  'Ich helfe bei Microsoft 365-Postfächern, die mit Close verbunden sind: wenn das Senden scheitert, E-Mails nicht synchronisieren, bei Fehlermeldungen, und mit einer Live-Prüfung deines Postfachs. Kommen wir nicht weiter, übergebe ich dich an eine Person.';

const thanks: AsideAnswer = (_facts, _settings, where) => {
  if (where === 'resolved') return 'Gern geschehen! Schön, dass es wieder läuft. Einen schönen Tag noch.';
  if (where === 'escalated') return 'Gern geschehen.';
  return 'Gern! Mach weiter, wann immer du so weit bist.';
};

const greeting: AsideAnswer = () => 'Hallo! Ich helfe bei Microsoft 365-Postfächern, die mit Close verbunden sind.';

const serviceStatus: AsideAnswer = () =>
  'Den Status der Microsoft-Dienste sehe ich von hier aus nicht. Ein Admin findet ihn im Microsoft 365 Admin Center unter Integrität > Dienstintegrität, und jeder kann auf status.office365.com nachsehen. Dass Close sich immer wieder trennt, liegt aber selten an einer Störung, sondern fast immer an einer Einstellung in Microsoft 365.';

const outOfScope: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Ich kenne mich nur mit Microsoft 365-Postfächern (Office 365) aus, die mit Close verbunden sind. Bei Gmail, Google Workspace, Kalendern oder anderen CRMs kann ich nicht helfen.';
  if (where === 'escalated') return `${base} Die Person vom Support, die hier antwortet, kann das.`;
  if (where === 'resolved') return `${base} Eine Person vom Support kann es: Frag einfach danach.`;
  return `${base} Eine Person vom Support kann es: Wähl Mit einer Person sprechen.`;
};

const SYNC_CHECK =
  'Gib Close ein paar Minuten. Schau dann, ob neue E-Mails bei einem Lead auftauchen und ob aus Close gesendete E-Mails in Outlook unter Gesendete Elemente liegen. Sag mir, ob sie da sind.';

/** „Und jetzt?": wo wir stehen und was als Nächstes zu tun ist, für jeden Zustand (die kurze Frage folgt). */
const WHAT_NEXT: PerState = {
  askingSymptom: () =>
    'Wir haben noch nicht angefangen. Sag mir in ein paar Worten, was nicht klappt (Senden aus Close oder eingehende E-Mails), oder füg die Fehlermeldung ein. Dann führe ich dich zur Lösung.',
  askingCloseStatus: () =>
    'Öffne Connected Accounts in Close und schau dir dein Postfach an. Sag mir, was bei Email Sending und Email Syncing steht, dann weiß ich, welche Lösung du brauchst.',
  askingForError: () =>
    'Füg die Fehlermeldung hier so ein, wie sie angezeigt wird. Ich sage dir, was sie bedeutet und wie du sie behebst. Keine Fehlermeldung? Wähl Ich habe keine.',
  describingProblem: () => 'Sag mir in einem Satz, was nicht klappt, oder füg die Fehlermeldung ein. Dann bringe ich dich zur Lösung.',
  clarifyingPath: () => 'Ich muss nur wissen, was nicht klappt: das Senden aus Close oder eingehende E-Mails. Für beides gibt es eine eigene Lösung.',
  disambiguating: () => 'Dieser Fehler hat zwei mögliche Ursachen. Deine Antwort sagt mir, welche es ist, dann bekommst du die Lösung.',
  explainingDiagnosis: () =>
    'Probier die Lösung, die ich beschrieben habe, und sag mir, ob es jetzt klappt oder weiter scheitert. Wenn nicht, schauen wir uns gemeinsam den nächsten Schritt an.',
  notMicrosoft365: () =>
    'Diese Schritte passen nur für Microsoft 365-Postfächer. Als Nächstes helfen die Einstellungen deines E-Mail-Anbieters für Close weiter. Auch eine Person vom Support kann helfen: Wähl Mit einer Person sprechen.',
  askingIsAdmin: () =>
    'Die Lösung ist eine Einstellung im Microsoft 365 Admin Center, und die kann nur ein Admin ändern. Bist du Admin, führe ich dich durch. Wenn nicht oder wenn du unsicher bist, schreibe ich eine Nachricht für deinen Admin.',
  bringingInAdmin: (facts) =>
    `Schick deinem Admin die Nachricht oben. Sobald die Änderung gemacht ist, sag mir hier Bescheid, dann prüfen wir, ob Close wieder ${facts.path === 'syncing' ? 'synchronisiert' : 'senden kann'}. Falls du doch selbst Admin bist, sag es einfach.`,
  askingProviderManaged: () =>
    'Ich muss wissen, ob eine Firma wie GoDaddy dein Microsoft 365 für dich verwaltet. Dann muss sie die Änderung machen. Wenn nicht, schauen wir uns als Nächstes gemeinsam die Einstellung an.',
  contactingProvider: (facts) =>
    `Schick die Anfrage oben an den Support: Darin steht genau, was ${facts.provider ?? 'dein Anbieter'} ändern muss. Wenn sie antworten, sag mir, ob sie es eingeschaltet haben.`,
  askingToggleState: () =>
    'Öffne im Admin Center den Benutzer, dann E-Mail > E-Mail-Apps verwalten, und schau dir Authentifiziertes SMTP an. Sag mir, ob der Haken gesetzt ist, dann sage ich dir, was zu ändern ist.',
  resettingToggle: (_facts, settings) =>
    `Nimm den Haken bei Authentifiziertes SMTP raus und speichere, setz ihn dann wieder und speichere noch einmal, wie in den Schritten oben. Danach braucht Microsoft etwa ${span(settings.followUpMinutes)}, und wir testen.`,
  enablingToggle: (_facts, settings) =>
    `Setz den Haken bei Authentifiziertes SMTP und speichere, wie in den Schritten oben. Danach braucht Microsoft etwa ${span(settings.followUpMinutes)}, und wir testen.`,
  waitingForPropagation: (_facts, settings) => {
    const left = minutesLeft(settings);
    const wait = left ? ` (noch etwa ${span(left)})` : '';
    return `Gerade ist nichts zu tun: Microsoft übernimmt die Änderung${wait}. Danach verbindest du das Postfach in Close neu und sendest einen Test. Du willst nicht warten? Wähl Jetzt testen.`;
  },
  askingReconnectResult: () =>
    'Verbinde das Postfach unter Connected Accounts in Close neu und schick dir aus Close eine Test-E-Mail. Sag mir, ob sie rausgegangen ist.',
  askingConnectionMethod: () =>
    'Sag mir, wie das Postfach in Close verbunden ist: über den Button für die Microsoft-Anmeldung, oder mit Passwort und Servereinstellungen. Davon hängt ab, was wir als Nächstes probieren.',
  explainingBasicAuthChange: () =>
    'Verbinde das Postfach in Close über den Button für die Microsoft-Anmeldung neu, wie in den Schritten oben. Sag mir Bescheid, wenn es erledigt ist, dann testen wir noch einmal.',
  askingAddressesMatch: (facts) =>
    `Öffne im Admin Center den Benutzer und schau auf den Tab Konto. Sag mir, ob Benutzername und primäre E-Mail-Adresse beide ${closeAddress(facts) ?? 'genau die Adresse aus Close'} sind.`,
  fixingPrimaryAddress: (facts) =>
    `Mach ${closeAddress(facts) ?? 'die Close-Adresse'} zur primären Adresse und speichere, wie in den Schritten oben. Danach verbindest du das Postfach neu mit Close.`,
  readdingAccount: () => SYNC_CHECK,
  enablingImap: () =>
    'Setz für das Postfach den Haken bei IMAP und speichere. Entferne dann das Postfach in Close und füg es wieder hinzu. Sag mir, wenn es wieder da ist, dann prüfen wir die Synchronisierung.',
  askingSyncResult: () => SYNC_CHECK,
  checkingIpAllowlist: () =>
    'Bitte deinen E-Mail-Anbieter, alle IP-Adressen von Close zuzulassen. Sobald das erledigt ist, sag mir Bescheid, dann prüfen wir als Nächstes Authentifiziertes SMTP.',
  askingForAddress: () => 'Gib die E-Mail-Adresse ein, die in Close verbunden ist, dann prüfe ich sie live. Das dauert etwa 15 Sekunden und ändert nichts.',
  offeringCheck: (facts) =>
    `Wähl Prüfen, dann schaue ich mir ${facts.address ?? 'diese Adresse'} live an, in etwa 15 Sekunden. Oder wähl Jetzt nicht, um ohne weiterzumachen.`,
  runningCheck: () => 'Gerade nichts: Die Prüfung läuft, und ich poste gleich hier, was ich finde.',
  reportingCheck: () => 'Was die Prüfung gefunden hat, steht oben. Wähl Weiter, um dort weiterzumachen, wo wir waren, oder Noch einmal prüfen.',
  nextSteps: () =>
    'Die üblichen Lösungen haben nicht geholfen, also ist eine Person vom Support der nächste Schritt: Wähl Mit einer Person sprechen, dann bekommt sie eine Zusammenfassung von allem, was wir probiert haben. Oder füg eine neue Fehlermeldung ein.',
  resolved: (facts) => (facts.path === 'syncing' ? 'Es gibt nichts mehr zu tun: Close synchronisiert dein Postfach wieder.' : 'Es gibt nichts mehr zu beheben. Sende nur noch alles erneut, was in der Outbox in Close hängt, und setz pausierte Sequences fort.'),
  escalated: () => 'Für dich gibt es nichts zu tun: Sie haben schon eine Zusammenfassung von allem, was wir probiert haben, du musst also nichts wiederholen.',
};

/** Die Rückfragen zur Eindeutigkeit, kurz. */
const SHORT_QUESTIONS: Record<DisambiguationQuestion, string> = {
  'password-works-elsewhere': 'Kannst du dich mit derselben Adresse und demselben Passwort bei outlook.office.com anmelden?',
  'address-is-primary': 'Ist die Adresse in Close die Hauptadresse des Postfachs und kein Alias?',
};

export const conversationDe: ConversationContent = {
  asides: {
    'wait-time': waitTime,
    'skip-wait': skipWait,
    'what-imap': whatImap,
    'what-smtp-auth': whatSmtpAuth,
    'what-setting': whatSetting,
    'is-it-safe': isItSafe,
    'am-i-admin': amIAdmin,
    'find-admin': findAdmin,
    'what-provider': whatProvider,
    'how-reconnect': howReconnect,
    'what-alias': whatAlias,
    'ip-list': ipList,
    'why-address': whyAddress,
    'december-change': decemberChange,
    'mail-tab-missing': mailTabMissing,
    'outbox-sequences': outboxSequences,
    'what-next': byState(WHAT_NEXT),
    capabilities,
    thanks,
    greeting,
    'out-of-scope': outOfScope,
    'service-status': serviceStatus,
  },
  reprompts: {
    askingSymptom: () => 'Was siehst du bei deinem Postfach in Close?',
    askingCloseStatus: () => 'Was steht in Close bei Email Sending und Email Syncing?',
    askingForError: () => 'Füg die Fehlermeldung ein, sobald du sie hast.',
    describingProblem: () => 'Was geht schief, in einem Satz? Oder füg die Fehlermeldung ein.',
    clarifyingPath: () => 'Geht es ums Senden aus Close oder um E-Mails, die ankommen sollen?',
    disambiguating: (facts) => (facts.ambiguity ? SHORT_QUESTIONS[facts.ambiguity.question] : 'Was davon passt am besten?'),
    explainingDiagnosis: () => 'Hast du die Lösung probiert? Klappt es jetzt, oder immer noch nicht?',
    notMicrosoft365: () => 'Diese Schritte gelten nur für Microsoft 365. Du kannst neu beginnen oder mit einer Person sprechen.',
    askingIsAdmin: () => 'Bist du Microsoft 365-Admin in deiner Organisation?',
    bringingInAdmin: () => 'Sag mir Bescheid, wenn dein Admin die Änderung gemacht hat.',
    askingProviderManaged: () => 'Habt ihr Microsoft 365 über einen Anbieter wie GoDaddy gekauft?',
    contactingProvider: (facts) => `Sag mir, was ${facts.provider ?? 'dein Anbieter'} antwortet.`,
    askingToggleState: () => 'Ist Authentifiziertes SMTP für das Postfach angehakt?',
    resettingToggle: () => 'Sag mir Bescheid, wenn du den Haken entfernt, gespeichert, wieder gesetzt und gespeichert hast.',
    enablingToggle: () => 'Sag mir Bescheid, wenn Authentifiziertes SMTP angehakt und gespeichert ist.',
    waitingForPropagation: () => 'Ich melde mich, sobald Microsoft genug Zeit hatte. Oder wähl Jetzt testen.',
    askingReconnectResult: () => 'Ist deine Test-E-Mail nach dem Neuverbinden rausgegangen?',
    askingConnectionMethod: () => 'Ist das Postfach mit der Microsoft-Anmeldung verbunden oder mit einem Passwort?',
    explainingBasicAuthChange: () => 'Sag mir Bescheid, wenn es mit der Microsoft-Anmeldung neu verbunden ist.',
    askingAddressesMatch: (facts) =>
      `Sind Benutzername und primäre E-Mail-Adresse beide genau ${closeAddress(facts) ?? 'die Adresse aus Close'}?`,
    fixingPrimaryAddress: (facts) => `Sag mir Bescheid, wenn ${closeAddress(facts) ?? 'die Close-Adresse'} die primäre Adresse ist und du gespeichert hast.`,
    readdingAccount: () => 'Das Postfach ist wieder hinzugefügt: Tauchen neue E-Mails jetzt in Close auf?',
    enablingImap: () => 'Sag mir Bescheid, wenn IMAP angehakt und das Postfach wieder hinzugefügt ist.',
    askingSyncResult: () => 'Synchronisieren die E-Mails jetzt?',
    checkingIpAllowlist: () => 'Sag mir Bescheid, wenn dein Anbieter die IP-Adressen von Close zulässt.',
    askingForAddress: () => 'Welche E-Mail-Adresse ist in Close verbunden?',
    offeringCheck: (facts) => `Soll ich ${facts.address ?? 'diese Adresse'} live prüfen?`,
    runningCheck: () => 'Die Prüfung läuft noch. Gleich poste ich, was ich finde.',
    reportingCheck: () => 'Mach weiter, wenn du so weit bist, oder starte die Prüfung noch einmal.',
    nextSteps: () => 'Soll ich an eine Person übergeben, oder möchtest du einen neuen Fehler einfügen?',
    resolved: () => 'Alles behoben. Wenn noch etwas ist, wähl Neu beginnen.',
    escalated: () => 'Jemand vom Support antwortet hier. Bis dahin kannst du mich weiter fragen.',
  },
  understood: {
    sending:
      'Verstanden: Close trennt die Verbindung beim Senden, oder E-Mails hängen in der Outbox. Meist liegt es an der Einstellung Authentifiziertes SMTP in Microsoft 365. Falls ich das falsch verstanden habe, sag es mir.',
    syncing:
      'Verstanden: E-Mails synchronisieren nicht, oder sie fehlen bei den gesendeten. Meist ist die Adresse in Close nicht die Hauptadresse des Postfachs, oder IMAP ist aus. Falls ich das falsch verstanden habe, sag es mir.',
  },
  skipped: {
    'is-admin': () => 'Du hast gesagt, du bist Microsoft 365-Admin, also kannst du die Änderung selbst machen.',
    'not-admin': () => 'Du hast gesagt, du bist kein Admin, also hier eine Nachricht für die Person, die es ist.',
    'provider-manages-it': (facts) =>
      `Du hast gesagt, ${facts.provider ?? 'ein Anbieter'} verwaltet euer Microsoft 365, also geht die Anfrage dorthin.`,
    'self-managed': () => 'Du hast gesagt, ihr verwaltet Microsoft 365 selbst, also frage ich nicht nach einem Anbieter.',
    'toggle-on': () => 'Du hast gesagt, Authentifiziertes SMTP ist schon angehakt, also setzen wir es zurück.',
    'toggle-off': () => 'Du hast gesagt, Authentifiziertes SMTP ist nicht angehakt, also schalten wir es ein.',
    'connection-method': (facts) =>
      facts.connectionMethod === 'password'
        ? 'Du hast gesagt, du verbindest dich mit Passwort, also frage ich nicht, wie es verbunden ist.'
        : 'Du hast gesagt, du verbindest dich mit der Microsoft-Anmeldung, also frage ich nicht, wie es verbunden ist.',
    'changed-earlier': () => 'Du hast die Änderung schon vor einer Weile gemacht, warten müssen wir also nicht. Testen wir.',
    'addresses-differ': (facts) =>
      `Du hast gesagt, die Adressen unterscheiden sich, also machen wir ${closeAddress(facts) ?? 'die Close-Adresse'} zur primären.`,
    'addresses-match': () => 'Du hast gesagt, die Adressen stimmen schon überein, also prüfen wir als Nächstes IMAP.',
  },
  addressNoted: (address) => `Für eine Live-Prüfung nehme ich ${address}.`,
  noted: 'Notiert, danke.',
  acknowledged: {
    whileYouWork: 'Klar, lass dir Zeit.',
    whileWaiting: 'Alles klar, ich melde mich dann wieder bei dir.',
    whileChecking: 'Die Prüfung läuft; das Ergebnis kommt gleich hier.',
    afterResolved: 'Prima!',
    afterHandedOver: 'Alles klar.',
  },
  handedOver: 'Danke fürs Weiterleiten.',
  notUnderstood: 'Sorry, das habe ich nicht verstanden. Wähl unten eine Option, oder frag mich nach einem Schritt, einer Einstellung oder einem Begriff.',
  offerPerson: 'Wenn dir das lieber ist, übernimmt eine Person vom Support: Wähl Mit einer Person sprechen.',
  wentBack: 'Klar, gehen wir zur vorigen Frage zurück.',
  nothingToGoBackTo: 'Wir sind bei der ersten Frage, zurück geht es also nicht.',
  cannotGoBackAfterEnd: 'Dieses Gespräch ist beendet, zurück geht es darin nicht mehr. Wähl Neu beginnen für ein neues.',
  cannotGoBackWhileChecking: 'Die Prüfung läuft, darum kann ich gerade nicht zurück. Sie dauert nur ein paar Sekunden.',
  questionNotAnswer: 'Das klingt nach einer Frage, auf die ich hier keine Antwort habe. Um weiterzumachen, wähl unten eine Option.',
  feedback: {
    question: 'Hat dir das geholfen?',
    labels: { helpful: 'Ja, hat geholfen', 'not-helpful': 'Nein, leider nicht' },
    thanks: {
      helpful: 'Danke für die Rückmeldung. Schön, dass es geholfen hat!',
      'not-helpful': 'Danke, dass du es uns sagst. Das hilft uns, besser zu werden.',
    },
    commentThanks: 'Danke, dein Kommentar ist jetzt beim Team.',
  },
};
