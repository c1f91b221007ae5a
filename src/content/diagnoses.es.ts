import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { DiagnosisProse } from './types.js';
import { CLOSE_ACCOUNTS } from './admin-steps.es.js';

export const diagnosesEs: Record<DiagnosisCode, DiagnosisProse> = {
  'smtp-auth-disabled': {
    title: 'SMTP autenticado está desactivado',
    meaning: 'Microsoft 365 no deja que apps como Close inicien sesión para enviar correo, porque SMTP autenticado está desactivado para este buzón o para toda la organización.',
    fix: 'Un administrador activa SMTP autenticado en el Centro de administración de Microsoft 365, en Usuarios > Usuarios activos > el usuario > Correo > Administrar aplicaciones de correo electrónico.',
  },
  'basic-auth-blocked': {
    title: 'El inicio de sesión con contraseña está bloqueado',
    meaning: 'Microsoft 365 ya no acepta una contraseña sin más para este buzón: lo bloquean los valores predeterminados de seguridad, una directiva de autenticación o la retirada de la autenticación básica.',
    fix: `Conecta el buzón en ${CLOSE_ACCOUNTS} con + Add Account > Microsoft, que inicia sesión con Microsoft en vez de con contraseña.`,
  },
  'bad-credentials': {
    title: 'Se rechazaron los datos de inicio de sesión',
    meaning: 'Microsoft 365 no aceptó la dirección y la contraseña, o el inicio de sesión guardado ha caducado.',
    fix: `Quita el buzón en ${CLOSE_ACCOUNTS} y vuelve a añadirlo con + Add Account > Microsoft, iniciando sesión con el mismo buzón.`,
  },
  'address-mismatch': {
    title: 'La dirección de Close no es la principal del buzón',
    meaning: 'Close envía con una dirección que el buzón con sesión iniciada no puede usar, normalmente porque solo es un alias.',
    fix: 'Un administrador hace que la dirección de Close sea el nombre de usuario o la dirección principal del buzón (Usuarios > Usuarios activos > el usuario > Cuenta > Administrar nombre de usuario y correo electrónico) y luego se vuelve a añadir el buzón en Close.',
  },
  'imap-disabled': {
    title: 'IMAP está desactivado para el buzón',
    meaning: 'Close lee y archiva el correo por IMAP, y Microsoft 365 lo tiene desactivado para este buzón.',
    fix: 'Un administrador marca IMAP en Usuarios > Usuarios activos > el usuario > Correo > Administrar aplicaciones de correo electrónico, guarda, y se vuelve a añadir el buzón en Close.',
  },
  'smtp-auth-not-offered': {
    title: 'El servidor no ofreció ninguna forma de iniciar sesión',
    meaning: 'Close llegó al servidor de correo, pero no pudo iniciar sesión para enviar. El problema no es tu contraseña.',
    fix: 'Asegúrate de que el proveedor acepta todas las direcciones IP desde las que envía Close y de que SMTP autenticado está activado.',
  },
  'ip-blocked': {
    title: 'Microsoft rechazó la dirección IP',
    meaning: 'Microsoft cortó la conexión por la dirección IP de origen, normalmente uno de los servidores desde los que envía Close. El problema no es tu contraseña.',
    fix: 'Pide a quien administra tu Microsoft 365 (tu administrador o tu proveedor) que acepte todas las direcciones IP desde las que envía Close. Si Microsoft las sigue rechazando, el soporte de Close puede revisarlo.',
  },
  'tls-problem': {
    title: 'No se pudo establecer una conexión segura',
    meaning: 'Las dos partes no se pusieron de acuerdo en una conexión cifrada. Eso viene de cómo se conectó el buzón, normalmente a mano con datos del servidor, no de una opción de Microsoft 365.',
    fix: `Quita el buzón en ${CLOSE_ACCOUNTS} y vuelve a añadirlo con + Add Account > Microsoft. Así Close prepara la conexión segura por sí solo.`,
  },
  'client-not-authenticated': {
    title: 'La app intentó enviar sin iniciar sesión',
    meaning: 'Microsoft 365 solo reenvía correo cuando la app ha iniciado sesión, y esta no lo había hecho.',
    fix: `Vuelve a conectar el buzón en ${CLOSE_ACCOUNTS} con + Add Account > Microsoft para que Close inicie sesión antes de enviar.`,
  },
  'sender-restricted': {
    title: 'El buzón tiene bloqueado el envío',
    meaning: 'Microsoft puso este buzón en su lista de restringidos, normalmente después de que enviara correo que parecía spam.',
    fix: 'Un administrador revisa el portal de Microsoft Defender en "Email & collaboration > Review > Restricted entities", quita el bloqueo y cambia la contraseña.',
  },
  'admin-consent-required': {
    title: 'Close necesita la aprobación de un administrador',
    meaning: 'Tu organización exige que un administrador apruebe las apps antes de que la gente inicie sesión en ellas con Microsoft.',
    fix: 'Un administrador abre el Centro de administración de Microsoft Entra > "Enterprise apps > Admin consent requests" (o inicia sesión una vez en Close) y concede el consentimiento.',
  },
  'provider-managed': {
    title: 'Un proveedor administra tu Microsoft 365',
    meaning: 'Tu Microsoft 365 se compró a través de un revendedor como GoDaddy, que tiene la configuración de administración.',
    fix: 'Pide al equipo de soporte del proveedor que active SMTP autenticado e IMAP para el buzón.',
  },
  'not-microsoft-365': {
    title: 'Este buzón no es de Microsoft 365',
    meaning: 'El dominio no recibe el correo a través de Microsoft 365, así que la configuración de Microsoft no aplica.',
    fix: 'Sigue las instrucciones de tu propio proveedor de correo para conectarlo a Close.',
  },
  'connection-failed': {
    title: 'No se pudo llegar al servidor de correo de Microsoft',
    meaning: 'La conexión con el servidor de correo de Microsoft tardó demasiado o fue rechazada. Suele ser un problema de red pasajero, no una opción de tu lado.',
    fix: `Espera unos minutos y vuelve a conectar el buzón en ${CLOSE_ACCOUNTS}. Si sigue pasando, una persona del soporte puede revisarlo.`,
  },
  unknown: {
    title: 'Un error que no reconozco',
    meaning: 'No pude relacionar ese mensaje con ninguna causa que conozca.',
    fix: 'Cuéntame qué ves y te guío a partir de ahí.',
  },
};
