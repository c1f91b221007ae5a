import type { ChoiceId } from '../../src/machine/choices.js';
import type { Expect, Row } from './tables.en.js';

/**
 * Las tablas de tables.en.ts reescritas en español (mismos `at` y `expect`), escritas aparte del corpus: primeros
 * mensajes → camino, preguntas a mitad de camino → respondidas en el sitio, frases fáciles de malinterpretar → no
 * malinterpretadas. Las direcciones y los errores de servidor quedan tal cual.
 */
const START: ChoiceId[] = [];
const IS_ADMIN: ChoiceId[] = ['sending-fails'];
const IS_ADMIN_SYNC: ChoiceId[] = ['sync-fails'];
const BRINGING_ADMIN: ChoiceId[] = ['sending-fails', 'no'];
const BRINGING_ADMIN_SYNC: ChoiceId[] = ['sync-fails', 'no'];
const PROVIDER_Q: ChoiceId[] = ['sending-fails', 'yes'];
const CONTACTING_PROVIDER: ChoiceId[] = ['sending-fails', 'yes', 'yes'];
const TOGGLE_Q: ChoiceId[] = ['sending-fails', 'yes', 'no'];
const ENABLING_TOGGLE: ChoiceId[] = [...TOGGLE_Q, 'toggle-off'];
const RESETTING_TOGGLE: ChoiceId[] = [...TOGGLE_Q, 'toggle-on'];
const WAITING: ChoiceId[] = [...ENABLING_TOGGLE, 'done'];
const RECONNECT_RESULT: ChoiceId[] = [...WAITING, 'test-now'];
const CONNECTION_METHOD: ChoiceId[] = [...RECONNECT_RESULT, 'still-failing'];
const BASIC_AUTH_CHANGE: ChoiceId[] = [...CONNECTION_METHOD, 'password'];
const NEXT_STEPS: ChoiceId[] = [...CONNECTION_METHOD, 'microsoft-sign-in'];
const RESOLVED: ChoiceId[] = [...RECONNECT_RESULT, 'it-worked'];
const ADDRESSES_Q: ChoiceId[] = ['sync-fails', 'yes'];
const FIXING_PRIMARY: ChoiceId[] = [...ADDRESSES_Q, 'no'];
const READDING: ChoiceId[] = [...FIXING_PRIMARY, 'done'];
const ENABLING_IMAP: ChoiceId[] = [...ADDRESSES_Q, 'yes'];
const SYNC_RESULT: ChoiceId[] = [...ENABLING_IMAP, 'done'];
const IP_ALLOWLIST: ChoiceId[] = ['smtp-auth-not-supported'];
const ASKING_ERROR: ChoiceId[] = ['have-error'];
const CLOSE_STATUS: ChoiceId[] = ['check-close-status'];
const DESCRIBING: ChoiceId[] = ['something-else'];
const ASKING_ADDRESS: ChoiceId[] = ['check-mailbox'];
const ESCALATED: ChoiceId[] = ['human'];

const sending: Expect = { path: 'sending', state: 'askingIsAdmin' };
const syncing: Expect = { path: 'syncing', state: 'askingIsAdmin' };
const smtpAuthWords: Expect = { state: 'checkingIpAllowlist' };
const wantsToPaste: Expect = { state: 'askingForError' };
const person: Expect = { state: 'escalated' };
const wantsCheck: Expect = { state: 'askingForAddress' };
const eitherPath: Expect = { state: 'clarifyingPath' };

/** Escritos como primer mensaje. */
export const firstMessages: Row[] = [
  // envío: se desconecta al enviar, Outbox, secuencias, envío masivo
  { at: START, says: 'close me desconecta el correo cada vez que intento enviar', expect: sending },
  { at: START, says: 'correos atascados en el outbox desde esta mañana', expect: sending },
  { at: START, says: 'se me pausaron las secuencias y dice Email Sending: Disconnected', expect: sending },
  { at: START, says: 'el envio masivo no sale, esta todo en la bandeja de salida', expect: sending },
  { at: START, says: 'connected accounts muestra email sending desconectado pero syncing conectado', expect: sending },
  { at: START, says: 'le doy a enviar y el buzon se desconecta al momento', expect: sending },
  { at: START, says: 'ya no puedo enviar correos desde close, outlook en si va bien', expect: sending },
  { at: START, says: 'el outbox tiene como 40 correos que nunca salieron', expect: sending },
  { at: START, says: 'cada vez que salta un paso de la secuencia se me desconecta la cuenta de office 365', expect: sending },
  { at: START, says: 'enviar desde close dejo de funcionar cuando nos pasamos a microsoft 365', expect: sending },
  { at: START, says: 'los correos que mando a los leads se quedan ahi y nunca salen', expect: sending },
  { at: START, says: 'Close dice que mi cuenta de correo se desconecto cuando intente escribirle a un lead', expect: sending },
  { at: START, says: 'sale un banner rojo pidiendome reconectar la cuenta cada vez que envio', expect: sending },
  { at: START, says: 'el correo saliente de close falla, el entrante esta bien', expect: sending },
  { at: START, says: 'mis workflows dejaron de enviar correos', expect: sending },
  { at: START, says: 'no puedo mandar correos a mis leads desde close, se desconecta', expect: sending },
  { at: START, says: 'envios masivos pausados, algo de que mi buzon esta desconectado', expect: sending },
  { at: START, says: 'responder a un lead desde close no funciona, la respuesta vuelve al outbox', expect: sending },
  { at: START, says: 'los correos no se envian, atascados en outbox, office 365', expect: sending },
  { at: START, says: 'mi coreo se sigue desconectando cuando envio desde close', expect: sending },

  // sincronización: el correo no entra, faltan respuestas, lo enviado desde Close falta en Enviados de Outlook
  { at: START, says: 'cuando envio desde close no lo veo en enviados de outlook', expect: syncing },
  {
    at: START,
    says: 'hace poco cambie mi nombre de usuario en office y ahora los correos enviados desde close no estan en outlook',
    expect: { path: 'syncing' },
  },
  { at: START, says: 'Close no trae las respuestas de mi outlook', expect: syncing },
  { at: START, says: 'Las respuestas no aparecen en el feed de actividad del lead', expect: syncing },
  { at: START, says: 'la cuenta esta conectada bien pero no entra nada', expect: syncing },
  { at: START, says: 'los correos de los leads no aparecen en close', expect: syncing },
  { at: START, says: 'los correos que envio por close nunca aparecen en elementos enviados de outlook', expect: syncing },
  { at: START, says: 'la bandeja de entrada en close esta vacia aunque outlook tiene correo nuevo', expect: syncing },
  { at: START, says: 'close dejo de sincronizar mis correos de office 365 la semana pasada', expect: syncing },
  { at: START, says: 'los correos entrantes no salen en la linea de tiempo del lead', expect: syncing },
  { at: START, says: 'Email Syncing: Disconnected en connected accounts', expect: syncing },
  { at: START, says: 'las respuestas de los clientes van a outlook pero nunca llegan a close', expect: syncing },
  { at: START, says: 'a la carpeta de enviados de outlook le falta todo lo que envie desde close', expect: syncing },
  { at: START, says: 'mis correos no se sincronizan con close', expect: syncing },
  { at: START, says: 'los correos nuevos tardan siglos o nunca aparecen en close', expect: syncing },
  { at: START, says: 'nada nuevo en el feed de actividad desde el martes, ningun correo', expect: syncing },
  { at: START, says: 'close dice conectado pero no se sincroniza ningun email', expect: syncing },
  {
    at: START,
    says: 'envio correos desde close sin problema pero no salen en la carpeta de enviados de outlook',
    expect: syncing,
  },

  // "SMTP AUTH extension not supported", con sus palabras
  { at: START, says: 'dice smtp auth no soportado', expect: smtpAuthWords },
  { at: START, says: 'el servidor dice que no admite smtp auth', expect: smtpAuthWords },
  { at: START, says: 'me sale smtp auth extension not supported cuando close se conecta', expect: smtpAuthWords },
  { at: START, says: 'smpt auth no soportado??', expect: smtpAuthWords },
  { at: START, says: 'un mensaje de que el servidor de correo no tiene autenticacion smtp', expect: smtpAuthWords },

  // quiere pegar un error
  { at: START, says: 'Tengo un mensaje de error', expect: wantsToPaste },
  { at: START, says: 'me salio un error, te lo puedo pegar?', expect: wantsToPaste },
  { at: START, says: 'close me mostro un error que te puedo copiar', expect: wantsToPaste },
  { at: START, says: 'tengo un codigo de error raro, lo quieres ver?', expect: wantsToPaste },
  { at: START, says: 'hay un mensaje de error, deja que te lo pegue', expect: wantsToPaste },

  // errores de servidor pegados
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    expect: { diagnosis: 'smtp-auth-disabled' },
  },
  {
    at: START,
    says: '550 5.7.30 Basic authentication is not supported for Client Submission.',
    expect: { diagnosis: 'basic-auth-blocked' },
  },
  { at: START, says: 'A1 NO AUTHENTICATE failed.', expect: { diagnosis: 'imap-disabled' } },
  {
    at: START,
    says: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.',
    expect: { diagnosis: 'ip-blocked', state: 'checkingIpAllowlist' },
  },
  {
    at: START,
    says: "AADSTS65001: The user or administrator has not consented to use the application named 'Close'.",
    expect: { diagnosis: 'admin-consent-required' },
  },
  {
    at: START,
    says: '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.',
    expect: { diagnosis: 'tls-problem' },
  },
  {
    at: START,
    says: '530 5.7.57 Client not authenticated to send mail. [DB8PR04CA0001.eurprd04.prod.outlook.com]',
    expect: { diagnosis: 'client-not-authenticated' },
  },
  {
    at: START,
    says: 'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.',
    expect: { diagnosis: 'smtp-auth-not-offered', state: 'checkingIpAllowlist' },
  },
  {
    at: START,
    says: 'el error dice: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
    expect: { diagnosis: 'bad-credentials' },
  },
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. The federated STS service was unreachable.',
    expect: { diagnosis: 'provider-managed', state: 'contactingProvider' },
  },

  // una persona
  { at: START, says: 'quiero hablar con soporte', expect: person },
  { at: START, says: 'puedo hablar con una persona real por favor', expect: person },
  { at: START, says: 'pasame con un humano', expect: person },
  { at: START, says: 'comunicame con un agente porfa', expect: person },

  // una dirección sola, o una comprobación en vivo
  { at: START, says: 'jane@contoso.com', expect: { state: 'offeringCheck', remembers: 'jane@contoso.com' } },
  {
    at: START,
    says: 'sales@northwindtraders.com',
    expect: { state: 'offeringCheck', remembers: 'sales@northwindtraders.com' },
  },
  { at: START, says: 'puedes revisar mi buzon?', expect: wantsCheck },
  { at: START, says: 'haz una prueba en vivo de mi cuenta por favor', expect: wantsCheck },
  { at: START, says: 'podrias mirar la configuracion de mi dominio desde tu lado', expect: wantsCheck },

  // podría ser cualquiera de los dos caminos: una pregunta corta que nombra ambos
  { at: START, says: 'el correo esta roto', expect: eitherPath },
  { at: START, says: 'mi outlook no funciona con close', expect: eitherPath },
  { at: START, says: 'office 365 dejo de funcionar en close', expect: eitherPath },
  { at: START, says: 'algo va mal con mi correo de microsoft en close', expect: eitherPath },

  // los datos dichos de entrada se saltan las preguntas que responden
  {
    at: START,
    says: 'No soy administrador pero mi correo se desconecta cada vez que envio',
    expect: { state: 'bringingInAdmin', path: 'sending' },
  },
  {
    at: START,
    says: 'soy el admin, correos atascados en el outbox',
    expect: { state: 'askingProviderManaged', path: 'sending' },
  },
  {
    at: START,
    says: 'compramos office a traves de godaddy y falla el envio',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'nuestro microsoft 365 es de godaddy y las secuencias se pausan todo el rato',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'soy el admin de ti aqui, faltan en close las respuestas de los leads',
    expect: { state: 'askingAddressesMatch', path: 'syncing' },
  },
  {
    at: START,
    says: 'no soy admin, y close no sincroniza el correo entrante',
    expect: { state: 'bringingInAdmin', path: 'syncing' },
  },
  {
    at: START,
    says: 'lo administramos nosotros, soy el administrador global, y close se desconecta al enviar',
    expect: { state: 'askingToggleState', path: 'sending' },
  },
  {
    at: START,
    says: 'ayer ya marque smtp autenticado y sigo sin poder enviar desde close',
    expect: { path: 'sending' },
  },
];

/** Preguntas a mitad de camino: se responden en el sitio y la misma pregunta sigue en pie. */
export const asides: Row[] = [
  { at: IS_ADMIN, says: 'espera, ¿microsoft tiene una caída ahora?', expect: { aside: 'service-status', state: 'askingIsAdmin' } },
  // la primera pregunta
  { at: START, says: 'hola', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'hola, buenos dias', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'eres un bot?', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'en que me puedes ayudar', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'me arreglas la sincronizacion de google workspace?', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  { at: START, says: 'close sincroniza tambien mi calendario de outlook', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  {
    at: START,
    says: 'que es ese cambio de diciembre de 2026 del que todos hablan?',
    expect: { aside: 'december-change', state: 'askingSymptom' },
  },

  // ¿eres administrador?
  { at: IS_ADMIN, says: 'como se si soy administrador?', expect: { aside: 'am-i-admin', state: 'askingIsAdmin' } },
  {
    at: IS_ADMIN,
    says: 'como puedo comprobar si tengo permisos de admin en microsoft 365',
    expect: { aside: 'am-i-admin', state: 'askingIsAdmin' },
  },
  {
    at: IS_ADMIN,
    says: 'que es smtp autenticado y por que lo necesita close?',
    expect: { aside: 'what-smtp-auth', state: 'askingIsAdmin' },
  },
  { at: IS_ADMIN, says: 'es seguro cambiar esa opcion?', expect: { aside: 'is-it-safe', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'como averiguo quien es nuestro admin', expect: { aside: 'find-admin', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'mi gmail no conecta', expect: { aside: 'out-of-scope', state: 'askingIsAdmin' } },
  { at: IS_ADMIN_SYNC, says: 'y que significa imap', expect: { aside: 'what-imap', state: 'askingIsAdmin' } },

  // trae a tu administrador
  { at: BRINGING_ADMIN, says: 'No soy el admin, quien es?', expect: { aside: 'find-admin', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN,
    says: 'como saco quien es nuestro admin de 365',
    expect: { aside: 'find-admin', state: 'bringingInAdmin' },
  },
  {
    at: BRINGING_ADMIN,
    says: 'es seguro activar esto para la empresa?',
    expect: { aside: 'is-it-safe', state: 'bringingInAdmin' },
  },
  { at: BRINGING_ADMIN, says: 'gracias, se lo reenvio', expect: { aside: 'thanks', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN_SYNC,
    says: 'que es imap y por que lo tiene que tocar mi admin',
    expect: { aside: 'what-imap', state: 'bringingInAdmin' },
  },

  // ¿lo compraste a través de un proveedor?
  {
    at: PROVIDER_Q,
    says: 'que es godaddy?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged', notState: 'contactingProvider' },
  },
  {
    at: PROVIDER_Q,
    says: 'a que te refieres con un revendedor',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  {
    at: PROVIDER_Q,
    says: 'como sabria si lo compramos a traves de otra empresa?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  { at: PROVIDER_Q, says: 'mi gmail no conecta', expect: { aside: 'out-of-scope', state: 'askingProviderManaged' } },

  // envía esta solicitud a tu proveedor
  {
    at: CONTACTING_PROVIDER,
    says: 'que pasa mientras tanto con los correos atascados en mi outbox?',
    expect: { aside: 'outbox-sequences', state: 'contactingProvider' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'es seguro pedirles que lo activen?',
    expect: { aside: 'is-it-safe', state: 'contactingProvider' },
  },

  // ¿está marcado SMTP autenticado?
  {
    at: TOGGLE_Q,
    says: 'que hace esa casilla en realidad',
    expect: { aside: 'what-setting', state: 'askingToggleState' },
  },
  { at: TOGGLE_Q, says: 'que es smtp auth', expect: { aside: 'what-smtp-auth', state: 'askingToggleState' } },

  // actívalo / restablécelo
  {
    at: ENABLING_TOGGLE,
    says: 'no tengo administrar aplicaciones de correo en ese usuario, y ahora?',
    expect: { aside: 'mail-tab-missing', state: 'enablingToggle' },
  },
  { at: ENABLING_TOGGLE, says: 'es seguro marcar esto', expect: { aside: 'is-it-safe', state: 'enablingToggle' } },
  {
    at: ENABLING_TOGGLE,
    says: 'cuanto tarda en aplicarse despues de guardar?',
    expect: { aside: 'wait-time', state: 'enablingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'por que desmarcarlo y volver a marcarlo, que hace eso?',
    expect: { aside: 'what-setting', state: 'resettingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'la pestaña correo no esta para este usuario, por que?',
    expect: { aside: 'mail-tab-missing', state: 'resettingToggle' },
  },

  // esperando a Microsoft
  {
    at: WAITING,
    says: 'cuanto tengo que esperar?',
    expect: { aside: 'wait-time', state: 'waitingForPropagation', notState: 'askingReconnectResult' },
  },
  { at: WAITING, says: 'cuanto mas falta?', expect: { aside: 'wait-time', state: 'waitingForPropagation' } },
  { at: WAITING, says: 'no quiero esperar', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  {
    at: WAITING,
    says: 'que pasa con los correos atascados en mi outbox?',
    expect: { aside: 'outbox-sequences', state: 'waitingForPropagation' },
  },
  {
    at: WAITING,
    says: 'como reconecto cuando llegue el momento?',
    expect: { aside: 'how-reconnect', state: 'waitingForPropagation' },
  },
  { at: WAITING, says: 'gracias por la ayuda hasta ahora', expect: { aside: 'thanks', state: 'waitingForPropagation' } },

  // reconecta y prueba
  { at: RECONNECT_RESULT, says: 'como reconecto?', expect: { aside: 'how-reconnect', state: 'askingReconnectResult' } },
  {
    at: RECONNECT_RESULT,
    says: 'donde esta connected accounts en close',
    expect: { aside: 'how-reconnect', state: 'askingReconnectResult' },
  },
  {
    at: RECONNECT_RESULT,
    says: 'mis secuencias pausadas se reanudan solas?',
    expect: { aside: 'outbox-sequences', state: 'askingReconnectResult' },
  },

  // cómo está conectado / el cambio de diciembre
  {
    at: CONNECTION_METHOD,
    says: 'que es ese cambio de diciembre de 2026 sobre las contraseñas?',
    expect: { aside: 'december-change', state: 'askingConnectionMethod' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'por que microsoft se carga las contraseñas en diciembre?',
    expect: { aside: 'december-change', state: 'explainingBasicAuthChange' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'como reconecto con el boton de microsoft?',
    expect: { aside: 'how-reconnect', state: 'explainingBasicAuthChange' },
  },

  // ¿coinciden las direcciones?
  { at: ADDRESSES_Q, says: 'que es un alias?', expect: { aside: 'what-alias', state: 'askingAddressesMatch' } },
  {
    at: ADDRESSES_Q,
    says: 'cual es el nombre de usuario y cual el correo principal?',
    expect: { aside: 'what-alias', state: 'askingAddressesMatch' },
  },
  {
    at: ADDRESSES_Q,
    says: 'como se si soy admin? a lo mejor no puedo ver esto',
    expect: { aside: 'am-i-admin', state: 'askingAddressesMatch' },
  },

  // haz principal la dirección de Close / vuelve a añadirlo
  {
    at: FIXING_PRIMARY,
    says: 'cambio el nombre de usuario o el alias?',
    expect: { aside: 'what-alias', state: 'fixingPrimaryAddress' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'es seguro cambiar la direccion principal, perdere correos?',
    expect: { aside: 'is-it-safe', state: 'fixingPrimaryAddress' },
  },
  { at: READDING, says: 'donde estaba connected accounts?', expect: { aside: 'how-reconnect', state: 'readdingAccount' } },
  { at: READDING, says: 'cuanto tardan en aparecer los correos nuevos?', expect: { aside: 'wait-time', state: 'readdingAccount' } },

  // IMAP
  { at: ENABLING_IMAP, says: 'que es IMAP?', expect: { aside: 'what-imap', state: 'enablingImap' } },
  {
    at: ENABLING_IMAP,
    says: 'no veo administrar aplicaciones de correo por ningun lado, que hago',
    expect: { aside: 'mail-tab-missing', state: 'enablingImap' },
  },
  {
    at: ENABLING_IMAP,
    says: 'es seguro activar imap? no es inseguro?',
    expect: { aside: 'is-it-safe', state: 'enablingImap' },
  },
  { at: SYNC_RESULT, says: 'cuanto tiempo le doy', expect: { aside: 'wait-time', state: 'askingSyncResult' } },

  // la lista de IP permitidas
  { at: IP_ALLOWLIST, says: 'de donde saco la lista de IPs?', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'y que es smtp auth', expect: { aside: 'what-smtp-auth', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'donde esta la lista de ips de close', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },

  // otros sitios
  {
    at: NEXT_STEPS,
    says: 'mis secuencias se quedan pausadas hasta que se arregle?',
    expect: { aside: 'outbox-sequences', state: 'nextSteps' },
  },
  {
    at: NEXT_STEPS,
    says: 'me puedes ayudar mejor con mi integracion de hubspot',
    expect: { aside: 'out-of-scope', state: 'nextSteps' },
  },
  {
    at: ASKING_ERROR,
    says: 'que vas a hacer con el error cuando lo pegue?',
    expect: { aside: 'capabilities', state: 'askingForError' },
  },
  { at: CLOSE_STATUS, says: 'donde encuentro connected accounts?', expect: { aside: 'how-reconnect', state: 'askingCloseStatus' } },
  { at: ASKING_ADDRESS, says: 'es seguro darte mi direccion?', expect: { aside: 'is-it-safe', state: 'askingForAddress' } },
  { at: ASKING_ADDRESS, says: '¿por qué necesitas mi dirección?', expect: { aside: 'why-address', state: 'askingForAddress' } },
  { at: DESCRIBING, says: 'esto sirve para google workspace?', expect: { aside: 'out-of-scope', state: 'describingProblem' } },
  { at: RESOLVED, says: 'muchisimas gracias!', expect: { aside: 'thanks', state: 'resolved' } },
  { at: RESOLVED, says: 'genial, muchas gracias', expect: { aside: 'thanks', state: 'resolved' } },
  { at: ESCALATED, says: 'mientras espero, que es imap exactamente?', expect: { aside: 'what-imap', state: 'escalated' } },
  { at: ESCALATED, says: 'gracias', expect: { aside: 'thanks', state: 'escalated' } },
  // what now? / what do you mean?: where we are and what to do next
  { at: IS_ADMIN, says: 'no sé qué quieres decir', expect: { aside: 'what-next', state: 'askingIsAdmin' } },
  { at: WAITING, says: '¿y ahora qué?', expect: { aside: 'what-next', state: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'qué tengo que hacer ahora?', expect: { aside: 'what-next', state: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: 'necesito ayuda con mi correo de outlook', expect: { aside: 'what-next', state: 'askingIsAdmin' } },
];

/** Frases fáciles de malinterpretar: negación, contraste, preguntas, "alguien", direcciones, erratas. */
export const misreadRisks: Row[] = [
  // the admin center opens, but access is refused (or was only once): not the admin's own steps
  { at: IS_ADMIN, says: 'soy el admin, pero ahora no se envían los correos', expect: { notState: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: 'el centro de administración se abre pero dice que no tengo permiso', expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  { at: IS_ADMIN, says: 'el año pasado podía entrar al centro de administración, ahora no', expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  // negación y contraste en el primer mensaje
  { at: START, says: 'el envio esta roto, la sincronizacion va bien', expect: { path: 'sending', notState: 'clarifyingPath' } },
  { at: START, says: 'la sincronizacion funciona bien, solo falla el envio', expect: { path: 'sending' } },
  { at: START, says: 'enviar funciona, pero no aparece nada nuevo en close', expect: { path: 'syncing' } },
  { at: START, says: 'no es un problema de envio, las respuestas de los leads nunca llegan a close', expect: { path: 'syncing' } },
  { at: START, says: 'emials atascdos en outbox no se evnian', expect: { path: 'sending' } },
  { at: START, says: 'la sincronizacion se paro, no hay emials nuevos en close', expect: { path: 'syncing' } },

  // "alguien", "agente", "soporte" dentro de la descripción de un problema
  {
    at: START,
    says: 'Alguien cambio la contraseña y ahora Close sale desconectado',
    expect: { notState: 'escalated' },
  },
  { at: START, says: 'nuestro buzon de soporte dejo de sincronizarse con close', expect: { path: 'syncing', notState: 'escalated' } },
  {
    at: START,
    says: 'mis agentes de ventas no pueden enviar desde close, todo se queda en el outbox',
    expect: { path: 'sending', notState: 'escalated' },
  },
  {
    at: START,
    says: 'log smtp: EHLO mail.close.com / User-Agent: Close-Mailer/3.1 / 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
    expect: { diagnosis: 'smtp-auth-disabled', notState: 'escalated' },
  },
  { at: IS_ADMIN, says: 'no, de eso se encarga alguien de sistemas', expect: { state: 'bringingInAdmin', notState: 'escalated' } },

  // las direcciones dentro de una frase se recuerdan, sin desvío
  {
    at: START,
    says: 'mi direccion en close es mike@northwind.io y los correos se quedan en el outbox',
    expect: { path: 'sending', remembers: 'mike@northwind.io', notState: 'offeringCheck' },
  },
  {
    at: START,
    says: '554 5.2.252 SendAsDenied; sales@acme.com not allowed to send as info@acme.com',
    expect: { diagnosis: 'address-mismatch', notState: 'offeringCheck' },
  },
  {
    at: ADDRESSES_Q,
    says: 'el usuario es john@acme.onmicrosoft.com y en close uso john@acme.com',
    expect: { state: 'fixingPrimaryAddress', remembers: 'john@acme.com' },
  },
  {
    at: ADDRESSES_Q,
    says: 'si, los dos son sara@brightdental.co',
    expect: { state: 'enablingImap', remembers: 'sara@brightdental.co', notState: 'offeringCheck' },
  },

  // las preguntas en una pregunta de sí/no no son respuestas
  { at: IS_ADMIN, says: 'tengo que ser admin para esto?', expect: { state: 'askingIsAdmin' } },
  { at: PROVIDER_Q, says: 'que es godady? es lo de las paginas web?', expect: { aside: 'what-provider', notState: 'contactingProvider' } },
  { at: PROVIDER_Q, says: 'godaddy es un proveedor?', expect: { state: 'askingProviderManaged', notState: 'contactingProvider' } },
  { at: TOGGLE_Q, says: 'tiene que estar marcado?', expect: { state: 'askingToggleState', notState: 'resettingToggle' } },
  {
    at: ADDRESSES_Q,
    says: 'vale un alias o tiene que ser la principal?',
    expect: { aside: 'what-alias', notState: 'enablingImap' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'si cambio el nombre de usuario cambia como inicio sesion?',
    expect: { aside: 'what-alias', notState: 'readdingAccount' },
  },
  { at: WAITING, says: 'ok, y cuanto falta para poder probar?', expect: { aside: 'wait-time', notState: 'askingReconnectResult' } },

  // un cambio de tema, un proveedor negado, volver atrás
  {
    at: PROVIDER_Q,
    says: 'en realidad el problema es que no se sincronizan los correos que entran',
    expect: { path: 'syncing', notState: 'askingToggleState' },
  },
  {
    at: ADDRESSES_Q,
    says: 'perdon, queria decir envio, los correos estan atascados en el outbox',
    expect: { path: 'sending', notState: 'fixingPrimaryAddress' },
  },
  {
    at: PROVIDER_Q,
    says: 'no, no usamos godaddy ni nada, lo administramos nosotros',
    expect: { state: 'askingToggleState', notState: 'contactingProvider' },
  },
  { at: PROVIDER_Q, says: 'volver atras', expect: { state: 'askingIsAdmin' } },
  { at: ENABLING_TOGGLE, says: 'deshacer', expect: { state: 'askingToggleState' } },
  { at: RESETTING_TOGGLE, says: 'atras', expect: { state: 'askingToggleState' } },
  { at: FIXING_PRIMARY, says: 'uy, atras, en realidad si coinciden', expect: { notState: 'readdingAccount' } },
  { at: TOGGLE_Q, says: 'empezar de nuevo', expect: { state: 'askingSymptom' } },

  // respuestas con una palabra negativa que aun así son un éxito, o una palabra del tema que sigue siendo respuesta
  { at: RECONNECT_RESULT, says: 'esta vez no hubo errores, salio bien', expect: { state: 'resolved' } },
  {
    at: RECONNECT_RESULT,
    says: 'no, se sigue desconectando en cuanto le doy a enviar',
    expect: { state: 'askingConnectionMethod', notState: 'resolved' },
  },
  {
    at: SYNC_RESULT,
    says: 'si! ya aparecen las respuestas en el lead',
    expect: { state: 'resolved', notState: 'askingIsAdmin' },
  },
  { at: SYNC_RESULT, says: 'nop, sigue sin entrar nada nuevo', expect: { state: 'nextSteps' } },
  {
    at: CONNECTION_METHOD,
    says: 'no use contraseña, le di al boton de microsoft',
    expect: { state: 'nextSteps', notState: 'explainingBasicAuthChange' },
  },
  {
    at: CONNECTION_METHOD,
    says: 'con contraseña creo, puse el servidor smtp y el puerto',
    expect: { state: 'explainingBasicAuthChange' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'godaddy dice que ya lo activaron',
    expect: { state: 'waitingForPropagation' },
  },
  { at: CONTACTING_PROVIDER, says: 'dicen que con nuestro plan no pueden hacerlo', expect: { state: 'nextSteps' } },
  { at: BRINGING_ADMIN, says: 'mi admin dice que ya esta hecho', expect: { state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: 'si, esta marcado, no esta en gris ni nada', expect: { state: 'resettingToggle' } },
  { at: TOGGLE_Q, says: 'nop, esta desmarcado', expect: { state: 'enablingToggle' } },
  { at: IS_ADMIN, says: 'sii soy admin', expect: { state: 'askingProviderManaged' } },
  { at: NEXT_STEPS, says: 'puede revisarlo una persona de verdad?', expect: { state: 'escalated' } },
  // heard, or an admin after all: never "done"
  { at: BRINGING_ADMIN, says: 'creo que sí lo soy', expect: { state: 'askingProviderManaged', notState: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'vale', expect: { state: 'bringingInAdmin' } },
  { at: WAITING, says: 'vale', expect: { state: 'waitingForPropagation' } },
  { at: NEXT_STEPS, says: 'sí, por favor', expect: { state: 'escalated' } },
  { at: IS_ADMIN, says: 'yo no, eso lo lleva Carlos', expect: { state: 'bringingInAdmin' } },
  { at: CONTACTING_PROVIDER, says: 'todavía no lo han hecho', expect: { state: 'contactingProvider' } },
  { at: WAITING, says: 'sigue sin funcionar', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: 'no sé si está marcada', expect: { aside: 'what-next', state: 'askingToggleState' } },
  { at: RECONNECT_RESULT, says: 'todavia no lo he probado, ahora lo hago', expect: { state: 'askingReconnectResult' } },
  { at: ENABLING_IMAP, says: 'ok lo hago ahora y te aviso', expect: { heard: true } },
];
