import type { HandoffSymptom } from '../store/helpdesk-records.js';
import type { WebContent } from './web.en.js';

const SYMPTOMS: Record<HandoffSymptom, string> = {
  sending: 'E-Mails aus Close gehen nicht raus',
  syncing: 'E-Mails synchronisieren nicht in Close',
  'smtp-auth-not-supported': 'Close meldet "SMTP AUTH extension not supported"',
  error: 'Close zeigt einen Fehler',
};

export const webDe: WebContent = {
  title: 'Mailbox Doctor',
  heading: 'Mailbox Doctor',
  conversationLabel: 'Gespräch',
  choicesLabel: 'Antworten zur Auswahl',
  inputLabel: 'Deine Nachricht',
  inputPlaceholder: 'Antwort, Fehlermeldung oder deine E-Mail-Adresse eingeben',
  send: 'Senden',
  speakers: { bot: 'Assistent:', user: 'Du:' },
  followUpLabel: 'Nachfrage',
  checkProgress: 'Ich prüfe dein Postfach: {done} von {total} Prüfungen fertig.',
  signInPrompt: 'Zum Anmelden öffne {uri} und gib den Code {code} ein. Sobald du angemeldet bist, läuft die Prüfung von selbst weiter.',
  status: {
    active: '',
    waiting: 'Wir warten, bis Microsoft die Änderung übernimmt. Lass diese Seite offen oder komm später wieder: Die Nachfrage erscheint hier, wenn es so weit ist.',
    resolved: 'Gelöst: Dein Postfach funktioniert wieder mit Close.',
    escalated: 'An eine Person im Support-Team übergeben.',
  },
  ticketContext: ({ ticketId, symptom, address }) =>
    [`Support-Ticket ${ticketId}`, symptom ? SYMPTOMS[symptom] : null, address].filter(Boolean).join(' · '),
  startFailed: 'Der Chat konnte nicht starten. Prüf deine Verbindung und lade die Seite neu.',
  sendFailed: 'Das ist nicht angekommen. Prüf deine Verbindung und versuch es noch einmal.',
  stillChecking: 'Ich prüfe dein Postfach noch. Das Ergebnis erscheint gleich hier; schick es danach noch einmal.',
  emptyText: 'Schreib zuerst etwas, oder wähl eine der Antworten.',
  feedbackComment: { label: 'Was hat gefehlt? (optional)', placeholder: 'Eine Zeile reicht', send: 'Kommentar senden' },
  forbidden: {
    title: 'Dieser Link ist ungültig',
    text: 'Der Link wurde anscheinend verändert oder abgeschnitten. Kopier ihn noch einmal aus der E-Mail deines Support-Teams, oder starte ein neues Gespräch.',
    action: 'Neues Gespräch starten',
  },
  expired: {
    title: 'Dieser Link ist abgelaufen',
    text: 'Links vom Support-Team gelten nur eine begrenzte Zeit. Du kannst hier ein frisches Gespräch starten; nenn dabei deine Ticketnummer, wenn du eine hast.',
    action: 'Frisches Gespräch starten',
  },
  notFound: {
    title: 'Diesen Link kennen wir nicht mehr',
    text: 'Das Gespräch zu diesem Link haben wir nicht gefunden. Starte hier ein neues, oder bitte dein Support-Team um einen neuen Link.',
    action: 'Neues Gespräch starten',
  },
  app: {
    slack: {
      title: 'In Slack weitermachen',
      withLink: 'Dein Support-Team hat dieses Gespräch in Slack eingerichtet. Öffne Slack mit dem Button unten und schick dem Assistenten diese Nachricht:',
      withoutLink: 'Dein Support-Team hat dieses Gespräch in Slack eingerichtet. Öffne die App Mailbox Doctor in Slack und schick ihr diese Nachricht:',
      open: 'Slack öffnen',
      codeLabel: 'Zu sendende Nachricht',
    },
    teams: {
      title: 'In Microsoft Teams weitermachen',
      withLink: 'Dein Support-Team hat dieses Gespräch in Teams eingerichtet. Der Button unten öffnet einen Chat mit dem Assistenten, die Nachricht ist schon vorbereitet:',
      withoutLink: 'Dein Support-Team hat dieses Gespräch in Teams eingerichtet. Öffne die App Mailbox Doctor in Teams und schick ihr diese Nachricht:',
      open: 'Teams öffnen',
      codeLabel: 'Zu sendende Nachricht',
    },
  },
};
