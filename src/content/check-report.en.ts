import type { CheckLine, CheckSummary } from '../machine/check-summary.js';
import type { Prose } from './types.js';

const MARKS: Record<CheckLine['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' };

/** One line per check: a mark and what was seen. */
export function checkLines(check: CheckSummary): string[] {
  return check.checks.map((c) => `${MARKS[c.status]} ${c.summary}`);
}

/** The words for a finished (or unfinished) live check. */
export function checkReport(check: CheckSummary | null): Prose {
  if (!check || check.outcome === 'interrupted') {
    return { text: 'The check was interrupted before it finished (the service restarted). You can run it again.' };
  }
  if (check.outcome === 'failed') {
    return { text: "Sorry, the check itself failed, so I can't tell you anything from it. You can try again or carry on." };
  }
  if (check.outcome === 'refused') {
    return { text: `I can't run that check right now: ${check.refused ?? 'it was refused'}. You can carry on without it.` };
  }
  const found = check.diagnoses.length > 0;
  return {
    text: found
      ? `Here is what I found for ${check.address ?? 'the mailbox'}:`
      : `Everything I can see from outside looks fine for ${check.address ?? 'the mailbox'}:`,
    steps: checkLines(check),
    after: found ? 'Carry on and I will take you through the fix.' : 'So the cause is likely a setting inside Microsoft 365 or Close. Let’s carry on.',
  };
}
