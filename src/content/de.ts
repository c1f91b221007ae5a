import type { Content, ContentSettings } from './types.js';
import { accountsNamedBefore, basicAuthChanged, reportAsRemark } from './wording-rules.js';
import {
  CLOSE_ACCOUNTS,
  IMAP_STEPS,
  PRIMARY_ADDRESS_STEPS,
  CLOSE_ACCOUNTS_SHORT,
  readdSteps,
  TOGGLE_ENABLE_STEPS,
  TOGGLE_RESET_STEPS,
  adminRequest,
  providerRequest,
} from './admin-steps.de.js';
import { diagnosesDe } from './diagnoses.de.js';
import { checkFinding, checkReport } from './check-report.de.js';
import { conversationDe } from './conversation.de.js';
import { corpusDe } from './corpus.de.js';
import { vocabularyDe } from './vocabulary.de.js';

function basicAuthSentence(settings: ContentSettings): string {
  return basicAuthChanged(settings)
    ? 'Seit Ende Dezember 2026 ist die Anmeldung per Passwort (Basic Auth) zum Senden in bestehenden Microsoft 365-Organisationen standardmäßig aus. Admins können sie nur noch bis zu einem Enddatum wieder einschalten, das Microsoft für die zweite Hälfte 2027 angekündigt hat.'
    : 'Ab Ende Dezember 2026 schaltet Microsoft die Anmeldung per Passwort (Basic Auth) zum Senden in bestehenden Microsoft 365-Organisationen standardmäßig aus. Admins können sie nur noch bis zu einem Enddatum wieder einschalten, das Microsoft in der zweiten Hälfte 2027 nennt.';
}

/** Die Seite Connected Accounts von Close: einmal pro Gespräch erklärt, danach kurz genannt. */
function accounts(settings: ContentSettings): string {
  return accountsNamedBefore(settings) ? CLOSE_ACCOUNTS_SHORT : CLOSE_ACCOUNTS;
}

function waitText(settings: ContentSettings): string {
  const minutes = settings.followUpMinutes;
  const hours = Math.round(minutes / 60);
  const span = minutes >= 60 ? `${hours} Stunde${hours === 1 ? '' : 'n'}` : `${minutes} Minute${minutes === 1 ? '' : 'n'}`;
  return `Microsoft braucht eine Weile, bis die Änderung greift. Ich melde mich in ${span} wieder: Dann verbinden wir Close neu und senden einen Test.`;
}

const QUESTIONS: Content['questions'] = {
  'password-works-elsewhere':
    'Diese Antwort kann mehrere Ursachen haben. Kannst du dich mit derselben Adresse und demselben Passwort bei Outlook im Web (outlook.office.com) anmelden?',
  'address-is-primary': 'Ist die Adresse, die du in Close nutzt, die Hauptadresse dieses Microsoft 365-Postfachs (kein Alias)?',
};

export const de: Content = {
  states: {
    askingSymptom: () => ({
      text: 'Hallo! Ich helfe dir, dein Microsoft 365-Postfach wieder mit Close zum Laufen zu bringen. Was siehst du?',
      after: 'Du kannst auch eine Fehlermeldung einfügen oder deine E-Mail-Adresse eingeben.',
    }),
    askingCloseStatus: () => ({
      text: `Öffne ${CLOSE_ACCOUNTS} und wähle dein Postfach. Was steht bei Email Sending und Email Syncing?`,
    }),
    askingForError: () => ({
      text: 'Füg die Fehlermeldung bitte genau so ein, wie du sie siehst. Was drumherum steht (Datum, Servernamen), kannst du gern mitschicken.',
    }),
    describingProblem: () => ({
      text: 'Beschreib in einem Satz, was schiefgeht, oder füg eine Fehlermeldung ein. Wenn eins davon passt, wähl es aus:',
    }),
    clarifyingPath: () => ({
      text: 'Damit ich dich richtig führe: Geht es ums Senden aus Close oder um E-Mails, die ankommen sollen?',
    }),
    disambiguating: (facts) => ({
      text: facts.ambiguity ? QUESTIONS[facts.ambiguity.question] : 'Was davon passt am besten?',
    }),
    explainingDiagnosis: (facts) => {
      const found = checkFinding(facts.check, facts.lastDiagnosis);
      if (found) return { text: found.text, steps: [found.fix], after: 'Probier das aus und sag mir dann, wie es gelaufen ist.' };
      const diagnosis = diagnosesDe[facts.lastDiagnosis ?? 'unknown'];
      return { text: `${diagnosis.title}. ${diagnosis.meaning}`, steps: [diagnosis.fix], after: 'Probier das aus und sag mir dann, wie es gelaufen ist.' };
    },
    notMicrosoft365: (facts) => ({
      text: `${facts.address ? `Die Domain von ${facts.address}` : 'Dieses Postfach'} empfängt E-Mails nicht über Microsoft 365, die Schritte hier passen also nicht. Schau in der Anleitung deines E-Mail-Anbieters nach, wie du Close verbindest, oder sprich hier mit einer Person.`,
    }),
    askingIsAdmin: () => ({
      text: 'Die Lösung ist eine Einstellung im Microsoft 365 Admin Center, dafür braucht es einen Admin. Bist du Microsoft 365-Admin in deiner Organisation?',
    }),
    bringingInAdmin: (facts) => ({
      text: 'Kein Problem: Dein Admin erledigt das in ein paar Minuten. Schick die Nachricht unten an deinen Admin und sag mir Bescheid, sobald die Änderung gemacht ist.',
      forward: { title: 'Nachricht an deinen Microsoft 365-Admin', body: adminRequest(facts) },
    }),
    askingProviderManaged: () => ({
      text: 'Habt ihr Microsoft 365 über eine andere Firma wie GoDaddy gekauft, die es für euch verwaltet? Solche Firmen sperren diese Einstellungen oft.',
    }),
    contactingProvider: (facts) => ({
      text: `${facts.provider ? `Weil ${facts.provider} euer Microsoft 365 verwaltet,` : 'Weil ein Anbieter euer Microsoft 365 verwaltet,'} kann nur dessen Support die Einstellungen einschalten, die Close braucht. Schick die Anfrage unten an den Support und sag mir, was zurückkommt.`,
      forward: { title: 'Anfrage an den Support deines Anbieters', body: providerRequest(facts) },
    }),
    askingToggleState: () => ({
      text: 'Schauen wir uns die Einstellung an, mit der Close E-Mails senden darf:',
      steps: [TOGGLE_ENABLE_STEPS[0] ?? '', TOGGLE_ENABLE_STEPS[1] ?? '', 'Such Authentifiziertes SMTP. Ist der Haken gesetzt?'],
    }),
    resettingToggle: () => ({
      text: 'Der Haken ist gesetzt, die Einstellung kann aber trotzdem hängen. Setz sie zurück:',
      steps: TOGGLE_RESET_STEPS,
      after: 'Sag mir Bescheid, wenn du beide Male gespeichert hast.',
    }),
    enablingToggle: () => ({
      text: 'Das ist die Ursache: Close kann erst senden, wenn die Einstellung an ist. Schalte sie ein:',
      steps: TOGGLE_ENABLE_STEPS,
      after: 'Sag mir Bescheid, wenn du gespeichert hast.',
    }),
    waitingForPropagation: (_facts, settings) => ({
      text: waitText(settings),
      after: 'Wenn du nicht warten willst, wähl Jetzt testen.',
    }),
    askingReconnectResult: (_facts, settings) => ({
      text: `Verbinde das Postfach jetzt unter ${accounts(settings)} neu und schick dir aus Close eine Test-E-Mail. Ist sie rausgegangen?`,
    }),
    askingConnectionMethod: () => ({
      text: 'Wie ist dieses Postfach in Close verbunden: über den Button für die Microsoft-Anmeldung, oder mit Passwort und Servereinstellungen?',
    }),
    explainingBasicAuthChange: (_facts, settings) => ({
      text: `${basicAuthSentence(settings)} Verbinde das Postfach darum stattdessen mit der Microsoft-Anmeldung (Authentifiziertes SMTP muss trotzdem an sein):`,
      steps: readdSteps(accounts(settings)),
      after: 'Sag mir Bescheid, wenn es neu verbunden ist.',
    }),
    askingAddressesMatch: (facts) => ({
      text: `Close kann ein Postfach nur synchronisieren, wenn seine Microsoft 365-Hauptadresse und der Benutzername genau die Adresse sind, die du in Close verbunden hast${facts.address ? ` (${facts.address})` : ''}. Prüf das hier:`,
      steps: [PRIMARY_ADDRESS_STEPS[0] ?? '', 'Schau auf der Registerkarte Konto bei Benutzername und E-Mail nach.'],
      after: 'Sind Benutzername und primäre E-Mail-Adresse beide genau die Adresse aus Close?',
    }),
    fixingPrimaryAddress: () => ({
      text: 'Mach die Adresse aus Close zur Hauptadresse:',
      steps: PRIMARY_ADDRESS_STEPS,
      after: 'Sag mir Bescheid, wenn du gespeichert hast.',
    }),
    readdingAccount: (_facts, settings) => ({
      text: 'Verbinde das Postfach jetzt neu mit Close, damit es die Änderung übernimmt:',
      steps: readdSteps(accounts(settings)),
      after: 'Gib ihm ein paar Minuten. Tauchen neue E-Mails und aus Close gesendete E-Mails jetzt auf?',
    }),
    enablingImap: (_facts, settings) => ({
      text: 'Close liest deine E-Mails über IMAP, darum muss IMAP für dieses Postfach an sein:',
      // die Schritte zum Neuhinzufügen wurden gerade erst gezeigt, wenn das Postfach schon einmal neu hinzugefügt wurde
      steps: settings.seen?.includes('readdingAccount')
        ? [...IMAP_STEPS, `Entferne das Postfach dann unter ${accounts(settings)} und füg es wieder hinzu, wie vorhin.`]
        : [...IMAP_STEPS, ...readdSteps(accounts(settings))],
      after: 'Sag mir Bescheid, wenn das Postfach wieder hinzugefügt ist.',
    }),
    askingSyncResult: (_facts, settings) => ({
      text: `Sobald das Postfach wieder unter ${accounts(settings)} steht, gib ihm ein paar Minuten. Synchronisieren die E-Mails jetzt?`,
    }),
    checkingIpAllowlist: (facts, settings) => ({
      text:
        facts.lastDiagnosis === 'ip-blocked'
          ? 'Microsoft hat die Verbindung wegen der IP-Adresse abgelehnt, von der sie kam: einer der Server, von denen Close sendet. Zwei Dinge lösen das:'
          : 'Dieser Fehler heißt: Der Mailserver hat Close keine Anmeldung angeboten, darum konnte deine E-Mail nicht raus. Zwei Dinge lösen das:',
      steps: [
        settings.closeIpListUrl
          ? `Bitte deinen E-Mail-Anbieter, Verbindungen von allen IP-Adressen zuzulassen, von denen Close sendet. Die Liste steht hier: ${settings.closeIpListUrl}`
          : 'Bitte deinen E-Mail-Anbieter, Verbindungen von allen IP-Adressen zuzulassen, von denen Close sendet (der Close-Support schickt dir die aktuelle Liste).',
        'Sorg dafür, dass Authentifiziertes SMTP für das Postfach an ist (da führe ich dich gleich durch).',
      ],
      after: 'Sag mir Bescheid, wenn die IP-Adressen zugelassen sind, dann prüfen wir die Einstellung.',
    }),
    askingForAddress: () => ({
      text: 'Welche E-Mail-Adresse ist in Close verbunden? Ich schaue mir ihre Microsoft 365-Einrichtung und die Mailserver von außen an.',
    }),
    offeringCheck: (facts) => ({
      text: `Soll ich ${facts.address ?? 'diese Adresse'} live prüfen? Ich schaue mir die Mail-Einträge, die Microsoft 365-Anmeldung und die Outlook-Mailserver an. Das dauert etwa 15 Sekunden und ändert nichts.`,
      after:
        'Wenn du dich zusätzlich mit Microsoft anmeldest, teste ich Senden und IMAP als dieses Postfach und schicke eine Test-E-Mail von ihm an sich selbst. Sonst wird nichts gesendet, und deine Anmeldung vergesse ich, sobald die Prüfung endet.',
    }),
    runningCheck: (facts) => ({
      text: `Ich prüfe ${facts.address ?? 'das Postfach'} jetzt. Gleich poste ich hier, was ich finde.`,
    }),
    reportingCheck: (facts) => checkReport(facts.check),
    nextSteps: () => ({
      text: 'Tut mir leid, die üblichen Lösungen haben nicht gereicht. Eine Person vom Support kann sich dein Konto ansehen. Ich kann mit allem übergeben, was wir probiert haben, oder du fügst eine neue Fehlermeldung ein.',
    }),
    resolved: (facts) => ({
      // a sending problem leaves mail in the Outbox and sequences paused; a syncing one does not
      text:
        facts.path === 'syncing'
          ? 'Super, das ist behoben! Neue E-Mails und Antworten sollten ab jetzt wieder in Close auftauchen.'
          : 'Super, das ist behoben! Noch eins zum Schluss: Schau in Close in die Outbox und sende alles erneut, was hängen geblieben ist, und setz pausierte Sequences fort.',
    }),
    escalated: () => ({
      text: 'Ich habe das mit einer Zusammenfassung unserer Versuche an eine Person im Support-Team gegeben, du musst also nichts wiederholen. Sie liest es und antwortet hier. Bis dahin kannst du mir weiter Fragen stellen.',
    }),
  },
  choices: {
    'sending-fails': 'Trennt sich beim Senden, oder Mails hängen in der Outbox',
    'sync-fails': 'E-Mails synchronisieren nicht, oder Gesendetes fehlt in Outlook',
    'have-error': 'Ich habe eine Fehlermeldung',
    'smtp-auth-not-supported': '"SMTP AUTH extension not supported"',
    'check-close-status': 'Ich schaue nach, was Close anzeigt',
    'something-else': 'Etwas anderes',
    'sending-disconnected': 'Email Sending ist getrennt',
    'syncing-disconnected': 'Email Syncing ist getrennt',
    'both-disconnected': 'Beide sind getrennt',
    'both-connected': 'Beide sind verbunden',
    'describe-instead': 'Ich habe keine',
    yes: 'Ja',
    no: 'Nein',
    'not-sure': 'Weiß nicht',
    'toggle-on': 'Ja, ist angehakt',
    'toggle-off': 'Nein, ist es nicht',
    'cannot-find-setting': 'Ich finde es nicht',
    done: 'Erledigt',
    'test-now': 'Jetzt testen',
    'it-worked': 'Jetzt klappt es',
    'still-failing': 'Klappt immer noch nicht',
    'microsoft-sign-in': 'Microsoft-Anmeldung',
    password: 'Passwort und Servereinstellungen',
    'provider-enabled': 'Sie haben es eingeschaltet',
    'provider-refused': 'Sie können oder wollen nicht',
    'admin-done': 'Mein Admin hat es erledigt',
    'provider-manages-it': 'Ein Anbieter verwaltet es',
    'check-mailbox': 'Mein Postfach live prüfen',
    'run-check': 'Prüfen',
    'run-check-signed-in': 'Prüfen, mit meiner Microsoft-Anmeldung',
    'skip-check': 'Jetzt nicht',
    continue: 'Weiter',
    human: 'Mit einer Person sprechen',
    'start-over': 'Neu beginnen',
  },
  choiceOverrides: {
    askingIsAdmin: { yes: 'Ja, ich bin Admin', no: 'Nein, bin ich nicht' },
    askingProviderManaged: { yes: 'Ja, über einen Anbieter', no: 'Nein, wir verwalten es selbst' },
    askingAddressesMatch: { yes: 'Ja, sie stimmen überein', no: 'Nein, sie sind verschieden' },
    checkingIpAllowlist: { done: 'Die IPs sind zugelassen', 'it-worked': 'Jetzt klappt es' },
    explainingBasicAuthChange: { done: 'Mit Microsoft neu verbunden' },
    readdingAccount: { 'it-worked': 'Ja, es synchronisiert' },
    askingSyncResult: { 'it-worked': 'Ja, es synchronisiert' },
    nextSteps: { 'have-error': 'Neuen Fehler einfügen' },
    reportingCheck: { 'run-check': 'Noch einmal prüfen' },
  },
  diagnoses: diagnosesDe,
  questions: QUESTIONS,
  notices: {
    'not-understood': () => 'Sorry, das habe ich nicht verstanden. Wähl eine der Optionen, oder schreib es mit deinen eigenen Worten.',
    diagnosed: (notice) => `${diagnosesDe[notice.code].title}. ${diagnosesDe[notice.code].meaning}`,
    'follow-up': () => 'Die Änderung ist eine Weile her, Microsoft sollte sie inzwischen übernommen haben.',
    restarted: () => 'Fangen wir von vorn an.',
    'check-report': (_notice, facts) => {
      return reportAsRemark(checkReport(facts.check));
    },
  },
  stale: 'Diese Frage ist schon beantwortet, der Button bewirkt darum nichts mehr.',
  endedHint: 'Dieses Gespräch ist beendet. Wähl Neu beginnen, um ein neues zu starten.',
  conversation: conversationDe,
  understanding: { locale: 'de', corpus: corpusDe, vocabulary: vocabularyDe },
};
