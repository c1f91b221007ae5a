import type { Content, ContentSettings } from './types.js';
import { accountsNamedBefore, basicAuthChanged, reportAsRemark } from './wording-rules.js';
import {
  CLOSE_ACCOUNTS,
  IMAP_STEPS,
  PRIMARY_ADDRESS_STEPS,
  CLOSE_ACCOUNTS_SHORT,
  readdSteps,
  TOGGLE_ENABLE_STEPS,
  TOGGLE_RESET_STEPS,
  adminRequest,
  providerRequest,
} from './admin-steps.es.js';
import { diagnosesEs } from './diagnoses.es.js';
import { checkFinding, checkReport } from './check-report.es.js';
import { conversationEs } from './conversation.es.js';
import { corpusEs } from './corpus.es.js';
import { vocabularyEs } from './vocabulary.es.js';

function basicAuthSentence(settings: ContentSettings): string {
  return basicAuthChanged(settings)
    ? 'Desde finales de diciembre de 2026, el inicio de sesión con contraseña (básico) para enviar viene desactivado por defecto en las organizaciones de Microsoft 365 existentes. Un admin solo puede reactivarlo hasta una fecha que Microsoft dijo que anunciaría en el segundo semestre de 2027.'
    : 'A finales de diciembre de 2026, Microsoft desactiva por defecto el inicio de sesión con contraseña (básico) para enviar en las organizaciones de Microsoft 365 existentes. Un admin solo podrá reactivarlo hasta una fecha que Microsoft anunciará en el segundo semestre de 2027.';
}

/** La página Connected Accounts de Close: se explica una vez por conversación y después se nombra en corto. */
function accounts(settings: ContentSettings): string {
  return accountsNamedBefore(settings) ? CLOSE_ACCOUNTS_SHORT : CLOSE_ACCOUNTS;
}

function waitText(settings: ContentSettings): string {
  const minutes = settings.followUpMinutes;
  const span =
    minutes >= 60 ? `${Math.round(minutes / 60)} hora${minutes >= 120 ? 's' : ''}` : `${minutes} minuto${minutes === 1 ? '' : 's'}`;
  return `Microsoft puede tardar un poco en aplicar el cambio. Te escribo dentro de ${span}: entonces reconectamos en Close y enviamos una prueba.`;
}

const QUESTIONS: Content['questions'] = {
  'password-works-elsewhere':
    'Esa respuesta tiene más de una causa posible. ¿Puedes iniciar sesión en Outlook en la web (outlook.office.com) con la misma dirección y contraseña?',
  'address-is-primary': '¿La dirección que usas en Close es la dirección principal de ese buzón de Microsoft 365 (y no un alias)?',
};

export const es: Content = {
  states: {
    askingSymptom: () => ({
      text: '¡Hola! Te ayudo a que tu buzón de Microsoft 365 vuelva a funcionar con Close. ¿Qué estás viendo?',
      after: 'También puedes pegar un mensaje de error o escribir tu dirección de correo.',
    }),
    askingCloseStatus: () => ({
      text: `Abre ${CLOSE_ACCOUNTS} y elige tu buzón. ¿Qué dicen Email Sending y Email Syncing?`,
    }),
    askingForError: () => ({
      text: 'Pega el mensaje de error tal cual lo ves. Puedes incluir lo que haya alrededor (fechas, nombres de servidor).',
    }),
    describingProblem: () => ({
      text: 'Cuéntame en una frase qué falla, o pega un mensaje de error. Si encaja con alguna de estas, elígela:',
    }),
    clarifyingPath: () => ({
      text: 'Para asegurarme de llevarte por el camino correcto: ¿el problema es al enviar desde Close, o con el correo que llega?',
    }),
    disambiguating: (facts) => ({
      text: facts.ambiguity ? QUESTIONS[facts.ambiguity.question] : '¿Cuál de estas encaja mejor?',
    }),
    explainingDiagnosis: (facts) => {
      const found = checkFinding(facts.check, facts.lastDiagnosis);
      if (found) return { text: found.text, steps: [found.fix], after: 'Pruébalo y cuéntame cómo fue.' };
      const diagnosis = diagnosesEs[facts.lastDiagnosis ?? 'unknown'];
      return { text: `${diagnosis.title}. ${diagnosis.meaning}`, steps: [diagnosis.fix], after: 'Pruébalo y cuéntame cómo fue.' };
    },
    notMicrosoft365: (facts) => ({
      text: `${facts.address ? `El dominio de ${facts.address}` : 'Este buzón'} no recibe el correo a través de Microsoft 365, así que estos pasos no aplican. Revisa la configuración de tu proveedor de correo para Close, o habla con una persona aquí.`,
    }),
    askingIsAdmin: () => ({
      text: 'La solución es una opción del Centro de administración de Microsoft 365, así que hace falta un administrador. ¿Eres administrador de Microsoft 365 en tu organización?',
    }),
    bringingInAdmin: (facts) => ({
      text: 'No pasa nada: tu administrador lo hace en un par de minutos. Envíale el mensaje de abajo y avísame cuando lo haya hecho.',
      forward: { title: 'Mensaje para tu administrador de Microsoft 365', body: adminRequest(facts) },
    }),
    askingProviderManaged: () => ({
      text: '¿Compraste Microsoft 365 a través de otra empresa, como GoDaddy, que lo administra por ti? Esas empresas suelen bloquear estas opciones.',
    }),
    contactingProvider: (facts) => ({
      text: `${facts.provider ? `Como ${facts.provider} administra tu Microsoft 365,` : 'Como un proveedor administra tu Microsoft 365,'} solo su equipo de soporte puede activar lo que Close necesita. Envíales la solicitud de abajo y cuéntame qué te dicen.`,
      forward: { title: 'Solicitud para el soporte de tu proveedor', body: providerRequest(facts) },
    }),
    askingToggleState: () => ({
      text: 'Vamos a mirar la opción que deja a Close enviar correo:',
      steps: [TOGGLE_ENABLE_STEPS[0] ?? '', TOGGLE_ENABLE_STEPS[1] ?? '', 'Busca SMTP autenticado. ¿Está marcado?'],
    }),
    resettingToggle: () => ({
      text: 'Está marcado, pero aun así puede estar atascado. Restablécelo:',
      steps: TOGGLE_RESET_STEPS,
      after: 'Avísame cuando hayas guardado las dos veces.',
    }),
    enablingToggle: () => ({
      text: 'Esa es la causa: Close no puede enviar hasta que esté activado. Actívalo:',
      steps: TOGGLE_ENABLE_STEPS,
      after: 'Avísame cuando hayas guardado.',
    }),
    waitingForPropagation: (_facts, settings) => ({
      text: waitText(settings),
      after: 'Si prefieres no esperar, elige Probar ahora.',
    }),
    askingReconnectResult: (_facts, settings) => ({
      text: `Ahora vuelve a conectar el buzón en ${accounts(settings)} y envíate un correo de prueba desde Close. ¿Salió?`,
    }),
    askingConnectionMethod: () => ({
      text: '¿Cómo está conectado este buzón en Close: con el botón de inicio de sesión de Microsoft, o con contraseña y datos del servidor?',
    }),
    explainingBasicAuthChange: (_facts, settings) => ({
      text: `${basicAuthSentence(settings)} Así que conéctalo con el inicio de sesión de Microsoft (con SMTP autenticado aún activado):`,
      steps: readdSteps(accounts(settings)),
      after: 'Avísame cuando esté reconectado.',
    }),
    askingAddressesMatch: (facts) => ({
      text: `Close solo puede sincronizar un buzón cuya dirección principal y nombre de usuario de Microsoft 365 sean la misma dirección que conectaste en Close${facts.address ? ` (${facts.address})` : ''}. Compruébalo aquí:`,
      steps: [PRIMARY_ADDRESS_STEPS[0] ?? '', 'En la pestaña Cuenta, mira el nombre de usuario y el correo electrónico.'],
      after: '¿El nombre de usuario y el correo principal son exactamente la dirección que usas en Close?',
    }),
    fixingPrimaryAddress: () => ({
      text: 'Haz que la dirección que usas en Close sea la principal:',
      steps: PRIMARY_ADDRESS_STEPS,
      after: 'Avísame cuando hayas guardado.',
    }),
    readdingAccount: (_facts, settings) => ({
      text: 'Ahora conecta el buzón a Close desde cero para que recoja el cambio:',
      steps: readdSteps(accounts(settings)),
      after: 'Dale unos minutos. ¿Aparecen ahora los correos nuevos y los enviados desde Close?',
    }),
    enablingImap: (_facts, settings) => ({
      text: 'Close lee tu correo por IMAP, así que tiene que estar activado para este buzón:',
      // los pasos para volver a añadir el buzón ya se dieron si se volvió a añadir una vez
      steps: settings.seen?.includes('readdingAccount')
        ? [...IMAP_STEPS, `Luego quita el buzón en ${accounts(settings)} y vuelve a añadirlo, como antes.`]
        : [...IMAP_STEPS, ...readdSteps(accounts(settings))],
      after: 'Avísame cuando el buzón esté añadido de nuevo.',
    }),
    askingSyncResult: (_facts, settings) => ({
      text: `Cuando el buzón vuelva a estar en ${accounts(settings)}, dale unos minutos. ¿Se sincronizan ya los correos?`,
    }),
    checkingIpAllowlist: (facts, settings) => ({
      text:
        facts.lastDiagnosis === 'ip-blocked'
          ? 'Microsoft rechazó la conexión por la dirección IP de origen, uno de los servidores desde los que envía Close. Se arregla con dos cosas:'
          : 'Ese error significa que el servidor de correo no le ofreció a Close ninguna forma de iniciar sesión, así que tu correo no pudo salir. Se arregla con dos cosas:',
      steps: [
        settings.closeIpListUrl
          ? `Pide a tu proveedor de correo que acepte conexiones desde todas las direcciones IP desde las que envía Close. La lista está aquí: ${settings.closeIpListUrl}`
          : 'Pide a tu proveedor de correo que acepte conexiones desde todas las direcciones IP desde las que envía Close (el soporte de Close puede enviarte la lista actual).',
        'Asegúrate de que SMTP autenticado está activado para el buzón (te guío con eso a continuación).',
      ],
      after: 'Avísame cuando las direcciones IP estén permitidas y revisamos la opción.',
    }),
    askingForAddress: () => ({
      text: '¿Qué dirección de correo está conectada en Close? Revisaré desde fuera su configuración de Microsoft 365 y sus servidores de correo.',
    }),
    offeringCheck: (facts) => ({
      text: `¿Compruebo ${facts.address ?? 'esa dirección'} en vivo? Miro sus registros de correo, su inicio de sesión de Microsoft 365 y los servidores de correo de Outlook. Tarda unos 15 segundos y no cambia nada.`,
      after:
        'Si además inicias sesión con Microsoft, puedo probar el envío e IMAP como ese buzón y enviar un correo de prueba de él a sí mismo. No se envía nada más, y tu sesión se olvida en cuanto termina la comprobación.',
    }),
    runningCheck: (facts) => ({
      text: `Comprobando ${facts.address ?? 'el buzón'}. En un momento te cuento aquí lo que encuentre.`,
    }),
    reportingCheck: (facts) => checkReport(facts.check),
    nextSteps: () => ({
      text: 'Lo siento, las soluciones habituales no lo arreglaron. Una persona del soporte puede revisar tu cuenta. Puedo pasárselo con todo lo que hemos probado, o puedes pegar un mensaje de error nuevo.',
    }),
    resolved: (facts) => ({
      // a sending problem leaves mail in the Outbox and sequences paused; a syncing one does not
      text:
        facts.path === 'syncing'
          ? '¡Genial, ya está arreglado! A partir de ahora, los correos nuevos y las respuestas deberían seguir apareciendo en Close.'
          : '¡Genial, ya está arreglado! Una última cosa: revisa tu Outbox en Close y reenvía lo que se haya quedado atascado, y reanuda las secuencias que se pausaron.',
    }),
    escalated: () => ({
      text: 'Le pasé esto a una persona del equipo de soporte con un resumen de lo que probamos, así que no tendrás que repetirlo. Lo leerá y te responderá aquí. Mientras, puedes seguir preguntándome.',
    }),
  },
  choices: {
    'sending-fails': 'Se desconecta al enviar, o el correo se queda en el Outbox',
    'sync-fails': 'El correo no se sincroniza, o faltan enviados en Outlook',
    'have-error': 'Tengo un mensaje de error',
    'smtp-auth-not-supported': '"SMTP AUTH extension not supported"',
    'check-close-status': 'Voy a mirar qué muestra Close',
    'something-else': 'Otra cosa',
    'sending-disconnected': 'Email Sending está desconectado',
    'syncing-disconnected': 'Email Syncing está desconectado',
    'both-disconnected': 'Los dos están desconectados',
    'both-connected': 'Los dos dicen conectado',
    'describe-instead': 'No tengo ninguno',
    yes: 'Sí',
    no: 'No',
    'not-sure': 'No estoy seguro',
    'toggle-on': 'Sí, está marcado',
    'toggle-off': 'No, no lo está',
    'cannot-find-setting': 'No lo encuentro',
    done: 'Hecho',
    'test-now': 'Probar ahora',
    'it-worked': 'Ya funciona',
    'still-failing': 'Sigue fallando',
    'microsoft-sign-in': 'Inicio de sesión de Microsoft',
    password: 'Contraseña y datos del servidor',
    'provider-enabled': 'Ya lo activaron',
    'provider-refused': 'No pueden o no quieren',
    'admin-done': 'Mi administrador ya lo hizo',
    'provider-manages-it': 'Lo administra un proveedor',
    'check-mailbox': 'Comprobar mi buzón en vivo',
    'run-check': 'Comprobarlo',
    'run-check-signed-in': 'Comprobarlo con mi inicio de sesión de Microsoft',
    'skip-check': 'Ahora no',
    continue: 'Seguir',
    human: 'Hablar con una persona',
    'start-over': 'Empezar de nuevo',
  },
  choiceOverrides: {
    askingIsAdmin: { yes: 'Sí, soy administrador', no: 'No, no lo soy' },
    askingProviderManaged: { yes: 'Sí, a través de un proveedor', no: 'No, lo administramos nosotros' },
    askingAddressesMatch: { yes: 'Sí, coinciden', no: 'No, son distintas' },
    checkingIpAllowlist: { done: 'Las IP ya están permitidas', 'it-worked': 'Ya funciona' },
    explainingBasicAuthChange: { done: 'Reconectado con Microsoft' },
    readdingAccount: { 'it-worked': 'Sí, ya se sincroniza' },
    askingSyncResult: { 'it-worked': 'Sí, ya se sincroniza' },
    nextSteps: { 'have-error': 'Pegar un error nuevo' },
    reportingCheck: { 'run-check': 'Comprobar otra vez' },
  },
  diagnoses: diagnosesEs,
  questions: QUESTIONS,
  notices: {
    'not-understood': () => 'Perdona, no lo entendí. Elige una de las opciones, o escríbelo con tus palabras.',
    diagnosed: (notice) => `${diagnosesEs[notice.code].title}. ${diagnosesEs[notice.code].meaning}`,
    'follow-up': () => 'Ya pasó un rato desde el cambio, así que Microsoft ya debería haberlo aplicado.',
    restarted: () => 'Empecemos de nuevo.',
    'check-report': (_notice, facts) => {
      return reportAsRemark(checkReport(facts.check));
    },
  },
  stale: 'Esa pregunta ya está respondida, así que el botón ya no hace nada.',
  endedHint: 'Esta conversación terminó. Elige Empezar de nuevo para abrir otra.',
  conversation: conversationEs,
  understanding: { locale: 'es', corpus: corpusEs, vocabulary: vocabularyEs },
};
