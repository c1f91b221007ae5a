import type { TeamsContent } from './teams.en.js';
import { handoffRefusedDe } from './handoff-claims.de.js';

function checksLeft(left: number): string {
  return `Noch ${left} Prüfung${left === 1 ? '' : 'en'}.`;
}

export const teamsDe: TeamsContent = {
  handoffRefused: handoffRefusedDe('Slack oder die Webseite'),
  welcomeTitle: 'Mailbox Doctor',
  welcomePersonal:
    'Hallo, ich helfe bei Microsoft 365-Postfächern, die in Close nicht mehr funktionieren. Wähl unten aus, was du siehst, oder beschreib es mit deinen eigenen Worten.',
  welcomeChannel:
    'Hallo, ich helfe bei Microsoft 365-Postfächern, die in Close nicht mehr funktionieren. Erwähne mich in einem neuen Beitrag mit ein paar Worten zum Problem, dann antworte ich im Thread.',
  addressLabel: 'Deine geschäftliche E-Mail-Adresse (optional)',
  addressPlaceholder: 'name@firma.de',
  addressNotEmail: (value) => `„${value}“ sieht nicht nach einer E-Mail-Adresse aus, darum habe ich sie weggelassen. Schreib sie so: name@firma.de.`,
  textLabel: 'Deine Antwort',
  textPlaceholder: 'Fehlermeldung einfügen oder Problem beschreiben',
  sendLabel: 'Senden',
  choiceSetLabel: 'Wähl aus, was passt',
  choiceSetSubmit: 'Weiter',
  choiceSetEmpty: 'Wähl zuerst eine der Optionen und dann Weiter.',
  answered: (label) => `Deine Antwort: ${label}`,
  wrote: (text) => `Du hast geschrieben: ${text}`,
  stale: 'Diese Karte ist veraltet, der Klick hat darum nichts getan. Antworte bitte auf die neueste Karte.',
  unreadableSubmit: 'Diese Karte konnte ich nicht lesen. Wähl bitte eine Option auf der neuesten Karte, oder tipp deine Antwort ein.',
  emptyMention: 'Erwähne mich mit ein paar Worten zum Problem, oder wähl eine der Optionen.',
  suggestionsIntro: 'Oder wähl einen dieser Vorschläge, um loszulegen.',
  feedbackComment: { label: 'Was hat gefehlt? (optional)', placeholder: 'Eine Zeile reicht', send: 'Kommentar senden', empty: 'Schreib zuerst ein paar Worte und wähl dann Kommentar senden.' },
  textTooLong: (limit) => `Diese Nachricht ist länger als ${limit} Zeichen. Schick bitte eine kürzere.`,
  busy: 'Ich war noch mit deiner vorigen Nachricht beschäftigt. Schick sie bitte noch einmal.',
  stillChecking: 'Ich prüfe dein Postfach noch. Das Ergebnis kommt gleich hierher; schick deine Nachricht danach noch einmal.',
  forwardHint: 'Kopier diese Nachricht und schick sie an deinen Microsoft 365-Admin.',
  adminEmailLabel: 'Nutzt dein Admin diese App in Teams? Gib die geschäftliche E-Mail-Adresse deines Admins ein, dann schicke ich die Schritte direkt hin.',
  adminEmailPlaceholder: 'admin@firma.de',
  adminSendLabel: 'An meinen Admin senden',
  adminSent: (name) => `Ich habe ${name} die Schritte in Teams geschickt. Wir machen hier weiter, sobald Erledigt gewählt wurde.`,
  adminNotFound: (email) =>
    `${email} hat in Teams noch nicht mit mir geschrieben, darum kann ich keine Nachricht schicken. Leite bitte stattdessen die Nachricht oben weiter.`,
  adminUnreachable: (name) => `Ich habe ${name} in Teams gerade nicht erreicht. Leite bitte stattdessen die Nachricht oben weiter.`,
  adminCardTitle: (requester) => `${requester} braucht eine Änderung im Microsoft 365 Admin Center`,
  adminCardIntro: 'Das Postfach kann sich erst mit Close verbinden, wenn das erledigt ist. Wähl Erledigt, sobald du die Änderung gemacht hast.',
  adminDoneLabel: 'Erledigt',
  adminThanks: (requester) => `Danke! Ich habe ${requester} Bescheid gegeben, und wir machen von hier aus weiter.`,
  adminAlreadyMovedOn: 'Danke! Das Gespräch ist schon weitergegangen, es ist nichts mehr zu tun.',
  adminNotYours: 'Diese Anfrage ging an jemand anderen, nur diese Person kann sie als erledigt markieren.',
  adminDoneForUser: (admin) => `${admin} sagt, die Änderung ist gemacht.`,
  someone: 'Eine Kollegin oder ein Kollege',
  escalationTitle: 'Ein Postfach-Gespräch braucht eine Person',
  escalationPosted: 'Ich habe eine Zusammenfassung unseres Gesprächs an das IT-Team in Teams gegeben. Jemand übernimmt hier.',
  escalationFailed: 'Ich habe den Channel des IT-Teams gerade nicht erreicht. Wende dich bitte direkt an das Team und erwähne dieses Gespräch.',
  sessionGone: 'Dieses Gespräch ist beendet. Schreib mir eine Nachricht, um ein neues zu starten.',
  turnFailed: 'Bei mir ist leider etwas schiefgelaufen. Versuch es bitte in einer Minute noch einmal.',
  progressTitle: 'Ich prüfe dein Postfach',
  checkDone: 'fertig',
  checkProgress: (running, left) => (running.length > 0 ? `Ich prüfe gerade: ${running.join(', ')}. ${checksLeft(left)}` : checksLeft(left)),
  checkStarting: 'Die Prüfungen werden vorbereitet…',
  checkSignIn: (uri, code) => `Zeit für die Anmeldung: Öffne ${uri} und gib den Code ${code} ein. Sobald du angemeldet bist, mache ich weiter.`,
  checkSignInOpen: 'Anmeldeseite öffnen',
  checkSignInInChat:
    'Einen Anmeldecode poste ich nicht dort, wo andere ihn lesen können. Für die Prüfung mit deiner Microsoft-Anmeldung schreib mir im 1:1-Chat. Die anderen Prüfungen mache ich hier fertig.',
  checkSignedInInChatOnly: 'Für die Prüfung mit deiner Microsoft-Anmeldung schreib mir im 1:1-Chat, damit dein Anmeldecode privat bleibt.',
  checkFinishedTitle: 'Prüfungen fertig',
  checkStopped: 'Die Prüfung hat vor dem Ende aufgehört. Die nächste Nachricht sagt, was zu tun ist.',
  checkStatus: { pass: 'OK', warn: 'einen Blick wert', fail: 'Problem gefunden', skip: 'übersprungen', error: 'nicht prüfbar' },
};
