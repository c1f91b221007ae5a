import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** Lo que dice un canal de chat cuando un código de traspaso no se puede usar ahí; `otherApps` dice dónde va. */
export function handoffRefusedEs(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'not-claimable': `No puedo empezar con ese código aquí: puede ser de otra app (${otherApps}), haber caducado o estar ya usado. Abre otra vez el enlace que te envió tu agente de soporte, o cuéntame qué pasa.`,
    'too-many-attempts': 'Ya probaste muchos códigos. Espera unos minutos, o cuéntame directamente qué pasa.',
  };
}
