import { classifyError } from '../../machine/classifier.js';
import type { DiagnosisCode } from '../../machine/diagnosis-codes.js';
import { authMechanisms, offersStartTls, SmtpSession, type SmtpReply, type SmtpTarget } from './smtp-session.js';

/** The SASL XOAUTH2 initial response. Holds the token: never log or store it. */
export const xoauth2 = (user: string, token: string): string => Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString('base64');

export type SubmissionStep =
  | { ok: true; session: SmtpSession; reply: SmtpReply }
  | { ok: false; session: SmtpSession | undefined; stage: string; reply: SmtpReply | undefined; diagnoses: DiagnosisCode[] };

export const diagnosesOf = (text: string): DiagnosisCode[] => {
  const code = classifyError(text).code;
  return code === 'unknown' ? [] : [code];
};

/**
 * Connects, reads the banner, EHLO, STARTTLS, EHLO, then AUTH XOAUTH2. A server reply that stops the way is returned
 * (with its classified diagnoses); a network failure rejects with a NetFailure.
 */
export async function authenticatedSubmission(
  target: SmtpTarget,
  options: { signal: AbortSignal; ca?: string | undefined; heloName: string; user: string; token: string },
): Promise<SubmissionStep> {
  const session = await SmtpSession.open(target, { signal: options.signal, ca: options.ca, implicitTls: target.port === 465 });
  const stop = (stage: string, reply: SmtpReply | undefined, diagnoses?: DiagnosisCode[]): SubmissionStep => ({
    ok: false,
    session,
    stage,
    reply,
    diagnoses: diagnoses ?? (reply ? diagnosesOf(reply.text) : []),
  });
  const banner = await session.read();
  if (banner.code !== 220) return stop('banner', banner);
  let ehlo = await session.command(`EHLO ${options.heloName}`);
  if (ehlo.code !== 250) return stop('ehlo', ehlo);
  if (target.port !== 465) {
    if (!offersStartTls(ehlo)) return stop('ehlo', ehlo, ['tls-problem']);
    const ready = await session.command('STARTTLS');
    if (ready.code !== 220) return stop('starttls', ready);
    await session.startTls();
    ehlo = await session.command(`EHLO ${options.heloName}`);
    if (ehlo.code !== 250) return stop('ehlo-after-tls', ehlo);
  }
  if (!authMechanisms(ehlo).includes('XOAUTH2')) return stop('ehlo-after-tls', ehlo, ['smtp-auth-not-offered']);
  let reply = await session.command(`AUTH XOAUTH2 ${xoauth2(options.user, options.token)}`);
  // A failed XOAUTH2 may first come back as a 334 challenge carrying an error; an empty line asks for the verdict.
  if (reply.code === 334) reply = await session.command('');
  if (reply.code !== 235) return stop('auth', reply);
  return { ok: true, session, reply };
}
