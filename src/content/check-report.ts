import type { CheckLine, CheckSummary } from '../machine/check-summary.js';
import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import { CLASSIFIED_FINDINGS, FINDING_DIAGNOSIS, type FindingFacts, type FindingId } from '../probes/findings.js';
import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import type { CheckId, CheckStatus } from '../probes/types.js';
import type { ProbeContent } from './probes.en.js';
import type { Prose } from './types.js';

/**
 * What a check saw (a host name from DNS, a server's reply) comes from whoever controls the domain: shown as code,
 * which Slack, Teams and the web page never turn into a link, and without backticks that could end the code early.
 */
export const asCode = (seen: string): string => `\`${seen.replaceAll('`', "'")}\``;

const MARKS: Record<CheckLine['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' };

/** A finding in plain words: what it is and means, and the next step (a refused reply's own diagnosis when it has one). */
export interface FindingExplanation {
  finding: FindingId;
  text: string;
  fix: string;
}

/** A locale's own sentences for the check report; everything else comes from its probes and diagnoses. */
export interface CheckReportWords {
  /** between a check's name and what it found: ': ' (French: ' : ') */
  colon: string;
  /** a check that cannot run, for no known reason */
  cannotRun: string;
  interrupted: string;
  failed: string;
  /** "the mailbox", when the address is not known */
  mailbox: string;
  found: (address: string) => string;
  allFine: (address: string) => string;
  afterFound: string;
  afterFine: string;
}

/** The check report of one language: the same logic in every language, only the words differ. */
export function checkReportIn(probes: ProbeContent, diagnoses: Record<DiagnosisCode, { fix: string }>, words: CheckReportWords) {
  function explainFindings(findings: readonly FindingId[], facts: FindingFacts, found: readonly DiagnosisCode[]): FindingExplanation[] {
    const classified = found.find((d) => !Object.values(FINDING_DIAGNOSIS).includes(d));
    return findings.map((finding) => {
      const prose = probes.findings[finding];
      const fix = CLASSIFIED_FINDINGS.includes(finding) && classified ? diagnoses[classified].fix : prose.fix;
      return { finding, text: `${prose.title}. ${prose.meaning(facts)}`, fix };
    });
  }

  /** The certificate line, for findings about the certificate (the issuer is the clue to an interception). */
  function certificateLine(findings: readonly FindingId[], facts: FindingFacts): string | undefined {
    return findings.some((f) => f.startsWith('cert-')) && (facts.issuer || facts.subject) ? probes.certificate(facts) : undefined;
  }

  /**
   * The live check's own words for a diagnosis it found (a certificate replaced by antivirus, an outdated TLS, a refused
   * STARTTLS…), finer than the diagnosis's general text; undefined when no check finding stands for it.
   */
  function checkFinding(check: CheckSummary | null, diagnosis: DiagnosisCode | null | undefined): FindingExplanation | undefined {
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
  function checkLines(check: CheckSummary): string[] {
    return check.checks
      .filter((c) => c.status !== 'skip')
      .map((c) => {
        const names = probes.checks[c.id as CheckId] as ({ name: string } & Record<CheckStatus, string>) | undefined;
        if (!names) return `${MARKS[c.status]} ${c.summary}`;
        const seen = c.status === 'pass' || !c.summary ? '' : ` (${asCode(c.summary)})`;
        const found = c.findings?.length ? c.findings.map((f) => probes.findings[f].title).join('; ') : names[c.status];
        return `${MARKS[c.status]} ${names.name}${words.colon}${found}${seen}`;
      });
  }

  function refusalText(check: CheckSummary): string {
    const reason = check.refused as ProbeRefusalReason | undefined;
    const say = reason ? probes.refusals[reason] : undefined;
    return say ? say(check.retryAfterMinutes) : words.cannotRun;
  }

  /** The words for a finished (or unfinished) live check. */
  function checkReport(check: CheckSummary | null): Prose {
    if (!check || check.outcome === 'interrupted') return { text: words.interrupted };
    if (check.outcome === 'failed') return { text: words.failed };
    if (check.outcome === 'refused') return { text: refusalText(check) };
    const found = check.diagnoses.length > 0;
    const address = check.address ?? words.mailbox;
    return {
      text: found ? words.found(address) : words.allFine(address),
      steps: checkLines(check),
      after: found ? words.afterFound : words.afterFine,
    };
  }

  return { explainFindings, certificateLine, checkFinding, checkLines, checkReport };
}
