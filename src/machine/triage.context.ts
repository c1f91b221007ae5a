import type { Ambiguity } from './classifier.js';
import type { DiagnosisCode } from './diagnosis-codes.js';
import type { ConnectionMethod, Path, Symptom } from './view-keys.js';
import type { CheckSummary } from './check-summary.js';

/** A question the conversation skipped because the person had already said the answer. */
export type SkipReason =
  | 'is-admin'
  | 'not-admin'
  | 'provider-manages-it'
  | 'self-managed'
  | 'toggle-on'
  | 'toggle-off'
  | 'connection-method'
  | 'changed-earlier'
  | 'addresses-differ'
  | 'addresses-match';

/** Facts the person volunteered anywhere in the conversation; each lets a question or a wait be skipped. */
export interface KnownFacts {
  isAdmin: boolean | null;
  /** true: a provider such as GoDaddy manages the tenant; false: they manage it themselves */
  providerManaged: boolean | null;
  /** whether Authenticated SMTP is already ticked */
  toggle: 'on' | 'off' | null;
  /** the admin change was made a while ago (yesterday, this morning): no need to wait for Microsoft */
  changedEarlier: boolean;
  /** the address connected in Close, when the person named it apart from the mailbox's username */
  closeAddress: string | null;
  /** the mailbox's Microsoft 365 username (sign-in name), when the person named it */
  username: string | null;
  /** the connection method was said unasked (not as the answer to the question about it) */
  methodVolunteered: boolean;
}

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
  known: KnownFacts;
  /** questions skipped so far, oldest first (the view shows the ones a turn adds) */
  skipped: SkipReason[];
}

export function noKnownFacts(): KnownFacts {
  return { isAdmin: null, providerManaged: null, toggle: null, changedEarlier: false, closeAddress: null, username: null, methodVolunteered: false };
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
    known: noKnownFacts(),
    skipped: [],
  };
}

export function withDiagnosis(context: TriageContext, code: DiagnosisCode): Partial<TriageContext> {
  const diagnoses = code === 'unknown' || context.diagnoses.includes(code) ? context.diagnoses : [...context.diagnoses, code];
  return { diagnoses, lastDiagnosis: code, ambiguity: null };
}
