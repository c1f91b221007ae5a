/** What the store tells the people who run the service: live counts for /metrics, outcomes for /api/stats. */
import type { SessionStatus } from '../machine/view.js';
import type { FeedbackAnswer } from '../machine/feedback.js';

/** Where a conversation stands: ended (resolved, escalated), quiet for too long (abandoned), or still going. */
export type Outcome = 'resolved' | 'escalated' | 'abandoned' | 'open';

/**
 * How many conversations started in a period share an entry symptom, a path and an outcome (and, resolved, the
 * seconds resolution took, rounded): the store counts, so that a million sessions come back as a few hundred rows.
 */
export interface OutcomeCount {
  symptom: string | null;
  path: string | null;
  outcome: Outcome;
  /** resolved only: seconds from the first message to resolution, rounded; null otherwise */
  seconds: number | null;
  count: number;
}

/** The grouping both stores run (SQLite `?`, Postgres `$n` placeholders): abandoned before, from, to. */
export const outcomeCountsSql = (abandonedBefore: string, from: string, to: string) => `
  select symptom, path,
         case when status = 'resolved' then 'resolved' when status = 'escalated' then 'escalated'
              when updated_at <= ${abandonedBefore} then 'abandoned' else 'open' end as outcome,
         case when status = 'resolved' then cast(round((updated_at - created_at) / 1000.0) as bigint) end as seconds,
         count(*) as count
    from sessions where created_at >= ${from} and created_at < ${to}
   group by 1, 2, 3, 4`;

/** A message the assistant did not understand (or asked to clarify), redacted, with where it was said. */
export interface MisunderstoodMessage {
  at: number;
  sessionId: string;
  channel: string;
  /** the question the person was answering (a view key) */
  state: string;
  locale: string;
  text: string;
}

export interface OperationalCounts {
  sessionsByStatus: Partial<Record<SessionStatus, number>>;
  /** outbox deliveries not sent yet (and still tried) */
  outboxBacklog: number;
  /** outbox deliveries given up after failing for days */
  outboxGivenUp: number;
  /** follow-ups whose time has come and that nobody holds a lease on */
  followUpsDue: number;
}

/** The store cannot be reached (the database is down or restarting); the request may be retried. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the conversation store cannot be reached', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** How many answers to "did this help?" the conversations started in a period got, per channel, path and answer. */
export interface FeedbackCount {
  channel: string;
  path: string | null;
  answer: FeedbackAnswer;
  count: number;
}

/** The grouping both stores run (SQLite `?`, Postgres `$n` placeholders): from, to (when the conversations started). */
export const feedbackCountsSql = (from: string, to: string) => `
  select channel, path, answer, count(*) as count
    from feedback where created_at >= ${from} and created_at < ${to}
   group by 1, 2, 3`;
