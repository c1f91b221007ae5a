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
