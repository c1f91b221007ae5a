import { POSTGRES_MIGRATIONS } from '../../src/store/postgres.migrations.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { en } from '../../src/content/en.js';
import { Engine } from '../../src/engine/engine.js';
import { StoreUnavailableError } from '../../src/store/operations-records.js';
import { PostgresStore } from '../../src/store/postgres.store.js';
import { fakeClock } from '../helpers/engine.js';
import { EventDeliveries } from '../../src/engine/deliveries.js';
import { freshSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { storeContract } from './store.contract.js';

// these need no running database
describe('the Postgres store without a database', () => {
  it('names an unreachable database as unavailable, so the server can answer 503', async () => {
    const store = new PostgresStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test' });
    await expect(store.getSession('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.ready).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });

  it('is the store the service opens when DATABASE_URL is set', async () => {
    const store = openStore(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' }));
    expect(store).toBeInstanceOf(PostgresStore);
    await store.close();
  });
});

if (!TEST_DATABASE_URL) {
  console.warn('Postgres store tests skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does).');
} else {
  const url = TEST_DATABASE_URL;
  // one schema per test, created fresh (so counts start at zero) and dropped at the end
  const schemas: Array<Awaited<ReturnType<typeof freshSchema>>> = [];
  const fresh = async () => {
    const schema = await freshSchema(url);
    schemas.push(schema);
    return schema;
  };
  afterAll(async () => {
    await Promise.all(schemas.map((s) => s.drop()));
  });

  describe('the Postgres store', () => {
    // each test's schema (and its connections) goes when the test ends: kept to the file's end, the contract's tests
    // would hold more connections than the server allows
    const thisTest: Array<Awaited<ReturnType<typeof freshSchema>>> = [];
    afterEach(async () => {
      await Promise.all(thisTest.splice(0).map((schema) => schema.drop()));
    });
    storeContract(async () => {
      const schema = await freshSchema(url);
      thisTest.push(schema);
      return schema.open();
    });
  });

  describe('the Postgres store’s migrations', () => {
    it('are applied once when several instances start together', async () => {
      const schema = await fresh();
      const stores = await Promise.all([schema.open(), schema.open(), schema.open()].map(async (s) => s));
      const applied = await Promise.all(stores.map((s) => s.ready));
      const versions = POSTGRES_MIGRATIONS.map((m) => m.version);
      expect(applied.flat().sort((a, b) => a - b)).toEqual(versions);
      expect(await schema.sql('select version from schema_migrations order by version')).toEqual(versions.map((version) => ({ version })));
    });

  });

  describe('several instances on one Postgres database', () => {
    let shared: Awaited<ReturnType<typeof freshSchema>>;
    beforeAll(async () => {
      shared = await fresh();
    });

    function instance(store: PostgresStore, clock: ReturnType<typeof fakeClock>) {
      return new Engine({ store, content: en, followUpDelayMs: 60_000, now: clock.now });
    }

    it('fire each due follow-up exactly once when two instances poll at the same time', async () => {
      const clock = fakeClock();
      const a = instance(await shared.open(), clock);
      const b = instance(await shared.open(), clock);
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const started = await a.start('web', `due-${i}`);
        for (const choice of ['sending-fails', 'yes', 'no', 'toggle-off', 'done']) await a.send(started.session.id, { choice });
        ids.push(started.session.id);
      }
      clock.advance(61_000);
      const heard: string[] = [];
      for (const engine of [a, b]) engine.onProactive('web', (result) => void heard.push(result.session.id));
      // small batches so both instances take part
      const rounds = await Promise.all([0, 1, 2].flatMap(() => [a.fireDueFollowUps('instance-a', 60_000, 3), b.fireDueFollowUps('instance-b', 60_000, 3)]));
      const rest = (await a.fireDueFollowUps('instance-a')) + (await b.fireDueFollowUps('instance-b'));
      expect(rounds.reduce((x, y) => x + y, 0) + rest).toBe(12);
      expect([...heard].sort()).toEqual([...ids].sort());
      for (const id of ids) expect((await a.transcript(id)).filter((e) => e.proactive)).toHaveLength(1);
    });

    it('never lose a turn when two instances answer the same session at once', async () => {
      const clock = fakeClock();
      const a = instance(await shared.open(), clock);
      const b = instance(await shared.open(), clock);
      const started = await a.start('web', 'race');
      const id = started.session.id;
      const outcomes = await Promise.all([a.send(id, { text: 'first' }), b.send(id, { text: 'second' }), a.send(id, { text: 'third' }), b.send(id, { text: 'fourth' })]);
      const saved = outcomes.filter((o) => o.ok).length;
      // each saved turn wrote one user line and one bot line; a refused one (busy) wrote nothing
      const transcript = await a.transcript(id);
      expect(transcript).toHaveLength(1 + 2 * saved);
      expect(transcript.map((e) => e.seq)).toEqual(transcript.map((_, i) => i + 1));
      expect((await a.current(id))?.session.version).toBe(1 + saved);
      for (const o of outcomes) if (!o.ok) expect(o.error).toBe('busy');
      expect(saved).toBeGreaterThanOrEqual(2);
    });

    it('drain an outbox item once when two instances claim together', async () => {
      const first = await shared.open();
      const second = await shared.open();
      for (let i = 0; i < 20; i++) await first.enqueueOutbox({ key: `drain-${i}`, target: 'webhook', payload: { i }, createdAt: 0 });
      const claims = await Promise.all([first.claimDueOutbox(1, 60_000, 7), second.claimDueOutbox(1, 60_000, 7), first.claimDueOutbox(1, 60_000, 7), second.claimDueOutbox(1, 60_000, 7)]);
      const keys = claims.flat().map((c) => c.key);
      expect(keys).toHaveLength(20);
      expect(new Set(keys).size).toBe(20);
    });

    it('answer a Slack event racing its retry on two instances once, in one session', async () => {
      const clock = fakeClock();
      const engines = [instance(await shared.open(), clock), instance(await shared.open(), clock)];
      const deliveries = engines.map((engine) => new EventDeliveries(engine));
      const answered = await Promise.all(
        [0, 1, 0, 1].map(async (i) => {
          const delivery = await deliveries[i]!.claim('slack:event:EvRace');
          if (!delivery) return null;
          const outcome = await engines[i]!.startWith('slack', 'dm:T1:D1', {}, { choice: 'sending-fails' }, { deliveryKey: delivery.key });
          await deliveries[i]!.finish(delivery);
          return outcome;
        }),
      );
      expect(answered.filter((o) => o !== null)).toHaveLength(1);
      expect(await shared.sql('select id from sessions where conversation_key = $1', ['dm:T1:D1'])).toHaveLength(1);
      clock.advance(3_600_000); // long after any lease: a late retry is still recognised
      expect(await deliveries[1]!.claim('slack:event:EvRace')).toBeNull();
    });

    it('start one session when the first messages of a conversation reach two instances at once', async () => {
      const clock = fakeClock();
      const a = instance(await shared.open(), clock);
      const b = instance(await shared.open(), clock);
      const outcomes = await Promise.all([
        a.startWith('slack', 'dm:T1:D2', {}, { choice: 'sending-fails' }),
        b.startWith('slack', 'dm:T1:D2', {}, { choice: 'sync-fails' }),
        a.sessionFor('slack', 'dm:T1:D2'),
        b.sessionFor('slack', 'dm:T1:D2'),
      ]);
      // a message that reached the session second may no longer fit its question; it is never a second session
      const ids = new Set(outcomes.filter((o) => 'session' in o).map((o) => o.session.id));
      for (const o of outcomes) if (!('session' in o)) expect(o.error).toBe('choice-not-offered');
      expect(ids.size).toBe(1);
      expect(await shared.sql('select id from sessions where conversation_key = $1', ['dm:T1:D2'])).toHaveLength(1);
    });

    it('accept a Slack retry arriving at two instances once', async () => {
      const stores = await Promise.all([shared.open(), shared.open()]);
      const marks = await Promise.all([0, 1, 2, 3].map((i) => stores[i % 2]!.markDelivered('slack:EvRETRY', 1)));
      expect(marks.filter(Boolean)).toHaveLength(1);
    });
  });
}
