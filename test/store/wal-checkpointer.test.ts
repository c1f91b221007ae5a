import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import type { SessionRecord } from '../../src/store/store.js';
import { tempDir } from '../helpers/engine.js';
import { WalCheckpointer } from '../../src/store/wal-checkpointer.js';

const opened: SqliteStore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()?.close();
});

function session(i: number): SessionRecord {
  const now = Date.now();
  return {
    id: randomUUID(),
    channel: 'slack',
    conversationKey: `thread:T:C:${i}`,
    status: 'active',
    snapshot: { value: { conversation: 'triage' }, padding: 'x'.repeat(2000) },
    version: 1,
    meta: {},
    createdAt: now,
    updatedAt: now,
  };
}

async function writeSessions(store: SqliteStore, count: number, from = 0) {
  for (let i = from; i < from + count; i++) {
    await store.createSession(session(i), [{ at: Date.now(), role: 'user', text: `hello ${i}`, viewKey: 'triage', choice: null, diagnoses: [], proactive: false }]);
  }
}

const mainFileSize = (file: string) => statSync(file).size;
const until = async (test: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!test() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return test();
};

describe('checkpoints off the event loop', () => {
  it('stay on the store for a store that barely writes', async () => {
    const store = new SqliteStore(join(tempDir(), 'quiet.sqlite'), { startAfterCommits: 50 });
    opened.push(store);
    await writeSessions(store, 10);
    expect(store.checkpointsOffThread).toBe(false);
  });

  it('move to a worker thread once the store is busy, which copies the log into the database file', async () => {
    const file = join(tempDir(), 'busy.sqlite');
    const store = new SqliteStore(file, { startAfterCommits: 20, intervalMs: 20 });
    opened.push(store);
    await writeSessions(store, 20);
    expect(store.checkpointsOffThread).toBe(true);
    const before = mainFileSize(file);
    // well under the store's own backstop (8,000 pages): only the thread can have moved these pages
    await writeSessions(store, 200, 20);
    expect(await until(() => mainFileSize(file) > before + 200 * 2000)).toBe(true);
  });

  it('stop with the store, leaving every write readable from the file', async () => {
    const file = join(tempDir(), 'closed.sqlite');
    const store = new SqliteStore(file, { startAfterCommits: 5, intervalMs: 10 });
    await writeSessions(store, 120);
    expect(store.checkpointsOffThread).toBe(true);
    await store.close();
    expect(store.checkpointsOffThread).toBe(false);
    const db = new Database(file, { readonly: true });
    expect((db.prepare('select count(*) as n from sessions').get() as { n: number }).n).toBe(120);
    db.close();
  });

  it('report a thread that cannot run by name, leave checkpoints to the store meanwhile, and start once it can', async () => {
    const file = join(tempDir(), 'not-yet.sqlite'); // no such file yet: the thread cannot open it
    const autoCheckpoints: number[] = [];
    const failures: string[] = [];
    const checkpointer = new WalCheckpointer(file, (pages) => void autoCheckpoints.push(pages), {
      startAfterCommits: 3,
      intervalMs: 10,
      onError: (_error, failure) => void failures.push(`${failure.loop} ${failure.failures}`),
    });
    for (let i = 0; i < 3; i++) checkpointer.committed();
    expect(await until(() => failures.length === 1)).toBe(true);
    expect(failures).toEqual(['wal-checkpointer 1']);
    expect(checkpointer.running).toBe(false);
    expect(autoCheckpoints.at(-1)).toBe(1_000); // the store checkpoints by itself again

    new Database(file).close();
    for (let i = 0; i < 3; i++) checkpointer.committed();
    expect(checkpointer.running).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(checkpointer.running).toBe(true);
    expect(failures).toHaveLength(1);
    await checkpointer.close();
  });
});
