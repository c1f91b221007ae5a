import type { SessionStatus } from '../machine/view.js';
import type { HandoffRecord, OutboxItem } from './helpdesk-records.js';
import type { SessionRecord, TranscriptEntry } from './store.js';

/**
 * Rows as both stores read them, and their records. The two dialects differ only in encoding: SQLite keeps JSON as
 * text and booleans as 0/1, Postgres as jsonb and boolean; `json` and `flag` read either (no jsonb column here ever
 * holds a bare JSON string, which `json` would take for text).
 */
type Json = string | unknown;
type Flag = number | boolean;

const json = <T>(value: Json): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const flag = (value: Flag): boolean => value === true || value === 1;

export interface SessionRow {
  id: string;
  channel: string;
  conversation_key: string;
  status: string;
  snapshot: Json;
  version: number;
  meta: Json;
  created_at: number;
  updated_at: number;
}

export const metaFromRow = (row: Pick<SessionRow, 'meta'>): Record<string, unknown> => json<Record<string, unknown>>(row.meta);

export const sessionFromRow = (row: SessionRow): SessionRecord => ({
  id: row.id,
  channel: row.channel,
  conversationKey: row.conversation_key,
  status: row.status as SessionStatus,
  snapshot: json<unknown>(row.snapshot),
  version: row.version,
  meta: metaFromRow(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The entry symptom and path a snapshot records, kept beside it as columns for the operators' figures. */
export function outcomeColumns(snapshot: unknown): { symptom: string | null; path: string | null } {
  const context = (snapshot as { context?: { symptom?: unknown; path?: unknown } } | null)?.context;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { symptom: text(context?.symptom), path: text(context?.path) };
}

export interface TranscriptRow {
  seq: number;
  at: number;
  role: 'user' | 'bot';
  text: string;
  view_key: string | null;
  choice: string | null;
  diagnoses: Json;
  proactive: Flag;
}

export const transcriptFromRow = (r: TranscriptRow): TranscriptEntry => ({
  seq: r.seq,
  at: r.at,
  role: r.role,
  text: r.text,
  viewKey: r.view_key,
  choice: r.choice,
  diagnoses: json<string[]>(r.diagnoses),
  proactive: flag(r.proactive),
});

export interface HandoffRow {
  id: string;
  ticket_id: string;
  address: string | null;
  symptom: string | null;
  error_text: string | null;
  channel: string;
  single_use: Flag;
  expires_at: number;
  created_at: number;
  claim_code: string | null;
  session_id: string | null;
  opened_at: number | null;
}

export const handoffFromRow = (r: HandoffRow): HandoffRecord => ({
  id: r.id,
  ticketId: r.ticket_id,
  address: r.address,
  symptom: r.symptom as HandoffRecord['symptom'],
  errorText: r.error_text,
  channel: r.channel as HandoffRecord['channel'],
  singleUse: flag(r.single_use),
  expiresAt: r.expires_at,
  createdAt: r.created_at,
  claimCode: r.claim_code,
  sessionId: r.session_id,
  openedAt: r.opened_at,
});

export interface OutboxRow {
  key: string;
  target: string;
  payload: Json;
  created_at: number;
  attempts: number;
  next_at: number;
  sent_at: number | null;
  last_error: string | null;
  gave_up_at: number | null;
}

export const outboxFromRow = (r: OutboxRow): OutboxItem => ({
  key: r.key,
  target: r.target as OutboxItem['target'],
  payload: json<unknown>(r.payload),
  createdAt: r.created_at,
  attempts: r.attempts,
  nextAt: r.next_at,
  sentAt: r.sent_at,
  lastError: r.last_error,
  gaveUpAt: r.gave_up_at === null ? null : Number(r.gave_up_at),
});
