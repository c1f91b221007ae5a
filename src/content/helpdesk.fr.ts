import type { HelpdeskContent } from './helpdesk.en.js';

export const helpdeskFr: HelpdeskContent = {
  noteTitle: {
    resolved: 'Mailbox Doctor : le client a confirmé que la boîte mail fonctionne de nouveau avec Close.',
    escalated: 'Mailbox Doctor : le client a demandé à parler à une personne. Voici ce qui a déjà été essayé, pour qu’il n’ait pas à le répéter.',
    abandoned: 'Mailbox Doctor : le client n’a pas répondu à la relance. La conversation est en pause là où elle s’est arrêtée.',
    feedback: 'Mailbox Doctor : le client a répondu à « Est-ce que cela vous a aidé ? » après la conversation.',
  },
  feedbackAnswer: { helpful: 'Il a répondu que cela l’a aidé.', 'not-helpful': 'Il a répondu que cela ne l’a pas aidé.' },
  feedbackComment: 'Son commentaire :',
  checksHeading: 'Vérifications :',
  transcriptHeading: 'Transcription :',
  speakers: { bot: 'Assistant', user: 'Client' },
  followUpMark: '(relance)',
  summary: {
    heading: (id, channel, status) => `Conversation ${id} (${channel}), statut ${status}.`,
    symptom: 'Symptôme',
    address: 'Adresse',
    provider: 'Fournisseur',
    diagnoses: 'Diagnostics',
    answers: 'Réponses',
    notGiven: 'non indiqué',
    none: 'aucun',
  },
  linkReply: (url, expiresAt) =>
    `Notre assistant peut vous guider pas à pas pour que votre boîte mail fonctionne de nouveau avec Close. Il sait déjà ce que vous nous avez dit, vous pouvez donc commencer tout de suite :\n\n${url}\n\nLe lien est valable jusqu’au ${expiresAt.toLocaleString('fr-FR', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' })} (UTC). En cas de blocage, choisissez « Parler à une personne » et nous prendrons le relais.`,
};
