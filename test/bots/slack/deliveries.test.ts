import { afterEach, describe, expect, it } from 'vitest';
import { EventDeliveries } from '../../../src/bots/slack/deliveries.js';
import type { SqliteStore } from '../../../src/store/sqlite.store.js';
import { fakeClock, makeEngine } from '../../helpers/engine.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()?.close();
});

function setUp() {
  const made = makeEngine();
  stores.push(made.store);
  return { ...made, deliveries: new EventDeliveries(made.engine) };
}

describe('Slack event deliveries', () => {
  it('hands out an event once while it is being handled, and never again once handled', async () => {
    const { store, deliveries } = setUp();
    const first = await deliveries.claim('slack:event:Ev1');
    expect(first).toEqual({ key: 'slack:event:Ev1', recorded: false });
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
    const clock = fakeClock();
    const made = makeEngine({ now: clock.now });
    stores.push(made.store);
    const deliveries = new EventDeliveries(made.engine, 60_000);
    expect(await deliveries.claim('slack:event:EvCrash')).not.toBeNull(); // and the process dies before finishing
    const handled = await deliveries.claim('slack:event:EvDone');
    await deliveries.finish(handled!);
    clock.advance(30_000);
    expect(await deliveries.claim('slack:event:EvCrash')).toBeNull(); // the first may still be at it
    clock.advance(31_000);
    expect(await deliveries.claim('slack:event:EvCrash')).not.toBeNull();
    expect(await deliveries.claim('slack:event:EvDone')).toBeNull();
  });
});
