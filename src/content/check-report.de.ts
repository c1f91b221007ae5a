import type { CheckLine, CheckSummary } from '../machine/check-summary.js';
import type { CheckId, CheckStatus } from '../probes/types.js';
import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import { probesDe } from './probes.de.js';
import type { Prose } from './types.js';

const MARKS: Record<CheckLine['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' };

/** Eine Zeile pro Prüfung: ein Zeichen, der Name der Prüfung, was sie in einfachen Worten bedeutet, und was zu sehen war. */
export function checkLines(check: CheckSummary): string[] {
  return check.checks
    .filter((c) => c.status !== 'skip')
    .map((c) => {
      const words = probesDe.checks[c.id as CheckId] as ({ name: string } & Record<CheckStatus, string>) | undefined;
      if (!words) return `${MARKS[c.status]} ${c.summary}`;
      const seen = c.status === 'pass' || !c.summary ? '' : ` (${c.summary})`;
      return `${MARKS[c.status]} ${words.name}: ${words[c.status]}${seen}`;
    });
}

function refusalText(check: CheckSummary): string {
  const reason = check.refused as ProbeRefusalReason | undefined;
  const say = reason ? probesDe.refusals[reason] : undefined;
  return say ? say(check.retryAfterMinutes) : 'Diese Prüfung kann ich gerade nicht starten. Wir können ohne sie weitermachen.';
}

/** Die Worte für eine fertige (oder abgebrochene) Live-Prüfung. */
export function checkReport(check: CheckSummary | null): Prose {
  if (!check || check.outcome === 'interrupted') {
    return { text: 'Die Prüfung wurde unterbrochen, bevor sie fertig war (der Dienst wurde neu gestartet). Du kannst sie noch einmal starten.' };
  }
  if (check.outcome === 'failed') {
    return { text: 'Die Prüfung selbst ist leider fehlgeschlagen, darum kann ich daraus nichts ablesen. Du kannst es noch einmal versuchen oder weitermachen.' };
  }
  if (check.outcome === 'refused') return { text: refusalText(check) };
  const found = check.diagnoses.length > 0;
  return {
    text: found
      ? `Das habe ich für ${check.address ?? 'das Postfach'} gefunden:`
      : `Von außen sieht für ${check.address ?? 'das Postfach'} alles gut aus:`,
    steps: checkLines(check),
    after: found
      ? 'Mach weiter, dann führe ich dich durch die Lösung.'
      : 'Die Ursache ist also wahrscheinlich eine Einstellung in Microsoft 365 oder in Close. Machen wir weiter.',
  };
}
