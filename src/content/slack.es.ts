import type { SlackContent } from './slack.en.js';
import { handoffRefusedEs } from './handoff-claims.es.js';

export const slackEs: SlackContent = {
  handoffRefused: handoffRefusedEs('Teams o la página web'),
  fallback: 'Mailbox Doctor tiene una pregunta para ti.',
  staleClick: 'Ese botón es de una pregunta anterior, así que no hizo nada. Responde al mensaje más reciente.',
  notOffered: 'Esa opción no está disponible en este paso. Usa los botones del mensaje más reciente.',
  sessionGone: 'Ya no encuentro esa conversación. Mencióname o envíame un mensaje para empezar una nueva.',
  busy: 'Todavía estaba con tu última respuesta. Inténtalo otra vez, por favor.',
  stillChecking: 'Todavía estoy revisando tu buzón. El resultado llega aquí enseguida; después, inténtalo otra vez.',
  tooLong: (limit) => `Ese mensaje tiene más de ${limit} caracteres. Envía solo lo importante, como la línea del error.`,
  chosen: (userId, label) => `<@${userId}> eligió *${label}*`,
  newConversation: 'Empezamos de nuevo.',
  addressButton: 'Escribir mi dirección de correo',
  commandAck: 'Te ayudo por mensaje directo: échale un vistazo.',
  commandAckInPlace: 'Abro un hilo para ti aquí mismo.',
  commandThreadIntro: (userId) => `<@${userId}> me pidió ayuda con un buzón. Vamos a resolverlo en este hilo.`,
  commandMovedToDm: (channelId) =>
    `No pude abrir un hilo en <#${channelId}> (puede que no sea miembro), así que hablemos aquí.`,
  dmFailed: 'No pude abrirte un mensaje directo. Pregunta a tu administrador de Slack si las apps pueden enviar mensajes directos aquí.',
  shortcutNoText: 'Ese mensaje no tiene texto que pueda leer. Copia el error en un mensaje directo para mí.',
  cannotPostHere: (channelId) =>
    `No puedo publicar en <#${channelId}>: no soy miembro o está archivado. Invítame con /invite, o envíame el error por mensaje directo.`,
  somethingWentWrong: 'Algo falló de mi lado. Inténtalo de nuevo en un momento.',
  home: {
    title: 'Mailbox Doctor',
    intro: 'Te ayudo paso a paso a que un buzón de Microsoft 365 vuelva a funcionar con Close.',
    startButton: 'Empezar una conversación',
    addressButton: 'Comprobar una dirección de correo',
    openHeading: 'Tus conversaciones abiertas',
    noneOpen: 'No tienes conversaciones abiertas. Empieza una con el botón de arriba, mencióname en un canal o envíame un mensaje.',
    status: {
      active: 'En curso',
      waiting: 'Esperando a que Microsoft aplique un cambio',
      resolved: 'Resuelto',
      escalated: 'Con el equipo de soporte',
    },
    where: (channelId, isDm) => (isDm ? 'en nuestros mensajes directos' : `en un hilo de <#${channelId}>`),
    updated: (epochSeconds, fallback) => `última actualización <!date^${epochSeconds}^{date_short_pretty} a las {time}|${fallback}>`,
  },
  addressModal: {
    title: 'Tu dirección de correo',
    submit: 'Comprobarla',
    close: 'Cancelar',
    label: 'Dirección de correo',
    placeholder: 'tu@ejemplo.com',
    hint: 'La dirección del buzón que conectaste en Close.',
    invalid: 'Eso no parece una dirección de correo. Revísala e inténtalo de nuevo.',
  },
  admin: {
    pickerLabel: '¿No eres el administrador? Elígelo aquí y le envío yo los pasos:',
    pickerPlaceholder: 'Elige a tu administrador',
    intro: (requesterId) =>
      `¡Hola! <@${requesterId}> necesita un cambio en el Centro de administración de Microsoft 365 que solo puede hacer un administrador. Estos son los pasos exactos:`,
    doneButton: 'Hecho',
    sent: (adminId) => `Le envié los pasos a <@${adminId}>. Seguimos aquí en cuanto pulse Hecho.`,
    pickedSelf: '¡Eres tú! Si eres el administrador, sigue los pasos de arriba y elige Mi administrador ya lo hizo.',
    thanks: '¡Gracias! Ya le avisé, y su conversación sigue adelante.',
    movedOn: '¡Gracias! Esa conversación ya avanzó, así que no hace falta nada más.',
    doneNotice: (adminId) => `<@${adminId}> ya hizo el cambio.`,
  },
  check: {
    starting: 'Empezando las comprobaciones…',
    progress: (running, left) =>
      `Comprobando ahora: ${running.join(', ')}. ${left === 0 ? 'Es lo último.' : `${left === 1 ? 'Queda 1' : `Quedan ${left}`} después de ${running.length === 1 ? 'esta' : 'estas'}.`}`,
    finishing: 'Ya se hicieron todas las comprobaciones. Juntando los resultados…',
    done: 'Listo: los resultados están justo abajo.',
    stopped: 'La comprobación se detuvo antes de terminar; mira abajo.',
    signIn: (uri, code) =>
      `Solo tú ves esto. Para que pueda hacer las comprobaciones con tu sesión, abre ${uri} y escribe el código *${code}*. No compartas el código con nadie; sigo solo en cuanto hayas iniciado sesión.`,
  },
  escalation: {
    title: 'Una conversación necesita a una persona',
    askedBy: (userId) => `Lo pidió <@${userId}>.`,
    threadLink: 'Abrir la conversación',
    noLink: 'La conversación está en un mensaje directo con el asistente.',
    reportedError: 'Error indicado',
    pickedUpBy: (channelId) => `Alguien de <#${channelId}> lo recogerá y responderá aquí.`,
    pickedUpByTeam: 'Alguien del equipo de soporte lo recogerá.',
  },
};
