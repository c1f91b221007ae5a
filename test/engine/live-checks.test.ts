import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { en } from '../../src/content/en.js';
import { Engine, type TurnResult } from '../../src/engine/engine.js';
import type { CheckUpdate } from '../../src/engine/live-checks.js';
import { probeRunner } from '../../src/engine/probe-runner.js';
import { DIAGNOSIS_ROUTES } from '../../src/machine/diagnosis-routes.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { ProbeGate } from '../../src/probes/safety/probe-gate.js';
import { FAKE_TENANTS, HEALTHY_TENANT, startFakeTenant, type RunningTenant } from '../helpers/probes/fake-tenants.js';
import { fakeClock, tempDir } from '../helpers/engine.js';
import { faultyStore } from '../helpers/faulty-store.js';

let tenant: RunningTenant | null = null;
const stores: SqliteStore[] = [];
afterEach(async () => {
  await tenant?.close();
  tenant = null;
  while (stores.length) await stores.pop()?.close();
});

function engineFor(running: RunningTenant | null, file = join(tempDir(), 'checks.sqlite'), now?: () => number) {
  const store = new SqliteStore(file);
  stores.push(store);
  const engine = new Engine({
    store,
    content: en,
    followUpDelayMs: 60_000,
    ...(running ? { probe: probeRunner(running.deps()) } : {}),
    probeWatchdogMs: { plain: 5_000, signedIn: 5_000 },
    ...(now ? { now } : {}),
  });
  const finished: TurnResult[] = [];
  const updates: CheckUpdate[] = [];
  engine.onProactive('web', (r) => void finished.push(r));
  engine.onCheckUpdate((u) => updates.push(u));
  return { store, engine, finished, updates, file };
}

async function until<T>(read: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The state a diagnosis leads to, as the view key a person sees. */
function expectedKey(code: string): string {
  const route = DIAGNOSIS_ROUTES[code as keyof typeof DIAGNOSIS_ROUTES];
  return route.split('.').pop() ?? '';
}

describe('a live check in the chat', () => {
  for (const spec of FAKE_TENANTS) {
    it(`finds ${spec.expects} for the ${spec.name} tenant and routes the conversation by it`, async () => {
      tenant = await startFakeTenant(spec, { deadlineMs: spec.smtp === 'black-hole' ? 1000 : 3000 });
      const { engine, finished, updates } = engineFor(tenant);
      const started = await engine.start('web', `check-${spec.name}`);
      const typed = spec.closeAddress ?? spec.address;
      const offer = await engine.send(started.session.id, { text: `it's ${typed}` });
      expect(offer.ok && offer.view.key).toBe('offeringCheck');
      const running = await engine.send(started.session.id, { choice: spec.signIn ? 'run-check-signed-in' : 'run-check' });
      expect(running.ok && running.view.key).toBe('runningCheck');
      expect(running.ok && running.messages.map((m) => m.text).join('\n')).toMatch(/Checking/);

      const result = await until(() => finished[0], 15_000);
      expect(result.view.facts.diagnoses).toContain(spec.expects);
      expect(result.view.key).toBe(expectedKey(result.view.facts.check?.primary ?? ''));
      expect(result.messages.map((m) => m.text).join('\n')).toMatch(/found for|looks fine/);
      expect(updates.some((u) => 'progress' in u)).toBe(true);
      if (spec.signIn && 'tokenError' in spec.signIn === false) {
        const prompt = updates.find((u) => 'deviceCode' in u);
        expect(prompt).toBeDefined();
        const code = prompt && 'deviceCode' in prompt ? prompt.deviceCode.userCode : 'none';
        const transcript = JSON.stringify(await engine.transcript(started.session.id));
        expect(transcript).not.toContain(code);
      }
    }, 30_000);
  }

  it('reports a healthy mailbox and returns to the question it interrupted', async () => {
    tenant = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined } as typeof HEALTHY_TENANT);
    const { engine, finished } = engineFor(tenant);
    const started = await engine.start('web', 'healthy');
    await engine.send(started.session.id, { choice: 'sending-fails' });
    await engine.send(started.session.id, { text: HEALTHY_TENANT.address });
    await engine.send(started.session.id, { choice: 'run-check' });
    const result = await until(() => finished[0]);
    expect(result.view.key).toBe('reportingCheck');
    expect(result.messages.map((m) => m.text).join('\n')).toMatch(/looks fine/);
    const back = await engine.send(started.session.id, { text: 'carry on' });
    expect(back.ok && back.view.key).toBe('askingIsAdmin');
  }, 30_000);

  it('says plainly when a check is refused because the person ran too many', async () => {
    tenant = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined } as typeof HEALTHY_TENANT);
    const gate = new ProbeGate({ perUser: 1, global: 100, anonymous: 100, windowMs: 60_000, maxConcurrent: 4 });
    const store = new SqliteStore(join(tempDir(), 'gate.sqlite'));
    stores.push(store);
    const engine = new Engine({ store, content: en, followUpDelayMs: 60_000, probe: probeRunner(tenant.deps({ gate })) });
    const finished: TurnResult[] = [];
    engine.onProactive('web', (r) => void finished.push(r));
    const started = await engine.start('web', 'gate');
    await engine.send(started.session.id, { text: HEALTHY_TENANT.address });
    await engine.send(started.session.id, { choice: 'run-check' });
    await until(() => finished[0]);
    const again = await engine.send(started.session.id, { choice: 'run-check' });
    expect(again.ok && again.view.key).toBe('runningCheck');
    const refused = await until(() => finished[1]);
    expect(refused.view.key).toBe('reportingCheck');
    expect(refused.messages.map((m) => m.text).join('\n')).toMatch(/several checks in a short time\. Try again in 1 minute/);
  }, 30_000);

  it('saves and shows a check that ends before its turn is stored (a refusal: too many running), over a slow store', async () => {
    const real = new SqliteStore(join(tempDir(), 'quick.sqlite'));
    stores.push(real);
    const faulty = faultyStore(real);
    faulty.slow('saveTurn', 30); // a database a round trip away: the check ends while the turn is being written
    const engine = new Engine({
      store: faulty.store,
      content: en,
      followUpDelayMs: 60_000,
      probe: async (input) => ({ address: input.address, checks: [], diagnoses: [], refused: { reason: 'too-many-running' } }),
      probeWatchdogMs: { plain: 25_000, signedIn: 25_000 },
    });
    const finished: TurnResult[] = [];
    engine.onProactive('web', (r) => void finished.push(r));
    const started = await engine.start('web', 'quick');
    await engine.send(started.session.id, { text: 'jo@contoso.com' });
    const running = await engine.send(started.session.id, { choice: 'run-check' });
    expect(running.ok && running.view.key).toBe('runningCheck');
    const refused = await until(() => finished[0], 2_000);
    expect(refused.messages.map((m) => m.text).join('\n')).toMatch(/A lot of checks are running right now/);
    const stored = await engine.current(started.session.id);
    expect(stored?.view.key).toBe('reportingCheck');
    expect(await real.pendingFollowUp(started.session.id)).toBeNull(); // no watchdog left to fire
  });

  it('saves a finished check once the store is back when saving it first fails, naming the failure', async () => {
    const real = new SqliteStore(join(tempDir(), 'flaky.sqlite'));
    stores.push(real);
    const faulty = faultyStore(real);
    const failures: string[] = [];
    let finish: () => void = () => undefined;
    const engine = new Engine({
      store: faulty.store,
      content: en,
      followUpDelayMs: 60_000,
      probe: (input) =>
        new Promise((resolve) => {
          finish = () => resolve({ address: input.address, checks: [], diagnoses: [], refused: { reason: 'too-many-running' } });
        }),
      onBackgroundError: (_error, failure) => void failures.push(`${failure.loop} ${failure.retryInMs}`),
    });
    const finished: TurnResult[] = [];
    engine.onProactive('web', (r) => void finished.push(r));
    const started = await engine.start('web', 'flaky');
    await engine.send(started.session.id, { text: 'jo@contoso.com' });
    await engine.send(started.session.id, { choice: 'run-check' });
    faulty.fail('getSession', 1); // the database blinks just as the check ends
    finish();
    const result = await until(() => finished[0], 5_000);
    expect(failures).toEqual(['check-completion 500']);
    expect(result.view.key).toBe('reportingCheck');
    expect((await engine.current(started.session.id))?.view.key).toBe('reportingCheck');
  });

  it('leaves a running check alone when a turn during it loses the compare-and-set every time', async () => {
    const real = new SqliteStore(join(tempDir(), 'cas.sqlite'));
    stores.push(real);
    const faulty = faultyStore(real);
    let aborted = false;
    const engine = new Engine({
      store: faulty.store,
      content: en,
      followUpDelayMs: 60_000,
      probe: (_input, hooks) => new Promise((_resolve, reject) => hooks.signal.addEventListener('abort', () => ((aborted = true), reject(new Error('aborted'))))),
    });
    const started = await engine.start('web', 'cas');
    await engine.send(started.session.id, { text: 'jo@contoso.com' });
    await engine.send(started.session.id, { choice: 'run-check' });
    faulty.answer('saveTurn', false, 3); // three other writers got there first
    expect(await engine.send(started.session.id, { choice: 'human' })).toMatchObject({ ok: false, error: 'busy' });
    expect(aborted).toBe(false); // the turn was not saved, so it changed nothing: the check goes on
    expect((await engine.current(started.session.id))?.view.key).toBe('runningCheck');
    const human = await engine.send(started.session.id, { choice: 'human' });
    expect(human.ok && human.view.key).toBe('escalated');
    expect(aborted).toBe(true);
  });

  it('shows a check that finished while a message was being read, then answers the message from there', async () => {
    const { store } = engineFor(null);
    let finish: () => void = () => undefined;
    const engine = new Engine({
      store,
      content: en,
      followUpDelayMs: 60_000,
      probe: (input) => new Promise((resolve) => (finish = () => resolve({ address: input.address, checks: [], diagnoses: [], refused: { reason: 'too-many-running' } }))),
    });
    const finished: TurnResult[] = [];
    engine.onProactive('web', (r) => void finished.push(r));
    const started = await engine.start('web', 'race');
    await engine.send(started.session.id, { text: 'jo@contoso.com' });
    await engine.send(started.session.id, { choice: 'run-check' });
    // the check ends while the message is read (reading takes a while)
    const interpreter = (engine as unknown as { interpreterOf(locale: string): { read: (...args: unknown[]) => Promise<unknown> } }).interpreterOf('en');
    const read = interpreter.read.bind(interpreter);
    interpreter.read = async (...args) => {
      finish();
      await new Promise((r) => setTimeout(r, 20));
      return read(...args);
    };
    const answer = await engine.send(started.session.id, { text: 'carry on' });
    expect(finished.map((r) => r.view.key)).toEqual(['reportingCheck']);
    expect(finished[0]?.messages.map((m) => m.text).join('\n')).toMatch(/A lot of checks are running right now/);
    expect(answer.ok && answer.view.key).not.toBe('reportingCheck');
    const transcript = await engine.transcript(started.session.id);
    expect(transcript.map((e) => e.role).slice(-3)).toEqual(['bot', 'user', 'bot']);
    expect(transcript.at(-3)?.viewKey).toBe('reportingCheck');
  }, 60_000);

  it('counts checks per person, not per session: a new session for each check gets no new allowance', async () => {
    tenant = await startFakeTenant({ ...HEALTHY_TENANT, signIn: undefined } as typeof HEALTHY_TENANT);
    const gate = new ProbeGate({ perUser: 1, global: 100, anonymous: 100, windowMs: 60_000, maxConcurrent: 4 });
    const store = new SqliteStore(join(tempDir(), 'person.sqlite'));
    stores.push(store);
    const engine = new Engine({ store, content: en, followUpDelayMs: 60_000, probe: probeRunner(tenant.deps({ gate })) });
    const finished: TurnResult[] = [];
    engine.onProactive('slack', (r) => void finished.push(r));
    const check = async (conversation: string, user: string) => {
      const started = await engine.start('slack', conversation, { slackUser: user });
      await engine.send(started.session.id, { text: HEALTHY_TENANT.address });
      await engine.send(started.session.id, { choice: 'run-check' });
      await until(() => finished.find((r) => r.session.id === started.session.id));
      return finished.find((r) => r.session.id === started.session.id)!.messages.map((m) => m.text).join('\n');
    };
    expect(await check('T:D1:1', 'T:U1')).not.toMatch(/several checks/);
    expect(await check('T:D1:2', 'T:U1')).toMatch(/several checks in a short time/);
    expect(await check('T:D2:1', 'T:U2')).not.toMatch(/several checks/);
  }, 60_000);

  it('tells the person a check was cut off by a restart, and offers it again, never leaving it hanging', async () => {
    const clock = fakeClock();
    const file = join(tempDir(), 'restart.sqlite');
    // the first process has a check that never finishes, then stops
    const first = engineFor(null, file, clock.now);
    const never = new Engine({
      store: first.store,
      content: en,
      followUpDelayMs: 60_000,
      probe: () => new Promise(() => undefined),
      probeWatchdogMs: { plain: 5_000, signedIn: 5_000 },
      now: clock.now,
    });
    const started = await never.start('web', 'restart');
    await never.send(started.session.id, { text: 'jo@contoso.com' });
    const running = await never.send(started.session.id, { choice: 'run-check' });
    expect(running.ok && running.view.key).toBe('runningCheck');
    await never.stop();
    await first.store.close();
    stores.pop();

    // after the restart the watchdog falls due and the person hears what happened
    clock.advance(6_000);
    const second = engineFor(null, file, clock.now);
    expect(await second.engine.fireDueFollowUps('second')).toBe(1);
    expect(second.finished[0]?.view.key).toBe('reportingCheck');
    expect(second.finished[0]?.messages.map((m) => m.text).join('\n')).toMatch(/interrupted/);
    expect(second.finished[0]?.messages.at(-1)?.choices.map((c) => c.id)).toContain('run-check');
    expect(await second.engine.fireDueFollowUps('second')).toBe(0);
  });

  it('lets a person walk away from a running check', async () => {
    const { store } = engineFor(null);
    let aborted = false;
    const slow = new Engine({
      store,
      content: en,
      followUpDelayMs: 60_000,
      probe: (_input, hooks) =>
        new Promise((_resolve, reject) =>
          hooks.signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          }),
        ),
    });
    const started = await slow.start('web', 'walk-away');
    await slow.send(started.session.id, { text: 'jo@contoso.com' });
    await slow.send(started.session.id, { choice: 'run-check' });
    const human = await slow.send(started.session.id, { text: 'talk to a human' });
    expect(human.ok && human.view.key).toBe('escalated');
    expect(human.ok && human.session.status).toBe('escalated');
    expect(aborted).toBe(true);
  });
});
