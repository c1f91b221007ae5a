/**
 * The live checks against real mail servers nobody here wrote: Debian's Postfix (submission) and Dovecot (IMAP), run
 * by this file on 127.0.0.1 with their own config directories and a test CA made at start. `.ci/run` installs the
 * packages; where they are missing the suite says so in one line and does not run.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { probeCommand, renderReport } from '../../src/cli/probe.command.js';
import { en } from '../../src/content/en.js';
import { Engine, type TurnResult } from '../../src/engine/engine.js';
import { probeRunner } from '../../src/engine/probe-runner.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { probeImap } from '../../src/probes/imap.probe.js';
import { probeSmtp } from '../../src/probes/smtp.probe.js';
import type { CheckResult } from '../../src/probes/types.js';
import { tempDir } from '../helpers/engine.js';
import { startBlackHole } from '../helpers/probes/black-hole.js';
import { HEALTHY_TENANT, startFakeTenant } from '../helpers/probes/fake-tenants.js';
import { DOVECOT, startDovecot, type RealDovecot } from '../helpers/probes/real/dovecot.js';
import { POSTFIX_MASTER, startPostfix, type RealPostfix } from '../helpers/probes/real/postfix.js';
import { freePort, listeningAddresses } from '../helpers/probes/real/processes.js';
import { makeTestPki, TEST_CA_NAME, WRONG_NAME, type TestPki } from '../helpers/probes/real/test-pki.js';

const MISSING = [POSTFIX_MASTER, DOVECOT].filter((file) => !existsSync(file));
if (MISSING.length > 0) {
  console.warn(`!!! REAL MAIL SERVER TESTS SKIPPED: ${MISSING.join(', ')} missing (apt-get install postfix dovecot-imapd) !!!`);
}

const SMTP_HOST = 'smtp.office365.com';
const IMAP_HOST = 'outlook.office365.com';
const MICROSOFT_BANNER = '$myhostname Microsoft ESMTP MAIL Service ready';
const MICROSOFT_GREETING = 'The Microsoft Exchange IMAP4 service is ready.';
/** the test-only override of the private-target guard: every name resolves to loopback, and loopback is allowed */
const POLICY = { allowPrivate: true, lookup: async () => ['127.0.0.1'] };

let root: string;
let pki: TestPki;
let postfix: RealPostfix;
const dovecots: Record<string, RealDovecot> = {};
const stops: Array<() => Promise<void>> = [];

async function dovecot(name: string, options: Parameters<typeof startDovecot>[1]): Promise<void> {
  const dir = join(root, `dovecot-${name}`);
  dovecots[name] = await startDovecot(dir, options);
  stops.push(dovecots[name]!.stop);
}

beforeAll(async () => {
  if (MISSING.length > 0) return;
  root = mkdtempSync(join(tmpdir(), 'real-mail-'));
  pki = makeTestPki(root, [SMTP_HOST, IMAP_HOST]);
  const saslPort = await freePort();
  await Promise.all([
    dovecot('microsoft', { cert: pki.good, greeting: MICROSOFT_GREETING, mechanisms: 'plain login xoauth2', authPort: saslPort }),
    dovecot('stock', { cert: pki.good }),
    dovecot('plain', {}),
    dovecot('expired', { cert: pki.expired }),
    dovecot('self-signed', { cert: pki.selfSigned }),
    dovecot('wrong-name', { cert: pki.wrongName }),
  ]);
  const banned = join(root, 'banned.cidr');
  writeFileSync(banned, '127.0.0.1/32 550 5.7.606 Access denied, banned sending IP [127.0.0.1]\n');
  postfix = await startPostfix(
    join(root, 'postfix'),
    {
      healthy: { smtpd_tls_chain_files: pki.good.file },
      'no-auth': { smtpd_tls_chain_files: pki.good.file, smtpd_sasl_auth_enable: 'no' },
      'no-starttls': { smtpd_tls_security_level: 'none', smtpd_sasl_auth_enable: 'no' },
      'clear-auth': { smtpd_tls_chain_files: pki.good.file, smtpd_tls_auth_only: 'no' },
      stock: { smtpd_tls_chain_files: pki.good.file, smtpd_banner: '$myhostname ESMTP $mail_name (Debian/GNU)' },
      expired: { smtpd_tls_chain_files: pki.expired.file },
      'self-signed': { smtpd_tls_chain_files: pki.selfSigned.file },
      'wrong-name': { smtpd_tls_chain_files: pki.wrongName.file },
      'old-tls': { smtpd_tls_chain_files: pki.good.file, smtpd_tls_protocols: '>=TLSv1, <=TLSv1.1', tls_medium_cipherlist: 'DEFAULT@SECLEVEL=0' },
      // no certificate at all: Postfix still lists STARTTLS and answers it "454 4.7.0 TLS not available due to local problem"
      'no-cert': { smtpd_tls_chain_files: '' },
      banned: { smtpd_tls_chain_files: pki.good.file, smtpd_delay_reject: 'no', smtpd_client_restrictions: `check_client_access cidr:${banned}` },
      // postscreen sends "220-" at once and the rest of the banner after its greet wait
      slow: { postscreen: 'yes', postscreen_greet_wait: '4s', smtpd_tls_chain_files: pki.good.file },
      implicit: { smtpd_tls_chain_files: pki.good.file, smtpd_tls_wrappermode: 'yes' },
    },
    { banner: MICROSOFT_BANNER, saslPort, certificate: pki.good.file },
  );
  stops.push(postfix.stop);
}, 60_000);

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const ctx = (ms = 5000) => ({ signal: new AbortController().signal, deadline: Date.now() + ms });
const smtp = (service: string, extra: { ms?: number; implicitTls?: boolean; port?: number } = {}) =>
  probeSmtp(
    { endpoint: { host: SMTP_HOST, port: extra.port ?? postfix.ports[service]! }, expectMicrosoft: true, policy: POLICY, ca: pki.ca, heloName: 'probe.test', ...(extra.implicitTls ? { implicitTls: true } : {}) },
    ctx(extra.ms),
  );
const imap = (port: number, implicitTls: boolean, ms?: number) =>
  probeImap({ endpoint: { host: IMAP_HOST, port }, expectMicrosoft: true, policy: POLICY, ca: pki.ca, implicitTls }, ctx(ms));
/** The readable report of one check, as `mailbox-doctor probe` prints it. */
const report = (check: CheckResult) => renderReport({ address: 'jo@contoso.test', checks: [check], diagnoses: check.diagnoses });

describe.skipIf(MISSING.length > 0)('the live checks against real Postfix and Dovecot on 127.0.0.1', () => {
  it('runs every server on the loopback address only', () => {
    const ports = [...Object.values(postfix.ports), ...Object.values(dovecots).flatMap((d) => [d.imapPort, d.imapsPort ?? d.imapPort])];
    const bound = listeningAddresses();
    expect(ports.map((port) => bound.get(port))).toEqual(ports.map(() => '127.0.0.1'));
  });

  describe('SMTP submission (Postfix)', () => {
    it('passes healthy submission: Microsoft-like banner, STARTTLS, AUTH only after TLS', async () => {
      const result = await smtp('healthy');
      expect(result).toMatchObject({ status: 'pass', diagnoses: [] });
      expect(result.findings).toBeUndefined();
      expect(result.evidence).toMatchObject({ address: '127.0.0.1', authBeforeTls: [], authAfterTls: ['PLAIN', 'LOGIN', 'XOAUTH2'] });
      expect(result.evidence.tls).toMatchObject({ protocol: 'TLSv1.3', certIssuer: TEST_CA_NAME });
      expect(report(result)).toMatch(/✓ Sending server .*TLSv1\.3.*AUTH PLAIN LOGIN XOAUTH2\n\nDiagnoses: none/);
    });

    it('fails with smtp-auth-not-offered when no AUTH is listed after TLS, and says only that', async () => {
      const result = await smtp('no-auth');
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['smtp-auth-not-offered'], findings: ['auth-not-offered'] });
      const text = report(result);
      expect(text).toMatch(/The server offers no way to sign in/);
      expect(text).not.toMatch(/did not accept a normal connection|could not be reached/);
    });

    it('fails with tls-problem when STARTTLS is not offered', async () => {
      const result = await smtp('no-starttls');
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['tls-problem'], findings: ['no-starttls'] });
      expect(report(result)).toMatch(/The server offers no encryption[\s\S]*Next step: Use the server’s encrypted settings/);
    });

    it('warns when AUTH is offered before TLS (clear-text sign-in)', async () => {
      const result = await smtp('clear-auth');
      expect(result).toMatchObject({ status: 'warn', diagnoses: [], findings: ['auth-in-clear'] });
      expect(result.evidence.authBeforeTls).toEqual(['PLAIN', 'LOGIN', 'XOAUTH2']);
      expect(report(result)).toMatch(/sign-in before encryption/);
    });

    it('explains a stock banner as something else answering in Microsoft’s place', async () => {
      const result = await smtp('stock');
      expect(result).toMatchObject({ status: 'warn', diagnoses: [], findings: ['not-microsoft'] });
      expect(result.evidence.intercepted).toBe(true);
      expect(report(result)).toMatch(/Something else answered in Microsoft’s place[\s\S]*antivirus, a firewall/);
    });

    it('names an expired certificate and records its expiry', async () => {
      const result = await smtp('expired');
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['tls-problem'], findings: ['cert-expired'] });
      expect(result.evidence).toMatchObject({ stage: 'tls', tls: { certError: 'CERT_HAS_EXPIRED', certIssuer: TEST_CA_NAME } });
      const text = report(result);
      expect(text).toMatch(/certificate has expired\. The certificate ran out on Feb {1,2}1 00:00:00 2025 GMT/);
      expect(text).toMatch(/Certificate: for smtp\.office365\.com, issued by Mailbox Doctor Test CA, valid until Feb/);
      expect(text).not.toMatch(/port 587|STARTTLS and TLS 1\.2/);
    });

    it('names a self-signed certificate by its issuer (the clue to an interception)', async () => {
      const result = await smtp('self-signed');
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['tls-problem'], findings: ['cert-untrusted'] });
      expect(report(result)).toMatch(/issued by smtp\.office365\.com\. It is self-signed, or something in between \(antivirus/);
    });

    it('names a certificate made out to another host', async () => {
      const result = await smtp('wrong-name');
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['tls-problem'], findings: ['cert-wrong-host'] });
      expect(report(result)).toMatch(new RegExp(`made out to ${WRONG_NAME.replace(/\./g, '\\.')}, not to the server`));
    });

    it('reports a server that speaks only TLS 1.0/1.1 as outdated TLS', async () => {
      const result = await smtp('old-tls');
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['tls-problem'], findings: ['tls-outdated'] });
      expect(result.evidence.tlsOffered).toMatch(/^TLSv1(\.1)?$/);
      expect(report(result)).toMatch(/only speaks an outdated TLS\. The server offers only TLSv1/);
    });

    it('names tls-problem when STARTTLS is answered 454 (no certificate on the server)', async () => {
      const result = await smtp('no-cert');
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['tls-problem'], findings: ['starttls-refused'] });
      expect(result.evidence.reply).toMatch(/^454 4\.7\.0 TLS not available due to local problem/);
      const text = report(result);
      expect(text).toMatch(/could not start encryption[\s\S]*Diagnoses:\n {2}tls-problem/);
    });

    it('names ip-blocked for a banned client (550 5.7.606)', async () => {
      const result = await smtp('banned');
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['ip-blocked'] });
      expect(String(result.evidence.reply)).toMatch(/^550 5\.7\.606 .*Access denied, banned sending IP/);
      expect(report(result)).toMatch(/Next step: Ask whoever manages your Microsoft 365/);
    });

    it('keeps the partial banner of a slow server and says it connected, not that it was unreachable', async () => {
      const result = await smtp('slow', { ms: 1500 });
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['connection-failed'], findings: ['stalled'] });
      expect(result.evidence).toMatchObject({ stage: 'banner', failure: 'timeout', partialBanner: expect.stringMatching(/^220-mail\.test Microsoft ESMTP/) });
      const text = report(result);
      expect(text).toMatch(/answered too slowly\. The connection was made/);
      expect(text).not.toMatch(/could not be reached/);
    });

    it('names a refused port as refused at connect', async () => {
      const result = await smtp('refused', { port: await freePort() });
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['connection-failed'], findings: ['refused'] });
      expect(result.evidence).toMatchObject({ stage: 'connect', failure: 'refused' });
      expect(report(result)).toMatch(/turned the connection away/);
    });

    it('passes implicit TLS (the 465 way)', async () => {
      const result = await smtp('implicit', { implicitTls: true });
      expect(result).toMatchObject({ status: 'pass', diagnoses: [] });
      expect(result.evidence.tls).toMatchObject({ certIssuer: TEST_CA_NAME });
    });
  });

  describe('IMAP (Dovecot)', () => {
    it('passes healthy IMAP over TLS with a Microsoft greeting and XOAUTH2', async () => {
      const result = await imap(dovecots.microsoft!.imapsPort!, true);
      expect(result).toMatchObject({ status: 'pass', diagnoses: [] });
      expect(result.evidence).toMatchObject({ address: '127.0.0.1', greeting: MICROSOFT_GREETING, tls: { protocol: 'TLSv1.3' } });
      expect(report(result)).toMatch(/✓ Mail sync server/);
    });

    it('passes STARTTLS on the plain port', async () => {
      const result = await imap(dovecots.microsoft!.imapPort, false);
      expect(result).toMatchObject({ status: 'pass', diagnoses: [] });
      expect(result.evidence.tls).toMatchObject({ certIssuer: TEST_CA_NAME });
    });

    it('shows both warnings for Dovecot’s stock greeting without XOAUTH2', async () => {
      const result = await imap(dovecots.stock!.imapsPort!, true);
      expect(result).toMatchObject({ status: 'warn', diagnoses: [], findings: ['not-microsoft', 'xoauth2-missing'] });
      const text = report(result);
      expect(text).toMatch(/Something else answered in Microsoft’s place/);
      expect(text).toMatch(/does not offer Microsoft sign-in/);
    });

    it('fails plain-text IMAP (no TLS, sign-in in clear) with tls-problem', async () => {
      const result = await imap(dovecots.plain!.imapPort, false);
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['tls-problem'], findings: ['no-starttls', 'not-microsoft', 'xoauth2-missing'] });
      expect(result.evidence.auth).toContain('PLAIN');
      expect(report(result)).toMatch(/offers no encryption/);
    });

    it('names a refused connection at connect', async () => {
      const result = await imap(await freePort(), true);
      expect(result).toMatchObject({ status: 'fail', diagnoses: ['connection-failed'], findings: ['refused'] });
      expect(result.evidence.stage).toBe('connect');
    });

    for (const [name, finding] of [['expired', 'cert-expired'], ['self-signed', 'cert-untrusted'], ['wrong-name', 'cert-wrong-host']] as const) {
      it(`names a ${name} certificate at the TLS stage, with IMAP advice only`, async () => {
        const result = await imap(dovecots[name]!.imapsPort!, true);
        expect(result).toMatchObject({ status: 'fail', diagnoses: ['tls-problem'], findings: [finding] });
        expect(result.evidence).toMatchObject({ stage: 'tls' });
        const text = report(result);
        expect(text).toMatch(/Certificate: for /);
        expect(text).not.toMatch(/port 587|smtp\.office365\.com on|Sending/);
      });
    }

    it('ends at its deadline against a TLS tarpit, at the TLS stage', async () => {
      const tarpit = await startBlackHole();
      try {
        const result = await imap(tarpit.port, true, 700);
        expect(result).toMatchObject({ status: 'fail', diagnoses: ['connection-failed'], findings: ['stalled'] });
        expect(result.evidence).toMatchObject({ stage: 'tls', failure: 'timeout' });
      } finally {
        await tarpit.close();
      }
    });
  });
});

describe.skipIf(MISSING.length > 0)('the whole probe against real Postfix and Dovecot', () => {
  it('prints the finding, the certificate and the next step in `mailbox-doctor probe`, pointed there by its flags', async () => {
    const tenant = await startFakeTenant(HEALTHY_TENANT);
    try {
      let out = '';
      const stdout = new PassThrough().on('data', (chunk) => (out += String(chunk)));
      const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: tenant.cli.env };
      const argv = [HEALTHY_TENANT.address, '--smtp-port', String(postfix.ports['self-signed']), '--imap-port', String(dovecots.microsoft!.imapsPort), '--allow-private', '--tls-ca', join(root, 'ca.crt')];
      expect(await probeCommand(argv, io, tenant.cli.overrides)).toBe(0);
      expect(out).toMatch(/✗ Sending server +smtp\.office365\.com:\d+ tls at tls\n {4}The certificate is not from a trusted authority\. The certificate was issued by smtp\.office365\.com/);
      expect(out).toMatch(/\n {6}Next step: If the issuer is your antivirus or firewall/);
      expect(out).toMatch(/\n {4}Certificate: for smtp\.office365\.com, issued by smtp\.office365\.com, valid until /);
      expect(out).toMatch(/✓ Mail sync server/);
      expect(out).toMatch(/Diagnoses:\n {2}tls-problem/);
    } finally {
      await tenant.close();
    }
  });

  for (const [service, words] of [
    ['self-signed', /certificate is not from a trusted authority\. The certificate was issued by smtp\.office365\.com\. It is self-signed, or something in between \(antivirus/],
    ['old-tls', /only speaks an outdated TLS\. The server offers only TLSv1/],
    ['no-cert', /could not start encryption\. The server offers encryption but refused to start it \(for example "454 TLS not available"\)/],
  ] as const) {
    it(`routes the chat to words a person can act on: ${service}`, async () => {
      const tenant = await startFakeTenant(HEALTHY_TENANT);
      const store = new SqliteStore(join(tempDir(), 'real.sqlite'));
      try {
        const deps = tenant.deps({ smtp: { host: SMTP_HOST, port: postfix.ports[service]! }, imap: { host: IMAP_HOST, port: dovecots.microsoft!.imapsPort! }, tlsCa: pki.ca });
        const engine = new Engine({ store, content: en, followUpDelayMs: 60_000, probe: probeRunner(deps), probeWatchdogMs: { plain: 10_000, signedIn: 10_000 } });
        const finished: TurnResult[] = [];
        engine.onProactive('web', (r) => void finished.push(r));
        const started = await engine.start('web', `real-${service}`);
        await engine.send(started.session.id, { text: `it's ${HEALTHY_TENANT.address}` });
        await engine.send(started.session.id, { choice: 'run-check' });
        for (const end = Date.now() + 10_000; !finished[0] && Date.now() < end; ) await new Promise((r) => setTimeout(r, 25));
        const result = finished[0]!;
        expect(result.view.facts.check?.primary).toBe('tls-problem');
        expect(result.view.key).toBe('explainingDiagnosis');
        const said = result.messages.map((m) => m.text).join('\n');
        expect(said).toMatch(words);
        expect(result.presentation.steps.join('\n')).toMatch(/Whoever runs|If the issuer is your antivirus|Tell whoever runs the mail server/);
      } finally {
        await store.close();
        await tenant.close();
      }
    });
  }
});
