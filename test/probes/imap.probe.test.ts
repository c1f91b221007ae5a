import { afterEach, describe, expect, it } from 'vitest';
import { probeImap, type ImapProbeInput } from '../../src/probes/imap.probe.js';
import { startBlackHole } from '../helpers/probes/black-hole.js';
import { startFakeExchangeImap } from '../helpers/probes/fake-exchange-imap.js';
import { testCertificate } from '../helpers/probes/test-cert.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

const ctx = (ms = 5000) => ({ signal: new AbortController().signal, deadline: Date.now() + ms });
const input = (port: number, extra: Partial<ImapProbeInput> = {}): ImapProbeInput => ({
  endpoint: { host: 'outlook.office365.com', port },
  expectMicrosoft: true,
  policy: { allowPrivate: true, lookup: async () => ['127.0.0.1'] },
  ca: testCertificate().cert,
  ...extra,
});

describe('the IMAP check', () => {
  it('passes when the server greets like Exchange over TLS and offers XOAUTH2', async () => {
    const imap = await startFakeExchangeImap();
    closers.push(imap.close);
    const result = await probeImap(input(imap.port), ctx());
    expect(result.status).toBe('pass');
    expect(result.evidence.greeting).toMatch(/Microsoft Exchange IMAP4/);
    expect(result.evidence.auth).toContain('XOAUTH2');
    expect((result.evidence.tls as { certSubject: string }).certSubject).toBe('outlook.office365.com');
    expect(imap.authentications).toEqual([]);
  });

  it('warns when XOAUTH2 is not among the capabilities', async () => {
    const imap = await startFakeExchangeImap({ xoauth2: false });
    closers.push(imap.close);
    const result = await probeImap(input(imap.port), ctx());
    expect(result.status).toBe('warn');
    expect(result.summary).toMatch(/XOAUTH2 not offered/);
  });

  it('warns when the greeting is not Microsoft’s, and still shows the missing XOAUTH2', async () => {
    const imap = await startFakeExchangeImap({ greeting: 'Dovecot ready.', xoauth2: false });
    closers.push(imap.close);
    const result = await probeImap(input(imap.port), ctx());
    expect(result.status).toBe('warn');
    expect(result.evidence.intercepted).toBe(true);
    expect(result.findings).toEqual(['not-microsoft', 'xoauth2-missing']);
  });

  it('names an untrusted certificate at the TLS stage and records its issuer', async () => {
    const imap = await startFakeExchangeImap();
    closers.push(imap.close);
    const result = await probeImap(input(imap.port, { ca: undefined }), ctx());
    expect(result.diagnoses).toEqual(['tls-problem']);
    expect(result.findings).toEqual(['cert-untrusted']);
    expect(result.evidence).toMatchObject({ stage: 'tls', tls: { certIssuer: 'outlook.office365.com' } });
  });

  it('ends at its deadline with connection-failed against a silent server', async () => {
    const hole = await startBlackHole();
    closers.push(hole.close);
    const started = Date.now();
    const result = await probeImap(input(hole.port), ctx(300));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.diagnoses).toEqual(['connection-failed']);
    expect(result.findings).toEqual(['stalled']);
    expect(result.evidence.stage).toBe('tls');
  });
});
