import { classifyError } from '../machine/classifier.js';
import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import { FINDING_DIAGNOSIS, findingForFailure, mayBeOutdatedTls, type FindingId } from './findings.js';
import { readImapGreeting, type ImapGreeting, type ImapProgress } from './net/imap-greeting.js';
import { deadlineSignal, failureEvidence, fromSocketError, NetFailure } from './net/net-failure.js';
import type { SmtpTarget } from './net/smtp-session.js';
import { isOldTls } from './net/tls-facts.js';
import { guardTarget, type TargetPolicy } from './safety/target-guard.js';
import { checkResult, type CheckContext, type CheckResult, type Endpoint } from './types.js';

export interface ImapProbeInput {
  endpoint: Endpoint;
  expectMicrosoft: boolean;
  policy: TargetPolicy;
  ca?: string | undefined;
  /** TLS from the first byte; by default on every port but 143 (which uses STARTTLS when offered) */
  implicitTls?: boolean;
}

/** Exchange Online greets with "The Microsoft Exchange IMAP4 service is ready." */
export const MICROSOFT_IMAP_GREETING = /Microsoft Exchange IMAP4/i;

/** The TLS version a server that failed the handshake speaks when offered only TLS 1.0/1.1, if it does. */
async function outdatedTls(target: SmtpTarget, input: ImapProbeInput, signal: AbortSignal): Promise<string | undefined> {
  try {
    const implicitTls = input.implicitTls ?? target.port !== 143;
    const seen = await readImapGreeting(target, { signal, ca: input.ca, implicitTls, legacyTls: true }, { stage: 'connect', connected: false });
    const protocol = seen.tls?.protocol ?? null;
    return isOldTls(protocol) ? (protocol ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** What a greeting that got through says: plain text, a refused STARTTLS, a stranger, no XOAUTH2 (every one). */
function greetingFindings(seen: ImapGreeting, auth: string[], expectMicrosoft: boolean): FindingId[] {
  const findings: FindingId[] = [];
  if (seen.startTlsReply !== undefined) findings.push('starttls-refused');
  else if (!seen.tls) findings.push('no-starttls');
  if (expectMicrosoft && !MICROSOFT_IMAP_GREETING.test(seen.greeting)) findings.push('not-microsoft');
  if (!auth.includes('XOAUTH2')) findings.push('xoauth2-missing');
  return findings;
}

/** IMAP without credentials: connect, TLS (or STARTTLS on 143), greeting, capabilities (AUTH=XOAUTH2). */
export async function probeImap(input: ImapProbeInput, ctx: CheckContext): Promise<CheckResult> {
  const signal = deadlineSignal(ctx);
  const { host, port } = input.endpoint;
  const evidence: Record<string, unknown> = { host, port };
  const target = await guardTarget(host, port, input.policy, signal);
  if (!target.ok) {
    const notFound = target.reason === 'host-not-found';
    return checkResult('imap', notFound ? 'fail' : 'error', `${host}:${port} refused: ${target.reason}`, { ...evidence, refused: target.reason }, notFound ? ['connection-failed'] : []);
  }
  evidence.address = target.ip;
  const progress: ImapProgress = { stage: 'connect', connected: false };
  let seen: ImapGreeting;
  try {
    seen = await readImapGreeting(target, { signal, ca: input.ca, implicitTls: input.implicitTls ?? port !== 143 }, progress);
  } catch (error) {
    const failure = error instanceof NetFailure ? error : fromSocketError(error);
    const { stage } = progress;
    if (failure.kind === 'aborted') return checkResult('imap', 'error', 'probe cancelled', { ...evidence, ...failureEvidence(failure, stage) });
    if (failure.tls) evidence.tls = failure.tls;
    let finding = findingForFailure(failure, progress.connected);
    if (mayBeOutdatedTls(failure)) {
      const offered = await outdatedTls(target, input, signal);
      if (offered) {
        finding = 'tls-outdated';
        evidence.tlsOffered = offered;
      }
    }
    const diagnoses = [FINDING_DIAGNOSIS[finding] ?? 'connection-failed'];
    return checkResult('imap', 'fail', `${host}:${port} ${failure.kind} at ${stage}`, { ...evidence, ...failureEvidence(failure, stage) }, diagnoses, [finding]);
  }
  Object.assign(evidence, { greeting: seen.greeting, capabilities: seen.capabilities, tls: seen.tls });
  if (!seen.accepted) {
    const code = classifyError(seen.greeting).code;
    const diagnoses: DiagnosisCode[] = code === 'unknown' ? [] : [code];
    return checkResult('imap', 'fail', `${host}:${port} greeting: ${seen.greeting}`, { ...evidence, stage: 'greeting' }, diagnoses, ['greeting-refused']);
  }
  const auth = seen.capabilities.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice(5));
  evidence.auth = auth;
  const findings = greetingFindings(seen, auth, input.expectMicrosoft);
  if (findings.includes('not-microsoft')) evidence.intercepted = true;
  if (seen.startTlsReply !== undefined) evidence.reply = seen.startTlsReply;
  const seenLine = `${host}:${port} ${seen.tls?.protocol ?? 'no TLS'}, greeting "${seen.greeting}", AUTH ${auth.join(' ') || 'none'}`;
  const notes = findings.map((f) => NOTES[f]).filter(Boolean);
  const summary = notes.length ? `${seenLine}: ${notes.join('; ')}` : seenLine;
  const clear = findings.includes('no-starttls') || findings.includes('starttls-refused');
  if (clear) return checkResult('imap', 'fail', summary, { ...evidence, stage: 'capability' }, ['tls-problem'], findings);
  return checkResult('imap', findings.length ? 'warn' : 'pass', summary, evidence, [], findings);
}

/** The factual note each finding adds to the summary line. */
const NOTES: Partial<Record<FindingId, string>> = {
  'no-starttls': 'no TLS: sign-in would travel in clear',
  'starttls-refused': 'STARTTLS refused',
  'not-microsoft': "greeting is not Microsoft's",
  'xoauth2-missing': 'XOAUTH2 not offered',
};
