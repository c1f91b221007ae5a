import type { DiagnosisCode } from '../machine/diagnosis-codes.js';

/** The order a report lists diagnoses in: the ones that decide the route first. */
export const ROUTING_ORDER: readonly DiagnosisCode[] = [
  'not-microsoft-365',
  'provider-managed',
  'connection-failed',
  'tls-problem',
  'smtp-auth-not-offered',
  'admin-consent-required',
  'smtp-auth-disabled',
  'basic-auth-blocked',
  'imap-disabled',
  'address-mismatch',
  'ip-blocked',
  'sender-restricted',
  'client-not-authenticated',
  'bad-credentials',
  'unknown',
];

export function orderDiagnoses(codes: Iterable<DiagnosisCode>): DiagnosisCode[] {
  const found = new Set(codes);
  return ROUTING_ORDER.filter((code) => found.has(code));
}
