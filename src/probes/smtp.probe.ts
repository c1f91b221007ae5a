import { classifyError } from '../machine/classifier.js';
import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import { FINDING_DIAGNOSIS, findingForFailure, mayBeOutdatedTls, type FindingId } from './findings.js';
import { deadlineSignal, failureEvidence, fromSocketError, NetFailure } from './net/net-failure.js';
import { authMechanisms, offersStartTls, SmtpSession, type SmtpReply, type SmtpTarget } from './net/smtp-session.js';
import { isOldTls } from './net/tls-facts.js';
import { guardTarget, type TargetPolicy } from './safety/target-guard.js';
import { checkResult, type CheckContext, type CheckResult, type Endpoint } from './types.js';

export interface SmtpProbeInput {
  endpoint: Endpoint;
  /** true when the endpoint is Microsoft's: a banner that is not Microsoft's then means something intercepts the port */
  expectMicrosoft: boolean;
  policy: TargetPolicy;
  /** extra PEM certificate(s) to trust (test servers) */
  ca?: string | undefined;
  heloName: string;
  /** TLS from the first byte; by default only on port 465 */
  implicitTls?: boolean;
}

/** Exchange Online greets with "… Microsoft ESMTP MAIL Service ready at …". */
export const MICROSOFT_SMTP_BANNER = /Microsoft ESMTP MAIL Service/i;

/** A reply that is not the one expected at `stage`: classified, reported as a failure. */
function unexpected(stage: string, reply: SmtpReply, evidence: Record<string, unknown>, finding: FindingId, extra: DiagnosisCode[] = []): CheckResult {
  const code = classifyError(reply.text).code;
  const diagnoses: DiagnosisCode[] = code === 'unknown' ? extra : [code, ...extra];
  return checkResult('smtp', 'fail', `${stage}: ${reply.text}`, { ...evidence, stage, reply: reply.text }, diagnoses, [finding]);
}

/** The TLS version a server that failed the handshake speaks when offered only TLS 1.0/1.1, if it does. */
async function outdatedTls(target: SmtpTarget, input: SmtpProbeInput, signal: AbortSignal, implicitTls: boolean): Promise<string | undefined> {
  let session: SmtpSession | undefined;
  try {
    session = await SmtpSession.open(target, { signal, ca: input.ca, implicitTls, legacyTls: true });
    if (!implicitTls) {
      await session.read();
      await session.command(`EHLO ${input.heloName}`);
      if ((await session.command('STARTTLS')).code !== 220) return undefined;
      await session.startTls();
    }
    const protocol = session.tls?.protocol ?? null;
    return isOldTls(protocol) ? (protocol ?? undefined) : undefined;
  } catch {
    return undefined;
  } finally {
    await session?.close();
  }
}

/** The findings of a connection that got as far as AUTH after TLS: every one, not the first only. */
function sessionFindings(evidence: Record<string, unknown>, auth: string[], expectMicrosoft: boolean): FindingId[] {
  const findings: FindingId[] = [];
  if (auth.length === 0) findings.push('auth-not-offered');
  if ((evidence.authBeforeTls as string[]).length > 0) findings.push('auth-in-clear');
  if (expectMicrosoft && !evidence.microsoftBanner) findings.push('not-microsoft');
  if (auth.length > 0 && !auth.includes('XOAUTH2')) findings.push('xoauth2-missing');
  return findings;
}

/**
 * SMTP submission without credentials: connect, banner, EHLO, STARTTLS, EHLO again, and the AUTH mechanisms offered
 * after TLS. Never sends credentials.
 */
export async function probeSmtp(input: SmtpProbeInput, ctx: CheckContext): Promise<CheckResult> {
  const signal = deadlineSignal(ctx);
  const { host, port } = input.endpoint;
  const evidence: Record<string, unknown> = { host, port };
  const target = await guardTarget(host, port, input.policy, signal);
  if (!target.ok) {
    return checkResult('smtp', target.reason === 'host-not-found' ? 'fail' : 'error', `${host}:${port} refused: ${target.reason}`, {
      ...evidence,
      refused: target.reason,
      ...(target.address ? { address: target.address } : {}),
    }, target.reason === 'host-not-found' ? ['connection-failed'] : []);
  }
  evidence.address = target.ip;
  const implicitTls = input.implicitTls ?? port === 465;
  let stage = 'connect';
  let connected = false;
  let session: SmtpSession | undefined;
  try {
    const onConnected = () => {
      connected = true;
      stage = implicitTls ? 'tls' : 'banner';
    };
    session = await SmtpSession.open(target, { signal, ca: input.ca, implicitTls, onConnected });
    stage = 'banner';
    const banner = await session.read();
    evidence.banner = banner.text;
    if (banner.code !== 220) return unexpected(stage, banner, evidence, 'greeting-refused');
    evidence.microsoftBanner = MICROSOFT_SMTP_BANNER.test(banner.text);
    stage = 'ehlo';
    let ehlo = await session.command(`EHLO ${input.heloName}`);
    if (ehlo.code !== 250) return unexpected(stage, ehlo, evidence, 'reply-refused');
    evidence.authBeforeTls = implicitTls ? [] : authMechanisms(ehlo);
    if (!implicitTls) {
      evidence.startTlsOffered = offersStartTls(ehlo);
      if (!evidence.startTlsOffered) {
        return checkResult('smtp', 'fail', `${host}:${port} offers no STARTTLS`, { ...evidence, stage }, ['tls-problem'], ['no-starttls']);
      }
      stage = 'starttls';
      const ready = await session.command('STARTTLS');
      if (ready.code !== 220) return unexpected(stage, ready, evidence, 'starttls-refused', ['tls-problem']);
      stage = 'tls';
      await session.startTls();
      stage = 'ehlo-after-tls';
      ehlo = await session.command(`EHLO ${input.heloName}`);
      if (ehlo.code !== 250) return unexpected(stage, ehlo, { ...evidence, tls: session.tls }, 'reply-refused');
    }
    const tls = session.tls;
    const auth = authMechanisms(ehlo);
    Object.assign(evidence, { tls, authAfterTls: auth, ehloAfterTls: ehlo.lines });
    const findings = sessionFindings(evidence, auth, input.expectMicrosoft);
    if (findings.includes('not-microsoft')) evidence.intercepted = true;
    const notes = [
      auth.length === 0 ? 'no AUTH offered after TLS' : '',
      findings.includes('auth-in-clear') ? 'AUTH offered before TLS' : '',
      findings.includes('not-microsoft') ? `banner is not Microsoft's (${banner.text})` : '',
      findings.includes('xoauth2-missing') ? 'XOAUTH2 not offered' : '',
    ].filter(Boolean);
    const seen = `${host}:${port} ${tls?.protocol ?? 'no TLS'}, certificate ${tls?.certSubject ?? '?'}, AUTH ${auth.join(' ') || 'none'}`;
    const summary = notes.length ? `${seen}: ${notes.join('; ')}` : seen;
    if (auth.length === 0) return checkResult('smtp', 'fail', summary, evidence, ['smtp-auth-not-offered'], findings);
    return checkResult('smtp', findings.length ? 'warn' : 'pass', summary, evidence, [], findings);
  } catch (error) {
    const failure = error instanceof NetFailure ? error : fromSocketError(error);
    if (failure.kind === 'aborted') return checkResult('smtp', 'error', `stopped at ${stage}: probe cancelled`, failureEvidence(failure, stage));
    const partial = session?.partialReply() ?? [];
    if (stage === 'banner' && partial.length > 0) evidence.partialBanner = partial.join(' ');
    if (failure.tls) evidence.tls = failure.tls;
    let finding = findingForFailure(failure, connected);
    if (mayBeOutdatedTls(failure)) {
      const offered = await outdatedTls(target, input, signal, implicitTls);
      if (offered) {
        finding = 'tls-outdated';
        evidence.tlsOffered = offered;
      }
    }
    const diagnoses = [FINDING_DIAGNOSIS[finding] ?? 'connection-failed'];
    return checkResult('smtp', 'fail', `${host}:${port} ${failure.kind} at ${stage}`, { ...evidence, ...failureEvidence(failure, stage) }, diagnoses, [finding]);
  } finally {
    await session?.close();
  }
}
