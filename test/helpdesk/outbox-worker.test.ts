import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { webhookSender } from '../../src/helpdesk/delivery-targets.js';
import { HelpdeskReporter } from '../../src/helpdesk/helpdesk-reporter.js';
import { OutboxWorker, retryDelay } from '../../src/helpdesk/outbox-worker.js';
import { verifyWebhook } from '../../src/helpdesk/webhook-signature.js';
import type { Store } from '../../src/store/store.js';
import { fakeClock, makeEngine, tempDir } from '../helpers/engine.js';
import { startReceiver } from '../helpers/receiver.js';
import { faultyStore } from '../helpers/faulty-store.js';
import type { LoopFailure } from '../../src/background-loop.js';

const SECRET = 'webhook-secret-webhook-secret-webhook-secret';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** An engine, a reporter and an outbox worker on one SQLite file, as one app instance would have them. */
function instance(file: string, clock: ReturnType<typeof fakeClock>, url: string) {
  const { store, engine } = makeEngine({ file, now: clock.now });
  cleanups.push(() => store.close());
  const reporter = new HelpdeskReporter({ store, engine, content: en, targets: { webhook: true, zendesk: false }, abandonAfterMs: 3600_000, now: clock.now });
  engine.onTurnReports(reporter.reportsFor);
  const errors: string[] = [];
  const worker = new OutboxWorker({
    store,
    senders: { webhook: webhookSender(url, SECRET) },
    intervalMs: 1000,
    baseDelayMs: 1000,
    now: clock.now,
    onError: (error) => void errors.push(String(error)),
  });
  return { store, engine, reporter, worker, errors };
}

async function receiver(statuses?: number[]) {
  const r = await startReceiver(statuses);
  cleanups.push(r.close);
  return r;
}

async function escalate(engine: ReturnType<typeof makeEngine>['engine']) {
  const started = await engine.start('slack', 'T1:C1:1.1');
  await engine.send(started.session.id, { choice: 'sending-fails' });
  const outcome = await engine.send(started.session.id, { choice: 'human' });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

describe('the outbox worker', () => {
  it('posts an escalation summary the receiver can verify with the shared secret', async () => {
    const hook = await receiver();
    const clock = fakeClock();
    const { engine, worker } = instance(join(tempDir(), 'o.sqlite'), clock, hook.url);
    const escalated = await escalate(engine);
    expect(await worker.tick()).toBe(1);
    expect(hook.received).toHaveLength(1);
    const [request] = hook.received;
    const header = String(request?.headers['x-mailbox-doctor-signature']);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook(SECRET, header, request!.body, clock.now())).toBe(true);
    expect(verifyWebhook('another-secret-another-secret-another', header, request!.body, clock.now())).toBe(false);
    expect(verifyWebhook(SECRET, header, request!.body.replace('escalated', 'resolved'), clock.now())).toBe(false);
    expect(verifyWebhook(SECRET, header, request!.body, clock.now() + 10 * 60_000)).toBe(false);
    const payload = JSON.parse(request!.body) as Record<string, unknown>;
    expect(payload).toMatchObject({ event: 'escalated', ticketId: null, sessionId: escalated.session.id, channel: 'slack', status: 'escalated', symptom: 'sending' });
    expect(request?.headers['idempotency-key']).toBe(payload.idempotencyKey);
    expect(payload.steps).toEqual([
      { question: 'askingSymptom', answer: 'It disconnects when I send, or mail is stuck in the outbox' },
      { question: 'askingIsAdmin', answer: 'Talk to a person' },
    ]);
    expect((payload.transcript as unknown[]).length).toBe(5);
  });

  it('retries a failing receiver with growing waits until it accepts, then stops', async () => {
    const hook = await receiver([503, 503, 200]);
    const clock = fakeClock();
    const { engine, worker, store, errors } = instance(join(tempDir(), 'r.sqlite'), clock, hook.url);
    const escalated = await escalate(engine);
    const key = `${escalated.session.id}:escalated:${escalated.session.version}:webhook`;

    expect(await worker.tick()).toBe(0);
    expect(await store.getOutboxItem(key)).toMatchObject({ attempts: 1, lastError: 'HTTP 503', nextAt: clock.now() + 1000, sentAt: null });
    expect(await worker.tick()).toBe(0);
    expect(hook.received).toHaveLength(1);

    clock.advance(1000);
    expect(await worker.tick()).toBe(0);
    expect(await store.getOutboxItem(key)).toMatchObject({ attempts: 2, nextAt: clock.now() + 2000 });
    clock.advance(2000);
    expect(await worker.tick()).toBe(1);
    expect(await store.getOutboxItem(key)).toMatchObject({ attempts: 3, sentAt: clock.now(), lastError: null });

    clock.advance(3600_000);
    expect(await worker.tick()).toBe(0);
    expect(hook.received).toHaveLength(3);
    expect(new Set(hook.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(errors.join('\n')).not.toContain(SECRET);
  });

  it('gives a delivery up once it has failed for three days, logs why, and never tries it again', async () => {
    const hook = await receiver([503]);
    const clock = fakeClock();
    const { engine, worker, store, errors } = instance(join(tempDir(), 'g.sqlite'), clock, hook.url);
    const escalated = await escalate(engine);
    const key = `${escalated.session.id}:escalated:${escalated.session.version}:webhook`;
    const queuedAt = clock.now();
    let tries = 0;
    while (clock.now() - queuedAt < 3 * 24 * 3600_000) {
      expect(await worker.tick()).toBe(0);
      tries += 1;
      clock.advance(3600_000);
    }
    expect(await store.getOutboxItem(key)).toMatchObject({ gaveUpAt: null, sentAt: null });
    expect(await worker.tick()).toBe(0);
    const item = await store.getOutboxItem(key);
    expect(item).toMatchObject({ gaveUpAt: clock.now(), sentAt: null, lastError: 'HTTP 503', attempts: tries + 1 });
    expect(errors.at(-1)).toMatch(/given up after \d+ attempts over 3\.0 days \(last: HTTP 503\); its ticket will not get this result/);
    expect(await store.operationalCounts(clock.now())).toMatchObject({ outboxBacklog: 0, outboxGivenUp: 1 });

    const received = hook.received.length;
    clock.advance(30 * 24 * 3600_000);
    expect(await worker.tick()).toBe(0);
    expect(hook.received).toHaveLength(received);
  });

  it('delivers what was queued before a restart, once, from a new worker on the same file', async () => {
    const hook = await receiver();
    const clock = fakeClock();
    const file = join(tempDir(), 'restart.sqlite');
    const before = instance(file, clock, hook.url);
    await escalate(before.engine);
    await before.store.close();
    cleanups.pop();

    const after = instance(file, clock, hook.url);
    const other = instance(file, clock, hook.url);
    const sent = await Promise.all([after.worker.tick(), other.worker.tick()]);
    expect(sent[0] + sent[1]).toBe(1);
    expect(await after.worker.tick()).toBe(0);
    expect(hook.received).toHaveLength(1);
  });

  it('queues an event only once, however often it is reported', async () => {
    const hook = await receiver();
    const clock = fakeClock();
    const { engine, worker, reporter } = instance(join(tempDir(), 'dup.sqlite'), clock, hook.url);
    const escalated = await escalate(engine);
    await reporter.onStatusChange(escalated);
    await reporter.onStatusChange(escalated);
    expect(await worker.tick()).toBe(1);
    expect(await worker.tick()).toBe(0);
    expect(hook.received).toHaveLength(1);
  });

  it('carries on through a store that throws (claiming, then marking a delivery sent), backing off, and delivers', async () => {
    const hook = await receiver();
    const clock = fakeClock();
    const { engine, store } = instance(join(tempDir(), 'faulty.sqlite'), clock, hook.url);
    const escalated = await escalate(engine);
    const key = `${escalated.session.id}:escalated:${escalated.session.version}:webhook`;
    const faulty = faultyStore(store);
    faulty.fail('claimDueOutbox', 2);
    faulty.fail('completeOutbox', 1);
    const failures: LoopFailure[] = [];
    const worker = new OutboxWorker({
      store: faulty.store,
      senders: { webhook: webhookSender(hook.url, SECRET) },
      intervalMs: 10,
      leaseMs: 1, // a claim whose completion failed is free again at once
      now: Date.now,
      onError: () => undefined,
      onPassError: (_error, failure) => void failures.push(failure),
    });
    cleanups.push(() => worker.stop());
    worker.start();
    await expect.poll(async () => (await store.getOutboxItem(key))?.sentAt ?? null, { timeout: 5000 }).not.toBeNull();
    expect(failures.map((f) => [f.loop, f.failures, f.retryInMs])).toEqual([
      ['helpdesk-outbox', 1, 20],
      ['helpdesk-outbox', 2, 40],
      ['helpdesk-outbox', 3, 80], // the pass that sent it, then could not mark it sent
    ]);
    // the receiver heard it again after the lost completion: the idempotency key lets it ignore the repeat
    expect(new Set(hook.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
  });

  it('waits twice as long after each failure, up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 5000, 3600_000))).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(retryDelay(40, 5000, 3600_000)).toBe(3600_000);
  });
});
