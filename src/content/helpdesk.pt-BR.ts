import type { HelpdeskContent } from './helpdesk.en.js';

export const helpdeskPtBR: HelpdeskContent = {
  noteTitle: {
    resolved: 'Mailbox Doctor: o cliente confirmou que a caixa de correio voltou a funcionar com o Close.',
    escalated: 'Mailbox Doctor: o cliente pediu para falar com uma pessoa. Segue o que já foi tentado, para ele não precisar repetir.',
    abandoned: 'Mailbox Doctor: o cliente não respondeu ao acompanhamento. A conversa ficou pausada onde parou.',
    feedback: 'Mailbox Doctor: o cliente respondeu a "Isso ajudou?" depois da conversa.',
  },
  feedbackAnswer: { helpful: 'Disse que ajudou.', 'not-helpful': 'Disse que não ajudou.' },
  feedbackComment: 'Comentário:',
  checksHeading: 'Verificações:',
  transcriptHeading: 'Transcrição:',
  speakers: { bot: 'Assistente', user: 'Cliente' },
  followUpMark: '(acompanhamento)',
  summary: {
    heading: (id, channel, status) => `Conversa ${id} (${channel}), status ${status}.`,
    symptom: 'Sintoma',
    address: 'Endereço',
    provider: 'Provedor',
    diagnoses: 'Diagnósticos',
    answers: 'Respostas',
    notGiven: 'não informado',
    none: 'nenhum',
  },
  linkReply: (url, expiresAt) =>
    `Nosso assistente pode te guiar, passo a passo, para a sua caixa de correio voltar a funcionar com o Close. Ele já sabe o que você nos contou, então dá para começar agora mesmo:\n\n${url}\n\nO link vale até ${expiresAt.toLocaleString('pt-BR', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' })} (UTC). Se travar em algum ponto, escolha "Falar com uma pessoa" e a gente continua a partir dali.`,
};
