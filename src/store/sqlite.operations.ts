import type Database from 'better-sqlite3';
import type { SessionStatus } from '../machine/view.js';
import type { MisunderstoodMessage, OperationalCounts, SessionOutcome } from './operations-records.js';

/** The SQLite side of the operators' figures; SqliteStore delegates to this. */
export function sqliteOperationalCounts(db: Database.Database, now: number): OperationalCounts {
  const byStatus = db.prepare('select status, count(*) as n from sessions group by status').all() as Array<{ status: SessionStatus; n: number }>;
  const backlog = db.prepare('select count(*) as n from outbox where sent_at is null and gave_up_at is null').get() as { n: number };
  const givenUp = db.prepare('select count(*) as n from outbox where gave_up_at is not null').get() as { n: number };
  const due = db
    .prepare('select count(*) as n from follow_ups where due_at <= ? and (claimed_until is null or claimed_until < ?)')
    .get(now, now) as { n: number };
  return {
    sessionsByStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    outboxBacklog: backlog.n,
    outboxGivenUp: givenUp.n,
    followUpsDue: due.n,
  };
}

export function sqliteSessionOutcomes(db: Database.Database, from: number, to: number): SessionOutcome[] {
  const rows = db
    .prepare(
      `select json_extract(snapshot, '$.context.symptom') as symptom, json_extract(snapshot, '$.context.path') as path,
              status, created_at, updated_at
         from sessions where created_at >= ? and created_at < ? order by created_at`,
    )
    .all(from, to) as Array<{ symptom: string | null; path: string | null; status: SessionStatus; created_at: number; updated_at: number }>;
  return rows.map((r) => ({ symptom: r.symptom, path: r.path, status: r.status, createdAt: r.created_at, updatedAt: r.updated_at }));
}

export function sqliteMisunderstood(db: Database.Database, from: number, to: number): MisunderstoodMessage[] {
  return db
    .prepare(
      `select at, session_id as sessionId, channel, state, locale, text
         from misunderstood where at >= ? and at < ? order by at, id`,
    )
    .all(from, to) as MisunderstoodMessage[];
}
