import { afterEach, describe, expect, it } from 'vitest';
import { runMailboxProbe, type ProbeProgress } from '../../src/probes/run-probe.js';
import { ProbeGate } from '../../src/probes/safety/probe-gate.js';
import type { DeviceCodePrompt } from '../../src/probes/signed-in/device-code.js';
import { startBlackHole } from '../helpers/probes/black-hole.js';
import { DEVICE_USER_CODE } from '../helpers/probes/fake-microsoft.js';
import { controllableSignIn } from '../helpers/probes/fake-sign-in.js';
import { FAKE_TENANTS, HEALTHY_TENANT, startFakeTenant, type RunningTenant } from '../helpers/probes/fake-tenants.js';

let running: RunningTenant | undefined;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await running?.close();
  running = undefined;
  while (closers.length) await closers.pop()?.();
});

const tenant = (code: string) => FAKE_TENANTS.find((t) => t.expects === code)!;

describe('runMailboxProbe', () => {
  it('runs the unauthenticated checks in parallel and reports progress: which check runs and how many are left', async () => {
    running = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined });
    const events: ProbeProgress[] = [];
    const report = await runMailboxProbe({ address: 'Adele@CONTOSO.test' }, running.deps(), { onProgress: (p) => events.push(p) });
    expect(report.address).toBe('Adele@contoso.test');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['mx', 'pass'],
      ['tenant', 'pass'],
      ['smtp', 'pass'],
      ['imap', 'pass'],
      ['close-status', 'pass'],
    ]);
    expect(report.diagnoses).toEqual([]);
    expect(Math.max(...events.map((e) => e.running.length))).toBe(5);
    expect(events.every((e) => e.total === 5)).toBe(true);
    const last = events.at(-1)!;
    expect(last.running).toEqual([]);
    expect([...last.done].sort()).toEqual(['close-status', 'imap', 'mx', 'smtp', 'tenant']);
    expect(events.filter((e) => e.latest).length).toBe(5);
  });

  it('ends inside its deadline with connection-failed when both mail servers accept and never answer', async () => {
    running = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined, closeAccounts: undefined });
    const hole = await startBlackHole();
    closers.push(hole.close);
    const deps = running.deps({ deadlineMs: 800, smtp: { host: 'smtp.office365.com', port: hole.port }, imap: { host: 'outlook.office365.com', port: hole.port } });
    const started = Date.now();
    const report = await runMailboxProbe({ address: HEALTHY_TENANT.address }, deps);
    const took = Date.now() - started;
    expect(took).toBeLessThan(800 + 500 + 300);
    expect(hole.connections()).toBe(2);
    expect(report.checks.find((c) => c.id === 'smtp')).toMatchObject({ status: 'fail', diagnoses: ['connection-failed'] });
    expect(report.checks.find((c) => c.id === 'imap')).toMatchObject({ status: 'fail', diagnoses: ['connection-failed'] });
    expect(report.diagnoses).toEqual(['connection-failed']);
  });

  it('treats a domain whose MX points at a mail filter as Microsoft 365 when Microsoft knows the tenant', async () => {
    running = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined, mx: ['mx1.filter.example.test'] });
    const report = await runMailboxProbe({ address: HEALTHY_TENANT.address }, running.deps());
    expect(report.checks[0]).toMatchObject({ id: 'mx', status: 'warn', diagnoses: [] });
    expect(report.diagnoses).not.toContain('not-microsoft-365');
  });

  it('routes a reseller tenant to provider-managed first', async () => {
    running = await startFakeTenant(tenant('provider-managed'));
    const report = await runMailboxProbe(running.request, running.deps());
    expect(report.diagnoses[0]).toBe('provider-managed');
    expect(report.checks.find((c) => c.id === 'tenant')?.evidence).toMatchObject({ provider: 'godaddy.com', federationBrandName: 'Reseller Co' });
  });

  it('does not offer sign-in for a domain that is not Microsoft 365', async () => {
    running = await startFakeTenant({ ...tenant('not-microsoft-365'), signIn: { username: 'user@elsewhere.test' } });
    const prompts: DeviceCodePrompt[] = [];
    const report = await runMailboxProbe({ address: 'user@elsewhere.test', signIn: { testMessage: true } }, running.deps(), { deviceCode: (p) => prompts.push(p) });
    expect(prompts).toEqual([]);
    expect(report.checks.filter((c) => c.status === 'skip').map((c) => c.id)).toEqual(['sign-in', 'smtp-oauth', 'test-message', 'imap-oauth', 'graph-me']);
  });

  it('signs in through the device code callback and then runs the signed-in checks in the same probe', async () => {
    running = await startFakeTenant(HEALTHY_TENANT);
    const prompts: DeviceCodePrompt[] = [];
    const report = await runMailboxProbe(running.request, running.deps(), { deviceCode: (p) => prompts.push(p) });
    expect(prompts.map((p) => p.userCode)).toEqual([DEVICE_USER_CODE]);
    expect(report.checks.map((c) => c.status)).toEqual(Array(10).fill('pass'));
    expect(JSON.stringify(report)).not.toContain(DEVICE_USER_CODE);
    expect(JSON.stringify(report)).not.toContain('fake-access-token');
  });

  it('skips the signed-in checks when the chat cannot show a code', async () => {
    running = await startFakeTenant(HEALTHY_TENANT);
    const report = await runMailboxProbe(running.request, running.deps());
    expect(report.checks.find((c) => c.id === 'sign-in')).toMatchObject({ status: 'skip', evidence: { noDeviceCodeCallback: true } });
  });

  it('refuses an invalid address without touching the network', async () => {
    running = await startFakeTenant(HEALTHY_TENANT);
    const report = await runMailboxProbe({ address: 'adele at contoso' }, running.deps());
    expect(report).toEqual({ address: 'adele at contoso', checks: [], diagnoses: [], refused: { reason: 'invalid-address' } });
    expect(running.smtp?.auths).toEqual([]);
  });

  it('refuses a requester over the rate limit with a reason, and frees the running slot after each probe', async () => {
    running = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined });
    const gate = new ProbeGate({ perUser: 1, global: 10, anonymous: 10, windowMs: 60_000, maxConcurrent: 1 });
    const deps = running.deps({ gate });
    expect((await runMailboxProbe({ address: HEALTHY_TENANT.address, requester: 'slack:U1' }, deps)).refused).toBeUndefined();
    expect(gate.runningCount).toBe(0);
    const again = await runMailboxProbe({ address: HEALTHY_TENANT.address, requester: 'slack:U1' }, deps);
    expect(again.refused?.reason).toBe('rate-limited-user');
    expect(again.checks).toEqual([]);
  });

  it('stops promptly when the caller aborts, reporting the unfinished checks as errors', async () => {
    running = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined, closeAccounts: undefined });
    const hole = await startBlackHole();
    closers.push(hole.close);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    const report = await runMailboxProbe(
      { address: HEALTHY_TENANT.address },
      running.deps({ deadlineMs: 10_000, smtp: { host: 'smtp.office365.com', port: hole.port } }),
      { signal: controller.signal },
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(report.checks.find((c) => c.id === 'smtp')).toMatchObject({ status: 'error', diagnoses: [] });
  });

  it('checks a server the person named against the SSRF rules and refuses a private one', async () => {
    running = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined });
    const report = await runMailboxProbe({ address: HEALTHY_TENANT.address, smtpServer: { host: '192.168.1.20', port: 587 } }, running.deps({ allowPrivate: false }));
    expect(report.checks.find((c) => c.id === 'smtp')).toMatchObject({ status: 'error', evidence: { refused: 'blocked-private' } });
  });

  it('waits for the person to sign in, showing progress, and carries on with the signed-in checks after', async () => {
    running = await startFakeTenant(HEALTHY_TENANT);
    const fake = controllableSignIn();
    const events: ProbeProgress[] = [];
    const probe = runMailboxProbe(running.request, running.deps({ signIn: fake.provider }), { deviceCode: () => undefined, onProgress: (p) => events.push(p) });
    await fake.prompted;
    expect(events.at(-1)).toMatchObject({ running: ['sign-in'], total: 10 });
    expect(events.at(-1)?.done).toHaveLength(5);
    fake.complete();
    const report = await probe;
    expect(report.checks.map((c) => c.status)).toEqual(Array(10).fill('pass'));
    expect(fake.requests[0]?.mailScopes).toEqual(['https://outlook.office.com/SMTP.Send', 'https://outlook.office.com/IMAP.AccessAsUser.All', 'offline_access']);
    expect(fake.requests[0]?.graphScope).toBe('https://graph.microsoft.com/User.Read');
  });

  it('skips the signed-in checks when the person cancels while the code is showing', async () => {
    running = await startFakeTenant(HEALTHY_TENANT);
    const fake = controllableSignIn();
    const controller = new AbortController();
    const probe = runMailboxProbe(running.request, running.deps({ signIn: fake.provider }), { deviceCode: () => undefined, signal: controller.signal });
    await fake.prompted;
    controller.abort();
    const report = await probe;
    expect(report.checks.slice(5).map((c) => [c.id, c.status])).toEqual([
      ['sign-in', 'skip'],
      ['smtp-oauth', 'skip'],
      ['test-message', 'skip'],
      ['imap-oauth', 'skip'],
      ['graph-me', 'skip'],
    ]);
  });
});
