import type { HandoffSymptom } from '../store/helpdesk-records.js';
import type { WebContent } from './web.en.js';

const SYMPTOMS: Record<HandoffSymptom, string> = {
  sending: 'el correo de Close no sale',
  syncing: 'el correo no se sincroniza con Close',
  'smtp-auth-not-supported': 'Close indica "SMTP AUTH extension not supported"',
  error: 'Close muestra un error',
};

export const webEs: WebContent = {
  title: 'Mailbox Doctor',
  heading: 'Mailbox Doctor',
  conversationLabel: 'Conversación',
  choicesLabel: 'Respuestas que puedes elegir',
  inputLabel: 'Tu mensaje',
  inputPlaceholder: 'Escribe una respuesta, un mensaje de error o tu dirección de correo',
  send: 'Enviar',
  speakers: { bot: 'Asistente:', user: 'Tú:' },
  followUpLabel: 'Seguimiento',
  checkProgress: 'Comprobando tu buzón: {done} de {total} comprobaciones hechas.',
  signInPrompt: 'Para iniciar sesión, abre {uri} y escribe el código {code}. La comprobación sigue sola en cuanto hayas iniciado sesión.',
  status: {
    active: '',
    waiting: 'Esperando a que Microsoft aplique el cambio. Deja esta página abierta o vuelve más tarde: el seguimiento aparecerá aquí cuando toque.',
    resolved: 'Resuelto: tu buzón vuelve a funcionar con Close.',
    escalated: 'En manos de una persona del equipo de soporte.',
  },
  ticketContext: ({ ticketId, symptom, address }) =>
    [`Ticket de soporte ${ticketId}`, symptom ? SYMPTOMS[symptom] : null, address].filter(Boolean).join(' · '),
  startFailed: 'No se pudo iniciar el chat. Revisa tu conexión y recarga la página.',
  sendFailed: 'No se pudo enviar. Revisa tu conexión e inténtalo de nuevo.',
  stillChecking: 'Todavía estoy revisando tu buzón. El resultado aparece aquí enseguida; después, envíalo otra vez.',
  emptyText: 'Escribe algo primero, o elige una de las respuestas.',
  feedbackComment: { label: '¿Qué faltó? (opcional)', placeholder: 'Con una línea basta', send: 'Enviar comentario' },
  forbidden: {
    title: 'Este enlace no es válido',
    text: 'Parece que el enlace se modificó o se cortó. Cópialo otra vez del correo que te envió tu equipo de soporte, o empieza una conversación nueva.',
    action: 'Empezar una conversación nueva',
  },
  expired: {
    title: 'Este enlace ha caducado',
    text: 'Los enlaces del equipo de soporte solo funcionan durante un tiempo. Puedes empezar una conversación nueva aquí; menciona tu número de ticket si lo tienes.',
    action: 'Empezar de nuevo',
  },
  notFound: {
    title: 'Ya no reconocemos este enlace',
    text: 'No encontramos la conversación de este enlace. Empieza una nueva aquí o pide un enlace nuevo a tu equipo de soporte.',
    action: 'Empezar una conversación nueva',
  },
  app: {
    slack: {
      title: 'Sigue en Slack',
      withLink: 'Tu equipo de soporte preparó esta conversación en Slack. Abre Slack con el botón de abajo y envía al asistente este mensaje:',
      withoutLink: 'Tu equipo de soporte preparó esta conversación en Slack. Abre la app Mailbox Doctor en Slack y envíale este mensaje:',
      open: 'Abrir Slack',
      codeLabel: 'Mensaje para enviar',
    },
    teams: {
      title: 'Sigue en Microsoft Teams',
      withLink: 'Tu equipo de soporte preparó esta conversación en Teams. El botón de abajo abre un chat con el asistente con este mensaje listo para enviar:',
      withoutLink: 'Tu equipo de soporte preparó esta conversación en Teams. Abre la app Mailbox Doctor en Teams y envíale este mensaje:',
      open: 'Abrir Teams',
      codeLabel: 'Mensaje para enviar',
    },
  },
};
