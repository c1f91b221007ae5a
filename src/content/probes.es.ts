import type { ProbeContent } from './probes.en.js';

export const probesEs: ProbeContent = {
  checks: {
    mx: {
      name: 'Dominio',
      pass: 'El correo de este dominio lo entrega Microsoft 365.',
      warn: 'El correo pasa primero por otro servicio, pero el dominio sí pertenece a una organización de Microsoft 365.',
      fail: 'El correo de este dominio no lo entrega Microsoft 365.',
      skip: 'No consulté el dominio.',
      error: 'No pude consultar el dominio en este momento.',
    },
    tenant: {
      name: 'Organización de Microsoft 365',
      pass: 'Microsoft conoce esta organización y deja iniciar sesión a sus usuarios.',
      warn: 'Esta organización está configurada de una forma que cambia los pasos: mira abajo.',
      fail: 'El inicio de sesión de Microsoft no conoce este dominio.',
      skip: 'No consulté la organización.',
      error: 'No pude llegar al servicio de inicio de sesión de Microsoft para consultar la organización.',
    },
    smtp: {
      name: 'Servidor de envío',
      pass: 'El servidor de envío respondió con normalidad y ofrece un inicio de sesión seguro.',
      warn: 'El servidor de envío respondió, pero algo en la respuesta es poco habitual.',
      fail: 'El servidor de envío no aceptó una conexión normal.',
      skip: 'No probé el servidor de envío.',
      error: 'No me conecté al servidor de envío.',
    },
    imap: {
      name: 'Servidor de sincronización',
      pass: 'El servidor IMAP del que Close lee el correo respondió con normalidad.',
      warn: 'El servidor IMAP respondió, pero algo en la respuesta es poco habitual.',
      fail: 'El servidor IMAP no aceptó una conexión normal.',
      skip: 'No probé el servidor IMAP.',
      error: 'No me conecté al servidor IMAP.',
    },
    'close-status': {
      name: 'Estado de la cuenta en Close',
      pass: 'Close indica que esta cuenta está conectada y sin errores recientes.',
      warn: 'Close indica algo poco habitual en esta cuenta.',
      fail: 'Close indica errores en esta cuenta.',
      skip: 'No pude leer el estado de esta cuenta en Close.',
      error: 'No pude llegar a Close para leer el estado de la cuenta.',
    },
    'sign-in': {
      name: 'Inicio de sesión de Microsoft',
      pass: 'Iniciaste sesión con Microsoft.',
      warn: 'Iniciaste sesión, con un aviso de Microsoft.',
      fail: 'Microsoft rechazó el inicio de sesión.',
      skip: 'Nos saltamos el inicio de sesión, así que las comprobaciones que lo necesitan no se hicieron.',
      error: 'No se pudo empezar el inicio de sesión.',
    },
    'smtp-oauth': {
      name: 'Envío, con sesión iniciada',
      pass: 'Microsoft deja que este buzón inicie sesión para enviar correo.',
      warn: 'El inicio de sesión para enviar funcionó, con un aviso.',
      fail: 'Microsoft no dejó que este buzón iniciara sesión para enviar correo.',
      skip: 'No probé a iniciar sesión para enviar.',
      error: 'No pude probar a iniciar sesión para enviar.',
    },
    'test-message': {
      name: 'Mensaje de prueba',
      pass: 'Se aceptó un mensaje de prueba desde la dirección de Close y se envió al propio buzón.',
      warn: 'El mensaje de prueba salió, con un aviso.',
      fail: 'Microsoft se negó a enviar desde la dirección de Close.',
      skip: 'No envié ningún mensaje de prueba.',
      error: 'No pude enviar el mensaje de prueba.',
    },
    'imap-oauth': {
      name: 'Sincronización, con sesión iniciada',
      pass: 'El buzón se puede leer por IMAP y tiene carpeta de enviados.',
      warn: 'El buzón se puede leer por IMAP, pero no encontré la carpeta de enviados.',
      fail: 'Microsoft rechazó el acceso IMAP a este buzón.',
      skip: 'No probé a leer el buzón.',
      error: 'No pude probar a leer el buzón.',
    },
    'graph-me': {
      name: 'Direcciones del buzón',
      pass: 'La dirección de Close es la principal del buzón.',
      warn: 'La dirección de Close es el nombre de inicio de sesión, pero no la dirección principal del buzón.',
      fail: 'La dirección de Close no es la principal del buzón.',
      skip: 'No comparé las direcciones del buzón.',
      error: 'No pude leer las direcciones del buzón.',
    },
  },
  findings: {
    refused: {
      title: 'El servidor rechazó la conexión',
      meaning: () => 'Nada acepta conexiones en ese puerto: el servidor está caído, el puerto no es el correcto o un cortafuegos lo bloquea.',
      fix: 'Revisa el nombre del servidor y el puerto. Si están bien, pregunta a quien gestiona el servidor o la red si el puerto está abierto.',
    },
    unreachable: {
      title: 'No se pudo llegar al servidor',
      meaning: () => 'La conexión no llegó: un problema de red, un nombre de servidor equivocado o un cortafuegos que bloquea los puertos de correo.',
      fix: 'Vuelve a intentarlo en unos minutos. Si sigue fallando, revisa el nombre del servidor y pregunta a quien gestiona la red si los puertos de correo están bloqueados.',
    },
    'hung-up': {
      title: 'El servidor cortó la conexión',
      meaning: () => 'El servidor aceptó la conexión y luego la cerró sin responder, como hacen a veces los servidores saturados o los filtros.',
      fix: 'Vuelve a intentarlo en unos minutos. Si sigue pasando, pregunta al proveedor de correo por qué se cierran las conexiones.',
    },
    stalled: {
      title: 'El servidor respondió demasiado despacio',
      meaning: () => 'La conexión se hizo, pero el servidor dejó de responder antes de terminar su saludo o el cifrado. Los servidores saturados y algunos filtros lo hacen.',
      fix: 'Vuelve a intentarlo en unos minutos. Si sigue igual de lento, avisa a quien gestiona el servidor o la red que hay entre medias.',
    },
    'greeting-refused': {
      title: 'El servidor se negó a hablar',
      meaning: () => 'El servidor respondió a la conexión con un rechazo en lugar de un saludo. Su respuesta, que ves arriba, dice por qué.',
      fix: 'Envía esa respuesta a quien gestiona el servidor: ahí se indica qué tienen que cambiar.',
    },
    'reply-refused': {
      title: 'El servidor rechazó un paso normal',
      meaning: () => 'El servidor respondió con un error a un paso normal de la conexión. Su respuesta aparece arriba.',
      fix: 'Envía esa respuesta a quien gestiona el servidor: ahí se indica qué tienen que cambiar.',
    },
    'not-microsoft': {
      title: 'Otra cosa respondió en lugar de Microsoft',
      meaning: () => 'La respuesta no vino de Microsoft 365. Respondió algo que hay entre medias: un proxy, un antivirus, un cortafuegos u otro proveedor de correo.',
      fix: 'Desactiva el análisis del correo en el antivirus o el cortafuegos para estas conexiones (o pídeselo a quien gestiona la red), y comprueba que la configuración del servidor apunta a Microsoft 365.',
    },
    'no-starttls': {
      title: 'El servidor no ofrece cifrado',
      meaning: () => 'El servidor no ofreció cifrar la conexión, así que una contraseña viajaría sin protección. Close no inicia sesión de esa forma.',
      fix: 'Usa la configuración cifrada del servidor, o pide al proveedor de correo que active el cifrado (STARTTLS).',
    },
    'starttls-refused': {
      title: 'El servidor no pudo empezar el cifrado',
      meaning: () => 'El servidor ofrece cifrado, pero se negó a activarlo (por ejemplo, "454 TLS not available"), normalmente porque le falta su propio certificado o está roto.',
      fix: 'Dile a quien gestiona el servidor de correo que rechaza STARTTLS y que necesita un certificado que funcione. Nada de tu lado lo arregla.',
    },
    'cert-expired': {
      title: 'El certificado del servidor ha caducado',
      meaning: (f) => `El certificado ${f.expires ? `caducó el ${f.expires}` : 'está caducado'}, así que no se puede confiar en la conexión.`,
      fix: 'Quien gestiona el servidor tiene que renovar su certificado. Si el servidor es de Microsoft, revisa la fecha y la hora del ordenador, y busca un filtro entre medias que sustituya los certificados.',
    },
    'cert-untrusted': {
      title: 'El certificado no es de una autoridad de confianza',
      meaning: (f) =>
        `El certificado lo emitió ${f.issuer ?? 'un emisor desconocido'}. Es autofirmado, o algo entre medias (un antivirus, un cortafuegos o un proxy) sustituyó el certificado real para mirar dentro de la conexión.`,
      fix: 'Si el emisor es tu antivirus o tu cortafuegos, desactiva su análisis del correo o de TLS para estas conexiones, o pídeselo a quien gestiona la red. Si no, el servidor necesita un certificado de una autoridad pública.',
    },
    'cert-wrong-host': {
      title: 'El certificado es de otro servidor',
      meaning: (f) => `El certificado está a nombre de ${f.subject ?? 'otro nombre'}, no del servidor al que se llamó, así que no se puede confiar en la conexión.`,
      fix: 'Revisa el nombre del servidor en la configuración. Si está bien, quien gestiona el servidor tiene que instalar un certificado para ese nombre.',
    },
    'tls-outdated': {
      title: 'El servidor solo usa un TLS anticuado',
      meaning: (f) =>
        `El servidor solo ofrece ${f.version ?? 'TLS 1.0 o 1.1'}, que Close y Microsoft 365 ya no aceptan (Microsoft lo desactiva para IMAP y POP en la segunda mitad de 2026).`,
      fix: 'Quien gestiona el servidor, o un filtro entre medias, tiene que permitir TLS 1.2 o posterior.',
    },
    'tls-failed': {
      title: 'No se pudo establecer el cifrado',
      meaning: () => 'Los dos lados no lograron ponerse de acuerdo en una conexión cifrada.',
      fix: 'Avisa a quien gestiona el servidor o la red que hay entre medias; los detalles de arriba muestran dónde se paró.',
    },
    'auth-not-offered': {
      title: 'El servidor no ofrece ninguna forma de iniciar sesión',
      meaning: () => 'Después de cifrar, el servidor no mostró ningún método de inicio de sesión, así que Close no puede iniciar sesión para enviar.',
      fix: 'Pide a quien administra el servicio de correo que active SMTP autenticado para el buzón y que acepte las direcciones IP desde las que envía Close.',
    },
    'auth-in-clear': {
      title: 'El servidor ofrece iniciar sesión antes de cifrar',
      meaning: () => 'El servidor deja que las aplicaciones envíen una contraseña antes de cifrar la conexión. Close siempre cifra primero, pero es una configuración débil.',
      fix: 'Pide a quien gestiona el servidor que solo ofrezca el inicio de sesión después de STARTTLS.',
    },
    'xoauth2-missing': {
      title: 'El servidor no ofrece el inicio de sesión de Microsoft',
      meaning: () => 'El servidor no incluye XOAUTH2, el inicio de sesión que usa Close con el botón de Microsoft.',
      fix: 'Si debería ser Microsoft 365, comprueba que la configuración del servidor apunta a Microsoft. Si no, conéctate con el inicio de sesión propio del proveedor.',
    },
  },
  certificate: (f) =>
    `Certificado: para ${f.subject ?? 'un servidor sin nombre'}, emitido por ${f.issuer ?? 'un emisor sin nombre'}${f.expires ? `, válido hasta el ${f.expires}` : ''}.`,
  nextStep: 'Siguiente paso:',
  refusals: {
    'invalid-address': () => 'Eso no parece una dirección de correo. Envíala como nombre@empresa.com y la compruebo.',
    'rate-limited-user': (minutes) =>
      `Has hecho varias comprobaciones en poco tiempo. Vuelve a intentarlo en ${minutes ?? 'unos'} minuto${minutes === 1 ? '' : 's'}; mientras, podemos seguir sin ella.`,
    'rate-limited-global': (minutes) =>
      `Hay muchas comprobaciones en marcha ahora mismo. Vuelve a intentarlo en ${minutes ?? 'unos'} minuto${minutes === 1 ? '' : 's'}; mientras, podemos seguir sin ella.`,
    'too-many-running': () => 'Hay muchas comprobaciones en marcha ahora mismo. Pídemelo otra vez en un minuto, o seguimos sin ella.',
  },
  targetRefusals: {
    'invalid-host': 'Ese nombre de servidor no es válido, así que no me conecté.',
    'port-not-allowed': 'Solo me conecto a puertos de correo (25, 465, 587, 143, 993) y HTTPS, así que ese no lo toqué.',
    'host-not-found': 'Ese nombre de servidor no existe en el DNS.',
    'blocked-unspecified': 'Ese servidor apunta a una dirección comodín, así que no me conecté.',
    'blocked-loopback': 'Ese servidor apunta a esta misma máquina, así que no me conecté.',
    'blocked-private': 'Ese servidor está en una red privada a la que no debo llegar, así que no me conecté.',
    'blocked-link-local': 'Ese servidor tiene una dirección de enlace local a la que no debo llegar, así que no me conecté.',
    'blocked-cgnat': 'Ese servidor tiene una dirección interna de operador a la que no debo llegar, así que no me conecté.',
    'blocked-unique-local': 'Ese servidor está en una red IPv6 privada a la que no debo llegar, así que no me conecté.',
    'blocked-multicast': 'Ese servidor apunta a una dirección multicast, así que no me conecté.',
    'blocked-reserved': 'Ese servidor apunta a una dirección reservada, así que no me conecté.',
    'blocked-cloud-metadata': 'Ese servidor apunta a una dirección de metadatos de la nube, así que no me conecté.',
  },
  progress: (running, left) =>
    running.length > 0
      ? `Comprobando: ${running.join(', ')} (faltan ${left})…`
      : `Falta${left === 1 ? '' : 'n'} ${left} comprobaci${left === 1 ? 'ón' : 'ones'}…`,
  offer: (address) => `¿Quieres que compruebe ${address} de verdad? Tarda unos 15 segundos y no se cambia ni se envía nada.`,
  signInOffer:
    'Puedo ir más lejos si inicias sesión con Microsoft: probaría el envío y la sincronización como tú y mandaría un mensaje de prueba a tu propio buzón. No le llega nada a nadie más, y olvido el inicio de sesión en cuanto termina la comprobación.',
  signInPrompt: (uri, code) => `Abre ${uri} y escribe el código ${code}. Sigo en cuanto hayas iniciado sesión.`,
  finished: (problems) =>
    problems === 0 ? 'Listo: no encontré nada mal.' : `Listo: ${problems} ${problems === 1 ? 'cosa' : 'cosas'} que arreglar.`,
};
