import { randomUUID } from 'node:crypto';
import { deadlineSignal } from '../net/net-failure.js';
import { authenticatedSubmission, diagnosesOf } from '../net/smtp-submission.js';
import { guardTarget } from '../safety/target-guard.js';
import { checkResult, type CheckContext, type CheckResult } from '../types.js';
import { unreachable, type SignedInSmtpInput } from './smtp-oauth.probe.js';

export interface TestMessageInput extends SignedInSmtpInput {
  /** the address Close sends as */
  from: string;
}

const dotStuff = (text: string): string => text.replace(/^\./gm, '..');

/**
 * Sends one test message from the Close address to the signed-in mailbox itself (nobody else), so that a refusal at
 * MAIL FROM or DATA (550 5.7.60, 554 5.2.252 SendAsDenied, 550 5.1.8) shows up. Only with the person's consent.
 */
export async function probeTestMessage(input: TestMessageInput, ctx: CheckContext): Promise<CheckResult> {
  const signal = deadlineSignal(ctx);
  const { host, port } = input.endpoint;
  const evidence: Record<string, unknown> = { host, port, from: input.from, to: input.user };
  const target = await guardTarget(host, port, input.policy, signal);
  if (!target.ok) return checkResult('test-message', 'error', `${host}:${port} refused: ${target.reason}`, { ...evidence, refused: target.reason });
  let stage = 'auth';
  try {
    const step = await authenticatedSubmission(target, { signal, ca: input.ca, heloName: input.heloName, user: input.user, token: input.token });
    if (!step.ok) {
      await step.session?.close();
      return checkResult('test-message', 'skip', `not sent: ${step.stage} answered ${step.reply?.text ?? ''}`, { ...evidence, stage: step.stage });
    }
    const session = step.session;
    try {
      stage = 'mail-from';
      const mail = await session.command(`MAIL FROM:<${input.from}>`);
      if (mail.code !== 250) return checkResult('test-message', 'fail', `MAIL FROM: ${mail.text}`, { ...evidence, stage, reply: mail.text }, diagnosesOf(mail.text));
      stage = 'rcpt-to';
      const rcpt = await session.command(`RCPT TO:<${input.user}>`);
      if (rcpt.code !== 250 && rcpt.code !== 251) return checkResult('test-message', 'fail', `RCPT TO: ${rcpt.text}`, { ...evidence, stage, reply: rcpt.text }, diagnosesOf(rcpt.text));
      stage = 'data';
      const go = await session.command('DATA');
      if (go.code !== 354) return checkResult('test-message', 'fail', `DATA: ${go.text}`, { ...evidence, stage, reply: go.text }, diagnosesOf(go.text));
      const domain = input.from.split('@')[1] ?? 'localhost';
      const message = [
        `From: <${input.from}>`,
        `To: <${input.user}>`,
        'Subject: mailbox-doctor test message',
        `Date: ${new Date().toUTCString()}`,
        `Message-ID: <${randomUUID()}@${domain}>`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'This message was sent by mailbox-doctor to check that this mailbox may send as the address used in Close.',
        'It went to this mailbox only. You can delete it.',
      ].join('\r\n');
      stage = 'message';
      const done = await session.command(`${dotStuff(message)}\r\n.`);
      if (done.code !== 250) return checkResult('test-message', 'fail', `after DATA: ${done.text}`, { ...evidence, stage, reply: done.text }, diagnosesOf(done.text));
      return checkResult('test-message', 'pass', `sent from ${input.from} to ${input.user}: ${done.text}`, { ...evidence, reply: done.text });
    } finally {
      await session.close();
    }
  } catch (error) {
    return unreachable('test-message', error, stage, evidence);
  }
}
