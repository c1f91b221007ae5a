import type { CheckLine, CheckSummary } from '../machine/check-summary.js';
import type { CheckId, CheckStatus } from '../probes/types.js';
import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import { probesFr } from './probes.fr.js';
import type { Prose } from './types.js';

const MARKS: Record<CheckLine['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' };

/** One line per check: a mark, the check's name, what it means in plain words, and what was seen. */
export function checkLines(check: CheckSummary): string[] {
  return check.checks
    .filter((c) => c.status !== 'skip')
    .map((c) => {
      const words = probesFr.checks[c.id as CheckId] as ({ name: string } & Record<CheckStatus, string>) | undefined;
      if (!words) return `${MARKS[c.status]} ${c.summary}`;
      const seen = c.status === 'pass' || !c.summary ? '' : ` (${c.summary})`;
      return `${MARKS[c.status]} ${words.name} : ${words[c.status]}${seen}`;
    });
}

function refusalText(check: CheckSummary): string {
  const reason = check.refused as ProbeRefusalReason | undefined;
  const say = reason ? probesFr.refusals[reason] : undefined;
  return say ? say(check.retryAfterMinutes) : 'Je ne peux pas lancer cette vérification pour le moment. Nous pouvons continuer sans elle.';
}

/** The words for a finished (or unfinished) live check. */
export function checkReport(check: CheckSummary | null): Prose {
  if (!check || check.outcome === 'interrupted') {
    return { text: 'La vérification a été interrompue avant la fin (le service a redémarré). Vous pouvez la relancer.' };
  }
  if (check.outcome === 'failed') {
    return { text: 'Désolé, la vérification elle-même a échoué : je ne peux rien en tirer. Vous pouvez réessayer ou continuer.' };
  }
  if (check.outcome === 'refused') return { text: refusalText(check) };
  const found = check.diagnoses.length > 0;
  return {
    text: found
      ? `Voici ce que j’ai trouvé pour ${check.address ?? 'la boîte mail'} :`
      : `Tout ce que je peux voir de l’extérieur semble correct pour ${check.address ?? 'la boîte mail'} :`,
    steps: checkLines(check),
    after: found
      ? 'Continuez, et je vous guiderai pour corriger cela.'
      : 'La cause est donc sans doute un réglage dans Microsoft 365 ou dans Close. Continuons.',
  };
}
