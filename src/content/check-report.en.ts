import type { CheckLine, CheckSummary } from '../machine/check-summary.js';
import type { CheckId, CheckStatus } from '../probes/types.js';
import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import { probesEn } from './probes.en.js';
import type { Prose } from './types.js';

const MARKS: Record<CheckLine['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' };

/**
 * What a check saw (a host name from DNS, a server's reply) comes from whoever controls the domain: shown as code,
 * which Slack, Teams and the web page never turn into a link, and without backticks that could end the code early.
 */
export const asCode = (seen: string): string => `\`${seen.replaceAll('`', "'")}\``;

/** One line per check: a mark, the check's name, what it means in plain words, and what was seen. */
export function checkLines(check: CheckSummary): string[] {
  return check.checks
    .filter((c) => c.status !== 'skip')
    .map((c) => {
      const words = probesEn.checks[c.id as CheckId] as ({ name: string } & Record<CheckStatus, string>) | undefined;
      if (!words) return `${MARKS[c.status]} ${c.summary}`;
      const seen = c.status === 'pass' || !c.summary ? '' : ` (${asCode(c.summary)})`;
      return `${MARKS[c.status]} ${words.name}: ${words[c.status]}${seen}`;
    });
}

function refusalText(check: CheckSummary): string {
  const reason = check.refused as ProbeRefusalReason | undefined;
  const say = reason ? probesEn.refusals[reason] : undefined;
  return say ? say(check.retryAfterMinutes) : "I can't run that check right now. We can carry on without it.";
}

/** The words for a finished (or unfinished) live check. */
export function checkReport(check: CheckSummary | null): Prose {
  if (!check || check.outcome === 'interrupted') {
    return { text: 'The check was interrupted before it finished (the service restarted). You can run it again.' };
  }
  if (check.outcome === 'failed') {
    return { text: "Sorry, the check itself failed, so I can't tell you anything from it. You can try again or carry on." };
  }
  if (check.outcome === 'refused') return { text: refusalText(check) };
  const found = check.diagnoses.length > 0;
  return {
    text: found
      ? `Here is what I found for ${check.address ?? 'the mailbox'}:`
      : `Everything I can see from outside looks fine for ${check.address ?? 'the mailbox'}:`,
    steps: checkLines(check),
    after: found ? 'Carry on and I will take you through the fix.' : 'So the cause is likely a setting inside Microsoft 365 or Close. Let’s carry on.',
  };
}
