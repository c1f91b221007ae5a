import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { probeCommand } from '../../src/cli/probe.command.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { DEFAULT_TOKEN } from '../helpers/probes/fake-exchange-smtp.js';
import { DEVICE_USER_CODE, GRAPH_TOKEN } from '../helpers/probes/fake-microsoft.js';
import { startFakeDns } from '../helpers/probes/fake-dns.js';
import { FAKE_TENANTS, HEALTHY_TENANT, startFakeTenant, type RunningTenant } from '../helpers/probes/fake-tenants.js';

function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  return { stdin: new PassThrough(), stdout, stderr, env, out: () => out, err: () => err };
}

let running: RunningTenant | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function runCli(tenant: RunningTenant, extra: string[] = []) {
  const io = captureIo(tenant.cli.env);
  const code = await probeCommand([tenant.spec.address, ...tenant.cli.argv, ...extra], io, tenant.cli.overrides);
  return { code, io };
}

describe('mailbox-doctor probe', () => {
  for (const spec of FAKE_TENANTS) {
    it(`finds ${spec.expects} for the ${spec.name} tenant, end to end`, async () => {
      running = await startFakeTenant(spec, { deadlineMs: spec.smtp === 'black-hole' ? 1000 : 3000 });
      const started = Date.now();
      const { code, io } = await runCli(running, ['--json']);
      if (spec.smtp === 'black-hole') expect(Date.now() - started).toBeLessThan(1000 + 500 + 500);
      expect(code).toBe(0);
      const report = JSON.parse(io.out()) as { address: string; checks: { id: string; status: string }[]; diagnoses: string[] };
      expect(report.address).toBe(spec.address);
      expect(report.diagnoses).toContain(spec.expects);
      expect(Object.keys(report).sort()).toEqual(['address', 'checks', 'diagnoses']);
    });
  }

  it('prints one line per check with a mark, then no diagnoses, for a healthy mailbox', async () => {
    running = await startFakeTenant(HEALTHY_TENANT);
    const { code, io } = await runCli(running);
    expect(code).toBe(0);
    const lines = io.out().split('\n');
    expect(lines[0]).toBe('Checked adele@contoso.test');
    for (const name of ['Domain', 'Microsoft 365 organisation', 'Sending server', 'Mail sync server', 'Close account status', 'Microsoft sign-in', 'Sending, signed in', 'Test message', 'Mail sync, signed in', 'Mailbox addresses']) {
      expect(lines.some((l) => l.startsWith(`✓ ${name}`))).toBe(true);
    }
    expect(io.out()).toContain('Diagnoses: none');
    expect(running.smtp?.messages).toHaveLength(1);
    expect(running.smtp?.messages[0]?.to).toEqual(['adele@contoso.test']);
  });

  it('shows the sign-in code on stderr only, and never prints a token', async () => {
    running = await startFakeTenant(HEALTHY_TENANT);
    const { io } = await runCli(running, ['--json']);
    expect(io.err()).toContain(DEVICE_USER_CODE);
    expect(io.err()).toContain('https://microsoft.com/devicelogin');
    for (const secret of [DEVICE_USER_CODE, DEFAULT_TOKEN, GRAPH_TOKEN, 'fake-device-code-secret', 'fake-refresh']) expect(io.out()).not.toContain(secret);
  });

  it('names the finding and its next step under a failing check, then the diagnoses', async () => {
    running = await startFakeTenant(FAKE_TENANTS.find((t) => t.expects === 'smtp-auth-not-offered')!);
    const { io } = await runCli(running);
    const out = io.out();
    expect(out).toMatch(/✗ Sending server +smtp\.office365\.com:\d+ TLSv1\.\d.*no AUTH offered after TLS/);
    expect(out).toMatch(/\n {4}The server offers no way to sign in\. After encrypting, the server listed no sign-in methods/);
    expect(out).toMatch(/\n {6}Next step: Ask whoever manages the mail service to turn on Authenticated SMTP/);
    expect(out).not.toMatch(/did not accept a normal connection/);
    expect(out).toMatch(/Diagnoses:\n {2}smtp-auth-not-offered: The server offered no way to sign in/);
  });

  it('sends no test message with --no-test-message', async () => {
    running = await startFakeTenant(HEALTHY_TENANT);
    const { io } = await runCli(running, ['--json', '--no-test-message']);
    const report = JSON.parse(io.out()) as { checks: { id: string }[] };
    expect(report.checks.map((c) => c.id)).not.toContain('test-message');
    expect(running.smtp?.messages).toEqual([]);
  });

  it('resolves through --dns-servers when no resolver is injected', async () => {
    running = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined, closeAccounts: undefined });
    const dns = await startFakeDns({
      'contoso.test': { mx: ['contoso-test.mail.protection.outlook.com'] },
      'smtp.office365.com': { a: ['127.0.0.1'] },
      'outlook.office365.com': { a: ['127.0.0.1'] },
    });
    try {
      const io = captureIo();
      expect(await probeCommand(['adele@contoso.test', ...running.cli.argv, '--dns-servers', dns.server, '--json'], io)).toBe(0);
      const report = JSON.parse(io.out()) as { checks: { id: string; status: string }[] };
      expect(report.checks.map((c) => [c.id, c.status])).toEqual([['mx', 'pass'], ['tenant', 'pass'], ['smtp', 'pass'], ['imap', 'pass']]);
      expect(dns.queries).toContainEqual({ name: 'contoso.test', type: 'mx' });
      expect(dns.queries).toContainEqual({ name: 'smtp.office365.com', type: 'a' });
    } finally {
      await dns.close();
    }
  });

  it('refuses a named server on a private address without --allow-private, and says why', async () => {
    running = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined, closeAccounts: undefined });
    const argv = running.cli.argv.filter((a) => a !== '--allow-private');
    const io = captureIo();
    expect(await probeCommand(['adele@contoso.test', ...argv, '--smtp-server', '10.0.0.8:587'], io, running.cli.overrides)).toBe(0);
    expect(io.out()).toMatch(/\? Sending server +10\.0\.0\.8:587 refused: blocked-private/);
    expect(io.out()).toContain('That server is on a private network I may not reach, so I did not connect to it.');
  });

  it('exits 2 when --tls-ca names a missing file', async () => {
    const io = captureIo();
    expect(await main(['probe', 'a@contoso.test', '--tls-ca', '/nonexistent/ca.pem'], io)).toBe(2);
    expect(io.err()).toMatch(/--tls-ca/);
  });

  it('exits 2 with a message for a missing address, a bad address, a bad port and an unknown option', async () => {
    for (const [argv, message] of [
      [[], /Give one email address/],
      [['not-an-address'], /is not an email address/],
      [['a@contoso.test', '--smtp-port', 'abc'], /--smtp-port/],
      [['a@contoso.test', '--frobnicate'], /Unknown option --frobnicate/],
      [['a@contoso.test', '--close-address', 'nope'], /--close-address "nope" is not an email address/],
    ] as const) {
      const io = captureIo();
      expect(await main(['probe', ...argv], io)).toBe(2);
      expect(io.err()).toMatch(message);
    }
  });
});
