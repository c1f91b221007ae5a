import type { CheckLine, CheckSummary } from '../machine/check-summary.js';
import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import { CLASSIFIED_FINDINGS, FINDING_DIAGNOSIS, type FindingFacts, type FindingId } from '../probes/findings.js';
import type { CheckId, CheckStatus } from '../probes/types.js';
import { diagnosesEn } from './diagnoses.en.js';
import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import { probesEn } from './probes.en.js';
import type { Prose } from './types.js';

const MARKS: Record<CheckLine['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' };

/** A finding in plain words: what it is and means, and the next step (a refused reply's own diagnosis when it has one). */
export interface FindingExplanation {
  finding: FindingId;
  text: string;
  fix: string;
}

export function explainFindings(findings: readonly FindingId[], facts: FindingFacts, diagnoses: readonly DiagnosisCode[]): FindingExplanation[] {
  const classified = diagnoses.find((d) => !Object.values(FINDING_DIAGNOSIS).includes(d));
  return findings.map((finding) => {
    const words = probesEn.findings[finding];
    const fix = CLASSIFIED_FINDINGS.includes(finding) && classified ? diagnosesEn[classified].fix : words.fix;
    return { finding, text: `${words.title}. ${words.meaning(facts)}`, fix };
  });
}

/** The certificate line, for findings about the certificate (the issuer is the clue to an interception). */
export function certificateLine(findings: readonly FindingId[], facts: FindingFacts): string | undefined {
  return findings.some((f) => f.startsWith('cert-')) && (facts.issuer || facts.subject) ? probesEn.certificate(facts) : undefined;
}

/**
 * The live check's own words for a diagnosis it found (a certificate replaced by antivirus, an outdated TLS, a refused
 * STARTTLS…), finer than the diagnosis's general text; undefined when no check finding stands for it.
 */
export function checkFinding(check: CheckSummary | null, diagnosis: DiagnosisCode | null | undefined): FindingExplanation | undefined {
  for (const line of check?.checks ?? []) {
    if (!diagnosis || !line.diagnoses.includes(diagnosis)) continue;
    const finding = line.findings?.find((f) => FINDING_DIAGNOSIS[f] === diagnosis);
    if (!finding) continue;
    const [explained] = explainFindings([finding], line.facts ?? {}, line.diagnoses);
    const certificate = certificateLine([finding], line.facts ?? {});
    return explained && { ...explained, text: certificate ? `${explained.text} ${certificate}` : explained.text };
  }
  return undefined;
}

/** One line per check: a mark, the check's name, what it found (each finding) or means in plain words, and what was seen. */
export function checkLines(check: CheckSummary): string[] {
  return check.checks
    .filter((c) => c.status !== 'skip')
    .map((c) => {
      const words = probesEn.checks[c.id as CheckId] as ({ name: string } & Record<CheckStatus, string>) | undefined;
      if (!words) return `${MARKS[c.status]} ${c.summary}`;
      const seen = c.status === 'pass' || !c.summary ? '' : ` (${c.summary})`;
      const found = c.findings?.length ? c.findings.map((f) => probesEn.findings[f].title).join('; ') : words[c.status];
      return `${MARKS[c.status]} ${words.name}: ${found}${seen}`;
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
