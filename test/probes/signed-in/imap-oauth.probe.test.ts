import { afterEach, describe, expect, it } from 'vitest';
import { probeImapOauth } from '../../../src/probes/signed-in/imap-oauth.probe.js';
import { startFakeExchangeImap, type FakeImapScript } from '../../helpers/probes/fake-exchange-imap.js';
import { DEFAULT_TOKEN } from '../../helpers/probes/fake-exchange-smtp.js';
import { testCertificate } from '../../helpers/probes/test-cert.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

async function run(script: FakeImapScript) {
  const imap = await startFakeExchangeImap({ user: 'adele@contoso.test', ...script });
  closers.push(imap.close);
  const result = await probeImapOauth(
    {
      endpoint: { host: 'outlook.office365.com', port: imap.port },
      policy: { allowPrivate: true, lookup: async () => ['127.0.0.1'] },
      ca: testCertificate().cert,
      user: 'adele@contoso.test',
      token: DEFAULT_TOKEN,
    },
    { signal: new AbortController().signal, deadline: Date.now() + 5000 },
  );
  return { result, imap };
}

describe('IMAP AUTHENTICATE XOAUTH2 with the signed-in token', () => {
  it('passes and names the Sent folder', async () => {
    const { result, imap } = await run({});
    expect(result).toMatchObject({ status: 'pass', evidence: { sentFolder: 'Sent Items' } });
    expect(imap.authentications).toEqual([{ user: 'adele@contoso.test', ok: true }]);
  });

  it('warns when the mailbox has no \\Sent folder', async () => {
    const { result } = await run({ sentFolder: false });
    expect(result).toMatchObject({ status: 'warn', evidence: { sentFolder: null } });
  });

  it('names imap-disabled when AUTHENTICATE fails with a freshly issued token', async () => {
    const { result } = await run({ authFails: true });
    expect(result).toMatchObject({ status: 'fail', diagnoses: ['imap-disabled'] });
    expect(result.summary).toContain('AUTHENTICATE failed');
  });
});
