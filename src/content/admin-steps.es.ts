import type { TriageContext } from '../machine/triage.context.js';

/**
 * Los menús exactos del centro de administración, escritos una vez y usados en el chat y en los mensajes para un
 * administrador. Etiquetas de Microsoft tal como las muestra en español (Learn es-ES); las de Close, en inglés.
 */
export const ADMIN_CENTER = 'Centro de administración de Microsoft 365 (admin.microsoft.com)';
export const OPEN_USER = 'En admin.microsoft.com, abre Usuarios > Usuarios activos > el usuario.';
export const OPEN_MAIL_APPS = 'Ve a la pestaña Correo > Administrar aplicaciones de correo electrónico.';
/** Dónde está el buzón en Close, con los dos nombres de la página: se dice una vez por conversación. */
export const CLOSE_ACCOUNTS = 'Settings > Connected Accounts en Close (Accounts & Apps en el diseño nuevo)';
/** El mismo sitio, una vez dados los dos nombres. */
export const CLOSE_ACCOUNTS_SHORT = 'Accounts & Apps en Close';

/** El artículo del que salen los pasos, como se encuentra en el centro de ayuda de Close (sin enlace: no se conoce). */
export const CLOSE_ARTICLE = 'el artículo "Office365 connected accounts" del centro de ayuda de Close';

/** "Change to primary email": etiqueta no verificada en español, así que va la inglesa entre comillas. */
const CHANGE_TO_PRIMARY = 'Cambiar a correo electrónico principal ("Change to primary email")';

export const TOGGLE_RESET_STEPS = [
  OPEN_USER,
  OPEN_MAIL_APPS,
  'SMTP autenticado está marcado: desmárcalo y selecciona Guardar cambios.',
  'Márcalo otra vez y selecciona Guardar cambios de nuevo.',
];

export const TOGGLE_ENABLE_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Marca SMTP autenticado y selecciona Guardar cambios.'];

export const PRIMARY_ADDRESS_STEPS = [
  OPEN_USER,
  'En la pestaña Cuenta, selecciona Administrar nombre de usuario y correo electrónico.',
  `Cambia el nombre de usuario a la dirección que usas en Close, o busca esa dirección en los alias, abre su menú … y elige ${CHANGE_TO_PRIMARY}.`,
  'Selecciona Guardar cambios.',
];

export const READD_STEPS = readdSteps(CLOSE_ACCOUNTS);

/** Quitar y volver a añadir el buzón en Close; `accounts` dice dónde (largo la primera vez, corto después). */
export function readdSteps(accounts: string): string[] {
  return [
    `En ${accounts}, abre el buzón.`,
    'Pulsa Remove account, al final.',
    'Añádelo de nuevo con + Add Account > Microsoft, con el mismo buzón.',
  ];
}

export const IMAP_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Marca IMAP y pulsa Guardar cambios.'];

/** La dirección del buzón, o null si la persona no la ha dado. */
function mailboxAddress(facts: Readonly<TriageContext>): string | null {
  return facts.address ?? facts.known.closeAddress ?? null;
}

/** La dirección que debe pasar a ser la principal y el nombre de usuario: la conectada en Close. */
function addressToMakePrimary(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

/** Qué usuario abrir, por dirección si la sabemos. */
function openUserStep(address: string | null): string {
  return `En el ${ADMIN_CENTER}, ve a Usuarios > Usuarios activos y abre ${address ?? 'mi usuario'}.`;
}

function numbered(steps: string[]): string[] {
  return steps.map((step, i) => `${i + 1}. ${step}`);
}

/** Los pasos que hacen principal la dirección de Close, con la dirección exacta si se conoce. */
function primaryAddressSteps(facts: Readonly<TriageContext>): string[] {
  const which = addressToMakePrimary(facts) ?? 'la dirección que uso en Close';
  return [
    openUserStep(facts.known.username ?? mailboxAddress(facts)),
    'En la pestaña Cuenta, selecciona Administrar nombre de usuario y correo electrónico.',
    `Haz que ${which} sea la dirección de correo principal y el nombre de usuario: si aparece entre los alias, abre su menú … y elige ${CHANGE_TO_PRIMARY}; si no, cambia el nombre de usuario a esa dirección.`,
    'Selecciona Guardar cambios.',
    'En la pestaña Correo, selecciona Administrar aplicaciones de correo electrónico, comprueba que IMAP está marcado y selecciona Guardar cambios.',
  ];
}

/** "Close usa A, pero mi usuario es B." cuando la persona nos dio ambas y son distintas. */
function usernameNote(facts: Readonly<TriageContext>): string | null {
  const target = addressToMakePrimary(facts);
  const username = facts.known.username;
  if (!username || !target || username.toLowerCase() === target.toLowerCase()) return null;
  return `Close usa ${target}, pero mi nombre de usuario de Microsoft 365 es ${username}.`;
}

/** El mensaje que quien no es administrador reenvía a quien sí lo es. */
export function adminRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `mi buzón, ${address}` : 'mi buzón';
  if (facts.path === 'syncing') {
    return [
      usernameNote(facts)
        ? `Hola, ¿me ayudas con mi buzón? Está conectado a Close (nuestro CRM), pero el correo no se sincroniza. ${usernameNote(facts)}`
        : `Hola, ¿me ayudas con ${mailbox}? Está conectado a Close (nuestro CRM), pero el correo no se sincroniza entre los dos.`,
      '',
      '¿Podrías hacer esto en Microsoft 365?',
      ...numbered(primaryAddressSteps(facts)),
      '',
      'Avísame cuando esté hecho y vuelvo a conectar el buzón en Close. ¡Gracias!',
    ].join('\n');
  }
  return [
    `Hola, ¿me ayudas con ${mailbox}? Close (nuestro CRM) se desconecta cada vez que envío un correo.`,
    '',
    '¿Podrías hacer esto en Microsoft 365?',
    ...numbered([
      openUserStep(address),
      OPEN_MAIL_APPS,
      'Si SMTP autenticado ya está marcado, desmárcalo y selecciona Guardar cambios; luego márcalo otra vez y guarda de nuevo. Si no está marcado, márcalo y selecciona Guardar cambios.',
    ]),
    '',
    'Microsoft puede tardar una media hora en aplicarlo. Avísame cuando esté hecho y vuelvo a conectar en Close. ¡Gracias!',
  ].join('\n');
}

/** La solicitud para la empresa que vendió la suscripción de Microsoft 365 (GoDaddy u otro revendedor). */
export function providerRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `Nuestro buzón de Microsoft 365 ${address}` : 'Mi buzón de Microsoft 365';
  const target = addressToMakePrimary(facts);
  const syncing = facts.path === 'syncing';
  const asks = [
    'SMTP autenticado: activen la autenticación SMTP para el buzón. Si ya está activada, desactívenla, guarden y actívenla de nuevo.',
    'IMAP: comprueben que está activado para el buzón.',
  ];
  if (syncing) {
    asks.unshift(
      `Dirección principal: hagan que ${target ?? 'la dirección que usamos en Close'} sea la dirección de correo principal y el nombre de usuario del buzón (puede que ahora sea un alias).`,
    );
  }
  if (facts.diagnoses.includes('smtp-auth-not-offered') || facts.diagnoses.includes('ip-blocked')) {
    asks.push('Direcciones IP de Close: acepten conexiones desde todas las direcciones IP desde las que envía Close (el equipo de soporte de Close puede darles la lista actual).');
  }
  return [
    'Hola, equipo de soporte:',
    '',
    `${mailbox} está conectado a Close, un CRM que envía y sincroniza el correo por nosotros. Como ustedes administran nuestro Microsoft 365, no podemos cambiar esa configuración de correo por nuestra cuenta.`,
    '',
    'Esto es lo que necesitamos para el buzón:',
    ...numbered(asks),
    '',
    [
      'En el Centro de administración de Microsoft 365, SMTP autenticado e IMAP están en Usuarios > Usuarios activos > el usuario > Correo > Administrar aplicaciones de correo electrónico',
      syncing ? '; la dirección principal está en Cuenta > Administrar nombre de usuario y correo electrónico.' : '.',
      ` Close explica los pasos en ${CLOSE_ARTICLE}.`,
    ].join(''),
    '',
    'Por favor, respóndannos cuando esté hecho. ¡Gracias!',
  ].join('\n');
}
