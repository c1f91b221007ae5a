import type { PostgresDatabase } from './postgres.database.js';
import type { LiveCheckChange, LiveCheckRecord } from './store.js';

interface LiveCheckRow {
  session_id: string;
  owner: string;
  lease_until: number;
  progress: unknown;
  sign_in: string | null;
}

/** The Postgres side of live checks seen from every instance (src/engine/live-checks.ts); PostgresStore delegates to this. */
export class PostgresLiveChecks {
  constructor(private readonly db: PostgresDatabase) {}

  async claim(sessionId: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    const result = await this.db.query(
      `insert into live_checks (session_id, owner, lease_until) values ($1, $2, $3::bigint + $4::bigint)
       on conflict (session_id) do update set owner = excluded.owner, lease_until = excluded.lease_until, progress = null, sign_in = null
       where live_checks.owner = excluded.owner or live_checks.lease_until < $3`,
      [sessionId, owner, now, leaseMs],
    );
    return result.rowCount === 1;
  }

  async update(sessionId: string, owner: string, now: number, leaseMs: number, change: LiveCheckChange): Promise<boolean> {
    // a field left undefined is left as it is (as it would arrive through JSON, from the SQLite store's writing thread)
    const progress = change.progress !== undefined;
    const signIn = change.signIn !== undefined;
    const result = await this.db.query(
      `update live_checks set lease_until = $3::bigint + $4::bigint,
         progress = case when $5 then $6::jsonb else progress end,
         sign_in = case when $7 then $8::text else sign_in end
       where session_id = $1 and owner = $2`,
      [sessionId, owner, now, leaseMs, progress, progress ? JSON.stringify(change.progress ?? null) : null, signIn, change.signIn ?? null],
    );
    return result.rowCount === 1;
  }

  async get(sessionId: string): Promise<LiveCheckRecord | null> {
    const { rows } = await this.db.query<LiveCheckRow>('select session_id, owner, lease_until, progress, sign_in from live_checks where session_id = $1', [sessionId]);
    const row = rows[0];
    return row ? { sessionId: row.session_id, owner: row.owner, leaseUntil: row.lease_until, progress: row.progress ?? null, signIn: row.sign_in } : null;
  }

  async release(sessionId: string, owner: string): Promise<void> {
    await this.db.query('delete from live_checks where session_id = $1 and owner = $2', [sessionId, owner]);
  }
}
