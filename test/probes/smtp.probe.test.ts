import { afterEach, describe, expect, it } from 'vitest';
import { probeSmtp, type SmtpProbeInput } from '../../src/probes/smtp.probe.js';
import { startBlackHole } from '../helpers/probes/black-hole.js';
import { startFakeExchangeSmtp } from '../helpers/probes/fake-exchange-smtp.js';
import { testCertificate } from '../helpers/probes/test-cert.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

const ctx = (ms = 5000) => ({ signal: new AbortController().signal, deadline: Date.now() + ms });
const input = (port: number, extra: Partial<SmtpProbeInput> = {}): SmtpProbeInput => ({
  endpoint: { host: 'smtp.office365.com', port },
  expectMicrosoft: true,
  policy: { allowPrivate: true, lookup: async () => ['127.0.0.1'] },
  ca: testCertificate().cert,
  heloName: 'probe.test',
  ...extra,
});

describe('the SMTP submission check', () => {
  it('passes against an Exchange-like server and records banner, TLS and the AUTH mechanisms offered after TLS', async () => {
    const smtp = await startFakeExchangeSmtp();
    closers.push(smtp.close);
    const result = await probeSmtp(input(smtp.port), ctx());
    expect(result.status).toBe('pass');
    expect(result.diagnoses).toEqual([]);
    expect(result.evidence.banner).toMatch(/Microsoft ESMTP MAIL Service/);
    expect(result.evidence.authBeforeTls).toEqual([]);
    expect(result.evidence.authAfterTls).toEqual(['LOGIN', 'XOAUTH2']);
    expect((result.evidence.tls as { protocol: string }).protocol).toMatch(/^TLSv1\.[23]$/);
    expect((result.evidence.tls as { certSubject: string }).certSubject).toBe('outlook.office365.com');
    expect(smtp.auths).toEqual([]);
  });

  it('names smtp-auth-not-offered when no AUTH is listed after STARTTLS', async () => {
    const smtp = await startFakeExchangeSmtp({ authAfterTls: false });
    closers.push(smtp.close);
    const result = await probeSmtp(input(smtp.port), ctx());
    expect(result.status).toBe('fail');
    expect(result.diagnoses).toEqual(['smtp-auth-not-offered']);
  });

  it('warns that something intercepts the port when the banner is not Microsoft’s', async () => {
    const smtp = await startFakeExchangeSmtp({ banner: 'ISP mail filter ready' });
    closers.push(smtp.close);
    const result = await probeSmtp(input(smtp.port), ctx());
    expect(result.status).toBe('warn');
    expect(result.evidence.intercepted).toBe(true);
    expect(result.summary).toMatch(/not Microsoft/);
  });

  it('names tls-problem when the server offers no STARTTLS', async () => {
    const smtp = await startFakeExchangeSmtp({ startTls: false });
    closers.push(smtp.close);
    const result = await probeSmtp(input(smtp.port), ctx());
    expect(result.diagnoses).toEqual(['tls-problem']);
  });

  it('names an untrusted certificate and records who issued it, though verification failed', async () => {
    const smtp = await startFakeExchangeSmtp();
    closers.push(smtp.close);
    const result = await probeSmtp(input(smtp.port, { ca: undefined }), ctx());
    expect(result.status).toBe('fail');
    expect(result.diagnoses).toEqual(['tls-problem']);
    expect(result.findings).toEqual(['cert-untrusted']);
    expect(result.evidence.stage).toBe('tls');
    expect(result.evidence.tls).toMatchObject({ certSubject: 'outlook.office365.com', certIssuer: 'outlook.office365.com', certError: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(String((result.evidence.tls as { certValidTo: string }).certValidTo)).toMatch(/GMT$/);
  });

  it('shows every warning at once: a stranger’s banner and no XOAUTH2', async () => {
    const smtp = await startFakeExchangeSmtp({ banner: 'ISP mail filter ready' });
    closers.push(smtp.close);
    const result = await probeSmtp(input(smtp.port), ctx());
    expect(result.findings).toEqual(['not-microsoft']);
    expect(result.diagnoses).toEqual([]);
  });

  it('names connection-failed when the port refuses connections', async () => {
    const hole = await startBlackHole();
    const port = hole.port;
    await hole.close();
    const result = await probeSmtp(input(port), ctx());
    expect(result.diagnoses).toEqual(['connection-failed']);
    expect(result.findings).toEqual(['refused']);
    expect(result.evidence).toMatchObject({ failure: 'refused', stage: 'connect' });
  });

  it('gives up at its deadline against a server that accepts and never answers', async () => {
    const hole = await startBlackHole();
    closers.push(hole.close);
    const started = Date.now();
    const result = await probeSmtp(input(hole.port), ctx(300));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.diagnoses).toEqual(['connection-failed']);
    expect(result.evidence).toMatchObject({ stage: 'banner', failure: 'timeout' });
    expect(result.findings).toEqual(['stalled']);
  });

  it('refuses a private target when private targets are not allowed, without connecting', async () => {
    const smtp = await startFakeExchangeSmtp();
    closers.push(smtp.close);
    const result = await probeSmtp(input(smtp.port, { policy: { allowPrivate: false, lookup: async () => ['127.0.0.1'] } }), ctx());
    expect(result.status).toBe('error');
    expect(result.evidence.refused).toBe('blocked-loopback');
  });
});
