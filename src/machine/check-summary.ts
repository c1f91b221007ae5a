import { findingFacts, isFindingId, type FindingFacts, type FindingId } from '../probes/findings.js';
import { isDiagnosisCode, type DiagnosisCode } from './diagnosis-codes.js';

/** What the machine hands the live check when it invokes it. */
export interface CheckInput {
  address: string;
  closeAddress: string;
  signIn: boolean;
}

export type CheckLineStatus = 'pass' | 'warn' | 'fail' | 'skip' | 'error';

/** One check as the conversation remembers it: facts only, no evidence blobs, no secrets. */
export interface CheckLine {
  id: string;
  status: CheckLineStatus;
  summary: string;
  diagnoses: DiagnosisCode[];
  /** what a mail-server check found (older stored checks have none) */
  findings?: FindingId[];
  /** the certificate and TLS facts those findings name (issuer, subject, expiry, TLS version) */
  facts?: FindingFacts;
}

export interface CheckSummary {
  outcome: 'done' | 'failed' | 'interrupted' | 'refused';
  address: string | null;
  checks: CheckLine[];
  diagnoses: DiagnosisCode[];
  /** the finding that decides where the conversation goes next */
  primary: DiagnosisCode | null;
  /** why the check was refused (rate limit, unsafe target, …) */
  refused?: string;
  /** when a refused check may be tried again, in minutes */
  retryAfterMinutes?: number;
}

/** When a check finds several things, the first of these decides the route. */
const PRIMARY_ORDER: readonly DiagnosisCode[] = [
  'not-microsoft-365',
  'provider-managed',
  'smtp-auth-not-offered',
  'ip-blocked',
  'smtp-auth-disabled',
  'basic-auth-blocked',
  'address-mismatch',
  'imap-disabled',
  'admin-consent-required',
  'sender-restricted',
  'tls-problem',
  'bad-credentials',
  'client-not-authenticated',
  'connection-failed',
];

const STATUSES: readonly string[] = ['pass', 'warn', 'fail', 'skip', 'error'];

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function findingsOf(c: Record<string, unknown>): Pick<CheckLine, 'findings' | 'facts'> {
  const findings = (Array.isArray(c.findings) ? c.findings : []).filter(isFindingId);
  if (findings.length === 0) return {};
  return { findings, facts: findingFacts(c.evidence) };
}

/** Reads a probe report tolerantly into what the conversation keeps. */
export function summarizeCheck(report: unknown): CheckSummary {
  const r = asRecord(report);
  const checks: CheckLine[] = (Array.isArray(r.checks) ? r.checks : []).map((raw) => {
    const c = asRecord(raw);
    return {
      id: String(c.id ?? 'unknown'),
      status: (STATUSES.includes(String(c.status)) ? c.status : 'error') as CheckLineStatus,
      summary: String(c.summary ?? '').slice(0, 300),
      diagnoses: (Array.isArray(c.diagnoses) ? c.diagnoses : []).filter(isDiagnosisCode),
      ...findingsOf(c),
    };
  });
  const diagnoses: DiagnosisCode[] = [...new Set((Array.isArray(r.diagnoses) ? r.diagnoses : []).filter(isDiagnosisCode))].filter(
    (d) => d !== 'unknown',
  );
  const refusal = asRecord(r.refused);
  const refused = r.refused ? String(refusal.reason ?? refusal.code ?? r.refused) : undefined;
  const retryAfterMs = typeof refusal.retryAfterMs === 'number' ? refusal.retryAfterMs : undefined;
  return {
    outcome: refused ? 'refused' : 'done',
    address: typeof r.address === 'string' ? r.address : null,
    checks,
    diagnoses,
    primary: PRIMARY_ORDER.find((code) => diagnoses.includes(code)) ?? null,
    ...(refused ? { refused } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) } : {}),
  };
}
