import type { TeamsContent } from './teams.en.js';
import { handoffRefusedEs } from './handoff-claims.es.js';

export const teamsEs: TeamsContent = {
  handoffRefused: handoffRefusedEs('Slack o la página web'),
  welcomeTitle: 'Mailbox Doctor',
  welcomePersonal:
    'Hola, te ayudo a arreglar buzones de Microsoft 365 que han dejado de funcionar en Close. Elige abajo lo que ves, o cuéntamelo con tus palabras.',
  welcomeChannel:
    'Hola, te ayudo a arreglar buzones de Microsoft 365 que han dejado de funcionar en Close. Mencióname en una publicación nueva con unas palabras sobre el problema y te respondo en su hilo.',
  addressLabel: 'Tu correo del trabajo (opcional)',
  addressPlaceholder: 'nombre@empresa.com',
  addressNotEmail: (value) => `"${value}" no parece una dirección de correo, así que no la usé. Escríbela como nombre@empresa.com.`,
  textLabel: 'Tu respuesta',
  textPlaceholder: 'Pega el error o describe el problema',
  sendLabel: 'Enviar',
  choiceSetLabel: 'Elige la que encaje',
  choiceSetSubmit: 'Continuar',
  choiceSetEmpty: 'Elige primero una de las opciones y luego selecciona Continuar.',
  answered: (label) => `Respondiste: ${label}`,
  stale: 'Esa tarjeta ya no está al día, así que el clic no hizo nada. Responde a la tarjeta más reciente.',
  unreadableSubmit: 'No pude leer esa tarjeta. Elige una opción en la tarjeta más reciente o escribe tu respuesta.',
  emptyMention: 'Mencióname con unas palabras sobre el problema, o elige una de las opciones.',
  textTooLong: (limit) => `Ese mensaje tiene más de ${limit} caracteres. Envía uno más corto, por favor.`,
  busy: 'Todavía estaba con tu mensaje anterior. Envíalo otra vez, por favor.',
  stillChecking: 'Todavía estoy revisando tu buzón. El resultado llega aquí enseguida; después, envía tu mensaje otra vez.',
  forwardHint: 'Copia este mensaje y envíaselo a tu administrador de Microsoft 365.',
  adminEmailLabel: '¿Tu administrador usa esta app en Teams? Escribe su correo del trabajo y le envío los pasos.',
  adminEmailPlaceholder: 'admin@empresa.com',
  adminSendLabel: 'Enviar a mi administrador',
  adminSent: (name) => `Le envié los pasos a ${name} en Teams. Seguimos aquí en cuanto seleccione Hecho.`,
  adminNotFound: (email) =>
    `${email} todavía no ha hablado conmigo en Teams, así que no puedo escribirle. Reenvíale el mensaje de arriba, por favor.`,
  adminUnreachable: (name) => `No pude contactar con ${name} en Teams ahora mismo. Reenvíale el mensaje de arriba, por favor.`,
  adminCardTitle: (requester) => `${requester} necesita un cambio en el Centro de administración de Microsoft 365`,
  adminCardIntro: 'Su buzón no puede conectarse a Close hasta que esto esté hecho. Selecciona Hecho cuando hayas hecho el cambio.',
  adminDoneLabel: 'Hecho',
  adminThanks: (requester) => `¡Gracias! Ya le avisé a ${requester}, y seguimos desde aquí.`,
  adminAlreadyMovedOn: '¡Gracias! Esa conversación ya avanzó, así que no hay nada más que hacer.',
  adminNotYours: 'Esta solicitud se envió a otra persona, así que solo ella puede marcarla como hecha.',
  adminDoneForUser: (admin) => `${admin} dice que el cambio está hecho.`,
  someone: 'Un compañero',
  escalationTitle: 'Una conversación sobre un buzón necesita a una persona',
  escalationPosted: 'Le pasé un resumen de nuestra conversación al equipo de TI en Teams. Alguien lo recogerá aquí.',
  escalationFailed: 'No pude llegar al canal del equipo de TI ahora mismo. Contacta con ellos directamente y menciona esta conversación.',
  sessionGone: 'Esa conversación terminó. Envíame un mensaje para empezar una nueva.',
  turnFailed: 'Lo siento, algo falló de mi lado. Inténtalo de nuevo en un minuto.',
  progressTitle: 'Comprobando tu buzón',
  checkDone: 'hecho',
  checkProgress: (running, left) =>
    running.length > 0
      ? `Comprobando ahora: ${running.join(', ')}. ${left === 1 ? 'Queda 1 comprobación' : `Quedan ${left} comprobaciones`}.`
      : `${left === 1 ? 'Queda 1 comprobación' : `Quedan ${left} comprobaciones`}.`,
  checkStarting: 'Preparando las comprobaciones…',
  checkSignIn: (uri, code) => `Toca iniciar sesión: abre ${uri} y escribe el código ${code}. Sigo en cuanto hayas iniciado sesión.`,
  checkSignInOpen: 'Abrir la página de inicio de sesión',
  checkSignInInChat:
    'No voy a publicar un código de inicio de sesión donde otros puedan leerlo. Para la comprobación con tu inicio de sesión de Microsoft, escríbeme en un chat 1:1. Las demás comprobaciones las termino aquí.',
  checkSignedInInChatOnly: 'Para la comprobación con tu inicio de sesión de Microsoft, escríbeme en un chat 1:1, así tu código queda en privado.',
  checkFinishedTitle: 'Comprobaciones terminadas',
  checkStopped: 'La comprobación se detuvo antes de terminar. El siguiente mensaje dice qué hacer.',
  checkStatus: { pass: 'OK', warn: 'conviene revisarlo', fail: 'problema encontrado', skip: 'omitida', error: 'no se pudo comprobar' },
};
