import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { Engine, type TurnResult } from '../../src/engine/engine.js';
import type { ProbeRunner } from '../../src/engine/live-checks.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers/engine.js';
import { faultyStore } from '../helpers/faulty-store.js';
import { freshSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';

/** The sign-in code the fake Microsoft hands out: it must never be found in clear in the store. */
const CODE = 'QX7T-M4PZ';
/** One key for every instance, as SIGN_IN_CODE_SECRET gives them. */
const KEY = randomBytes(32);
/** Short leases (renewed every third), so that an instance that is gone is noticed within a test. */
const LEASE_MS = 1000;

async function until<T>(read: () => Promise<T | undefined> | T | undefined, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A live check that reports its progress and a sign-in code, then waits until the test lets it finish. */
function heldCheck() {
  const state = { started: 0, aborted: 0, finish: () => undefined as void };
  const runner: ProbeRunner = (input, hooks) =>
    new Promise((resolve, reject) => {
      state.started++;
      if (hooks.signal.aborted) {
        state.aborted++;
        reject(new Error('aborted'));
        return;
      }
      hooks.onProgress({ running: ['smtp'], done: ['dns', 'mx'], total: 4 });
      hooks.onDeviceCode({ userCode: CODE, verificationUri: 'https://microsoft.com/devicelogin', expiresInSeconds: 900 });
      hooks.signal.addEventListener('abort', () => {
        state.aborted++;
        reject(new Error('aborted'));
      });
      state.finish = () => resolve({ address: input.address, checks: [], diagnoses: [], refused: { reason: 'too-many-running' } });
    });
  return { runner, state };
}

interface Backend {
  name: string;
  /** a store on the shared database; each call is another instance's connection */
  open(): Promise<Store>;
  /** every row of a table, as the database holds it */
  rows(table: string): Promise<unknown[]>;
  /** the watchdog of every session falls due now */
  watchdogDue(): Promise<void>;
}

const opened: Store[] = [];
const engines: Engine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.stop().catch(() => undefined)));
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
});

function sqliteBackend(): Backend {
  const file = join(tempDir(), 'instances.sqlite');
  const raw = (sql: string) => {
    const db = new Database(file);
    try {
      return db.prepare(sql).all() as unknown[];
    } finally {
      db.close();
    }
  };
  return {
    name: 'one SQLite file',
    async open() {
      const store = new SqliteStore(file);
      opened.push(store);
      return store;
    },
    rows: async (table) => raw(`select * from ${table}`),
    async watchdogDue() {
      const db = new Database(file);
      db.prepare('update follow_ups set due_at = 0').run();
      db.close();
    },
  };
}

const schemas: Array<Awaited<ReturnType<typeof freshSchema>>> = [];
afterAll(async () => {
  await Promise.all(schemas.map((s) => s.drop()));
});

async function postgresBackend(url: string): Promise<Backend> {
  const schema = await freshSchema(url);
  schemas.push(schema);
  return {
    name: 'one Postgres database',
    open: () => schema.open(),
    rows: (table) => schema.sql(`select * from ${table}`),
    async watchdogDue() {
      await schema.sql('update follow_ups set due_at = 0');
    },
  };
}

function instance(store: Store, probe: ProbeRunner, options: { watchdogMs?: number } = {}) {
  const watchdogMs = options.watchdogMs ?? 60_000;
  const engine = new Engine({
    store,
    content: en,
    followUpDelayMs: 60_000,
    probe,
    probeWatchdogMs: { plain: watchdogMs, signedIn: watchdogMs },
    checkLeaseMs: LEASE_MS,
    signInKey: KEY,
  });
  engines.push(engine);
  const finished: TurnResult[] = [];
  engine.onProactive('web', (r) => void finished.push(r));
  return { engine, finished };
}

/** A web session on `engine` whose signed-in check has started and reported its progress and sign-in code. */
async function checkStartedOn(engine: Engine, conversation: string): Promise<string> {
  const id = (await engine.start('web', conversation)).session.id;
  await engine.send(id, { text: 'jo@contoso.com' });
  const running = await engine.send(id, { choice: 'run-check-signed-in' });
  expect(running.ok && running.view.key).toBe('runningCheck');
  await until(async () => (await engine.checkState(id))?.deviceCode);
  return id;
}

const backends: Array<[string, () => Promise<Backend>]> = [['one SQLite file', async () => sqliteBackend()]];
if (TEST_DATABASE_URL) {
  const url = TEST_DATABASE_URL;
  backends.push(['one Postgres database', () => postgresBackend(url)]);
} else {
  console.warn('Live checks on two instances over Postgres skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does).');
}

for (const [name, backend] of backends) {
  describe(`a live check seen from two instances on ${name}`, () => {
    it('shows the progress and sign-in code of a check running on A through B, and B never says it was interrupted', async () => {
      const db = await backend();
      const check = heldCheck();
      const a = instance(await db.open(), check.runner);
      const b = instance(await db.open(), heldCheck().runner);
      const id = await checkStartedOn(a.engine, 'seen-from-b');

      const seen = await until(async () => ((await b.engine.checkState(id))?.deviceCode ? b.engine.checkState(id) : undefined));
      expect(seen?.deviceCode).toEqual({ userCode: CODE, verificationUri: 'https://microsoft.com/devicelogin', expiresInSeconds: 900 });
      expect(seen?.progress).toEqual({ running: ['smtp'], done: ['dns', 'mx'], total: 4 });

      // well past one lease: A renews it while its check runs
      await pause(LEASE_MS * 2);
      expect((await b.engine.current(id))?.view.key).toBe('runningCheck');
      const version = (await a.engine.current(id))?.session.version;
      expect(await b.engine.send(id, { text: 'talk to a human' })).toEqual({ ok: false, error: 'checking' });
      expect(await b.engine.send(id, { choice: 'human' })).toEqual({ ok: false, error: 'checking' });
      // B's copy of the watchdog falls due: it leaves A's check alone, and tries again later
      await db.watchdogDue();
      expect(await b.engine.fireDueFollowUps('instance-b')).toBe(0);
      expect(b.finished).toEqual([]);
      expect((await b.engine.current(id))?.session.version).toBe(version);

      check.state.finish();
      const result = await until(() => a.finished[0]);
      expect(result.view.key).toBe('reportingCheck');
      expect(result.messages.map((m) => m.text).join('\n')).toMatch(/A lot of checks are running right now/);
      expect((await b.engine.current(id))?.view.key).toBe('reportingCheck');
      expect(await b.engine.checkState(id)).toBeUndefined();
      expect(await db.rows('live_checks')).toEqual([]);
      expect(JSON.stringify(await b.engine.transcript(id))).not.toMatch(/interrupted/);
    });

    it('keeps the sign-in code only sealed in the store, and B shows nothing of it with another key', async () => {
      const db = await backend();
      const a = instance(await db.open(), heldCheck().runner);
      const id = await checkStartedOn(a.engine, 'sealed');
      const rows = await until(async () => {
        const found = (await db.rows('live_checks')) as Array<{ sign_in: string | null }>;
        return found[0]?.sign_in ? found : undefined;
      });
      const everything = JSON.stringify([rows, await db.rows('sessions'), await db.rows('transcript')]);
      expect(everything).not.toContain(CODE);
      expect(everything).not.toContain(CODE.replace('-', ''));
      expect(everything).toMatch(/done\W+dns\W+mx/); // the progress is there, in clear

      const stranger = new Engine({ store: await db.open(), content: en, followUpDelayMs: 60_000, checkLeaseMs: LEASE_MS, signInKey: randomBytes(32) });
      engines.push(stranger);
      const state = await stranger.checkState(id);
      expect(state?.progress?.done).toEqual(['dns', 'mx']);
      expect(state?.deviceCode).toBeUndefined();
    });

    it('says a check was interrupted once the instance running it is gone (its lease ran out), and offers it again', async () => {
      const db = await backend();
      const storeA = await db.open();
      const a = instance(storeA, heldCheck().runner);
      const b = instance(await db.open(), heldCheck().runner);
      const id = await checkStartedOn(a.engine, 'a-dies');
      await until(async () => ((await b.engine.checkState(id))?.deviceCode ? true : undefined));

      // A loses its database for good (a crash, a network partition): nothing renews its lease
      await storeA.close();
      await until(async () => ((await b.engine.checkState(id)) === undefined ? true : undefined));
      const now = await b.engine.current(id);
      expect(now?.view.key).toBe('reportingCheck');
      expect(now?.presentation.text ?? '').toMatch(/interrupted/);

      await db.watchdogDue();
      expect(await b.engine.fireDueFollowUps('instance-b')).toBe(1);
      expect(b.finished[0]?.messages.map((m) => m.text).join('\n')).toMatch(/interrupted/);
      expect(b.finished[0]?.messages.at(-1)?.choices.map((c) => c.id)).toContain('run-check');
      await until(async () => ((await db.rows('live_checks')).length === 0 ? true : undefined));
    });

    it('lets an instance that stalled past its lease go quietly: what B said in the meantime stays', async () => {
      const db = await backend();
      const check = heldCheck();
      const faultyA = faultyStore(await db.open());
      const a = instance(faultyA.store, check.runner);
      const b = instance(await db.open(), heldCheck().runner);
      const id = await checkStartedOn(a.engine, 'a-stalls');
      faultyA.fail('updateLiveCheck', 1_000); // A cannot renew: to the others it is gone
      await until(async () => ((await b.engine.checkState(id)) === undefined ? true : undefined));
      const answer = await b.engine.send(id, { choice: 'human' });
      expect(answer.ok).toBe(true);
      const after = (await b.engine.current(id))!;

      check.state.finish(); // A's check ends after all
      await pause(200);
      expect(a.finished).toEqual([]);
      const later = (await a.engine.current(id))!;
      expect(later.session.version).toBe(after.session.version);
      expect(later.view.key).toBe(after.view.key);
      expect(later.transcript).toEqual(after.transcript);
    });

    it('never saves the old result of an instance that stalled past its lease over the new check B started since', async () => {
      const db = await backend();
      const oldCheck = heldCheck();
      const newCheck = heldCheck();
      const faultyA = faultyStore(await db.open());
      const a = instance(faultyA.store, oldCheck.runner);
      const b = instance(await db.open(), newCheck.runner);
      const id = await checkStartedOn(a.engine, 'a-stalls-b-checks-again');
      faultyA.fail('updateLiveCheck', 100_000); // A's renewals fail (errors, not "taken"): its lease runs out
      await until(async () => ((await b.engine.checkState(id)) === undefined ? true : undefined));
      const again = await b.engine.send(id, { choice: 'run-check' });
      expect(again.ok && again.view.key).toBe('runningCheck');
      await until(() => (newCheck.state.started > 0 ? true : undefined));

      oldCheck.state.finish(); // A's old check ends after all
      await pause(300);
      expect(a.finished).toEqual([]);
      expect((await b.engine.current(id))?.view.key).toBe('runningCheck');
      const rows = (await db.rows('live_checks')) as Array<{ owner: string }>;
      expect(rows).toHaveLength(1);
      // B's check is the one running, and its result is the one saved
      newCheck.state.finish();
      const result = await until(() => b.finished[0]);
      expect(result.view.key).toBe('reportingCheck');
    });
  });
}

describe('a turn that starts a check and is not saved', () => {
  it('stops the check its first try started; the try that is saved runs the one check', async () => {
    const real = new SqliteStore(join(tempDir(), 'cas-start.sqlite'));
    opened.push(real);
    const faulty = faultyStore(real);
    const check = heldCheck();
    const { engine, finished } = instance(faulty.store, check.runner);
    const id = (await engine.start('web', 'cas-start')).session.id;
    await engine.send(id, { text: 'jo@contoso.com' });
    faulty.answer('saveTurn', false, 1); // another writer got there first, once
    const running = await engine.send(id, { choice: 'run-check' });
    expect(running.ok && running.view.key).toBe('runningCheck');
    check.state.finish();
    await until(() => finished[0]);
    await pause(50);
    expect(finished).toHaveLength(1);
    // whether the first try's check had begun or not when its turn was refused, it does not run on
    expect(check.state.started - check.state.aborted).toBe(1);
  });

  it('stops the check and gives its lease back when the store fails to save the turn', async () => {
    const real = new SqliteStore(join(tempDir(), 'save-fails.sqlite'));
    opened.push(real);
    const faulty = faultyStore(real);
    const check = heldCheck();
    const { engine } = instance(faulty.store, check.runner);
    const id = (await engine.start('web', 'save-fails')).session.id;
    await engine.send(id, { text: 'jo@contoso.com' });
    faulty.fail('saveTurn', 1);
    await expect(engine.send(id, { choice: 'run-check' })).rejects.toThrow(/saveTurn/);
    await pause(50);
    expect(check.state.started - check.state.aborted).toBe(0);
    expect(await real.getLiveCheck(id)).toBeNull();
    expect((await engine.current(id))?.view.key).toBe('offeringCheck');
    expect(await engine.checkState(id)).toBeUndefined();
  });
});
