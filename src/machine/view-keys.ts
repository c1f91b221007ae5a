/**
 * Every state a person can be in. Each is a leaf of the triage machine and has its own text in the content
 * module; a test checks that this list and the machine's leaves are the same.
 */
export const VIEW_KEYS = [
  'askingSymptom',
  'askingCloseStatus',
  'askingForError',
  'describingProblem',
  'clarifyingPath',
  'disambiguating',
  'explainingDiagnosis',
  'notMicrosoft365',
  'askingIsAdmin',
  'bringingInAdmin',
  'askingProviderManaged',
  'contactingProvider',
  'askingToggleState',
  'resettingToggle',
  'enablingToggle',
  'waitingForPropagation',
  'askingReconnectResult',
  'askingConnectionMethod',
  'explainingBasicAuthChange',
  'askingAddressesMatch',
  'fixingPrimaryAddress',
  'readdingAccount',
  'enablingImap',
  'askingSyncResult',
  'checkingIpAllowlist',
  'askingForAddress',
  'offeringCheck',
  'runningCheck',
  'reportingCheck',
  'nextSteps',
  'resolved',
  'escalated',
] as const;

export type ViewKey = (typeof VIEW_KEYS)[number];

export type Symptom = 'sending' | 'syncing' | 'error' | 'smtp-auth-not-supported' | 'close-status' | 'other';
export type Path = 'sending' | 'syncing';
export type ConnectionMethod = 'microsoft' | 'password';
