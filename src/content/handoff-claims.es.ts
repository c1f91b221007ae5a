import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** Lo que dice un canal de chat cuando un código de traspaso no se puede usar ahí; `otherApps` dice dónde va. */
export function handoffRefusedEs(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'unknown-code': 'No reconozco ese código. Revisa el enlace que te envió tu agente de soporte, o cuéntame qué pasa.',
    'wrong-channel': `Ese código es de otra app (${otherApps}). Abre el enlace de nuevo, o cuéntame aquí qué pasa.`,
    expired: 'Ese enlace ha caducado. Pide uno nuevo a tu agente de soporte, o cuéntame qué pasa y empezamos de cero.',
    'already-used': 'Ese enlace ya se usó. Sigue en la conversación que abrió, o cuéntame qué pasa.',
  };
}
