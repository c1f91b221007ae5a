import type { Ambiguity } from './classifier.js';
import type { DiagnosisCode } from './diagnosis-codes.js';
import type { ConnectionMethod, Path, Symptom } from './view-keys.js';
import type { CheckSummary } from './check-summary.js';

/** What the conversation has learned. No prose: only facts that guards and the view read. */
export interface TriageContext {
  symptom: Symptom | null;
  path: Path | null;
  diagnoses: DiagnosisCode[];
  /** the diagnosis that routed the conversation most recently */
  lastDiagnosis: DiagnosisCode | null;
  ambiguity: Ambiguity | null;
  address: string | null;
  provider: string | null;
  connectionMethod: ConnectionMethod | null;
  imapTried: boolean;
  /** the latest live check of the mailbox, if one ran */
  check: CheckSummary | null;
  checkSignIn: boolean;
}

export function initialContext(): TriageContext {
  return {
    symptom: null,
    path: null,
    diagnoses: [],
    lastDiagnosis: null,
    ambiguity: null,
    address: null,
    provider: null,
    connectionMethod: null,
    imapTried: false,
    check: null,
    checkSignIn: false,
  };
}

export function withDiagnosis(context: TriageContext, code: DiagnosisCode): Partial<TriageContext> {
  const diagnoses = code === 'unknown' || context.diagnoses.includes(code) ? context.diagnoses : [...context.diagnoses, code];
  return { diagnoses, lastDiagnosis: code, ambiguity: null };
}
