import type { HandoffSymptom } from '../store/helpdesk-records.js';
import type { WebContent } from './web.en.js';

const SYMPTOMS: Record<HandoffSymptom, string> = {
  sending: 'os emails do Close não estão saindo',
  syncing: 'os emails não estão sincronizando com o Close',
  'smtp-auth-not-supported': 'o Close mostra "SMTP AUTH extension not supported"',
  error: 'o Close mostra um erro',
};

export const webPtBR: WebContent = {
  title: 'Mailbox Doctor',
  heading: 'Mailbox Doctor',
  conversationLabel: 'Conversa',
  choicesLabel: 'Respostas que você pode escolher',
  inputLabel: 'Sua mensagem',
  inputPlaceholder: 'Digite uma resposta, uma mensagem de erro ou o seu endereço de email',
  send: 'Enviar',
  speakers: { bot: 'Assistente:', user: 'Você:' },
  followUpLabel: 'Acompanhamento',
  checkProgress: 'Verificando a sua caixa de correio: {done} de {total} verificações concluídas.',
  signInPrompt: 'Para entrar, abra {uri} e digite o código {code}. A verificação continua sozinha assim que você entrar.',
  status: {
    active: '',
    waiting: 'Esperando a Microsoft aplicar a mudança. Deixe esta página aberta ou volte mais tarde: o acompanhamento aparece aqui na hora certa.',
    resolved: 'Resolvido: a sua caixa de correio voltou a funcionar com o Close.',
    escalated: 'Passado para uma pessoa da equipe de suporte.',
  },
  ticketContext: ({ ticketId, symptom, address }) =>
    [`Chamado de suporte ${ticketId}`, symptom ? SYMPTOMS[symptom] : null, address].filter(Boolean).join(' · '),
  startFailed: 'Não foi possível iniciar o chat. Confira a sua conexão e recarregue a página.',
  sendFailed: 'Isso não foi enviado. Confira a sua conexão e tente de novo.',
  stillChecking: 'Ainda estou verificando a sua caixa de correio. O resultado aparece aqui em instantes; depois, envie de novo.',
  emptyText: 'Digite algo primeiro, ou escolha uma das respostas.',
  feedbackComment: { label: 'O que faltou? (opcional)', placeholder: 'Uma linha já basta', send: 'Enviar comentário' },
  forbidden: {
    title: 'Este link não é válido',
    text: 'Parece que o link foi alterado ou cortado. Copie de novo do email que a sua equipe de suporte mandou, ou comece uma nova conversa.',
    action: 'Começar uma nova conversa',
  },
  expired: {
    title: 'Este link expirou',
    text: 'Os links da equipe de suporte só valem por um tempo. Você pode começar uma conversa nova aqui; se tiver o número do chamado, mencione.',
    action: 'Começar uma conversa nova',
  },
  notFound: {
    title: 'Este link não é mais reconhecido',
    text: 'Não encontramos a conversa deste link. Comece uma nova aqui, ou peça um novo link para a sua equipe de suporte.',
    action: 'Começar uma nova conversa',
  },
  app: {
    slack: {
      title: 'Continuar no Slack',
      withLink: 'A sua equipe de suporte preparou esta conversa no Slack. Abra o Slack com o botão abaixo e mande esta mensagem para o assistente:',
      withoutLink: 'A sua equipe de suporte preparou esta conversa no Slack. Abra o app Mailbox Doctor no Slack e mande esta mensagem para ele:',
      open: 'Abrir o Slack',
      codeLabel: 'Mensagem para enviar',
    },
    teams: {
      title: 'Continuar no Microsoft Teams',
      withLink: 'A sua equipe de suporte preparou esta conversa no Teams. O botão abaixo abre um chat com o assistente, com esta mensagem pronta para enviar:',
      withoutLink: 'A sua equipe de suporte preparou esta conversa no Teams. Abra o app Mailbox Doctor no Teams e mande esta mensagem para ele:',
      open: 'Abrir o Teams',
      codeLabel: 'Mensagem para enviar',
    },
  },
};
