import type Database from 'better-sqlite3';
import { handoffFromRow, outboxFromRow, type HandoffRow, type OutboxRow } from './rows.js';
import type { HandoffRecord, NewOutboxItem, OutboxItem, UnansweredFollowUp } from './helpdesk-records.js';


/** The SQLite side of handoffs and the outbox; SqliteStore delegates to this. */
export class SqliteHelpdeskTables {
  constructor(private readonly db: Database.Database) {}

  createHandoff(h: HandoffRecord): void {
    this.db
      .prepare(
        `insert into handoffs (id, ticket_id, address, symptom, error_text, channel, single_use, expires_at, created_at, claim_code, session_id, opened_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(h.id, h.ticketId, h.address, h.symptom, h.errorText, h.channel, h.singleUse ? 1 : 0, h.expiresAt, h.createdAt, h.claimCode, h.sessionId, h.openedAt);
  }

  handoff(where: 'id' | 'claim_code' | 'session_id', value: string): HandoffRecord | null {
    const row = this.db.prepare(`select * from handoffs where ${where} = ? order by created_at desc limit 1`).get(value) as HandoffRow | undefined;
    return row ? handoffFromRow(row) : null;
  }

  attachSession(id: string, sessionId: string, expected: string | null, now: number): boolean {
    return (
      this.db
        .prepare('update handoffs set session_id = ?, opened_at = coalesce(opened_at, ?) where id = ? and session_id is ?')
        .run(sessionId, now, id, expected).changes === 1
    );
  }

  enqueue(item: NewOutboxItem): boolean {
    return (
      this.db
        .prepare('insert into outbox (key, target, payload, created_at, next_at) values (?, ?, ?, ?, ?) on conflict (key) do nothing')
        .run(item.key, item.target, JSON.stringify(item.payload), item.createdAt, item.createdAt).changes === 1
    );
  }

  claimDue(now: number, leaseMs: number, limit: number): OutboxItem[] {
    return this.db.transaction(() => {
      const rows = this.db
        .prepare('select * from outbox where sent_at is null and gave_up_at is null and next_at <= ? and (claimed_until is null or claimed_until < ?) order by next_at limit ?')
        .all(now, now, limit) as OutboxRow[];
      const claim = this.db.prepare('update outbox set claimed_until = ? where key = ?');
      for (const row of rows) claim.run(now + leaseMs, row.key);
      return rows.map(outboxFromRow);
    })();
  }

  complete(key: string, now: number): void {
    this.db.prepare('update outbox set sent_at = ?, attempts = attempts + 1, claimed_until = null, last_error = null where key = ?').run(now, key);
  }

  retry(key: string, nextAt: number, error: string): void {
    this.db.prepare('update outbox set attempts = attempts + 1, next_at = ?, claimed_until = null, last_error = ? where key = ?').run(nextAt, error.slice(0, 500), key);
  }

  giveUp(key: string, now: number, error: string): void {
    this.db.prepare('update outbox set attempts = attempts + 1, gave_up_at = ?, claimed_until = null, last_error = ? where key = ?').run(now, error.slice(0, 500), key);
  }

  item(key: string): OutboxItem | null {
    const row = this.db.prepare('select * from outbox where key = ?').get(key) as OutboxRow | undefined;
    return row ? outboxFromRow(row) : null;
  }

  unansweredFollowUps(cutoff: number, limit: number): UnansweredFollowUp[] {
    const rows = this.db
      .prepare(
        `select t.session_id, t.seq, t.at from handoffs h
           join sessions s on s.id = h.session_id
           join transcript t on t.session_id = s.id and t.seq = (select max(seq) from transcript where session_id = s.id)
          where t.proactive = 1 and t.role = 'bot' and t.at <= ? and s.status not in ('resolved', 'escalated')
          order by t.at limit ?`,
      )
      .all(cutoff, limit) as Array<{ session_id: string; seq: number; at: number }>;
    return rows.map((r) => ({ sessionId: r.session_id, seq: r.seq, at: r.at }));
  }
}
