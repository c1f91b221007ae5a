import type { SessionStatus } from '../machine/view.js';
import { outcomeCountsSql, type MisunderstoodMessage, type OperationalCounts, type OutcomeCount } from './operations-records.js';
import type { PostgresDatabase } from './postgres.database.js';

/** The Postgres side of the operators' figures; PostgresStore delegates to this. */
export async function postgresOperationalCounts(db: PostgresDatabase, now: number): Promise<OperationalCounts> {
  const [byStatus, backlog, due, givenUp] = await Promise.all([
    db.query<{ status: SessionStatus; n: number }>('select status, count(*) as n from sessions group by status'),
    db.query<{ n: number }>('select count(*) as n from outbox where sent_at is null and gave_up_at is null'),
    db.query<{ n: number }>('select count(*) as n from follow_ups where due_at <= $1 and (claimed_until is null or claimed_until < $1)', [now]),
    db.query<{ n: number }>('select count(*) as n from outbox where gave_up_at is not null'),
  ]);
  return {
    sessionsByStatus: Object.fromEntries(byStatus.rows.map((r) => [r.status, r.n])),
    outboxBacklog: backlog.rows[0]?.n ?? 0,
    outboxGivenUp: givenUp.rows[0]?.n ?? 0,
    followUpsDue: due.rows[0]?.n ?? 0,
  };
}

export async function postgresOutcomeCounts(db: PostgresDatabase, from: number, to: number, abandonedBefore: number): Promise<OutcomeCount[]> {
  const { rows } = await db.query<OutcomeCount>(outcomeCountsSql('$1', '$2', '$3'), [abandonedBefore, from, to]);
  return rows;
}

export async function postgresMisunderstood(db: PostgresDatabase, from: number, to: number): Promise<MisunderstoodMessage[]> {
  const { rows } = await db.query<MisunderstoodMessage>(
    `select at, session_id as "sessionId", channel, state, locale, text
       from misunderstood where at >= $1 and at < $2 order by at, id`,
    [from, to],
  );
  return rows;
}
