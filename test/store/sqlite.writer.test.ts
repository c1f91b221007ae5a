import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { SessionConflictError, StoreUnavailableError, type SessionRecord, type Store } from '../../src/store/store.js';
import { tempDir } from '../helpers/engine.js';
import { storeContract } from './store.contract.js';

const opened: Store[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()?.close();
});

const until = async (test: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!test() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return test();
};

/** A store whose writes already go to its writing thread. */
async function threaded(file = join(tempDir(), 'threaded.sqlite'), errors: unknown[] = []): Promise<SqliteStore> {
  const store = new SqliteStore(file, { writer: { startAfterWrites: 0, busyAbove: 0 }, onError: (error) => void errors.push(error) });
  opened.push(store);
  expect(await until(() => store.writesOffThread)).toBe(true);
  return store;
}

function session(key: string): SessionRecord {
  const now = Date.now();
  return { id: randomUUID(), channel: 'slack', conversationKey: key, status: 'active', snapshot: { value: 'triage', context: { symptom: 'sending' } }, version: 1, meta: { thread: key }, createdAt: now, updatedAt: now };
}

describe('the SQLite store with its writes on a thread of their own', () => {
  storeContract(() => threaded());
});

describe('the SQLite store’s writing thread', () => {
  it('starts once the store is busy, and not for a store that barely writes', async () => {
    const store = new SqliteStore(join(tempDir(), 'busy.sqlite'), { writer: { startAfterWrites: 20, busyAbove: 0 } });
    opened.push(store);
    for (let i = 0; i < 10; i++) await store.claimDelivery(`slack:event:${i}`, Date.now(), 60_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(store.writesOffThread).toBe(false);
    for (let i = 10; i < 20; i++) await store.claimDelivery(`slack:event:${i}`, Date.now(), 60_000);
    expect(await until(() => store.writesOffThread)).toBe(true);
    // a delivery claimed before the thread ran is still known to it, and one claimed on the thread is seen here
    expect(await store.claimDelivery('slack:event:3', Date.now(), 60_000)).toBe(false);
    expect(await store.claimDelivery('slack:event:new', Date.now(), 60_000)).toBe(true);
    expect(await store.claimDelivery('slack:event:new', Date.now(), 60_000)).toBe(false);
  });

  it('commits a write before it is answered: a read right after sees it, and so does another connection', async () => {
    const file = join(tempDir(), 'visible.sqlite');
    const store = await threaded(file);
    const s = session('thread:T:C:1');
    await store.createSession(s, [{ at: Date.now(), role: 'user', text: 'my mail is stuck', viewKey: null, choice: null, diagnoses: [], proactive: false }], 'slack:event:E1');
    expect((await store.findLatestSession('slack', 'thread:T:C:1'))?.id).toBe(s.id);
    const other = new Database(file, { readonly: true });
    try {
      expect(other.prepare('select count(*) as n from transcript where session_id = ?').get(s.id)).toEqual({ n: 1 });
    } finally {
      other.close();
    }
  });

  it('keeps the order of writes made one after another without waiting', async () => {
    const store = await threaded();
    const s = session('thread:T:C:2');
    await store.createSession(s, []);
    const patches = Array.from({ length: 50 }, (_, i) => store.patchMeta(s.id, { step: i }));
    await Promise.all(patches);
    expect((await store.sessionMeta(s.id))?.step).toBe(49);
  });

  it('refuses a second new session for one conversation with the same error as without the thread', async () => {
    const store = await threaded();
    await store.createSession(session('thread:T:C:3'), [], undefined, '');
    await expect(store.createSession(session('thread:T:C:3'), [], undefined, '')).rejects.toBeInstanceOf(SessionConflictError);
  });

  it('fails the writes under way when the thread dies, says so, and writes by itself from then on', async () => {
    const errors: unknown[] = [];
    const file = join(tempDir(), 'dies.sqlite');
    const store = await threaded(file, errors);
    const thread = (store as unknown as { writer: { worker: { terminate(): Promise<number> } } }).writer.worker;
    // another connection holds the write lock, so the thread is still making the write when it is stopped
    const other = new Database(file);
    other.exec('begin immediate');
    const underWay = store.claimDelivery('slack:event:lost', Date.now(), 60_000);
    await new Promise((r) => setTimeout(r, 100));
    const stopped = thread.terminate();
    other.exec('rollback');
    other.close();
    await stopped;
    await expect(underWay).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.writesOffThread).toBe(false);
    expect(errors.length).toBe(1);
    expect(await store.claimDelivery('slack:event:after', Date.now(), 60_000)).toBe(true);
    expect(await store.claimDelivery('slack:event:after', Date.now(), 60_000)).toBe(false);
    // the failed write had committed after all: which is why it is never made a second time by the store itself
    expect(await store.claimDelivery('slack:event:lost', Date.now(), 60_000)).toBe(false);
  });

  it('takes the writes while the event loop is busy, and leaves them to the store while it has time to spare', async () => {
    const store = new SqliteStore(join(tempDir(), 'adaptive.sqlite'), { writer: { startAfterWrites: 0 } });
    opened.push(store);
    expect(await until(() => store.writesOffThread)).toBe(true);
    const thread = (store as unknown as { writer: { worker: { postMessage(message: unknown): void } } }).writer.worker;
    const posted: unknown[] = [];
    const post = thread.postMessage.bind(thread);
    thread.postMessage = (message: unknown) => {
      posted.push(message);
      post(message);
    };
    await new Promise((r) => setTimeout(r, 60)); // an idle event loop
    expect(await store.claimDelivery('slack:event:quiet', Date.now(), 60_000)).toBe(true);
    expect(posted).toHaveLength(0);
    const until50ms = performance.now() + 50;
    while (performance.now() < until50ms); // a busy one
    expect(await store.claimDelivery('slack:event:busy', Date.now(), 60_000)).toBe(true);
    expect(posted).toHaveLength(1);
    // either way the same store: each claim is known to the other side
    expect(await store.claimDelivery('slack:event:quiet', Date.now(), 60_000)).toBe(false);
    expect(await store.claimDelivery('slack:event:busy', Date.now(), 60_000)).toBe(false);
  });

  it('makes the writes asked for while it closes too, before it stops', async () => {
    const file = join(tempDir(), 'closing.sqlite');
    const store = new SqliteStore(file, { writer: { startAfterWrites: 0, busyAbove: 0 } });
    expect(await until(() => store.writesOffThread)).toBe(true);
    const first = store.markDelivered('slack:event:1', Date.now());
    const later: Array<Promise<boolean>> = [];
    // a loop that writes again as soon as its last write is answered, while the store is being closed
    const chained = first.then(() => {
      later.push(store.markDelivered('slack:event:2', Date.now()), store.markDelivered('slack:event:3', Date.now()));
    });
    await store.close();
    await chained;
    expect(await Promise.all([first, ...later])).toEqual([true, true, true]);
    const reopened = new SqliteStore(file, { writer: false });
    opened.push(reopened);
    for (const key of ['slack:event:1', 'slack:event:2', 'slack:event:3']) expect(await reopened.wasDelivered(key)).toBe(true);
  });

  it('starts from the compiled build the bin runs as well (dist/, its worker beside it)', async () => {
    const compiled = (await import(pathToFileURL(fileURLToPath(new URL('../../dist/store/sqlite.store.js', import.meta.url))).href)) as { SqliteStore: typeof SqliteStore };
    const errors: unknown[] = [];
    const store = new compiled.SqliteStore(join(tempDir(), 'compiled.sqlite'), { writer: { startAfterWrites: 0, busyAbove: 0 }, onError: (error) => void errors.push(error) });
    opened.push(store);
    expect(await until(() => store.writesOffThread)).toBe(true);
    expect(await store.claimDelivery('slack:event:compiled', Date.now(), 60_000)).toBe(true);
    expect(await store.claimDelivery('slack:event:compiled', Date.now(), 60_000)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('finishes the writes under way before the store closes', async () => {
    const file = join(tempDir(), 'drain.sqlite');
    const store = new SqliteStore(file, { writer: { startAfterWrites: 0, busyAbove: 0 } });
    expect(await until(() => store.writesOffThread)).toBe(true);
    const writes = Array.from({ length: 100 }, (_, i) => store.markDelivered(`slack:event:${i}`, Date.now()));
    await store.close();
    expect((await Promise.all(writes)).every(Boolean)).toBe(true);
    const reopened = new SqliteStore(file, { writer: false });
    opened.push(reopened);
    expect(await reopened.wasDelivered('slack:event:99')).toBe(true);
  });
});
