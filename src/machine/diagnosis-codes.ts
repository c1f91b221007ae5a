/** The public contract: every diagnosis the assistant can name. Used by the API, logs, analytics and handoffs. */
export const DIAGNOSIS_CODES = [
  'smtp-auth-disabled',
  'basic-auth-blocked',
  'bad-credentials',
  'address-mismatch',
  'imap-disabled',
  'smtp-auth-not-offered',
  'ip-blocked',
  'tls-problem',
  'client-not-authenticated',
  'sender-restricted',
  'admin-consent-required',
  'provider-managed',
  'not-microsoft-365',
  'connection-failed',
  'unknown',
] as const;

export type DiagnosisCode = (typeof DIAGNOSIS_CODES)[number];

export function isDiagnosisCode(value: unknown): value is DiagnosisCode {
  return typeof value === 'string' && (DIAGNOSIS_CODES as readonly string[]).includes(value);
}
