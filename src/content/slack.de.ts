import type { SlackContent } from './slack.en.js';
import { handoffRefusedDe } from './handoff-claims.de.js';

export const slackDe: SlackContent = {
  handoffRefused: handoffRefusedDe('Teams oder die Webseite'),
  fallback: 'Mailbox Doctor hat eine Frage an dich.',
  staleClick: 'Dieser Button gehört zu einer früheren Frage und hat darum nichts getan. Antworte bitte auf die neueste Nachricht.',
  notOffered: 'Diese Option gibt es an dieser Stelle nicht. Nutz die Buttons an der neuesten Nachricht.',
  sessionGone: 'Dieses Gespräch finde ich nicht mehr. Erwähne mich oder schreib mir eine Nachricht, um ein neues zu starten.',
  busy: 'Ich war noch mit deiner letzten Antwort beschäftigt. Versuch es bitte noch einmal.',
  stillChecking: 'Ich prüfe dein Postfach noch. Das Ergebnis kommt gleich hierher; versuch es danach noch einmal.',
  tooLong: (limit) => `Diese Nachricht ist länger als ${limit} Zeichen. Schick bitte nur den wichtigen Teil, zum Beispiel die Fehlerzeile.`,
  chosen: (userId, label) => `<@${userId}> hat *${label}* gewählt`,
  newConversation: 'Hier ist ein frischer Start.',
  addressButton: 'Meine E-Mail-Adresse eingeben',
  commandAck: 'Ich helfe dir in unseren Direktnachrichten: schau mal dort.',
  commandAckInPlace: 'Ich starte hier einen Thread für dich.',
  commandThreadIntro: (userId) => `<@${userId}> hat mich um Hilfe mit einem Postfach gebeten. Klären wir das in diesem Thread.`,
  commandMovedToDm: (channelId) =>
    `Ich konnte in <#${channelId}> keinen Thread starten (vielleicht bin ich dort kein Mitglied), also reden wir hier.`,
  dmFailed: 'Ich konnte dir keine Direktnachricht schicken. Frag deinen Slack-Admin, ob Apps hier Direktnachrichten senden dürfen.',
  shortcutNoText: 'Diese Nachricht hat keinen Text, den ich lesen kann. Kopier den Fehler lieber in eine Direktnachricht an mich.',
  cannotPostHere: (channelId) =>
    `Ich kann in <#${channelId}> nicht posten: Ich bin kein Mitglied, oder der Channel ist archiviert. Lade mich mit /invite ein, oder schick mir den Fehler per Direktnachricht.`,
  somethingWentWrong: 'Bei mir ist etwas schiefgelaufen. Versuch es bitte gleich noch einmal.',
  home: {
    title: 'Mailbox Doctor',
    intro: 'Ich helfe dir Schritt für Schritt, ein Microsoft 365-Postfach wieder mit Close zum Laufen zu bringen.',
    startButton: 'Gespräch starten',
    addressButton: 'E-Mail-Adresse prüfen',
    openHeading: 'Deine offenen Gespräche',
    noneOpen: 'Du hast keine offenen Gespräche. Starte eins mit dem Button oben, erwähne mich in einem Channel oder schreib mir eine Nachricht.',
    status: {
      active: 'Läuft',
      waiting: 'Wartet darauf, dass Microsoft eine Änderung übernimmt',
      resolved: 'Behoben',
      escalated: 'Beim Support-Team',
    },
    where: (channelId, isDm) => (isDm ? 'in unseren Direktnachrichten' : `in einem Thread in <#${channelId}>`),
    updated: (epochSeconds, fallback) => `zuletzt aktualisiert <!date^${epochSeconds}^{date_short_pretty} um {time}|${fallback}>`,
  },
  addressModal: {
    title: 'Deine E-Mail-Adresse',
    submit: 'Prüfen',
    close: 'Abbrechen',
    label: 'E-Mail-Adresse',
    placeholder: 'du@beispiel.de',
    hint: 'Die Adresse des Postfachs, das du in Close verbunden hast.',
    invalid: 'Das sieht nicht nach einer E-Mail-Adresse aus. Prüf sie und versuch es noch einmal.',
  },
  admin: {
    pickerLabel: 'Du bist nicht der Admin? Wähl hier deinen Admin aus, dann schicke ich die Schritte direkt hin:',
    pickerPlaceholder: 'Admin auswählen',
    intro: (requesterId) =>
      `Hallo! <@${requesterId}> braucht eine Änderung im Microsoft 365 Admin Center, die nur ein Admin machen kann. Hier sind die genauen Schritte:`,
    doneButton: 'Erledigt',
    sent: (adminId) => `Ich habe <@${adminId}> die Schritte geschickt. Wir machen hier weiter, sobald Erledigt gedrückt wurde.`,
    pickedSelf: 'Das bist ja du! Wenn du der Admin bist, folge den Schritten oben und wähle Mein Admin hat es erledigt.',
    thanks: 'Danke! Ich habe Bescheid gegeben, und das Gespräch geht weiter.',
    movedOn: 'Danke! Das Gespräch ist schon weitergegangen, es ist nichts mehr zu tun.',
    doneNotice: (adminId) => `<@${adminId}> hat die Änderung gemacht.`,
  },
  check: {
    starting: 'Die Prüfungen starten…',
    progress: (running, left) =>
      `Ich prüfe gerade: ${running.join(', ')}. ${left === 0 ? 'Das ist die letzte.' : `Danach noch ${left}.`}`,
    finishing: 'Alle Prüfungen sind gelaufen. Ich stelle die Ergebnisse zusammen…',
    done: 'Fertig: Die Ergebnisse stehen direkt darunter.',
    stopped: 'Die Prüfung hat vor dem Ende aufgehört; siehe unten.',
    signIn: (uri, code) =>
      `Nur du siehst das. Damit ich die Prüfungen mit Anmeldung machen kann, öffne ${uri} und gib den Code *${code}* ein. Gib den Code an niemanden weiter; sobald du angemeldet bist, mache ich von selbst weiter.`,
  },
  escalation: {
    title: 'Ein Gespräch braucht eine Person',
    askedBy: (userId) => `Angefragt von <@${userId}>.`,
    threadLink: 'Gespräch öffnen',
    noLink: 'Das Gespräch läuft in einer Direktnachricht mit dem Assistenten.',
    reportedError: 'Gemeldeter Fehler',
    pickedUpBy: (channelId) => `Jemand aus <#${channelId}> übernimmt und antwortet hier.`,
    pickedUpByTeam: 'Jemand aus dem Support-Team übernimmt.',
  },
};
