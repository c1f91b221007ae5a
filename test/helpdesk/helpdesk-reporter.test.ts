import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { handoffInput } from '../../src/handoff/handoff-input.js';
import { handoffKeysFrom } from '../../src/handoff/handoff-keys.js';
import { HandoffService } from '../../src/handoff/handoff-service.js';
import { HelpdeskReporter } from '../../src/helpdesk/helpdesk-reporter.js';
import type { HelpdeskPayload } from '../../src/helpdesk/helpdesk-payload.js';
import type { Store } from '../../src/store/store.js';
import { fakeClock, makeEngine, tempDir } from '../helpers/engine.js';
import { faultyStore } from '../helpers/faulty-store.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { Engine } from '../../src/engine/engine.js';

const stores: Store[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()?.close();
});

const FOLLOW_UP_MS = 60_000;
const ABANDON_MS = 3600_000;

function setUp(targets = { webhook: true, zendesk: true }) {
  const clock = fakeClock();
  const { store, engine } = makeEngine({ file: join(tempDir(), 'rep.sqlite'), now: clock.now, followUpDelayMs: FOLLOW_UP_MS });
  stores.push(store);
  const reporter = new HelpdeskReporter({ store, engine, content: en, targets, abandonAfterMs: ABANDON_MS, now: clock.now });
  engine.onTurnReports(reporter.reportsFor);
  const handoffs = new HandoffService({ store, engine, keys: handoffKeysFrom({ HANDOFF_SECRET: 's'.repeat(40) }), publicUrl: 'https://d.example', defaultExpiry: '7d', now: clock.now });
  async function ticketSession(ticket: string) {
    const made = await handoffs.create(handoffInput.parse({ ticket, symptom: 'sending', address: 'ana@example.com' }));
    const opened = await handoffs.open(new URL(made.url).pathname.slice(3));
    if (opened.kind !== 'web') throw new Error(opened.kind);
    return opened.sessionId;
  }
  return { clock, store, engine, reporter, ticketSession };
}

async function walkToWaiting(engine: ReturnType<typeof makeEngine>['engine'], id: string) {
  for (const choice of ['yes', 'no', 'toggle-off', 'done']) await engine.send(id, { choice });
  expect((await engine.current(id))?.session.status).toBe('waiting');
}

describe('the helpdesk reporter', () => {
  it('sends a resolved ticket conversation to the ticket and to the webhook', async () => {
    const { engine, store, ticketSession } = setUp();
    const id = await ticketSession('4711');
    await walkToWaiting(engine, id);
    const resolved = await engine.send(id, { choice: 'it-worked' });
    if (!resolved.ok) throw new Error(resolved.error);
    const key = `${id}:resolved:${resolved.session.version}`;
    const zendesk = await store.getOutboxItem(`${key}:zendesk`);
    const webhook = await store.getOutboxItem(`${key}:webhook`);
    expect(zendesk?.payload).toEqual(webhook?.payload);
    expect(zendesk?.payload).toMatchObject({ event: 'resolved', ticketId: '4711', status: 'resolved', address: 'ana@example.com', idempotencyKey: key });
  });

  it('sends an escalation without a ticket to the webhook only, and a plain resolution nowhere', async () => {
    const { engine, store } = setUp();
    const a = await engine.start('teams', 'conv-a');
    const escalated = await engine.send(a.session.id, { text: 'I want to talk to a person' });
    if (!escalated.ok) throw new Error(escalated.error);
    expect(escalated.session.status).toBe('escalated');
    const base = `${a.session.id}:escalated:${escalated.session.version}`;
    expect((await store.getOutboxItem(`${base}:webhook`))?.payload).toMatchObject({ event: 'escalated', ticketId: null, channel: 'teams' });
    expect(await store.getOutboxItem(`${base}:zendesk`)).toBeNull();

    const b = await engine.start('web', 'conv-b');
    await engine.send(b.session.id, { choice: 'smtp-auth-not-supported' });
    const resolved = await engine.send(b.session.id, { choice: 'it-worked' });
    if (!resolved.ok) throw new Error(resolved.error);
    expect(resolved.session.status).toBe('resolved');
    expect(await store.getOutboxItem(`${b.session.id}:resolved:${resolved.session.version}:webhook`)).toBeNull();
  });

  it('reports a ticket conversation as abandoned once its follow-up has gone unanswered long enough, once', async () => {
    const { engine, store, clock, reporter, ticketSession } = setUp({ webhook: true, zendesk: false });
    const id = await ticketSession('88');
    await walkToWaiting(engine, id);
    clock.advance(FOLLOW_UP_MS);
    expect(await engine.fireDueFollowUps('test')).toBe(1);
    const followUp = (await engine.transcript(id)).at(-1);
    expect(followUp?.proactive).toBe(true);

    clock.advance(ABANDON_MS - 1);
    expect(await reporter.checkAbandoned()).toBe(0);
    clock.advance(1);
    expect(await reporter.checkAbandoned()).toBe(1);
    expect(await reporter.checkAbandoned()).toBe(0);
    const item = await store.getOutboxItem(`${id}:abandoned:${followUp?.seq}:webhook`);
    const payload = item?.payload as HelpdeskPayload;
    expect(payload).toMatchObject({ event: 'abandoned', ticketId: '88', status: 'active' });
    expect(payload.transcript.at(-1)).toMatchObject({ role: 'bot', followUp: true });
  });

  it('does not call a conversation abandoned when the person answered the follow-up', async () => {
    const { engine, clock, reporter, ticketSession } = setUp();
    const id = await ticketSession('89');
    await walkToWaiting(engine, id);
    clock.advance(FOLLOW_UP_MS);
    await engine.fireDueFollowUps('test');
    await engine.send(id, { text: 'still failing' });
    clock.advance(2 * ABANDON_MS);
    expect(await reporter.checkAbandoned()).toBe(0);
  });

  it('queues an escalation report in the turn’s own write: never a saved turn without it, nor a report without the turn', async () => {
    const clock = fakeClock();
    const real = new SqliteStore(join(tempDir(), 'atomic.sqlite'));
    stores.push(real);
    const faulty = faultyStore(real);
    const engine = new Engine({ store: faulty.store, content: en, followUpDelayMs: FOLLOW_UP_MS, now: clock.now });
    const reporter = new HelpdeskReporter({ store: faulty.store, engine, content: en, targets: { webhook: true, zendesk: false }, abandonAfterMs: ABANDON_MS, now: clock.now });
    engine.onTurnReports(reporter.reportsFor);
    const id = (await engine.start('slack', 'T1:C1:1.1')).session.id;
    await engine.send(id, { choice: 'sending-fails' });

    faulty.fail('saveTurn', 1); // the database fails as the turn is written: neither the turn nor its report
    await expect(engine.send(id, { choice: 'human' })).rejects.toThrow();
    expect((await real.getSession(id))?.status).toBe('active');
    expect(await real.operationalCounts(clock.now())).toMatchObject({ outboxBacklog: 0 });

    faulty.fail('enqueueOutbox', 5); // a separate queueing write would fail now: the turn's write carries the report
    const escalated = await engine.send(id, { choice: 'human' });
    if (!escalated.ok) throw new Error(escalated.error);
    const item = await real.getOutboxItem(`${id}:escalated:${escalated.session.version}:webhook`);
    expect((item?.payload as HelpdeskPayload).transcript.at(-1)?.text).toBe(escalated.messages.map((m) => m.text).join('\n\n'));
  });
});
