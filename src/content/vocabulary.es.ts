import type { Vocabulary } from '../understanding/vocabulary.js';

/**
 * Lo que busca el intérprete en español además de sus intenciones entrenadas. Solo vocabulario de reconocimiento,
 * nunca se muestra. Todo se aplica a texto normalizado (minúsculas, sin tildes: "sí" llega como "si", "contraseña"
 * como "contrasena") y es lineal: alternancias de palabras literales, sin repeticiones anidadas.
 */
export const vocabularyEs: Vocabulary = {
  // "no puedo enviar" o "ya lo hice" son afirmaciones: una pregunta empieza por un interrogativo o por ciertas fórmulas
  question:
    /(?<!^(tal vez|quizas|quiza|puede ser|a lo mejor|supongo|creo|no se|igual))\?\s*$|^¿|^(a que|de que|en que|con que) (te refieres|hablas|se refiere|sirve|ayudas|me ayudas)\b|^(que|q) (es|son|significa|significan|quiere decir|hago|hacemos|tengo que|debo|pasa|pasa si|onda|opcion|ajuste|casilla|setting)\b|^(como|cuanto|cuanta|cuantos|cuantas|cuando|donde|adonde|cual|cuales|quien|quienes|por que|pq|xq|para que)\b|^(es|sera) (seguro|normal|necesario|obligatorio|peligroso|riesgoso|grave)\b|^(hay|habra) (alguna|algun|forma|manera|que esperar|riesgo)\b|^(sabes|sabe|saben|alguien sabe|me (puedes|puede|pueden|podrias|podria) (decir|explicar|ayudar a entender)|me (dices|explicas))\b|^(puedo|podemos|se puede|tengo que|tenemos que|debo|debemos|hace falta) (saltar|saltarme|omitir|evitar|esperar|no esperar|probar ya|hacerlo sin)\b/,
  clauseBreak: /\s*(?:[,;.!]|\by\b|\bpero\b|\bsin embargo\b|\bmientras que\b|\bmientras\b|\baunque\b|\ben cambio\b)\s*/,
  healthy:
    /\b(bien|ok|okay|oki|puedo|podemos|funciona|funcionan|funcionando|anda|andan|perfecto|perfectamente|correcto|normal|normalmente|conectado|conectada|conectados|sin problemas?|todo bien|de lujo|genial)\b/,
  unhealthy:
    /\b(no|ya no|nunca|nada|falla|fallan|fallando|fallo|fallido|fallida|error|errores|desconecta|desconectan|desconectado|desconectada|desconectados|atascado|atascados|atascada|atascadas|atorado|atorados|atorada|atoradas|trabado|trabados|trabada|roto|rota|problema|problemas|falta|faltan|muerto|caido|caida)\b/,
  notTheProblem: /\bno (es|son|hay) (el |un |una |la |ningun )?(\w+ )?(problema|tema|fallo|lio)\b/,
  sendingTopic:
    /\b(enviar|envio|envios|envia|envian|enviando|enviarse|mandar|mando|manda|mandan|mandando|salida|saliente|salientes|outbox|bandeja de salida|smtp|secuencia|secuencias|sequence|sequences|masivo|masivos|masiva|masivas|bulk|sale|salen|salir|salio|salieron|saliendo|entregar|entregan|entrega|send|sending)\b/,
  syncingTopic:
    /\b(sincroniza|sincronizan|sincronizar|sincronizacion|sincronizando|sincronizado|sincronizados|sincro|sinc|sync|syncing|entrante|entrantes|recibir|recibo|recibe|reciben|recibidos|recibido|recibiendo|bandeja de entrada|inbox|respuestas|llega|llegan|llegando|elementos enviados|carpeta de enviados|bandeja de enviados|enviados de outlook|imap|aparece|aparecen|feed|actividad|entra|entran|entrando|jala|jalan|trae|traer)\b/,
  disconnectTopic: /\b(desconecta|desconectan|desconecto|desconectado|desconectada|desconectados|desconectando|desconectarse|desconexion|desconexiones|disconnected|disconnect)\b/,
  // "si" es también "if": "si lo desmarco…" no es un sí
  leadingYes:
    /^(si|sip|sii|siii|claro|correcto|exacto|efectivamente|asi es|afirmativo|por supuesto|yes)\b(?! (no|cambio|desmarco|quito|hago|pongo|desactivo|lo (desmarco|cambio|quito|hago|desactivo|pongo))\b)/,
  // "no" también niega el verbo: "no encuentro la opción" o "no sé" no son un no
  leadingNo:
    /^(no|nop|nope|nel|negativo|para nada|nah)\b(?! ((te |le |lo )?(se|sabria|sabemos|sabria decir|se decir)|estoy segur[oa]|tengo (idea|ni idea|claro)|idea|hay (problema|problemas|drama|lio|nada|ninguna|ningun|tal|esa|ese)|doy con|consigo|pasa nada|te preocupes|importa|encuentro|lo encuentro|la encuentro|veo|lo veo|la veo|aparece|me aparece|me sale|existe|recuerdo|me acuerdo|puedo|podemos|me deja|funciona|anda)\b)/,
  human:
    /\b(hablar|habla|hablo|chatear|comunicarme|contactar|conversar) (con )?(una |un |alguna |algun |el |la )?(persona|humano|agente|asesor|asesora|operador|operadora|tecnico|soporte|alguien|representante|persona real|ser humano|equipo de soporte)\b|\b(pasame|pasenme|paseme|comunicame|comuniquenme|transfiereme|transfierame|conectame|derivame|ponme|ponganme) (con )?(una |un |el |la |algun |alguien )?(persona|humano|agente|asesor|operador|soporte|alguien|tecnico)\b|\b(pasar|pasarme|transferir|transferirme|derivar|derivarme|comunicar|comunicarme) con (una persona|un humano|un agente|un asesor|una asesora|un operador|un tecnico|soporte|alguien)\b|^(humano|agente|persona|una persona|un humano|un agente|asesor|un asesor|soporte|operador|persona real)( por favor| porfa| pls)?[.!]*$|\b(quiero|necesito|prefiero) (a )?(un |una )?(humano|persona real|agente humano|ser humano|persona de verdad)\b|\bescalar\b/,
  // el mensaje entero, para que "reinicié el router" o "faltan correos de antes" no sean navegación
  startOver:
    /^((podemos |quiero |vamos a |prefiero |mejor )?(empezar|comenzar|iniciar|arrancar|empecemos|comencemos)( de nuevo| otra vez| de cero| desde cero| desde el principio| todo de nuevo)|reiniciar|reinicia|reiniciemos|reinicio|reset|resetear|volver a empezar|nuevo problema|otro problema|problema diferente|otra consulta|nueva consulta)( por favor| porfa)?[.! ]*$/,
  back: /^((espera,? |ups,? |perdon,? |uy,? |oops,? )?(atras|volver|vuelve|regresar|regresa|volver atras|ir atras|vuelve atras|paso anterior|pregunta anterior|deshacer|deshaz|un paso atras|volvamos|volvamos atras|regresemos|volver a la pregunta anterior|volver al paso anterior|regresar a la pregunta anterior|me equivoque de boton|deshacer (eso|mi respuesta|mi ultima respuesta)))( por favor| porfa)?[.! ]*$/,
  future:
    /\b(lo hare|lo haremos|lo hago (luego|despues|mas tarde|manana)|luego lo (hago|reviso|mando|envio|paso)|voy a|vamos a|van a|va a|mas tarde|manana|en un rato|ahorita lo|ahora se lo|se lo paso|se lo reenvio|se lo mando|se lo envio|le escribo|les escribo|lo reenvio|le pregunto|les pregunto)\b/,
  // un informe de que algo no es (todavía) así: nunca se lee como sí, hecho o funcionando
  negated: /\b(no(?! (hay|hubo|tengo|da|mas|volvio a dar) (problemas?|errores?|drama|fallos?)\b)|nunca|tampoco|todavia|aun|sigue|siguen|sigo|seguimos)\b/,
  stillFailing: /\b(sigue|siguen|todavia|aun|falla|fallan|fallando|fallo|no funciona|no funciono|no anda|no va|roto|error|se desconecta|desconecta|desconectado|igual que antes)\b/,
  courtesy:
    /^(ok |vale |genial |perfecto |listo |bueno |super )?(gracias|muchas gracias|mil gracias|grax|grcs|thx|thanks|hola|buenas|buenos dias|buen dia|buenas tardes|buenas noches|que tal|hey|saludos|por favor|porfa|porfavor|xfa)( (de nuevo|otra vez|a todos|equipo|chicos|crack))?[!. ]*$/,
  acknowledge: /^(ok|okay|okey|oki|vale|va|dale|de acuerdo|entendido|entiendo|ok vale|ok entendido)[.! ]*$/,
  holdOn:
    /^(ok,? |vale,? |bueno,? )?(un momento|un segundo|un seg|espera un (momento|segundo|poco)|dame un (momento|segundo|minuto)|dejame (ver|mirar|revisar|comprobar|probar)|voy a (ver|mirar|revisar|comprobar|probar)|ahora lo (miro|reviso|hago|compruebo)|lo hago (ahora|ya|enseguida)( y te (aviso|digo|cuento))?|lo miro|lo reviso|lo compruebo|ya voy|enseguida|en eso estoy)[.! ]*$/,
  handedOver:
    /\b(se lo|se la|le|les) (envie|mande|reenvie|pase|escribi)\b|\b(envie|mande|reenvie|pase) (el mensaje|la solicitud|el correo|el email)\b|\bya (le|les) (pregunte|dije|escribi)\b/,
  notYet: /\b(todavia|aun) no (lo |la )?(han|ha|he|hemos|hizo|hicieron|contestado|respondido|arreglado|cambiado|probado|intentado)\b|\bno (\w+ ){0,2}(todavia|aun)\b|\bsigo esperando\b|\b(sin|ninguna) respuesta\b/,
  hedged: /\b(no estoy segur[oa]|no se(?=\s*[,.!?]|\s*$|\s+(si|que|como|donde|cual|bien|nada)\b)|no lo se|ni idea|no sabria)\b/,
  addressFiller:
    /^(es|mi (correo|email|mail|direccion|buzon|cuenta|direccion de correo) es|el (correo|email|mail|buzon) es|la (direccion|cuenta) es|correo|email|mail|direccion|buzon|cuenta|este|esta|aqui|aca|aqui tienes|ahi va|usa|usar|prueba|comprueba|revisa|check|es esta|es este)?[:.!\s]*$/,
  facts: {
    notAdmin:
      /\b(no soy|no somos) (el |la |un |una )?(admin|administrador|administradora|admin global|administrador global)\b|\b(no tengo|sin|no tengo ningun) (permisos?|derechos|acceso|rol) (de )?(admin|administrador|administracion)\b|\bsoy (solo |solamente )?(un |una )?(usuario normal|usuaria normal|usuario comun|vendedor|vendedora|comercial|sdr)\b/,
    isAdmin:
      /\b(?<!\bsi )(soy|somos) (el |la |un |una )?(admin|administrador|administradora|admin global|administrador global|admin de ti|administrador de ti|admin de it|admin de sistemas)\b|\btengo (permisos|derechos|rol|acceso) de (admin|administrador|administracion|administrador global)\b|\b(el )?(centro|portal) de (administracion|admin) (se )?(abrio|abre|funciona|cargo)\b|\bpuedo (abrir|entrar en|entrar al|acceder al|acceder a) (el )?(centro|portal) de (administracion|admin)\b/,
    // access refused, or only once: "it opens but says I have no permission", "last year, not now"
    adminDenied:
      /\b(acceso|permiso) denegado\b|\bsin (permiso|permisos|acceso|autorizacion)\b|\bno (tengo|tienes|tiene) (el |los )?(permiso|permisos|acceso|autorizacion)\b|\bno (estoy |estas )?autorizad[oa]\b|\bno me (deja|permite) (entrar|acceder|abrir|hacer nada)\b|\b(ahora ya|ahora|ya) no (puedo|tengo|me deja) (entrar|acceder|abrir|acceso)\b|(,|\bpero|\by) (ahora|hoy) (ya )?no[.!]*$/,
    amOne: /^(ok,? |vale,? |ah,? |oh,? |pues,? |bueno,? )?(en realidad,? )?(creo que |parece que |al final |resulta que )?(si )?(lo soy|si soy|soy yo)( al final| despues de todo)?[.! ]*$/,
    // ligado a la opción: "mi cuenta estaba desactivada" no dice nada de la casilla
    toggleOn:
      /\b(smtp autenticado|smtp auth|la casilla|el check|el checkbox|la opcion)( ya)? (esta|estaba) (ya )?(marcad[oa]|activad[oa]|habilitad[oa]|tildad[oa]|chequead[oa]|encendid[oa])\b|\b(esta|estaba) (ya )?(marcad[oa]|tildad[oa]|chequead[oa])\b|\bya (lo |la )?(tenia|tengo|teniamos|estaba) (marcad[oa]|activad[oa]|habilitad[oa]|tildad[oa])\b|\bya (lo |la )?(marque|active|habilite|tilde|marcamos|activamos)\b/,
    toggleOff:
      /\b(smtp autenticado|smtp auth|la casilla|el check|el checkbox|la opcion) (esta|estaba) (desmarcad[oa]|desactivad[oa]|deshabilitad[oa]|apagad[oa]|sin marcar)\b|\bno (esta|estaba|lo tengo|la tengo|lo tenia|la tenia) (marcad[oa]|activad[oa]|habilitad[oa]|tildad[oa]|chequead[oa])\b|\b(esta|estaba) (desmarcad[oa]|destildad[oa]|sin marcar)\b/,
    // un cambio y un momento juntos ("mi admin lo hizo ayer"): un momento solo es cuando empezó el problema
    changedEarlier:
      /\b(lo hice|lo hicimos|lo hizo|lo hicieron|lo cambie|lo cambiamos|lo cambio|hice el cambio|hicimos el cambio|hizo el cambio|lo active|lo activamos|lo activo|lo marque|lo marcamos|lo habilite|lo habilitamos)\b.*\b(ayer|anoche|la semana pasada|el mes pasado|esta manana|hoy temprano|anteayer|antier|hace (un rato|una hora|tiempo|horas|dias|semanas|unas horas|unos dias|un par de horas|un par de dias|varias horas|varios dias|dos horas|dos dias|mucho))\b/,
    notProvider: /\b(no|ya no|nos fuimos de|dejamos|cambiamos de|migramos de|antes|antes era|nunca|salimos de)\b/,
    microsoftSignIn:
      /\b(inicio de sesion de microsoft|iniciar sesion con microsoft|inicie sesion con microsoft|login de microsoft|boton de microsoft|con (el )?(boton|login|inicio de sesion) de microsoft|oauth|boton de office ?365|sign in with microsoft|microsoft sign[- ]?in)\b/,
    password:
      /\b(con (la |una |mi )?(contrasena|clave|password)|contrasena de (aplicacion|app)|app password|datos del servidor|configuracion (smtp|imap|del servidor|manual)|manualmente|a mano)\b/,
    selfManaged:
      /\b(lo administramos nosotros|lo gestionamos nosotros|nosotros lo administramos|nosotros lo gestionamos|lo manejamos nosotros|nuestro propio tenant|tenant propio|directamente (de|a|con) microsoft|comprado (directamente )?a microsoft|lo compramos a microsoft|sin proveedor|no hay proveedor|ningun proveedor)\b/,
    providers: [
      [/\b(go ?daddy|secureserver)\b/, 'GoDaddy'],
      [/\brackspace\b/, 'Rackspace'],
      [/\b(ionos|1&1|1and1)\b/, 'IONOS'],
      [/\b(revendedor|reseller|proveedor de hosting|empresa de hosting|lo compramos (a traves de|por|con|via) (un|una|nuestro|nuestra) (proveedor|partner|revendedor|empresa))\b/, 'tu proveedor'],
    ],
    closeAddressCue: /\b(en close|close usa|close tiene|conectad[oa] en close|direccion de close|correo de close|cuenta de close|a close|con close|en el crm)\b/,
    usernameCue: /\b(usuario|nombre de usuario|username|upn|inicio de sesion|iniciar sesion|login|user)\b/,
  },
  choices: {
    'toggle-on': /\b(marcad[oa]|tildad[oa]|chequead[oa]|activad[oa]|habilitad[oa]|encendid[oa]|ya esta puesto|esta puesto)\b/,
    'toggle-off':
      /\b(desmarcad[oa]|destildad[oa]|sin marcar|no (esta|estaba) (marcad[oa]|tildad[oa]|activad[oa]|habilitad[oa]|puesto)|desactivad[oa]|deshabilitad[oa]|apagad[oa]|no lo esta|no la esta)\b/,
    'cannot-find-setting':
      /\b(no (lo |la )?(encuentro|encontre|encuentra|encontramos|veo|vi|hallo)|no (me )?(aparece|sale|salio|aparecio)|no (esta|existe) (la|esa|el|ese) (opcion|casilla|pestana|check|menu)|no (hay|tengo) (la |esa |esta )?(opcion|casilla|pestana)|en gris|gris|sombread[oa]|no esta ahi|no puedo (encontrar|ver)|no consigo (encontrar|ver|dar)|no doy con|no (hay|veo|encuentro|tengo) nada (de|parecido)|donde esta)\b/,
    'provider-enabled': /\b(lo activaron|ya lo activaron|lo habilitaron|lo hicieron|ya lo hicieron|lo encendieron|ya esta|listo|hecho)\b/,
    'provider-refused': /\b(se negaron|se niegan|no quieren|no pueden|no lo van a|rechazaron|dijeron que no|no lo hacen|no quisieron|no pudieron|imposible)\b/,
    'provider-manages-it': /\b(proveedor|go ?daddy|revendedor|reseller|partner)\b/,
    'admin-done': /\b(hecho|listo|ya esta|lo hizo|ya lo hizo|lo hicieron|ya lo hicieron|hizo el cambio|termino|terminado|si)\b/,
    'microsoft-sign-in': /\b(microsoft|oauth|boton de (inicio de sesion|microsoft|office)|office ?365)\b/,
    password: /\b(contrasena|clave|password|app password|manual|manualmente|a mano|datos del servidor|configuracion (smtp|imap|del servidor))\b/,
    'sending-disconnected': /\b(sending|envio|enviar)\b.*\b(desconectad[oa]|disconnected|off|error|rojo|apagad[oa])\b/,
    'syncing-disconnected': /\b(syncing|sincronizacion|sincronizar|sync)\b.*\b(desconectad[oa]|disconnected|off|error|rojo|apagad[oa])\b/,
    'both-disconnected': /\b(los dos|ambos|ambas|las dos|todo|todos)\b.*\b(desconectad[oa]s?|disconnected|off|rojos?|apagad[oa]s?)\b/,
    'both-connected': /\b(los dos|ambos|ambas|las dos|todo|todos)\b.*\b(conectad[oa]s?|connected|verdes?|bien|ok)\b/,
    'describe-instead': /\b(no tengo (ninguno|uno|error|ningun error|mensaje|ningun mensaje)|ningun error|sin error|no hay error|no hay ningun error|no me sale ningun error)\b/,
    'run-check-signed-in': /\b(iniciando sesion|con (mi )?(inicio de sesion|sesion|login|cuenta)|con sesion|sesion iniciada|iniciar sesion)\b/,
    'check-close-status': /\b(mirar|revisar|ver|abrir|reviso|miro|abro|veo|checo|chequeo) (en )?(close|settings|connected accounts|accounts (&|and|y) apps|que (dice|muestra) close)\b/,
    'something-else': /\b(otra cosa|ninguna de (estas|esas)|otro problema|nada de eso|ninguno)\b/,
    continue: /\b(seguir|sigamos|continuar|continua|continuemos|adelante|siguiente|entendido|dale)\b/,
  },
};
