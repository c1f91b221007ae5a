import type Database from 'better-sqlite3';
import type { LiveCheckChange, LiveCheckRecord } from './store.js';

interface LiveCheckRow {
  session_id: string;
  owner: string;
  lease_until: number;
  progress: string | null;
  sign_in: string | null;
}

/** The SQLite side of live checks seen from every instance (src/engine/live-checks.ts); SqliteStore delegates to this. */
export class SqliteLiveChecks {
  constructor(private readonly db: Database.Database) {}

  claim(sessionId: string, owner: string, now: number, leaseMs: number): boolean {
    return (
      this.db
        .prepare(
          `insert into live_checks (session_id, owner, lease_until) values (?, ?, ?)
           on conflict (session_id) do update set owner = excluded.owner, lease_until = excluded.lease_until, progress = null, sign_in = null
           where live_checks.owner = excluded.owner or live_checks.lease_until < ?`,
        )
        .run(sessionId, owner, now + leaseMs, now).changes === 1
    );
  }

  update(sessionId: string, owner: string, now: number, leaseMs: number, change: LiveCheckChange): boolean {
    // a field left undefined is left as it is (as it would arrive through JSON, from the SQLite store's writing thread)
    const progress = change.progress !== undefined;
    const signIn = change.signIn !== undefined;
    return (
      this.db
        .prepare(
          `update live_checks set lease_until = ?,
             progress = case when ? then ? else progress end,
             sign_in = case when ? then ? else sign_in end
           where session_id = ? and owner = ?`,
        )
        .run(now + leaseMs, progress ? 1 : 0, progress ? JSON.stringify(change.progress ?? null) : null, signIn ? 1 : 0, change.signIn ?? null, sessionId, owner)
        .changes === 1
    );
  }

  get(sessionId: string): LiveCheckRecord | null {
    const row = this.db.prepare('select * from live_checks where session_id = ?').get(sessionId) as LiveCheckRow | undefined;
    if (!row) return null;
    return { sessionId: row.session_id, owner: row.owner, leaseUntil: row.lease_until, progress: row.progress === null ? null : (JSON.parse(row.progress) as unknown), signIn: row.sign_in };
  }

  release(sessionId: string, owner: string): void {
    this.db.prepare('delete from live_checks where session_id = ? and owner = ?').run(sessionId, owner);
  }
}
