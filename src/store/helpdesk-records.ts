/** Rows of the handoff and outbox tables (migration 2): helpdesk links and results waiting to be sent back. */

export type HandoffSymptom = 'sending' | 'syncing' | 'smtp-auth-not-supported' | 'error';
export type HandoffChannel = 'web' | 'slack' | 'teams';

/** A link a helpdesk agent made for one ticket. The token only carries `id`; the rest stays here. */
export interface HandoffRecord {
  id: string;
  ticketId: string;
  address: string | null;
  symptom: HandoffSymptom | null;
  errorText: string | null;
  channel: HandoffChannel;
  singleUse: boolean;
  expiresAt: number;
  createdAt: number;
  /** the code a person gives the Slack or Teams bot to pick the handoff up there (null for web links) */
  claimCode: string | null;
  /** the session the link started, once opened */
  sessionId: string | null;
  openedAt: number | null;
}

export type OutboxTarget = 'webhook' | 'zendesk';

export interface NewOutboxItem {
  /** idempotency key: one row per session, event and target, so an event is never queued twice */
  key: string;
  target: OutboxTarget;
  payload: unknown;
  createdAt: number;
}

export interface OutboxItem extends NewOutboxItem {
  attempts: number;
  nextAt: number;
  sentAt: number | null;
  lastError: string | null;
  /** when the worker stopped trying (it kept failing for days); null while it is sent or still tried */
  gaveUpAt: number | null;
}

/** A handoff session whose last turn is a follow-up nobody answered. */
export interface UnansweredFollowUp {
  sessionId: string;
  seq: number;
  at: number;
}

/** What happened to a conversation that the helpdesk hears about. */
/** what a ticket hears: how the conversation ended, or the customer's answer to "did this help?" after it */
export type HelpdeskEvent = 'resolved' | 'escalated' | 'abandoned' | 'feedback';

/** An outbox payload that gives the customer a handoff link on their ticket (a public reply). */
export interface LinkReplyPayload {
  kind: 'link-reply';
  ticketId: string;
  body: string;
}
