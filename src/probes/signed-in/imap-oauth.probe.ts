import { classifyError } from '../../machine/classifier.js';
import { deadlineSignal } from '../net/net-failure.js';
import { closeImap, openImap } from '../net/imap-client.js';
import { guardTarget, type TargetPolicy } from '../safety/target-guard.js';
import { checkResult, type CheckContext, type CheckResult, type Endpoint } from '../types.js';
import { unreachable } from './smtp-oauth.probe.js';

export interface SignedInImapInput {
  endpoint: Endpoint;
  policy: TargetPolicy;
  ca?: string | undefined;
  user: string;
  token: string;
}

/** IMAP AUTHENTICATE XOAUTH2 with the signed-in token, then whether a \Sent folder exists. */
export async function probeImapOauth(input: SignedInImapInput, ctx: CheckContext): Promise<CheckResult> {
  const signal = deadlineSignal(ctx);
  const { host, port } = input.endpoint;
  const evidence: Record<string, unknown> = { host, port, user: input.user };
  const target = await guardTarget(host, port, input.policy, signal);
  if (!target.ok) return checkResult('imap-oauth', 'error', `${host}:${port} refused: ${target.reason}`, { ...evidence, refused: target.reason });
  const outcome = await openImap(target, { signal, ca: input.ca, auth: { user: input.user, accessToken: input.token } });
  try {
    if (outcome.failure) return unreachable('imap-oauth', outcome.failure, outcome.greeting === undefined ? 'greeting' : 'authenticate', evidence);
    if (outcome.authenticationFailed) {
      // The token was just issued for this mailbox: a refusal means IMAP is off for it (or the token lacks the IMAP scope).
      const response = outcome.authResponse ?? 'AUTHENTICATE failed';
      const classified = classifyError(response);
      const diagnoses = classified.code === 'unknown' || classified.code === 'bad-credentials' ? (['imap-disabled'] as const) : [classified.code];
      return checkResult('imap-oauth', 'fail', `AUTHENTICATE XOAUTH2 as ${input.user}: ${response}`, { ...evidence, response }, [...diagnoses]);
    }
    const folders = await outcome.client.list();
    const sent = folders.find((f) => f.specialUse === '\\Sent');
    Object.assign(evidence, { folders: folders.map((f) => f.path), sentFolder: sent?.path ?? null });
    if (!sent) return checkResult('imap-oauth', 'warn', `signed in as ${input.user}; no \\Sent folder among ${folders.length} folders`, evidence);
    return checkResult('imap-oauth', 'pass', `signed in as ${input.user}; Sent folder "${sent.path}"`, evidence);
  } catch (error) {
    return unreachable('imap-oauth', error, 'list', evidence);
  } finally {
    await closeImap(outcome.client);
  }
}
