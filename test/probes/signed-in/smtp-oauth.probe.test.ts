import { afterEach, describe, expect, it } from 'vitest';
import { probeSmtpOauth } from '../../../src/probes/signed-in/smtp-oauth.probe.js';
import { DEFAULT_TOKEN, startFakeExchangeSmtp, type FakeSmtpScript } from '../../helpers/probes/fake-exchange-smtp.js';
import { testCertificate } from '../../helpers/probes/test-cert.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});
const ctx = () => ({ signal: new AbortController().signal, deadline: Date.now() + 5000 });
const tail = ' [SN4PR0501CA0040.namprd05.prod.outlook.com 2026-11-26T12:00:00.000Z 08DD1234]';

async function run(script: FakeSmtpScript, token = DEFAULT_TOKEN) {
  const smtp = await startFakeExchangeSmtp(script);
  closers.push(smtp.close);
  const result = await probeSmtpOauth(
    {
      endpoint: { host: 'smtp.office365.com', port: smtp.port },
      policy: { allowPrivate: true, lookup: async () => ['127.0.0.1'] },
      ca: testCertificate().cert,
      heloName: 'probe.test',
      user: 'adele@contoso.test',
      token,
    },
    ctx(),
  );
  return { result, smtp };
}

describe('SMTP AUTH XOAUTH2 with the signed-in token', () => {
  it('passes on 235 and authenticates only after STARTTLS, as the signed-in user', async () => {
    const { result, smtp } = await run({});
    expect(result).toMatchObject({ status: 'pass', diagnoses: [] });
    expect(smtp.auths).toEqual([{ method: 'XOAUTH2', user: 'adele@contoso.test', tokenMatched: true }]);
    expect(JSON.stringify(result)).not.toContain(DEFAULT_TOKEN);
  });

  it.each([
    ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.', 'smtp-auth-disabled'],
    ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.', 'smtp-auth-disabled'],
    ['535 5.7.139 Authentication unsuccessful, basic authentication is disabled.', 'basic-auth-blocked'],
    ["535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.", 'basic-auth-blocked'],
    ['535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.', 'bad-credentials'],
    ['535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. The federated STS service was unreachable.', 'provider-managed'],
    ['550 5.7.30 Basic authentication is not supported for Client Submission.', 'basic-auth-blocked'],
  ])('classifies "%s" as %s', async (reply, code) => {
    const { result } = await run({ authReply: `${reply}${tail}` });
    expect(result).toMatchObject({ status: 'fail', diagnoses: [code], evidence: { stage: 'auth' } });
    expect(result.evidence.reply).toContain(reply.slice(0, 20));
  });

  it('marks the generic 535 5.7.3 as ambiguous, with the question that tells the causes apart', async () => {
    const { result } = await run({}, 'some-other-token');
    expect(result.diagnoses).toEqual(['bad-credentials']);
    expect(result.evidence.ambiguity).toMatchObject({ question: 'password-works-elsewhere' });
  });

  it('names smtp-auth-not-offered when XOAUTH2 is not offered after TLS', async () => {
    const { result } = await run({ authAfterTls: false });
    expect(result.diagnoses).toEqual(['smtp-auth-not-offered']);
  });
});
