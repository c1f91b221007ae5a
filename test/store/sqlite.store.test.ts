import Database from 'better-sqlite3';
import { join } from 'node:path';
import { outcomeCountsQuery } from '../../src/store/sqlite.operations.js';
import { afterEach, describe, expect, it } from 'vitest';
import { PRUNABLE_SESSIONS, SqliteStore } from '../../src/store/sqlite.store.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite.migrations.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers/engine.js';
import { storeContract } from './store.contract.js';

const opened: Store[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()?.close();
});

describe('the SQLite store', () => {
  storeContract(async () => {
    const store = new SqliteStore(join(tempDir(), 'contract.sqlite'));
    opened.push(store);
    return store;
  });
});

describe('the SQLite store’s count of sessions per status', () => {
  it('is recounted when a database from before (counted by triggers) is opened, and kept by the store from then on', async () => {
    const file = join(tempDir(), 'upgrade.sqlite');
    const old = new Database(file);
    old.exec('create table schema_migrations (version integer primary key, applied_at integer not null)');
    for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version < 15)) {
      old.exec(migration.sql);
      old.prepare('insert into schema_migrations (version, applied_at) values (?, 0)').run(migration.version);
    }
    const add = old.prepare("insert into sessions (id, channel, conversation_key, status, snapshot, version, meta, created_at, updated_at) values (?, 'web', ?, ?, '{}', 1, '{}', 0, 0)");
    add.run('a', 'k1', 'active');
    add.run('b', 'k2', 'resolved');
    old.exec("update session_counts set n = 40 where status = 'active'"); // counts gone wrong somehow
    old.close();
    const store = new SqliteStore(file);
    opened.push(store);
    expect((await store.operationalCounts(0)).sessionsByStatus).toEqual({ active: 1, resolved: 1 });
    const check = new Database(file, { readonly: true });
    expect(check.prepare("select count(*) as n from sqlite_master where type = 'trigger'").get()).toEqual({ n: 0 });
    check.close();
    // a turn that ends the session moves it from one count to the other; one from a stale version moves nothing
    const session = await store.getSession('a');
    const ended = { ...session!, status: 'resolved' as const, version: 2 };
    expect(await store.saveTurn({ session: ended, expectedVersion: 7, transcript: [], followUp: { kind: 'keep' } })).toBe(false);
    expect((await store.operationalCounts(0)).sessionsByStatus).toEqual({ active: 1, resolved: 1 });
    expect(await store.saveTurn({ session: ended, expectedVersion: 1, transcript: [], followUp: { kind: 'keep' } })).toBe(true);
    expect((await store.operationalCounts(0)).sessionsByStatus).toEqual({ resolved: 2 });
    expect(await store.pruneSessions(1, 10)).toBe(2);
    expect((await store.operationalCounts(0)).sessionsByStatus).toEqual({});
  });
});

describe('the SQLite store under load', () => {
  const plan = (db: Database.Database, sql: string, ...params: unknown[]) =>
    (db.prepare(`explain query plan ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');

  it('answers the operators’ reads, the App Home and housekeeping from indexes, never by reading every session', async () => {
    const file = join(tempDir(), 'plans.sqlite');
    const store = new SqliteStore(file);
    opened.push(store);
    const db = new Database(file, { readonly: true });
    try {
      // /api/stats: one narrow index holds everything the grouping reads (no snapshot parsed)
      expect(plan(db, outcomeCountsQuery(0, 1, 0)[0], 0, 0, 1)).toMatch(/USING COVERING INDEX/);
      // /metrics: counted as sessions change, not per scrape
      expect(plan(db, 'select status, n from session_counts where n > 0')).not.toMatch(/\bsessions\b/);
      expect(plan(db, 'delete from deliveries where at < ?', 0)).toMatch(/USING (COVERING )?INDEX deliveries_by_at/);
      expect(plan(db, `select * from sessions where channel = ? and json_extract(meta, '$.slackUser') = ? order by updated_at desc, rowid desc limit ?`, 'slack', 'T:U', 20)).toMatch(
        /USING INDEX sessions_by_slack_user/,
      );
      // a conversation's newest session, on every turn: its few sessions found by their conversation, then sorted
      expect(plan(db, 'select * from sessions where channel = ? and conversation_key = ? order by created_at desc, rowid desc limit 1', 'teams', 'k')).toMatch(
        /USING INDEX sessions_one_successor \(channel=\? AND conversation_key=\?\)/,
      );
      // housekeeping: old sessions by status and age
      expect(plan(db, PRUNABLE_SESSIONS, 0, 10)).toMatch(/USING (COVERING )?INDEX sessions_by_updated/);
    } finally {
      db.close();
    }
  });

  it('keeps the counts by status right as sessions are created and change status', async () => {
    const store = new SqliteStore(join(tempDir(), 'counts.sqlite'));
    opened.push(store);
    const base = { channel: 'web', snapshot: {}, version: 1, meta: {}, createdAt: 1, updatedAt: 1 };
    await store.createSession({ ...base, id: 'a', conversationKey: 'a', status: 'active' }, []);
    await store.createSession({ ...base, id: 'b', conversationKey: 'b', status: 'active' }, []);
    await store.saveTurn({ session: { ...base, id: 'b', conversationKey: 'b', status: 'resolved', version: 2 }, expectedVersion: 1, transcript: [], followUp: { kind: 'keep' } });
    await store.saveTurn({ session: { ...base, id: 'a', conversationKey: 'a', status: 'active', version: 2 }, expectedVersion: 1, transcript: [], followUp: { kind: 'keep' } });
    expect((await store.operationalCounts(1)).sessionsByStatus).toEqual({ active: 1, resolved: 1 });
  });
});
