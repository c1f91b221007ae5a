import type { HelpdeskContent } from './helpdesk.en.js';

export const helpdeskEs: HelpdeskContent = {
  noteTitle: {
    resolved: 'Mailbox Doctor: el cliente confirmó que el buzón vuelve a funcionar con Close.',
    escalated: 'Mailbox Doctor: el cliente pidió hablar con una persona. Esto es lo que ya se probó, para que no tenga que repetirlo.',
    abandoned: 'Mailbox Doctor: el cliente no respondió al seguimiento. La conversación queda en pausa donde se quedó.',
    feedback: 'Mailbox Doctor: el cliente respondió a «¿Te ha servido?» después de la conversación.',
  },
  feedbackAnswer: { helpful: 'Dijo que le sirvió.', 'not-helpful': 'Dijo que no le sirvió.' },
  feedbackComment: 'Su comentario:',
  checksHeading: 'Comprobaciones:',
  transcriptHeading: 'Transcripción:',
  speakers: { bot: 'Asistente', user: 'Cliente' },
  followUpMark: '(seguimiento)',
  summary: {
    heading: (id, channel, status) => `Conversación ${id} (${channel}), estado ${status}.`,
    symptom: 'Síntoma',
    address: 'Dirección',
    provider: 'Proveedor',
    diagnoses: 'Diagnósticos',
    answers: 'Respuestas',
    notGiven: 'no indicado',
    none: 'ninguno',
  },
  linkReply: (url, expiresAt) =>
    `Nuestro asistente puede guiarte paso a paso para que tu buzón vuelva a funcionar con Close. Ya sabe lo que nos contaste, así que puedes empezar ahora mismo:\n\n${url}\n\nEl enlace funciona hasta ${expiresAt.toUTCString()}. Si te atascas, elige "Hablar con una persona" y seguimos desde ahí.`,
};
