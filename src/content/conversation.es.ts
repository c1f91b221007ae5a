import type { DisambiguationQuestion } from '../machine/classifier.js';
import type { TriageContext } from '../machine/triage.context.js';
import type { ViewKey } from '../machine/view-keys.js';
import { byState, type AsideAnswer, type ConversationContent, type PerState } from './conversation.types.js';
import type { ContentSettings } from './types.js';
import { BASIC_AUTH_CHANGE_DATE } from './wording-rules.js';

/** Estados donde los pasos de SMTP autenticado están en pantalla o a punto de estarlo. */
const TOGGLE_STATES: readonly ViewKey[] = ['askingToggleState', 'resettingToggle', 'enablingToggle'];
/** Estados sobre la dirección principal del buzón. */
const ADDRESS_STATES: readonly ViewKey[] = ['askingAddressesMatch', 'fixingPrimaryAddress'];
/** Estados después de volver a añadir el buzón, cuando Close vuelve a sincronizar. */
const RESYNC_STATES: readonly ViewKey[] = ['readdingAccount', 'enablingImap', 'askingSyncResult'];
/** Estados que esperan a otra persona: un administrador o un proveedor. */
const HANDED_OFF: readonly ViewKey[] = ['bringingInAdmin', 'contactingProvider'];
/** La conversación terminó. */
const ENDED: readonly ViewKey[] = ['resolved', 'escalated'];

function span(minutes: number): string {
  if (minutes >= 60) {
    const hours = Math.round(minutes / 60);
    return `${hours} hora${hours === 1 ? '' : 's'}`;
  }
  return `${minutes} minuto${minutes === 1 ? '' : 's'}`;
}

/** Minutos enteros hasta el seguimiento, o null si no hay ninguno programado. */
function minutesLeft(settings: ContentSettings): number | null {
  if (!settings.followUpDueAt) return null;
  return Math.max(0, Math.ceil((settings.followUpDueAt.getTime() - settings.now.getTime()) / 60_000));
}

function closeAddress(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

const waitTime: AsideAnswer = (facts, settings, where) => {
  const usual = span(settings.followUpMinutes);
  if (where === 'resolved') return 'Ya no hay que esperar: tu buzón vuelve a funcionar.';
  if (where === 'escalated') return 'No te lo puedo decir con exactitud: depende de cuánto trabajo tenga el equipo ahora.';
  if (where === 'waitingForPropagation') {
    const left = minutesLeft(settings);
    if (left === null) return `Microsoft suele aplicar el cambio en unos ${usual}. Te escribo entonces.`;
    if (left === 0) return 'La espera está a punto de acabar. Vuelvo en cualquier momento, o puedes elegir Probar ahora.';
    return `Quedan unos ${span(left)}. Microsoft suele aplicar el cambio en ${usual}, y te escribo entonces.`;
  }
  if (where === 'runningCheck') return 'Poco: la comprobación tarda unos 15 segundos.';
  if (RESYNC_STATES.includes(where)) return 'Cuando el buzón esté añadido de nuevo, dale a Close unos minutos para empezar a sincronizar.';
  if (HANDED_OFF.includes(where)) {
    return `Depende de lo rápido que respondan. Una vez hecho el cambio, Microsoft suele tardar unos ${usual} en aplicarlo.`;
  }
  if (facts.path === 'syncing') return 'Después del cambio, vuelve a añadir el buzón en Close y dale unos minutos para sincronizar.';
  return `Después del cambio en Microsoft 365, suelen pasar unos ${usual} hasta que Close puede volver a enviar. Te aviso cuando toque probar.`;
};

const skipWait: AsideAnswer = (facts, _settings, where) => {
  if (where === 'waitingForPropagation') {
    return 'No tienes que esperar: elige Probar ahora cuando quieras. Si la prueba falla, puede que solo necesite más tiempo; inténtalo de nuevo un poco más tarde.';
  }
  if (ENDED.includes(where)) return 'Por mi parte ya no queda nada que esperar.';
  if (facts.path === 'syncing') {
    return 'Aquí no hay una espera fija. Cuando el buzón esté añadido de nuevo, mira si llega correo nuevo; si todavía no aparece, puede que necesite unos minutos más.';
  }
  return 'No vas a tener que esperar: cuando lleguemos ahí, podrás elegir Probar ahora. Si la prueba falla, puede que solo necesite más tiempo.';
};

const whatImap: AsideAnswer = (facts, _settings, where) => {
  const base = 'IMAP es la forma en que Close lee tu buzón, para mostrar el correo nuevo, las respuestas y lo que envías.';
  if (where === 'enablingImap') return `${base} Si está desactivado para el buzón, no se sincroniza nada. Es la opción de este paso.`;
  if (facts.path === 'sending') return `${base} Sirve para sincronizar, así que no es lo que te impide enviar.`;
  return `${base} Si está desactivado para el buzón en Microsoft 365, el correo no se sincroniza con Close.`;
};

const whatSmtpAuth: AsideAnswer = (facts) => {
  const base =
    'SMTP autenticado (también llamado SMTP AUTH) deja que una app inicie sesión en el servidor de correo de Microsoft y envíe en tu nombre. Close envía tus correos así, por eso necesita que esté activado en tu buzón, aunque te conectes con el inicio de sesión de Microsoft.';
  return facts.path === 'syncing' ? `${base} Eso sí, es para enviar: para sincronizar cuentan IMAP y la dirección.` : base;
};

const whatSetting: AsideAnswer = (facts, _settings, where) => {
  if (ADDRESS_STATES.includes(where)) {
    const address = closeAddress(facts);
    return `Close solo sincroniza si la dirección conectada en Close${address ? ` (${address})` : ''} es el correo principal y el nombre de usuario del buzón. Los dos están en Usuarios > Usuarios activos > el usuario > Cuenta > Administrar nombre de usuario y correo electrónico.`;
  }
  if (where === 'enablingImap' || where === 'askingSyncResult') {
    return 'Es IMAP, en Usuarios > Usuarios activos > el usuario > Correo > Administrar aplicaciones de correo electrónico. Close lee tu correo por ahí, así que tiene que estar marcado.';
  }
  if (where === 'checkingIpAllowlist') {
    return 'Son dos cosas: tu proveedor tiene que aceptar las direcciones IP de Close, y SMTP autenticado tiene que estar marcado para el buzón (Correo > Administrar aplicaciones de correo electrónico).';
  }
  if (where === 'askingConnectionMethod' || where === 'explainingBasicAuthChange') {
    return 'Es cómo está conectado el buzón en Close: con el botón de inicio de sesión de Microsoft, o con contraseña y datos del servidor. El inicio de sesión de Microsoft es el que sigue funcionando.';
  }
  if (where === 'resettingToggle') {
    return 'Es SMTP autenticado, en Usuarios > Usuarios activos > el usuario > Correo > Administrar aplicaciones de correo electrónico. Desmarcarlo y volver a marcarlo hace que Microsoft lo aplique de nuevo cuando se queda atascado.';
  }
  if (facts.path === 'sending' || TOGGLE_STATES.includes(where)) {
    return 'Es SMTP autenticado, en Usuarios > Usuarios activos > el usuario > Correo > Administrar aplicaciones de correo electrónico. Deja que Close inicie sesión en Microsoft para enviar tu correo.';
  }
  if (facts.path === 'syncing') {
    return 'Para sincronizar hay dos: la dirección principal del buzón (Cuenta > Administrar nombre de usuario y correo electrónico) e IMAP (Correo > Administrar aplicaciones de correo electrónico).';
  }
  return 'Depende del problema: para enviar es SMTP autenticado; para sincronizar, la dirección principal del buzón e IMAP. ¿Cuál de los dos te pasa?';
};

const isItSafe: AsideAnswer = (facts, _settings, where) => {
  if (where === 'askingForAddress' || where === 'offeringCheck' || where === 'runningCheck' || where === 'reportingCheck') {
    return 'Sí. La comprobación solo mira desde fuera y no cambia nada. Si inicias sesión para ella, envío un correo de prueba del buzón a sí mismo, y olvido tu sesión cuando termina.';
  }
  if (ADDRESS_STATES.includes(where)) {
    return 'Sí. Solo cambia ese buzón, y el correo que ya tiene se queda donde está. Si cambias el nombre de usuario, a partir de entonces inicias sesión en Microsoft con la dirección nueva.';
  }
  if (facts.path === 'syncing' || where === 'enablingImap') {
    return 'Sí. Estas opciones solo cambian ese buzón y no abren nada más. Si te conectas con el inicio de sesión de Microsoft, Close nunca ve tu contraseña.';
  }
  return 'Sí. SMTP autenticado se activa solo para ese buzón, no para toda la organización, y no abre nada más. Si te conectas con el inicio de sesión de Microsoft, Close nunca ve tu contraseña.';
};

const amIAdmin: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Entra en admin.microsoft.com con tu cuenta del trabajo. Si se abre el centro de administración, tienes un rol de administrador (como administrador global o de Exchange). Si dice que no tienes acceso, no eres administrador.';
  return where === 'askingIsAdmin' ? `${base} No pasa nada: le escribo un mensaje a quien lo sea.` : base;
};

const findAdmin: AsideAnswer = () =>
  'Suele ser quien configuró Microsoft 365 en tu empresa, tu equipo de TI o quien paga la factura de Microsoft. Cualquiera que pueda abrir admin.microsoft.com los ve en Roles > "Role assignments" > Administrador global.';

const whatProvider: AsideAnswer = () =>
  'Un proveedor (o revendedor) es una empresa, como GoDaddy, que te vendió Microsoft 365 y puede tener su configuración. Para saberlo: mira quién te lo cobra, o entra en outlook.office.com. Si te lleva a una página de GoDaddy, lo administra GoDaddy.';

const howReconnect: AsideAnswer = () =>
  'En Close, abre Settings > Connected Accounts (Accounts & Apps en el diseño nuevo) y elige tu buzón. Vuelve a conectarlo ahí. Si no funciona, elige Remove account al final de la página y añádelo de nuevo con + Add Account > Microsoft.';

const whatAlias: AsideAnswer = (facts) => {
  const base =
    'Tu nombre de usuario es con lo que inicias sesión en Microsoft. La dirección principal es la central del buzón; un alias es una extra. Close necesita que su dirección sea la principal y el usuario.';
  const signIn = ' Cambiar el usuario cambia tu inicio de sesión.';
  const target = facts.known.closeAddress;
  const named = target ? `${base} Haz principal ${target}: si es un alias, cámbiala a principal en su menú … > "Change to primary email".${signIn}` : null;
  if (named && named.length <= 350) return named;
  return `${base} Si la de Close es un alias, hazla principal en su menú … > "Change to primary email".${signIn}`;
};

const ipList: AsideAnswer = (_facts, settings, where) => {
  if (settings.closeIpListUrl) {
    return `Close publica aquí las direcciones IP desde las que envía: ${settings.closeIpListUrl}. Tu proveedor tiene que aceptarlas todas.`;
  }
  return where === 'escalated'
    ? 'El soporte de Close puede enviarte la lista actual de direcciones IP desde las que envía Close. Pídesela a la persona que te responda aquí.'
    : 'El soporte de Close puede enviarte la lista actual de direcciones IP desde las que envía Close. Pide hablar con una persona aquí y te la pasarán.';
};

const whyAddress: AsideAnswer = () =>
  'Para revisar el buzón por ti: con la dirección consulto los registros de correo del dominio y su inicio de sesión de Microsoft 365, y pruebo los servidores de correo de Outlook, todo desde fuera. No se cambia nada ni se envía nada. No tienes que dármela: podemos seguir sin la comprobación.';

const decemberChange: AsideAnswer = (_facts, settings) => {
  const when =
    settings.now >= BASIC_AUTH_CHANGE_DATE
      ? 'Desde finales de diciembre de 2026, el inicio de sesión con contraseña (básico) para enviar viene desactivado por defecto en organizaciones existentes.'
      : 'A finales de diciembre de 2026, Microsoft desactiva por defecto el inicio de sesión con contraseña (básico) para enviar en organizaciones existentes.';
  return `${when} Un admin puede reactivarlo hasta una fecha que Microsoft dará en el segundo semestre de 2027. Con el inicio de sesión de Microsoft no te afecta, pero SMTP autenticado sigue haciendo falta.`;
};

const mailTabMissing: AsideAnswer = () =>
  'Revisa tres cosas: que abriste el usuario correcto (Usuarios > Usuarios activos); que el usuario tiene una licencia con buzón de Exchange; y que iniciaste sesión con un rol de administrador, como administrador global o de Exchange.';

const outboxSequences: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Los correos atascados en el Outbox no se pierden: cuando el buzón esté conectado de nuevo, puedes reenviarlos desde ahí. Las secuencias que se pausaron al desconectarse hay que reanudarlas.';
  return ENDED.includes(where) ? base : `${base} Te lo recuerdo al final.`;
};

const capabilities: AsideAnswer = () =>
  'Ayudo con buzones de Microsoft 365 conectados a Close: envíos que fallan, correo que no se sincroniza, mensajes de error y una comprobación en vivo de tu buzón. Si nos atascamos, te paso con una persona.';

const thanks: AsideAnswer = (_facts, _settings, where) => {
  if (where === 'resolved') return '¡De nada! Me alegra que vuelva a funcionar. Que tengas un buen día.';
  if (where === 'escalated') return 'De nada.';
  return '¡De nada! Sigue cuando quieras.';
};

const greeting: AsideAnswer = () => '¡Hola! Te ayudo con buzones de Microsoft 365 conectados a Close.';

const serviceStatus: AsideAnswer = () =>
  'Desde aquí no veo el estado de los servicios de Microsoft. Un administrador puede consultarlo en el Centro de administración de Microsoft 365, en Salud > Estado del servicio, y cualquiera puede mirar status.office365.com. Aun así, una caída rara vez es la razón de que Close se desconecte una y otra vez: casi siempre es un ajuste de Microsoft 365.';

const outOfScope: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Solo conozco buzones de Microsoft 365 (Office 365) conectados a Close, así que no puedo ayudarte con Gmail, Google Workspace, calendarios ni otros CRM.';
  if (where === 'escalated') return `${base} La persona del soporte que te responda aquí sí puede.`;
  if (where === 'resolved') return `${base} Una persona del soporte sí puede: solo pídelo.`;
  return `${base} Una persona del soporte sí puede: elige Hablar con una persona.`;
};

const SYNC_CHECK =
  'Dale unos minutos a Close y busca correo nuevo en un lead y los correos enviados desde Close en Elementos enviados de Outlook. Dime si aparecen.';

/** "¿Y ahora qué?": dónde estamos y qué toca hacer, en cada estado (después viene la pregunta corta). */
const WHAT_NEXT: PerState = {
  askingSymptom: () =>
    'Todavía no hemos empezado. Cuéntame en pocas palabras qué falla (enviar desde Close, o el correo que entra) o pega el mensaje de error, y te guío hasta la solución.',
  askingCloseStatus: () =>
    'Abre Connected Accounts en Close y mira tu buzón. Dime qué pone en Email Sending y Email Syncing, y sabré qué solución necesitas.',
  askingForError: () =>
    'Pega aquí el mensaje de error tal como aparece. Te diré qué significa y cómo arreglarlo. ¿No tienes ninguno? Elige No tengo ninguno.',
  describingProblem: () => 'Cuéntame en una frase qué falla, o pega el mensaje de error. Luego te llevo a la solución.',
  clarifyingPath: () => 'Solo necesito saber qué parte falla: enviar desde Close, o el correo que entra. Cada una tiene su solución.',
  disambiguating: () => 'Ese error tiene dos causas posibles. Con tu respuesta sé cuál es, y luego te doy la solución.',
  explainingDiagnosis: () =>
    'Prueba la solución que te expliqué y dime si ya funciona o sigue fallando. Si sigue fallando, vemos juntos el siguiente paso.',
  notMicrosoft365: () =>
    'Estos pasos solo sirven para buzones de Microsoft 365, así que lo siguiente es revisar la configuración de tu proveedor de correo para Close. También te puede ayudar una persona de soporte: elige Hablar con una persona.',
  askingIsAdmin: () =>
    'La solución es una opción del Centro de administración de Microsoft 365, y solo un administrador puede cambiarla. Si lo eres, te guío paso a paso. Si no, o no estás seguro, te escribo un mensaje para tu administrador.',
  bringingInAdmin: (facts) =>
    `Envía a tu administrador el mensaje de arriba. Cuando haya hecho el cambio, dímelo aquí y comprobamos que Close vuelve a ${facts.path === 'syncing' ? 'sincronizar' : 'enviar'}. Si resulta que tú eres administrador, dímelo.`,
  askingProviderManaged: () =>
    'Necesito saber si una empresa como GoDaddy administra tu Microsoft 365. Si es así, son ellos quienes tienen que hacer el cambio. Si no, miramos la opción juntos a continuación.',
  contactingProvider: (facts) =>
    `Envía al soporte de ${facts.provider ?? 'tu proveedor'} la solicitud de arriba: dice exactamente qué cambiar. Cuando respondan, dime si lo activaron.`,
  askingToggleState: () =>
    'En el Centro de administración, abre el usuario, luego Correo > Administrar aplicaciones de correo electrónico, y mira SMTP autenticado. Dime si está marcado y te digo qué cambiar.',
  resettingToggle: (_facts, settings) =>
    `Desmarca SMTP autenticado y guarda, luego vuelve a marcarlo y guarda otra vez, como en los pasos de arriba. Después Microsoft necesita unos ${span(settings.followUpMinutes)} para aplicarlo, y probamos.`,
  enablingToggle: (_facts, settings) =>
    `Marca SMTP autenticado y guarda, como en los pasos de arriba. Después Microsoft necesita unos ${span(settings.followUpMinutes)} para aplicarlo, y probamos.`,
  waitingForPropagation: (_facts, settings) => {
    const left = minutesLeft(settings);
    const wait = left ? ` (quedan unos ${span(left)})` : '';
    return `Ahora no tienes que hacer nada: Microsoft está aplicando el cambio${wait}. Luego reconectas el buzón en Close y envías una prueba. ¿No quieres esperar? Elige Probar ahora.`;
  },
  askingReconnectResult: () =>
    'Reconecta el buzón en Connected Accounts en Close y envíate un correo de prueba desde Close. Dime si salió.',
  askingConnectionMethod: () =>
    'Dime cómo está conectado el buzón en Close: con el botón de inicio de sesión de Microsoft, o con contraseña y datos del servidor. De eso depende lo siguiente que probemos.',
  explainingBasicAuthChange: () =>
    'Reconecta el buzón en Close con el botón de inicio de sesión de Microsoft, como en los pasos de arriba. Dímelo cuando esté hecho y volvemos a probar.',
  askingAddressesMatch: (facts) =>
    `En el Centro de administración, abre el usuario y mira la pestaña Cuenta. Dime si el nombre de usuario y el correo principal son los dos ${closeAddress(facts) ?? 'la dirección que usas en Close'}.`,
  fixingPrimaryAddress: (facts) =>
    `Haz que ${closeAddress(facts) ?? 'la dirección de Close'} sea la dirección principal y guarda, como en los pasos de arriba. Después vuelves a conectar el buzón a Close.`,
  readdingAccount: () => SYNC_CHECK,
  enablingImap: () =>
    'Marca IMAP para el buzón y guarda; luego quita el buzón en Close y vuelve a añadirlo. Dime cuando esté de vuelta y comprobamos la sincronización.',
  askingSyncResult: () => SYNC_CHECK,
  checkingIpAllowlist: () =>
    'Pide a tu proveedor de correo que acepte todas las direcciones IP de Close. Cuando lo hayan hecho, dímelo y revisamos la opción SMTP autenticado.',
  askingForAddress: () => 'Escribe la dirección de correo conectada en Close y la compruebo en directo. Tarda unos 15 segundos y no cambia nada.',
  offeringCheck: (facts) =>
    `Elige Comprobarlo y miro ${facts.address ?? 'esa dirección'} en directo, en unos 15 segundos. O elige Ahora no para seguir sin ello.`,
  runningCheck: () => 'Por ahora nada: la comprobación está en marcha y en un momento te pongo aquí lo que encuentre.',
  reportingCheck: () => 'Arriba tienes lo que encontró la comprobación. Elige Seguir para volver a donde estábamos, o Comprobar otra vez.',
  nextSteps: () =>
    'Las soluciones habituales no funcionaron, así que lo siguiente es una persona de soporte: elige Hablar con una persona y le llegará un resumen de lo que probamos. O pega un nuevo mensaje de error.',
  resolved: (facts) => (facts.path === 'syncing' ? 'No queda nada por hacer: Close vuelve a sincronizar tu buzón.' : 'No queda nada por arreglar. Solo reenvía lo que se quedó en el Outbox de Close y reanuda las secuencias en pausa.'),
  escalated: () => 'Nada por tu parte: ya tienen un resumen de lo que probamos, así que no tendrás que repetirlo.',
};

/** Las preguntas para desambiguar, cortas. */
const SHORT_QUESTIONS: Record<DisambiguationQuestion, string> = {
  'password-works-elsewhere': '¿Puedes iniciar sesión en outlook.office.com con la misma dirección y contraseña?',
  'address-is-primary': '¿La dirección de Close es la dirección principal del buzón, y no un alias?',
};

export const conversationEs: ConversationContent = {
  asides: {
    'wait-time': waitTime,
    'skip-wait': skipWait,
    'what-imap': whatImap,
    'what-smtp-auth': whatSmtpAuth,
    'what-setting': whatSetting,
    'is-it-safe': isItSafe,
    'am-i-admin': amIAdmin,
    'find-admin': findAdmin,
    'what-provider': whatProvider,
    'how-reconnect': howReconnect,
    'what-alias': whatAlias,
    'ip-list': ipList,
    'why-address': whyAddress,
    'december-change': decemberChange,
    'mail-tab-missing': mailTabMissing,
    'outbox-sequences': outboxSequences,
    'what-next': byState(WHAT_NEXT),
    capabilities,
    thanks,
    greeting,
    'out-of-scope': outOfScope,
    'service-status': serviceStatus,
  },
  reprompts: {
    askingSymptom: () => '¿Qué ves con tu buzón en Close?',
    askingCloseStatus: () => '¿Qué dicen Email Sending y Email Syncing en Close?',
    askingForError: () => 'Pega el mensaje de error cuando lo tengas.',
    describingProblem: () => '¿Qué falla, en una frase? O pega el mensaje de error.',
    clarifyingPath: () => '¿El problema es al enviar desde Close, o con el correo que llega?',
    disambiguating: (facts) => (facts.ambiguity ? SHORT_QUESTIONS[facts.ambiguity.question] : '¿Cuál de estas encaja mejor?'),
    explainingDiagnosis: () => 'Cuando hayas probado la solución, ¿funciona o sigue fallando?',
    notMicrosoft365: () => 'Estos pasos son solo para Microsoft 365. Puedes empezar de nuevo o hablar con una persona.',
    askingIsAdmin: () => '¿Eres administrador de Microsoft 365 en tu organización?',
    bringingInAdmin: () => 'Avísame cuando tu administrador haya hecho el cambio.',
    askingProviderManaged: () => '¿Compraste Microsoft 365 a través de un proveedor como GoDaddy?',
    contactingProvider: (facts) => `Cuéntame qué dice ${facts.provider ?? 'tu proveedor'} cuando responda.`,
    askingToggleState: () => '¿Está marcado SMTP autenticado para el buzón?',
    resettingToggle: () => 'Avísame cuando lo hayas desmarcado, guardado, vuelto a marcar y guardado.',
    enablingToggle: () => 'Avísame cuando SMTP autenticado esté marcado y guardado.',
    waitingForPropagation: () => 'Te escribo cuando Microsoft haya tenido tiempo. O elige Probar ahora.',
    askingReconnectResult: () => 'Después de reconectar, ¿salió tu correo de prueba?',
    askingConnectionMethod: () => '¿El buzón está conectado con el inicio de sesión de Microsoft o con contraseña?',
    explainingBasicAuthChange: () => 'Avísame cuando esté reconectado con el inicio de sesión de Microsoft.',
    askingAddressesMatch: (facts) =>
      `¿El nombre de usuario y el correo principal son exactamente ${closeAddress(facts) ?? 'la dirección que usas en Close'}?`,
    fixingPrimaryAddress: (facts) => `Avísame cuando ${closeAddress(facts) ?? 'la dirección de Close'} sea la principal y esté guardado.`,
    readdingAccount: () => 'Ahora que el buzón está añadido de nuevo, ¿aparecen los correos nuevos en Close?',
    enablingImap: () => 'Avísame cuando IMAP esté marcado y el buzón añadido de nuevo.',
    askingSyncResult: () => '¿Se sincronizan ya los correos?',
    checkingIpAllowlist: () => 'Avísame cuando tu proveedor acepte las direcciones IP de Close.',
    askingForAddress: () => '¿Qué dirección de correo está conectada en Close?',
    offeringCheck: (facts) => `¿Compruebo ${facts.address ?? 'esa dirección'} en vivo?`,
    runningCheck: () => 'La comprobación sigue en marcha. Te cuento lo que encuentre en un momento.',
    reportingCheck: () => 'Sigue cuando quieras, o vuelve a lanzar la comprobación.',
    nextSteps: () => '¿Se lo paso a una persona, o prefieres pegar un error nuevo?',
    resolved: () => 'Ya está todo arreglado. Si surge otra cosa, elige Empezar de nuevo.',
    escalated: () => 'Una persona del soporte te responderá aquí. Mientras, puedes seguir preguntándome.',
  },
  understood: {
    sending:
      'Entendido: Close se desconecta al enviar, o el correo se queda en el Outbox. Suele ser la opción SMTP autenticado de Microsoft 365. Si lo entendí mal, dímelo.',
    syncing:
      'Entendido: el correo no se sincroniza, o falta en Enviados. Suele ser que la dirección de Close no es la principal del buzón, o que IMAP está desactivado. Si lo entendí mal, dímelo.',
  },
  skipped: {
    'is-admin': () => 'Me dijiste que eres administrador de Microsoft 365, así que puedes hacer el cambio tú.',
    'not-admin': () => 'Me dijiste que no eres administrador, así que aquí tienes un mensaje para quien lo sea.',
    'provider-manages-it': (facts) =>
      `Me dijiste que ${facts.provider ?? 'un proveedor'} administra tu Microsoft 365, así que la solicitud va para ellos.`,
    'self-managed': () => 'Me dijiste que administran Microsoft 365 ustedes mismos, así que no pregunto por un proveedor.',
    'toggle-on': () => 'Me dijiste que SMTP autenticado ya está marcado, así que vamos a restablecerlo.',
    'toggle-off': () => 'Me dijiste que SMTP autenticado no está marcado, así que vamos a activarlo.',
    'connection-method': (facts) =>
      facts.connectionMethod === 'password'
        ? 'Me dijiste que te conectas con contraseña, así que no pregunto cómo está conectado.'
        : 'Me dijiste que te conectas con el inicio de sesión de Microsoft, así que no pregunto cómo está conectado.',
    'changed-earlier': () => 'Hiciste el cambio hace un rato, así que no hace falta esperar. Vamos a probar.',
    'addresses-differ': (facts) =>
      `Me dijiste que las direcciones no coinciden, así que vamos a hacer principal ${closeAddress(facts) ?? 'la dirección de Close'}.`,
    'addresses-match': () => 'Me dijiste que las direcciones ya coinciden, así que ahora revisamos IMAP.',
  },
  addressNoted: (address) => `Usaré ${address} si hacemos una comprobación en vivo.`,
  noted: 'Anotado, gracias.',
  acknowledged: {
    whileYouWork: 'Claro, tómate tu tiempo.',
    whileWaiting: 'Claro, te vuelvo a escribir cuando pase ese tiempo.',
    whileChecking: 'Se está ejecutando; el resultado llega aquí en un momento.',
    afterResolved: '¡Genial!',
    afterHandedOver: 'De acuerdo.',
  },
  handedOver: 'Gracias por pasárselo.',
  notUnderstood: 'Perdona, no lo entendí. Elige una opción de abajo, o pregúntame por un paso, una opción o una palabra que no conozcas.',
  offerPerson: 'Si lo prefieres, una persona del soporte puede seguir contigo: elige Hablar con una persona.',
  wentBack: 'Claro, volvamos a la pregunta anterior.',
  nothingToGoBackTo: 'Estamos en la primera pregunta, así que no hay nada a lo que volver.',
  cannotGoBackAfterEnd: 'Esta conversación terminó, así que no se puede volver atrás en ella. Elige Empezar de nuevo para abrir otra.',
  cannotGoBackWhileChecking: 'La comprobación está en marcha, así que todavía no puedo volver atrás. Solo tarda unos segundos.',
  questionNotAnswer: 'Eso parece una pregunta que aquí no sé responder. Para seguir, elige una opción de abajo.',
  feedback: {
    question: '¿Te ha servido?',
    labels: { helpful: 'Sí, me sirvió', 'not-helpful': 'No, no me sirvió' },
    thanks: {
      helpful: 'Gracias por decírnoslo. ¡Me alegra que te haya servido!',
      'not-helpful': 'Gracias por contárnoslo. Nos ayuda a mejorar.',
    },
    commentThanks: 'Gracias, tu comentario ya le llegó al equipo.',
  },
};
