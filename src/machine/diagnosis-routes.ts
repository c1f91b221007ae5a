import type { DiagnosisCode } from './diagnosis-codes.js';

/**
 * Where the conversation goes once a diagnosis is known. The Record type makes a new code without a route a
 * compile error. Targets are ids of states in the triage machine.
 */
export const DIAGNOSIS_ROUTES: Record<DiagnosisCode, string> = {
  'smtp-auth-disabled': '#triage.admin.askingIsAdmin',
  'basic-auth-blocked': '#triage.sending.explainingBasicAuthChange',
  'bad-credentials': '#triage.diagnosis.explainingDiagnosis',
  'address-mismatch': '#triage.admin.askingIsAdmin',
  'imap-disabled': '#triage.admin.askingIsAdmin',
  'smtp-auth-not-offered': '#triage.smtpAuth.checkingIpAllowlist',
  'ip-blocked': '#triage.smtpAuth.checkingIpAllowlist',
  'tls-problem': '#triage.diagnosis.explainingDiagnosis',
  'client-not-authenticated': '#triage.diagnosis.explainingDiagnosis',
  'sender-restricted': '#triage.diagnosis.explainingDiagnosis',
  'admin-consent-required': '#triage.diagnosis.explainingDiagnosis',
  'provider-managed': '#triage.provider.contactingProvider',
  'not-microsoft-365': '#triage.diagnosis.notMicrosoft365',
  'connection-failed': '#triage.diagnosis.explainingDiagnosis',
  unknown: '#triage.triage.askingSymptom',
};

/** The path a diagnosis belongs to, so that the admin question knows where to go next. */
export const DIAGNOSIS_PATHS: Partial<Record<DiagnosisCode, 'sending' | 'syncing'>> = {
  'smtp-auth-disabled': 'sending',
  'basic-auth-blocked': 'sending',
  'smtp-auth-not-offered': 'sending',
  'ip-blocked': 'sending',
  'provider-managed': 'sending',
  'address-mismatch': 'syncing',
  'imap-disabled': 'syncing',
};
