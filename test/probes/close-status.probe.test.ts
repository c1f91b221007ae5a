import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { probeCloseStatus } from '../../src/probes/close-status.probe.js';

afterEach(() => nock.cleanAll());
const ctx = () => ({ signal: new AbortController().signal, deadline: Date.now() + 2000 });
const input = () => ({
  apiUrl: 'https://api.close.com',
  apiKey: 'key_1' as string | undefined,
  fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
  closeAddress: 'sales@contoso.test',
});
const close = () => nock('https://api.close.com').get('/api/v1/connected_account/');

describe('the Close status check', () => {
  it('is skipped when no API key is configured', async () => {
    expect(await probeCloseStatus({ ...input(), apiKey: undefined }, ctx())).toMatchObject({ status: 'skip', evidence: { configured: false } });
  });

  it('sends the key as the basic-auth user and classifies the latest errors', async () => {
    close()
      .basicAuth({ user: 'key_1', pass: '' })
      .reply(200, {
        data: [
          { id: 'a', email: 'other@contoso.test', send_status: 'ok' },
          {
            id: 'b',
            _type: 'microsoft',
            identities: [{ email: 'Sales@contoso.test' }],
            send_status: 'error',
            receive_status: 'error',
            latest_send_error: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
            latest_receive_error: { message: 'NO AUTHENTICATE failed.' },
            unknown_field: { kept: true },
          },
        ],
      });
    const result = await probeCloseStatus(input(), ctx());
    expect(result).toMatchObject({ status: 'fail', diagnoses: ['smtp-auth-disabled', 'imap-disabled'], evidence: { accountType: 'microsoft' } });
  });

  it('passes an account with no errors', async () => {
    close().reply(200, { data: [{ email: 'sales@contoso.test', send_status: 'ok', receive_status: 'ok', latest_send_error: null }] });
    expect(await probeCloseStatus(input(), ctx())).toMatchObject({ status: 'pass', diagnoses: [] });
  });

  it('skips with a note when the answer has an unexpected shape, and when no account matches', async () => {
    close().reply(200, { accounts: 'surprise' });
    expect(await probeCloseStatus(input(), ctx())).toMatchObject({ status: 'skip', evidence: { unexpectedShape: true } });
    close().reply(200, { data: [{ email: 'someone@else.test' }, 42, null] });
    expect(await probeCloseStatus(input(), ctx())).toMatchObject({ status: 'skip', evidence: { accounts: 3 } });
  });

  it('reports a refused key as an error', async () => {
    close().reply(401, { error: 'Unauthorized' });
    expect(await probeCloseStatus(input(), ctx())).toMatchObject({ status: 'error', evidence: { status: 401 } });
  });
});
