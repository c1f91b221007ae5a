import { afterEach, describe, expect, it } from 'vitest';
import { probeTestMessage } from '../../../src/probes/signed-in/test-message.probe.js';
import { DEFAULT_TOKEN, startFakeExchangeSmtp, type FakeSmtpScript } from '../../helpers/probes/fake-exchange-smtp.js';
import { testCertificate } from '../../helpers/probes/test-cert.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

async function run(script: FakeSmtpScript, from = 'sales@contoso.test') {
  const smtp = await startFakeExchangeSmtp(script);
  closers.push(smtp.close);
  const result = await probeTestMessage(
    {
      endpoint: { host: 'smtp.office365.com', port: smtp.port },
      policy: { allowPrivate: true, lookup: async () => ['127.0.0.1'] },
      ca: testCertificate().cert,
      heloName: 'probe.test',
      user: 'adele@contoso.test',
      token: DEFAULT_TOKEN,
      from,
    },
    { signal: new AbortController().signal, deadline: Date.now() + 5000 },
  );
  return { result, smtp };
}

describe('the test message to the mailbox itself', () => {
  it('sends one message from the Close address to the signed-in mailbox only', async () => {
    const { result, smtp } = await run({});
    expect(result.status).toBe('pass');
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toMatchObject({ from: 'sales@contoso.test', to: ['adele@contoso.test'] });
    expect(smtp.messages[0]?.body).toMatch(/Subject: mailbox-doctor test message/);
  });

  it('names address-mismatch for 554 5.2.252 SendAsDenied at DATA, which an AUTH-only check misses', async () => {
    const { result, smtp } = await run({
      dataReply: '554 5.2.252 SendAsDenied; adele@contoso.test not allowed to send as sales@contoso.test; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied',
    });
    expect(result).toMatchObject({ status: 'fail', diagnoses: ['address-mismatch'], evidence: { stage: 'message' } });
    expect(smtp.auths[0]?.tokenMatched).toBe(true);
  });

  it('names address-mismatch for 550 5.7.60 and sender-restricted for 550 5.1.8 at MAIL FROM', async () => {
    expect((await run({ mailFromReply: '550 5.7.60 SMTP; Client does not have permissions to send as this sender' })).result.diagnoses).toEqual(['address-mismatch']);
    expect((await run({ mailFromReply: '550 5.1.8 Access denied, bad outbound sender' })).result.diagnoses).toEqual(['sender-restricted']);
  });

  it('sends nothing when the sign-in to send is refused', async () => {
    const { result, smtp } = await run({ authReply: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.' });
    expect(result.status).toBe('skip');
    expect(smtp.messages).toEqual([]);
  });
});
