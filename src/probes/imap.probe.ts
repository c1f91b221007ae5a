import { deadlineSignal, diagnosisFor, failureEvidence } from './net/net-failure.js';
import { closeImap, openImap } from './net/imap-client.js';
import { isOldTls } from './net/tls-facts.js';
import { guardTarget, type TargetPolicy } from './safety/target-guard.js';
import { checkResult, type CheckContext, type CheckResult, type Endpoint } from './types.js';

export interface ImapProbeInput {
  endpoint: Endpoint;
  expectMicrosoft: boolean;
  policy: TargetPolicy;
  ca?: string | undefined;
}

/** Exchange Online greets with "The Microsoft Exchange IMAP4 service is ready." */
export const MICROSOFT_IMAP_GREETING = /Microsoft Exchange IMAP4/i;

/** IMAP without credentials: TLS connect, greeting, capabilities (AUTH=XOAUTH2). */
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
  const outcome = await openImap(target, { signal, ca: input.ca });
  await closeImap(outcome.client);
  Object.assign(evidence, { greeting: outcome.greeting, capabilities: outcome.capabilities, tls: outcome.tls });
  if (outcome.failure) {
    if (outcome.failure.kind === 'aborted') return checkResult('imap', 'error', 'probe cancelled', { ...evidence, ...failureEvidence(outcome.failure, 'connect') });
    const stage = outcome.greeting === undefined ? 'greeting' : 'capability';
    return checkResult('imap', 'fail', `${host}:${port} ${outcome.failure.kind} at ${stage}`, { ...evidence, ...failureEvidence(outcome.failure, stage) }, diagnosisFor(outcome.failure));
  }
  const auth = outcome.capabilities.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice(5));
  evidence.auth = auth;
  const seen = `${host}:${port} ${outcome.tls?.protocol ?? 'no TLS'}, greeting "${outcome.greeting ?? ''}", AUTH ${auth.join(' ') || 'none'}`;
  if (isOldTls(outcome.tls?.protocol ?? null)) return checkResult('imap', 'warn', `${seen}: old TLS version`, evidence, ['tls-problem']);
  if (input.expectMicrosoft && !MICROSOFT_IMAP_GREETING.test(outcome.greeting ?? '')) {
    return checkResult('imap', 'warn', `${seen}: greeting is not Microsoft's`, { ...evidence, intercepted: true });
  }
  if (!auth.includes('XOAUTH2')) return checkResult('imap', 'warn', `${seen}: XOAUTH2 not offered`, evidence);
  return checkResult('imap', 'pass', seen, evidence);
}
