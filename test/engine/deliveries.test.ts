import { afterEach, describe, expect, it } from 'vitest';
import { claimNow, EventDeliveries } from '../../src/engine/deliveries.js';
import type { SqliteStore } from '../../src/store/sqlite.store.js';
import { fakeClock, makeEngine } from '../helpers/engine.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()?.close();
});

function setUp() {
  const clock = fakeClock();
  const made = makeEngine({ now: clock.now });
  stores.push(made.store);
  return { ...made, clock, deliveries: new EventDeliveries(made.engine, 60_000) };
}

describe('event deliveries (Slack events, Teams activities)', () => {
  it('hands out an event once while it is being handled, and never again once handled', async () => {
    const { store, deliveries } = setUp();
    const first = await deliveries.claim('slack:event:Ev1');
    expect(first).toEqual({ key: 'slack:event:Ev1', claimed: true, recorded: false });
    expect(await deliveries.claim('slack:event:Ev1')).toBeNull();
    await deliveries.finish(first!);
    expect(await store.wasDelivered('slack:event:Ev1')).toBe(true);
    expect(await deliveries.claim('slack:event:Ev1')).toBeNull();
    expect(await deliveries.claim('slack:event:Ev2')).not.toBeNull();
  });

  it('records the key in the write of the turn the event led to, so handling it costs no second write', async () => {
    const { store, engine, deliveries } = setUp();
    const delivery = await deliveries.claim('slack:event:EvTurn');
    const outcome = await engine.startWith('slack', 'thread:T:C:1', {}, { text: 'mail is stuck in my outbox' }, { deliveryKey: delivery!.key });
    expect(outcome.ok).toBe(true);
    expect(await store.wasDelivered('slack:event:EvTurn')).toBe(true);
    if (!outcome.ok) return;
    const next = await deliveries.claim('slack:event:EvNext');
    const answered = await engine.send(outcome.session.id, { text: 'yes' }, { deliveryKey: next!.key });
    expect(answered.ok).toBe(true);
    expect(await store.wasDelivered('slack:event:EvNext')).toBe(true);
  });

  it('leaves no trace of a turn the store refused, so a retry of that event is handled', async () => {
    const { store, engine } = setUp();
    const refused = await engine.send('no-such-session', { text: 'hello' }, { deliveryKey: 'slack:event:EvGone' });
    expect(refused.ok).toBe(false);
    expect(await store.wasDelivered('slack:event:EvGone')).toBe(false);
  });

  it('lets a retry through once the lease of a claim whose handler died has run out, never one of a handled event', async () => {
    const { clock, deliveries } = setUp();
    expect(await deliveries.claim('slack:event:EvCrash')).not.toBeNull(); // and the process dies before finishing
    const handled = await deliveries.claim('slack:event:EvDone');
    await deliveries.finish(handled!);
    clock.advance(30_000);
    expect(await deliveries.claim('slack:event:EvCrash')).toBeNull(); // the first may still be at it
    clock.advance(31_000);
    expect(await deliveries.claim('slack:event:EvCrash')).not.toBeNull();
    expect(await deliveries.claim('slack:event:EvDone')).toBeNull();
  });

  it('lets a new conversation’s first write claim its message: a second delivery, later or at once, is told it was delivered before', async () => {
    const { store, engine } = setUp();
    const first = (key: string, text = 'mail is stuck in my outbox') =>
      engine.startWith('teams', `thread:${key}`, {}, { text }, { deliveryKey: key, claimInTurn: true, latest: null });
    expect((await first('Ev-later')).ok).toBe(true);
    // its session is its record (the conversation is named after it): no delivery row is written for it
    expect(await store.wasDelivered('Ev-later')).toBe(false);
    expect(await first('Ev-later')).toEqual({ ok: false, error: 'delivered-before' });
    const both = await Promise.all([first('Ev-once'), first('Ev-once')]);
    expect(both.filter((o) => o.ok)).toHaveLength(1);
    expect(both.filter((o) => !o.ok && o.error === 'delivered-before')).toHaveLength(1);
    const session = await store.findLatestSession('teams', 'thread:Ev-once');
    expect((await engine.transcript(session!.id)).filter((e) => e.role === 'user')).toHaveLength(1);
    // a first turn of two writes, and a refusal, claim the message before anything else
    const ended = await Promise.all([first('Ev-human', 'talk to a human'), first('Ev-human', 'talk to a human')]);
    expect(ended.map((o) => o.ok).sort()).toEqual([false, true]);
    const long = 'x'.repeat(5000);
    expect(await first('Ev-long', long)).toMatchObject({ ok: false, error: 'text-too-long' });
    expect(await store.wasDelivered('Ev-long')).toBe(true);
    expect(await first('Ev-long', long)).toEqual({ ok: false, error: 'delivered-before' });
  });

  it('tells a message delivered again after its conversation ended that it was delivered before, rather than start another', async () => {
    const { store, engine } = setUp();
    const first = () => engine.startWith('teams', 'thread:ended', {}, { text: 'mail is stuck in my outbox' }, { deliveryKey: 'Ev-ended', claimInTurn: true, latest: null });
    const started = await first();
    if (!started.ok) throw new Error('not started');
    expect((await engine.send(started.session.id, { text: 'talk to a human' })).ok).toBe(true);
    expect((await store.getSession(started.session.id))?.status).toBe('escalated');
    expect(await first()).toEqual({ ok: false, error: 'delivered-before' });
    expect((await store.findLatestSession('teams', 'thread:ended'))?.id).toBe(started.session.id);
  });

  it('leaves a claim it does not hold alone: a second delivery that never claimed neither records nor frees the first one’s', async () => {
    const { clock, store, engine, deliveries } = setUp();
    expect(await deliveries.claim('Ev-held')).not.toBeNull(); // the first delivery is at it
    const second = deliveries.unclaimed('Ev-held');
    await deliveries.finish(second); // it failed, say, before it claimed anything
    expect(await store.wasDelivered('Ev-held')).toBe(true);
    expect(await claimNow(engine, second)).toBe(false);
    clock.advance(61_000); // the first died: its lease runs out and a retry is handled, as it was never recorded
    expect(await deliveries.claim('Ev-held')).not.toBeNull();
  });

  it('lets a message that arrives in another new conversation’s thread meanwhile go to that conversation', async () => {
    const { engine } = setUp();
    const root = await engine.startWith('teams', 'thread:root', {}, { text: 'mail is stuck in my outbox' }, { deliveryKey: 'Ev-root', claimInTurn: true, latest: null });
    expect(root.ok).toBe(true);
    // a reply in the thread, read as new (no session seen yet): its own delivery, so it is answered in the thread's session
    const reply = await engine.startWith('teams', 'thread:root', {}, { text: "no, I'm not an admin" }, { deliveryKey: 'Ev-reply', claimInTurn: true, latest: null });
    expect(reply.ok && root.ok && reply.session.id === root.session.id).toBe(true);
  });
});
