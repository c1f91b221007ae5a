import type { HelpdeskContent } from './helpdesk.en.js';

/** Die Notiz auf dem Ticket und die Antwort mit dem Link (per „du“, wie der Chat selbst). */
export const helpdeskDe: HelpdeskContent = {
  noteTitle: {
    resolved: 'Mailbox Doctor: Die Kundin oder der Kunde hat bestätigt, dass das Postfach wieder mit Close funktioniert.',
    escalated: 'Mailbox Doctor: Die Kundin oder der Kunde möchte mit einer Person sprechen. Hier steht, was schon versucht wurde, damit nichts wiederholt werden muss.',
    abandoned: 'Mailbox Doctor: Auf die Nachfrage kam keine Antwort. Das Gespräch ruht an der Stelle, an der es aufgehört hat.',
    feedback: 'Mailbox Doctor: Die Kundin oder der Kunde hat nach dem Gespräch auf „Hat dir das geholfen?“ geantwortet.',
  },
  feedbackAnswer: { helpful: 'Antwort: Es hat geholfen.', 'not-helpful': 'Antwort: Es hat nicht geholfen.' },
  feedbackComment: 'Kommentar:',
  checksHeading: 'Prüfungen:',
  transcriptHeading: 'Verlauf:',
  speakers: { bot: 'Assistent', user: 'Kunde' },
  followUpMark: '(Nachfrage)',
  summary: {
    heading: (id, channel, status) => `Gespräch ${id} (${channel}), Status ${status}.`,
    symptom: 'Symptom',
    address: 'Adresse',
    provider: 'Anbieter',
    diagnoses: 'Diagnosen',
    answers: 'Antworten',
    notGiven: 'nicht angegeben',
    none: 'keine',
  },
  linkReply: (url, expiresAt) =>
    `Unser Assistent hilft dir Schritt für Schritt, dein Postfach wieder mit Close zum Laufen zu bringen. Er weiß schon, was du uns geschrieben hast, du kannst also gleich loslegen:\n\n${url}\n\nDer Link funktioniert bis ${expiresAt.toUTCString()}. Wenn du nicht weiterkommst, wähle „Mit einer Person sprechen“, dann übernehmen wir.`,
};
