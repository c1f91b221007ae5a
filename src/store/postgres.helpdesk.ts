import { handoffFromRow, outboxFromRow, type HandoffRow, type OutboxRow } from './rows.js';
import type { HandoffRecord, NewOutboxItem, OutboxItem, UnansweredFollowUp } from './helpdesk-records.js';
import type { PostgresDatabase } from './postgres.database.js';


const OUTBOX_COLUMNS = 'key, target, payload, created_at, attempts, next_at, sent_at, last_error, gave_up_at';

/** The Postgres side of handoffs and the outbox; PostgresStore delegates to this. */
export class PostgresHelpdeskTables {
  constructor(private readonly db: PostgresDatabase) {}

  async createHandoff(h: HandoffRecord): Promise<void> {
    await this.db.query(
      `insert into handoffs (id, ticket_id, address, symptom, error_text, channel, single_use, expires_at, created_at, claim_code, session_id, opened_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [h.id, h.ticketId, h.address, h.symptom, h.errorText, h.channel, h.singleUse, h.expiresAt, h.createdAt, h.claimCode, h.sessionId, h.openedAt],
    );
  }

  async handoff(where: 'id' | 'claim_code' | 'session_id', value: string): Promise<HandoffRecord | null> {
    const { rows } = await this.db.query<HandoffRow>(`select * from handoffs where ${where} = $1 order by created_at desc limit 1`, [value]);
    return rows[0] ? handoffFromRow(rows[0]) : null;
  }

  async attachSession(id: string, sessionId: string, expected: string | null, now: number): Promise<boolean> {
    const result = await this.db.query(
      'update handoffs set session_id = $1, opened_at = coalesce(opened_at, $2) where id = $3 and session_id is not distinct from $4',
      [sessionId, now, id, expected],
    );
    return result.rowCount === 1;
  }

  async enqueue(item: NewOutboxItem): Promise<boolean> {
    const result = await this.db.query(
      'insert into outbox (key, target, payload, created_at, next_at) values ($1, $2, $3::jsonb, $4, $4) on conflict (key) do nothing',
      [item.key, item.target, JSON.stringify(item.payload), item.createdAt],
    );
    return result.rowCount === 1;
  }

  async claimDue(now: number, leaseMs: number, limit: number): Promise<OutboxItem[]> {
    const { rows } = await this.db.query<OutboxRow>(
      `with due as (
         select key from outbox
          where sent_at is null and gave_up_at is null and next_at <= $1 and (claimed_until is null or claimed_until < $1)
          order by next_at limit $3
          for update skip locked)
       update outbox o set claimed_until = $1::bigint + $2::bigint from due where o.key = due.key
       returning ${OUTBOX_COLUMNS.split(', ').map((c) => `o.${c}`).join(', ')}`,
      [now, leaseMs, limit],
    );
    return rows.sort((a, b) => a.next_at - b.next_at).map(outboxFromRow);
  }

  async complete(key: string, now: number): Promise<void> {
    await this.db.query('update outbox set sent_at = $1, attempts = attempts + 1, claimed_until = null, last_error = null where key = $2', [now, key]);
  }

  async retry(key: string, nextAt: number, error: string): Promise<void> {
    await this.db.query('update outbox set attempts = attempts + 1, next_at = $1, claimed_until = null, last_error = $2 where key = $3', [nextAt, error.slice(0, 500), key]);
  }

  async giveUp(key: string, now: number, error: string): Promise<void> {
    await this.db.query('update outbox set attempts = attempts + 1, gave_up_at = $1, claimed_until = null, last_error = $2 where key = $3', [now, error.slice(0, 500), key]);
  }

  async item(key: string): Promise<OutboxItem | null> {
    const { rows } = await this.db.query<OutboxRow>(`select ${OUTBOX_COLUMNS} from outbox where key = $1`, [key]);
    return rows[0] ? outboxFromRow(rows[0]) : null;
  }

  async unansweredFollowUps(cutoff: number, limit: number): Promise<UnansweredFollowUp[]> {
    const { rows } = await this.db.query<{ session_id: string; seq: number; at: number }>(
      `select t.session_id, t.seq, t.at from handoffs h
         join sessions s on s.id = h.session_id
         join transcript t on t.session_id = s.id and t.seq = (select max(seq) from transcript where session_id = s.id)
        where t.proactive and t.role = 'bot' and t.at <= $1 and s.status not in ('resolved', 'escalated')
        order by t.at limit $2`,
      [cutoff, limit],
    );
    return rows.map((r) => ({ sessionId: r.session_id, seq: r.seq, at: r.at }));
  }
}
