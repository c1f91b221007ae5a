import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { NetFailure } from './net/net-failure.js';

/**
 * What a mail-server check can find, finer than a diagnosis: the words a person reads come from the finding
 * (src/content/probes.en.ts `findings`), the route of the conversation from the diagnosis.
 */
export const FINDING_IDS = [
  'refused',
  'unreachable',
  'hung-up',
  'stalled',
  'greeting-refused',
  'reply-refused',
  'not-microsoft',
  'no-starttls',
  'starttls-refused',
  'cert-expired',
  'cert-untrusted',
  'cert-wrong-host',
  'tls-outdated',
  'tls-failed',
  'auth-not-offered',
  'auth-in-clear',
  'xoauth2-missing',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

export const isFindingId = (value: unknown): value is FindingId => (FINDING_IDS as readonly unknown[]).includes(value);

/** The diagnosis each finding stands for, when it has one of its own (replies are classified instead). */
export const FINDING_DIAGNOSIS: Partial<Record<FindingId, DiagnosisCode>> = {
  refused: 'connection-failed',
  unreachable: 'connection-failed',
  'hung-up': 'connection-failed',
  stalled: 'connection-failed',
  'no-starttls': 'tls-problem',
  'starttls-refused': 'tls-problem',
  'cert-expired': 'tls-problem',
  'cert-untrusted': 'tls-problem',
  'cert-wrong-host': 'tls-problem',
  'tls-outdated': 'tls-problem',
  'tls-failed': 'tls-problem',
  'auth-not-offered': 'smtp-auth-not-offered',
};

/** Findings that are a server's refusing reply: the reply itself is classified for the diagnosis (ip-blocked, …). */
export const CLASSIFIED_FINDINGS: readonly FindingId[] = ['greeting-refused', 'reply-refused'];

const EXPIRED = /^(CERT_HAS_EXPIRED|CERT_NOT_YET_VALID)$/;
const UNTRUSTED = /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_UNTRUSTED|CERT_SIGNATURE_FAILURE)$/;
const OUTDATED = /protocol[ _]version|unsupported[ _]protocol|no protocols available|wrong version number/i;

/** A network failure in plain terms: a refused port, a silent server, which certificate problem, an old TLS. */
export function findingForFailure(failure: NetFailure, connected: boolean): FindingId {
  const code = failure.code ?? '';
  if (failure.kind === 'refused') return 'refused';
  if (failure.kind === 'tls') {
    if (EXPIRED.test(code)) return 'cert-expired';
    if (UNTRUSTED.test(code)) return 'cert-untrusted';
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'cert-wrong-host';
    return 'tls-failed';
  }
  if (failure.kind === 'timeout') return connected ? 'stalled' : 'unreachable';
  if (failure.kind === 'closed') return connected ? 'hung-up' : 'unreachable';
  return 'unreachable';
}

/** True when a handshake failure may come from a server that speaks only TLS 1.0/1.1 (worth a second look). */
export const mayBeOutdatedTls = (failure: NetFailure): boolean => failure.kind === 'tls' && OUTDATED.test(`${failure.code ?? ''} ${failure.message}`);

/** The facts a finding's words may name: who issued the certificate, whom it names, when it ends, the TLS offered. */
export interface FindingFacts {
  issuer?: string;
  subject?: string;
  expires?: string;
  version?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value.slice(0, 120) : undefined);

/** Reads the finding facts out of a check's evidence (tolerantly: evidence is untyped and may come from storage). */
export function findingFacts(evidence: unknown): FindingFacts {
  const e = (typeof evidence === 'object' && evidence !== null ? evidence : {}) as Record<string, unknown>;
  const tls = (typeof e.tls === 'object' && e.tls !== null ? e.tls : {}) as Record<string, unknown>;
  const facts: FindingFacts = { issuer: text(tls.certIssuer), subject: text(tls.certSubject), expires: text(tls.certValidTo), version: text(e.tlsOffered) };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as FindingFacts;
}
