import { afterEach, describe, expect, it } from 'vitest';
import { EventDeliveries } from '../../../src/bots/slack/deliveries.js';
import type { SqliteStore } from '../../../src/store/sqlite.store.js';
import { makeEngine } from '../../helpers/engine.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()?.close();
});

function setUp() {
  const made = makeEngine();
  stores.push(made.store);
  return { ...made, deliveries: new EventDeliveries(made.store) };
}

describe('Slack event deliveries', () => {
  it('hands out an event once while it is being handled, and never again once handled', async () => {
    const { store, deliveries } = setUp();
    const first = await deliveries.claim('Ev1');
    expect(first).toEqual({ key: 'slack:event:Ev1', recorded: false });
    expect(await deliveries.claim('Ev1')).toBeNull();
    await deliveries.finish(first!, 1);
    expect(await store.wasDelivered('slack:event:Ev1')).toBe(true);
    expect(await deliveries.claim('Ev1')).toBeNull();
    expect(await deliveries.claim('Ev2')).not.toBeNull();
  });

  it('records the key in the write of the turn the event led to, so handling it costs no second write', async () => {
    const { store, engine, deliveries } = setUp();
    const delivery = await deliveries.claim('EvTurn');
    const outcome = await engine.startWith('slack', 'thread:T:C:1', {}, { text: 'mail is stuck in my outbox' }, { deliveryKey: delivery!.key });
    expect(outcome.ok).toBe(true);
    expect(await store.wasDelivered('slack:event:EvTurn')).toBe(true);
    if (!outcome.ok) return;
    const next = await deliveries.claim('EvNext');
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
});
