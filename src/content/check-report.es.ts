import type { CheckLine, CheckSummary } from '../machine/check-summary.js';
import type { CheckId, CheckStatus } from '../probes/types.js';
import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import { probesEs } from './probes.es.js';
import type { Prose } from './types.js';

const MARKS: Record<CheckLine['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' };

/** Una línea por comprobación: una marca, su nombre, qué significa en palabras sencillas y qué se vio. */
export function checkLines(check: CheckSummary): string[] {
  return check.checks
    .filter((c) => c.status !== 'skip')
    .map((c) => {
      const words = probesEs.checks[c.id as CheckId] as ({ name: string } & Record<CheckStatus, string>) | undefined;
      if (!words) return `${MARKS[c.status]} ${c.summary}`;
      const seen = c.status === 'pass' || !c.summary ? '' : ` (${c.summary})`;
      return `${MARKS[c.status]} ${words.name}: ${words[c.status]}${seen}`;
    });
}

function refusalText(check: CheckSummary): string {
  const reason = check.refused as ProbeRefusalReason | undefined;
  const say = reason ? probesEs.refusals[reason] : undefined;
  return say ? say(check.retryAfterMinutes) : 'Ahora mismo no puedo hacer esa comprobación. Podemos seguir sin ella.';
}

/** Las palabras de una comprobación en vivo terminada (o no). */
export function checkReport(check: CheckSummary | null): Prose {
  if (!check || check.outcome === 'interrupted') {
    return { text: 'La comprobación se interrumpió antes de terminar (el servicio se reinició). Puedes lanzarla otra vez.' };
  }
  if (check.outcome === 'failed') {
    return { text: 'Lo siento, la comprobación en sí falló, así que no puedo sacar nada de ella. Puedes intentarlo de nuevo o seguir adelante.' };
  }
  if (check.outcome === 'refused') return { text: refusalText(check) };
  const found = check.diagnoses.length > 0;
  return {
    text: found
      ? `Esto es lo que encontré para ${check.address ?? 'el buzón'}:`
      : `Todo lo que puedo ver desde fuera parece correcto para ${check.address ?? 'el buzón'}:`,
    steps: checkLines(check),
    after: found ? 'Sigue y te llevo paso a paso a la solución.' : 'Así que lo más probable es que la causa sea una opción dentro de Microsoft 365 o de Close. Sigamos.',
  };
}
