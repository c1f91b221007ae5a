import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { FindingId } from './findings.js';

/** Every check a probe can run, in the order a report lists them. */
export const CHECK_IDS = [
  'mx',
  'tenant',
  'smtp',
  'imap',
  'close-status',
  'sign-in',
  'smtp-oauth',
  'test-message',
  'imap-oauth',
  'graph-me',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'skip', 'error'] as const;
/** pass: fine; warn: works but something is off; fail: a finding; skip: not run; error: could not check. */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** What one check saw: facts only (no sentences for users; those live in src/content/probes.en.ts). */
export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** a short factual line: what was seen */
  summary: string;
  /** the raw facts (replies, hosts, versions); never a token, password or device code */
  evidence: Record<string, unknown>;
  diagnoses: DiagnosisCode[];
  /** what a mail-server check found, in the order found (every one is shown); the words live in the content */
  findings?: FindingId[];
}

/** What every check receives: a signal that aborts it, and an absolute deadline (epoch ms). */
export interface CheckContext {
  signal: AbortSignal;
  deadline: number;
}

export function checkResult(
  id: CheckId,
  status: CheckStatus,
  summary: string,
  evidence: Record<string, unknown> = {},
  diagnoses: DiagnosisCode[] = [],
  findings: FindingId[] = [],
): CheckResult {
  return { id, status, summary, evidence, diagnoses: [...new Set(diagnoses)], ...(findings.length ? { findings: [...new Set(findings)] } : {}) };
}

/** A host and port to connect to. */
export interface Endpoint {
  host: string;
  port: number;
}
