import { classifyError } from '../machine/classifier.js';
import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import { deadlineSignal, diagnosisFor, failureEvidence, fromSocketError, NetFailure } from './net/net-failure.js';
import { authMechanisms, offersStartTls, SmtpSession, type SmtpReply } from './net/smtp-session.js';
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
}

/** Exchange Online greets with "… Microsoft ESMTP MAIL Service ready at …". */
export const MICROSOFT_SMTP_BANNER = /Microsoft ESMTP MAIL Service/i;

/** A reply that is not the one expected at `stage`: classified, reported as a failure. */
function unexpected(stage: string, reply: SmtpReply, evidence: Record<string, unknown>): CheckResult {
  const code = classifyError(reply.text).code;
  const diagnoses: DiagnosisCode[] = code === 'unknown' ? [] : [code];
  return checkResult('smtp', 'fail', `${stage}: ${reply.text}`, { ...evidence, stage, reply: reply.text }, diagnoses);
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
  const implicitTls = port === 465;
  let stage = 'connect';
  let session: SmtpSession | undefined;
  try {
    session = await SmtpSession.open(target, { signal, ca: input.ca, implicitTls });
    stage = 'banner';
    const banner = await session.read();
    evidence.banner = banner.text;
    if (banner.code !== 220) return unexpected(stage, banner, evidence);
    const microsoftBanner = MICROSOFT_SMTP_BANNER.test(banner.text);
    evidence.microsoftBanner = microsoftBanner;
    stage = 'ehlo';
    let ehlo = await session.command(`EHLO ${input.heloName}`);
    if (ehlo.code !== 250) return unexpected(stage, ehlo, evidence);
    evidence.authBeforeTls = authMechanisms(ehlo);
    if (!implicitTls) {
      evidence.startTlsOffered = offersStartTls(ehlo);
      if (!evidence.startTlsOffered) {
        return checkResult('smtp', 'fail', `${host}:${port} offers no STARTTLS`, { ...evidence, stage }, ['tls-problem']);
      }
      stage = 'starttls';
      const ready = await session.command('STARTTLS');
      if (ready.code !== 220) return unexpected(stage, ready, evidence);
      await session.startTls();
      stage = 'ehlo-after-tls';
      ehlo = await session.command(`EHLO ${input.heloName}`);
      if (ehlo.code !== 250) return unexpected(stage, ehlo, { ...evidence, tls: session.tls });
    }
    const tls = session.tls;
    const auth = authMechanisms(ehlo);
    Object.assign(evidence, { tls, authAfterTls: auth, ehloAfterTls: ehlo.lines });
    const seen = `${host}:${port} ${tls?.protocol ?? 'no TLS'}, certificate ${tls?.certSubject ?? '?'}, AUTH ${auth.join(' ') || 'none'}`;
    if (auth.length === 0) return checkResult('smtp', 'fail', `${seen}: no AUTH offered after TLS`, evidence, ['smtp-auth-not-offered']);
    if (isOldTls(tls?.protocol ?? null)) return checkResult('smtp', 'warn', `${seen}: old TLS version`, evidence, ['tls-problem']);
    if (input.expectMicrosoft && !microsoftBanner) {
      return checkResult('smtp', 'warn', `${seen}: banner is not Microsoft's (${banner.text})`, { ...evidence, intercepted: true });
    }
    if (!auth.includes('XOAUTH2')) return checkResult('smtp', 'warn', `${seen}: XOAUTH2 not offered`, evidence);
    return checkResult('smtp', 'pass', seen, evidence);
  } catch (error) {
    const failure = error instanceof NetFailure ? error : fromSocketError(error);
    if (failure.kind === 'aborted') return checkResult('smtp', 'error', `stopped at ${stage}: probe cancelled`, failureEvidence(failure, stage));
    return checkResult('smtp', 'fail', `${host}:${port} ${failure.kind} at ${stage}`, { ...evidence, ...failureEvidence(failure, stage) }, diagnosisFor(failure));
  } finally {
    await session?.close();
  }
}
