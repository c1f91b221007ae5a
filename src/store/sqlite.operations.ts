import type Database from 'better-sqlite3';
import type { SessionStatus } from '../machine/view.js';
import { outcomeCountsSql, type MisunderstoodMessage, type OperationalCounts, type OutcomeCount } from './operations-records.js';

/** The SQLite side of the operators' figures; SqliteStore delegates to this. */
export function sqliteOperationalCounts(db: Database.Database, now: number): OperationalCounts {
  // kept by triggers as sessions are created and change status (migration 9): four rows, whatever the table's size
  const byStatus = db.prepare('select status, n from session_counts where n > 0').all() as Array<{ status: SessionStatus; n: number }>;
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

/** The statement and its parameters, for this connection or the reading thread's. */
export const outcomeCountsQuery = (from: number, to: number, abandonedBefore: number): [string, number[]] => [
  outcomeCountsSql('?', '?', '?'),
  [abandonedBefore, from, to],
];

export function sqliteOutcomeCounts(db: Database.Database, from: number, to: number, abandonedBefore: number): OutcomeCount[] {
  const [sql, params] = outcomeCountsQuery(from, to, abandonedBefore);
  return db.prepare(sql).all(...params) as OutcomeCount[];
}

export function sqliteMisunderstood(db: Database.Database, from: number, to: number): MisunderstoodMessage[] {
  return db
    .prepare(
      `select at, session_id as sessionId, channel, state, locale, text
         from misunderstood where at >= ? and at < ? order by at, id`,
    )
    .all(from, to) as MisunderstoodMessage[];
}
