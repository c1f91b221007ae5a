import type { DiagnosisCode } from './diagnosis-codes.js';

/**
 * Where the conversation goes once a diagnosis is known. The Record type makes a new code without a route a
 * compile error. Targets are ids of states in the triage machine.
 */
export const DIAGNOSIS_ROUTES: Record<DiagnosisCode, string> = {
  'smtp-auth-disabled': '#triage.conversation.admin.askingIsAdmin',
  'basic-auth-blocked': '#triage.conversation.sending.explainingBasicAuthChange',
  'bad-credentials': '#triage.conversation.diagnosis.explainingDiagnosis',
  'address-mismatch': '#triage.conversation.admin.askingIsAdmin',
  'imap-disabled': '#triage.conversation.admin.askingIsAdmin',
  'smtp-auth-not-offered': '#triage.conversation.smtpAuth.checkingIpAllowlist',
  'ip-blocked': '#triage.conversation.smtpAuth.checkingIpAllowlist',
  'tls-problem': '#triage.conversation.diagnosis.explainingDiagnosis',
  'client-not-authenticated': '#triage.conversation.diagnosis.explainingDiagnosis',
  'sender-restricted': '#triage.conversation.diagnosis.explainingDiagnosis',
  'admin-consent-required': '#triage.conversation.diagnosis.explainingDiagnosis',
  'provider-managed': '#triage.conversation.provider.contactingProvider',
  'not-microsoft-365': '#triage.conversation.diagnosis.notMicrosoft365',
  'connection-failed': '#triage.conversation.diagnosis.explainingDiagnosis',
  unknown: '#triage.conversation.triage.askingSymptom',
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
