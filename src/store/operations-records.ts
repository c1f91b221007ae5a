/** What the store tells the people who run the service: live counts for /metrics, outcomes for /api/stats. */
import type { SessionStatus } from '../machine/view.js';

/** One conversation started in a period, with where it entered and where it stands. */
export interface SessionOutcome {
  symptom: string | null;
  path: string | null;
  status: SessionStatus;
  createdAt: number;
  updatedAt: number;
}

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
