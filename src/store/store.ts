import type { SessionStatus } from '../machine/view.js';
import type { FeedbackAnswer } from '../machine/feedback.js';
import type { HandoffRecord, NewOutboxItem, OutboxItem, UnansweredFollowUp } from './helpdesk-records.js';
import type { FeedbackCount, MisunderstoodMessage, OperationalCounts, OutcomeCount } from './operations-records.js';

export { StoreUnavailableError, type FeedbackCount, type MisunderstoodMessage, type OperationalCounts, type OutcomeCount } from './operations-records.js';

export interface SessionRecord {
  id: string;
  channel: string;
  conversationKey: string;
  status: SessionStatus;
  /** the machine's persisted snapshot, as JSON-compatible data */
  snapshot: unknown;
  /** bumped on every saved turn; a save with a stale version is refused */
  version: number;
  /** channel-specific data: a Slack thread, a Teams conversation reference, a helpdesk ticket */
  meta: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export type TranscriptRole = 'user' | 'bot';

export interface TranscriptEntry {
  seq: number;
  at: number;
  role: TranscriptRole;
  text: string;
  viewKey: string | null;
  choice: string | null;
  diagnoses: string[];
  /** true for a bot turn the scheduler started (a follow-up), not an answer to the user */
  proactive: boolean;
}

export type NewTranscriptEntry = Omit<TranscriptEntry, 'seq'>;

export type FollowUpChange = { kind: 'schedule'; dueAt: number } | { kind: 'cancel' } | { kind: 'keep' };

export interface TurnWrite {
  /** the session as the turn leaves it; its `meta` is not written (meta changes go through `patchMeta` only) */
  session: SessionRecord;
  /** the version the turn started from; the write fails if the stored one differs */
  expectedVersion: number;
  transcript: NewTranscriptEntry[];
  followUp: FollowUpChange;
  /** the delivery this turn answers (a Slack event id), recorded in the same write as in `markDelivered` */
  deliveryKey?: string;
  /** helpdesk reports of this turn (an escalation), queued in the same write as in `enqueueOutbox` */
  outbox?: NewOutboxItem[];
  /** the person's message when it was not understood (already redacted), kept so the corpus can grow */
  misunderstood?: { state: string; locale: string; text: string };
  /** the person's answer to "did this help?" (replacing an earlier answer of the session), comment already redacted */
  feedback?: { answer: FeedbackAnswer; comment: string | null; at: number };
}

/**
 * A live check running on one instance, as every instance on the store sees it: who runs it and until when its lease
 * holds (renewed while it runs), what it has done so far, and its sign-in prompt sealed by the engine (never in clear).
 */
export interface LiveCheckRecord {
  sessionId: string;
  owner: string;
  leaseUntil: number;
  /** the progress as last reported (JSON-compatible), or null before the first report */
  progress: unknown;
  /** the sign-in prompt, encrypted by the engine, or null */
  signIn: string | null;
}

/** What the owner of a live check reports with a renewal; a field left out stays as it is. */
export interface LiveCheckChange {
  progress?: unknown;
  signIn?: string | null;
}

export interface DueFollowUp {
  sessionId: string;
  dueAt: number;
}

/** Where conversations live. SQLite embedded by default; any other store passes the same contract tests. */
export interface Store {
  /**
   * `deliveryKey`: the delivery the new session answers, recorded in the same write (see `markDelivered`).
   * `follows`: the session of the same conversation the new one comes after ('' for its first); when another session
   * was created after that one already (by another instance, at the same moment), throws SessionConflictError.
   */
  createSession(session: SessionRecord, transcript: NewTranscriptEntry[], deliveryKey?: string, follows?: string): Promise<void>;
  getSession(id: string): Promise<SessionRecord | null>;
  /** a session's meta alone (its snapshot is not read); null when there is no such session */
  sessionMeta(id: string): Promise<Record<string, unknown> | null>;
  /** the newest session for a conversation, whatever its status */
  findLatestSession(channel: string, conversationKey: string): Promise<SessionRecord | null>;
  /** saves one turn atomically (never its `meta`: see `patchMeta`); false when another writer got there first */
  saveTurn(turn: TurnWrite): Promise<boolean>;
  /** sets the given top-level keys of a session's meta, atomically, keeping the others */
  patchMeta(id: string, patch: Record<string, unknown>): Promise<void>;
  /**
   * For each change, sets keys of one object inside a session's meta (`meta[part]`, a channel's part), atomically,
   * keeping its other keys: a key given null is removed. Without `create`, a session whose meta has no such object is
   * left as it is. No read first: a channel noting the card it posted costs one write, and several noted together
   * one write for all (SQLite: one transaction). Resolves with one entry per change, in order: null once made (or
   * left alone), or why that one failed; the others are made all the same.
   */
  patchMetaParts(changes: MetaPartChange[]): Promise<Array<string | null>>;
  transcript(sessionId: string): Promise<TranscriptEntry[]>;
  /** claims due follow-ups for `leaseMs`; a claim that is not completed falls back after the lease */
  claimDueFollowUps(now: number, owner: string, leaseMs: number, limit: number): Promise<DueFollowUp[]>;
  /** drops a follow-up that can no longer fire (its session moved on) */
  dropFollowUp(sessionId: string, dueAt: number): Promise<void>;
  pendingFollowUp(sessionId: string): Promise<number | null>;
  /**
   * Claims a delivery (a Slack event id, a Teams activity id) for `leaseMs` before it is handled: false when it was
   * handled already, or is being handled by someone whose lease has not run out (a crash mid-handling lets a retry
   * through once the lease ends).
   */
  claimDelivery(key: string, now: number, leaseMs: number): Promise<boolean>;
  /** a claimed delivery whose handling failed: forgotten, so that the sender's retry is handled */
  releaseDelivery(key: string): Promise<void>;
  /** records a delivery key as handled (ending its claim, if any); false if it was recorded as handled before */
  markDelivered(key: string, now: number): Promise<boolean>;
  /** whether a delivery key was recorded (by `markDelivered` or with a turn), without recording it */
  wasDelivered(key: string): Promise<boolean>;
  /** forgets the delivery keys recorded before `before` (Slack and Teams retry within the hour); how many went */
  pruneDeliveries(before: number): Promise<number>;
  /**
   * retention: deletes up to `limit` sessions untouched since `before` (ended, or abandoned long ago; none with a
   * follow-up still due) with their transcripts; how many went
   */
  pruneSessions(before: number, limit: number): Promise<number>;
  /** a channel's sessions whose meta has `key` equal to `value` (a Slack user), newest first */
  findSessionsByMeta(channel: string, key: string, value: string, limit: number): Promise<SessionRecord[]>;
  close(): Promise<void>;

  // live checks, seen from every instance (src/engine/live-checks.ts)
  /**
   * Takes the lease of a session's live check for `leaseMs`, with no progress or sign-in yet: false when another
   * owner holds a lease that has not run out.
   */
  claimLiveCheck(sessionId: string, owner: string, now: number, leaseMs: number): Promise<boolean>;
  /** renews the owner's lease for `leaseMs` and writes `change`; false when the owner no longer holds the check */
  updateLiveCheck(sessionId: string, owner: string, now: number, leaseMs: number, change?: LiveCheckChange): Promise<boolean>;
  /** the session's live check as last written (its lease may have run out), or null */
  getLiveCheck(sessionId: string): Promise<LiveCheckRecord | null>;
  /** the check is over: its row goes, if `owner` still holds it */
  releaseLiveCheck(sessionId: string, owner: string): Promise<void>;

  // what a channel remembers outside sessions, shared by every instance on the store (Teams: people reachable 1:1,
  // the service URL of each conversation)
  /** stores `record` (JSON-compatible) under the channel's `key`, replacing what was there */
  rememberContact(channel: string, key: string, record: Record<string, unknown>, now: number): Promise<void>;
  /** the record stored under the channel's `key`, or null */
  findContact(channel: string, key: string): Promise<Record<string, unknown> | null>;

  // helpdesk handoffs (src/handoff)
  createHandoff(handoff: HandoffRecord): Promise<void>;
  getHandoff(id: string): Promise<HandoffRecord | null>;
  findHandoffByClaimCode(code: string): Promise<HandoffRecord | null>;
  /** the handoff that started a session, if any (its ticket) */
  findHandoffBySession(sessionId: string): Promise<HandoffRecord | null>;
  /** links a session to a handoff if its current session is still `expected`; false when another open got there first */
  attachHandoffSession(handoffId: string, sessionId: string, expected: string | null, now: number): Promise<boolean>;

  // the outbox of results for the helpdesk (src/helpdesk)
  /** queues one delivery; false when that key is already queued or sent */
  enqueueOutbox(item: NewOutboxItem): Promise<boolean>;
  /** claims unsent deliveries that are due, for `leaseMs` */
  claimDueOutbox(now: number, leaseMs: number, limit: number): Promise<OutboxItem[]>;
  completeOutbox(key: string, now: number): Promise<void>;
  retryOutbox(key: string, nextAt: number, error: string): Promise<void>;
  /** stops trying a delivery that kept failing; it stays in the table, with its last error */
  giveUpOutbox(key: string, now: number, error: string): Promise<void>;
  getOutboxItem(key: string): Promise<OutboxItem | null>;
  /** handoff sessions whose last turn is a follow-up sent at or before `cutoff` and not answered since */
  findUnansweredFollowUps(cutoff: number, limit: number): Promise<UnansweredFollowUp[]>;

  // what operators see (src/ops): /metrics and /api/stats
  /** live counts: sessions by status, outbox backlog, follow-ups due and unclaimed at `now` */
  operationalCounts(now: number): Promise<OperationalCounts>;
  /** the sessions created in [from, to), counted by symptom, path and outcome (abandoned: quiet since `abandonedBefore`) */
  outcomeCounts(from: number, to: number, abandonedBefore: number): Promise<OutcomeCount[]>;
  /** the messages not understood in [from, to), oldest first */
  misunderstoodMessages(from: number, to: number): Promise<MisunderstoodMessage[]>;
  /** the answers to "did this help?" of the sessions created in [from, to), counted by channel, path and answer */
  feedbackCounts(from: number, to: number): Promise<FeedbackCount[]>;
}

/** Another session was started for the same conversation at the same moment (see `createSession`'s `follows`). */
export class SessionConflictError extends Error {
  constructor(channel: string) {
    super(`a ${channel} conversation got another new session at the same moment`);
    this.name = 'SessionConflictError';
  }
}

export class StaleVersionError extends Error {
  constructor(sessionId: string) {
    super(`session ${sessionId} was changed by another turn`);
    this.name = 'StaleVersionError';
  }
}

/** One change of `patchMetaParts`. */
export interface MetaPartChange {
  id: string;
  part: string;
  change: Record<string, unknown>;
  create: boolean;
}
