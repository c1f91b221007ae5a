import { classifyError } from '../../machine/classifier.js';
import { deadlineSignal, diagnosisFor, failureEvidence, fromSocketError, NetFailure } from '../net/net-failure.js';
import { authenticatedSubmission } from '../net/smtp-submission.js';
import { guardTarget, type TargetPolicy } from '../safety/target-guard.js';
import { checkResult, type CheckContext, type CheckId, type CheckResult, type Endpoint } from '../types.js';

export interface SignedInSmtpInput {
  endpoint: Endpoint;
  policy: TargetPolicy;
  ca?: string | undefined;
  heloName: string;
  /** the signed-in mailbox (XOAUTH2 user) */
  user: string;
  token: string;
}

/** Turns a network failure or a refusal of the target into a result for `id`. */
export function unreachable(id: CheckId, failure: unknown, stage: string, evidence: Record<string, unknown>): CheckResult {
  const f = failure instanceof NetFailure ? failure : fromSocketError(failure);
  if (f.kind === 'aborted') return checkResult(id, 'error', 'probe cancelled', { ...evidence, ...failureEvidence(f, stage) });
  return checkResult(id, 'fail', `${f.kind} at ${stage}`, { ...evidence, ...failureEvidence(f, stage) }, diagnosisFor(f));
}

/** SMTP AUTH XOAUTH2 with the signed-in token: does Exchange let this mailbox submit mail? */
export async function probeSmtpOauth(input: SignedInSmtpInput, ctx: CheckContext): Promise<CheckResult> {
  const signal = deadlineSignal(ctx);
  const { host, port } = input.endpoint;
  const evidence: Record<string, unknown> = { host, port, user: input.user };
  const target = await guardTarget(host, port, input.policy, signal);
  if (!target.ok) return checkResult('smtp-oauth', 'error', `${host}:${port} refused: ${target.reason}`, { ...evidence, refused: target.reason });
  let step;
  try {
    step = await authenticatedSubmission(target, { signal, ca: input.ca, heloName: input.heloName, user: input.user, token: input.token });
  } catch (error) {
    return unreachable('smtp-oauth', error, 'connect', evidence);
  }
  await step.session?.close();
  if (step.ok) return checkResult('smtp-oauth', 'pass', `AUTH XOAUTH2 as ${input.user}: ${step.reply.text}`, { ...evidence, reply: step.reply.text });
  const reply = step.reply?.text ?? '';
  const ambiguity = classifyError(reply).ambiguity;
  return checkResult('smtp-oauth', 'fail', `${step.stage}: ${reply}`, { ...evidence, stage: step.stage, reply, ...(ambiguity ? { ambiguity } : {}) }, step.diagnoses);
}
