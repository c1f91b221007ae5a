import type { HandoffRecord, NewOutboxItem, OutboxItem, UnansweredFollowUp } from './helpdesk-records.js';
import { feedbackCountsSql, type FeedbackCount, type MisunderstoodMessage, type OperationalCounts, type OutcomeCount } from './operations-records.js';
import { PostgresDatabase, runPostgresMigrations, type PostgresOptions } from './postgres.database.js';
import { PostgresHelpdeskTables } from './postgres.helpdesk.js';
import { PostgresLiveChecks } from './postgres.live-checks.js';
import { postgresMisunderstood, postgresOperationalCounts, postgresOutcomeCounts } from './postgres.operations.js';
import { metaFromRow, sessionFromRow, transcriptFromRow, type SessionRow, type TranscriptRow } from './rows.js';
import { SessionConflictError, type DueFollowUp, type LiveCheckChange, type LiveCheckRecord, type MetaPartChange, type NewTranscriptEntry, type SessionRecord, type Store, type TranscriptEntry, type TurnWrite } from './store.js';

/** A delivery recorded as handled: inserted, or its claim ended; no row when it was handled before. */
const DELIVERY_HANDLED = 'on conflict (key) do update set claimed_until = null where deliveries.claimed_until is not null';

const SESSION_COLUMNS = 'id, channel, conversation_key, status, snapshot, version, meta, created_at, updated_at';

/** Transcript entries as one jsonb parameter, numbered from 1 in order. */
const entriesJson = (entries: NewTranscriptEntry[]) =>
  JSON.stringify(entries.map((e, i) => ({ ord: i + 1, at: e.at, role: e.role, body: e.text, view_key: e.viewKey, choice: e.choice, diagnoses: e.diagnoses, proactive: e.proactive })));

/** The CTE that inserts the entries of parameter `$param` after sequence number `after`, for the row of CTE `from`. */
const INSERT_ENTRIES = (from: string, after: string, param = 10) => `, entries as (
           insert into transcript (session_id, seq, at, role, text, view_key, choice, diagnoses, proactive)
           select f.id, ${after} + e.ord, e.at, e.role, e.body, e.view_key, e.choice, e.diagnoses, e.proactive
             from ${from} f, jsonb_to_recordset($${param}::jsonb)
               as e(ord int, at bigint, role text, body text, view_key text, choice text, diagnoses jsonb, proactive boolean))`;

/**
 * The store for several instances on one Postgres database. Every turn is one transaction with a compare-and-set on
 * the session's version; follow-ups and outbox rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so each is
 * handled by one instance and a dead instance's claims fall back when the lease ends.
 */
export class PostgresStore implements Store {
  private readonly db: PostgresDatabase;
  private readonly helpdesk: PostgresHelpdeskTables;
  private readonly liveChecks: PostgresLiveChecks;
  /** the migration versions this instance applied (often none); every call waits for it */
  readonly ready: Promise<number[]>;

  constructor(options: PostgresOptions) {
    this.db = new PostgresDatabase(options);
    this.ready = runPostgresMigrations(this.db);
    this.ready.catch(() => undefined); // reported to whoever awaits it (the server start, or the first call)
    this.helpdesk = new PostgresHelpdeskTables(this.db);
    this.liveChecks = new PostgresLiveChecks(this.db);
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    await this.ready;
    return work();
  }

  async createSession(session: SessionRecord, transcript: NewTranscriptEntry[], deliveryKey?: string, follows?: string): Promise<void> {
    try {
      await this.insertSession(session, transcript, deliveryKey, follows);
    } catch (error) {
      if ((error as { code?: string; constraint?: string }).constraint === 'sessions_one_successor') throw new SessionConflictError(session.channel);
      throw error;
    }
  }

  private async insertSession(session: SessionRecord, transcript: NewTranscriptEntry[], deliveryKey?: string, follows?: string): Promise<void> {
    // one statement, so one round trip: atomic without an explicit transaction
    await this.run(() =>
      this.db.query(
        `with created as (
           insert into sessions (${SESSION_COLUMNS}, follows) values ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8, $9, $12) returning id)
         ${INSERT_ENTRIES('created', '0')},
         delivered as (
           insert into deliveries (key, at) select $11::text, $9::bigint from created where $11::text is not null
           ${DELIVERY_HANDLED})
         select 1`,
        [
          session.id,
          session.channel,
          session.conversationKey,
          session.status,
          JSON.stringify(session.snapshot),
          session.version,
          JSON.stringify(session.meta),
          session.createdAt,
          session.updatedAt,
          entriesJson(transcript),
          deliveryKey ?? null,
          follows ?? null,
        ],
      ),
    );
  }

  async sessionMeta(id: string): Promise<Record<string, unknown> | null> {
    const { rows } = await this.run(() => this.db.query<Pick<SessionRow, 'meta'>>('select meta from sessions where id = $1', [id]));
    return rows[0] ? metaFromRow(rows[0]) : null;
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const { rows } = await this.run(() => this.db.query<SessionRow>(`select ${SESSION_COLUMNS} from sessions where id = $1`, [id]));
    return rows[0] ? sessionFromRow(rows[0]) : null;
  }

  async findLatestSession(channel: string, conversationKey: string): Promise<SessionRecord | null> {
    const { rows } = await this.run(() =>
      this.db.query<SessionRow>(
        `select ${SESSION_COLUMNS} from sessions where channel = $1 and conversation_key = $2 order by created_at desc, inserted desc limit 1`,
        [channel, conversationKey],
      ),
    );
    return rows[0] ? sessionFromRow(rows[0]) : null;
  }

  async saveTurn(turn: TurnWrite): Promise<boolean> {
    const { session, followUp } = turn;
    // One statement: the compare-and-set on the version, the transcript lines, the follow-up, the delivery and the
    // helpdesk reports, atomically and in one round trip. A concurrent turn on the same session waits for the row lock, then finds the version changed and
    // writes nothing; so the last sequence number read here cannot be stale for a turn that is saved.
    const { rows } = await this.run(() =>
      this.db.query<{ saved: number }>(
        `with updated as (
           update sessions set status = $1, snapshot = $2::jsonb, version = $3, updated_at = $4
            where id = $5 and version = $6 returning id),
         last as (select coalesce(max(seq), 0) as seq from transcript where session_id = $5)
         ${INSERT_ENTRIES('updated', '(select seq from last)', 7)},
         scheduled as (
           insert into follow_ups (session_id, due_at) select id, $8::bigint from updated where $9 = 'schedule'
           on conflict (session_id) do update set due_at = excluded.due_at, claimed_by = null, claimed_until = null),
         cancelled as (delete from follow_ups where $9 = 'cancel' and session_id in (select id from updated)),
         delivered as (
           insert into deliveries (key, at) select $10::text, $4::bigint from updated where $10::text is not null
           ${DELIVERY_HANDLED}),
         queued as (
           insert into outbox (key, target, payload, created_at, next_at)
           select o.key, o.target, o.payload, o.created_at, o.created_at
             from updated, jsonb_to_recordset($11::jsonb) as o(key text, target text, payload jsonb, created_at bigint)
           on conflict (key) do nothing),
         misread as (
           insert into misunderstood (at, session_id, channel, state, locale, text)
           select $4::bigint, id, $12::text, m.state, m.locale, m.text
             from updated, jsonb_to_recordset($13::jsonb) as m(state text, locale text, text text)),
         answered as (
           insert into feedback (session_id, created_at, at, channel, path, answer, comment)
           select u.id, s.created_at, f.at, $12::text, s.path, f.answer, f.comment
             from updated u join sessions s on s.id = u.id, jsonb_to_recordset($14::jsonb) as f(answer text, comment text, at bigint)
           on conflict (session_id) do update set at = excluded.at, answer = excluded.answer, comment = coalesce(excluded.comment, feedback.comment))
         select count(*)::int as saved from updated`,
        [
          session.status,
          JSON.stringify(session.snapshot),
          session.version,
          session.updatedAt,
          session.id,
          turn.expectedVersion,
          entriesJson(turn.transcript),
          followUp.kind === 'schedule' ? followUp.dueAt : null,
          followUp.kind,
          turn.deliveryKey ?? null,
          JSON.stringify((turn.outbox ?? []).map((o) => ({ key: o.key, target: o.target, payload: o.payload, created_at: o.createdAt }))),
          session.channel,
          JSON.stringify(turn.misunderstood ? [turn.misunderstood] : []),
          JSON.stringify(turn.feedback ? [turn.feedback] : []),
        ],
      ),
    );
    return rows[0]?.saved === 1;
  }

  async patchMeta(id: string, patch: Record<string, unknown>): Promise<void> {
    await this.run(() => this.db.query('update sessions set meta = meta || $1::jsonb where id = $2', [JSON.stringify(patch), id]));
  }

  private async patchMetaPart({ id, part, change, create }: MetaPartChange): Promise<void> {
    const set = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== null && value !== undefined));
    const removed = Object.entries(change).filter(([, value]) => value === null).map(([key]) => key);
    await this.run(() =>
      this.db.query(
        `update sessions
            set meta = jsonb_set(meta, array[$2::text], ((case when jsonb_typeof(meta -> $2::text) = 'object' then meta -> $2::text else '{}'::jsonb end) || $3::jsonb) - $4::text[])
          where id = $1 and ($5::boolean or jsonb_typeof(meta -> $2::text) = 'object')`,
        [id, part, JSON.stringify(set), removed, create],
      ),
    );
  }

  async patchMetaParts(changes: MetaPartChange[]): Promise<Array<string | null>> {
    // each its own statement: they are independent, and the pool runs them side by side
    return Promise.all(
      changes.map((one) =>
        this.patchMetaPart(one).then(
          () => null,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        ),
      ),
    );
  }

  async transcript(sessionId: string): Promise<TranscriptEntry[]> {
    const { rows } = await this.run(() =>
      this.db.query<TranscriptRow>(
        'select seq, at, role, text, view_key, choice, diagnoses, proactive from transcript where session_id = $1 order by seq',
        [sessionId],
      ),
    );
    return rows.map(transcriptFromRow);
  }

  async claimDueFollowUps(now: number, owner: string, leaseMs: number, limit: number): Promise<DueFollowUp[]> {
    const { rows } = await this.run(() =>
      this.db.query<{ session_id: string; due_at: number }>(
        `with due as (
           select session_id from follow_ups
            where due_at <= $1 and (claimed_until is null or claimed_until < $1)
            order by due_at limit $4
            for update skip locked)
         update follow_ups f set claimed_by = $2, claimed_until = $1::bigint + $3::bigint
           from due where f.session_id = due.session_id
         returning f.session_id, f.due_at`,
        [now, owner, leaseMs, limit],
      ),
    );
    return rows.sort((a, b) => a.due_at - b.due_at).map((r) => ({ sessionId: r.session_id, dueAt: r.due_at }));
  }

  async dropFollowUp(sessionId: string, dueAt: number): Promise<void> {
    await this.run(() => this.db.query('delete from follow_ups where session_id = $1 and due_at = $2', [sessionId, dueAt]));
  }

  async pendingFollowUp(sessionId: string): Promise<number | null> {
    const { rows } = await this.run(() => this.db.query<{ due_at: number }>('select due_at from follow_ups where session_id = $1', [sessionId]));
    return rows[0]?.due_at ?? null;
  }

  async wasDelivered(key: string): Promise<boolean> {
    const { rows } = await this.run(() => this.db.query('select 1 from deliveries where key = $1', [key]));
    return rows.length > 0;
  }

  async claimLiveCheck(sessionId: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    return this.run(() => this.liveChecks.claim(sessionId, owner, now, leaseMs));
  }

  async updateLiveCheck(sessionId: string, owner: string, now: number, leaseMs: number, change: LiveCheckChange = {}): Promise<boolean> {
    return this.run(() => this.liveChecks.update(sessionId, owner, now, leaseMs, change));
  }

  async getLiveCheck(sessionId: string): Promise<LiveCheckRecord | null> {
    return this.run(() => this.liveChecks.get(sessionId));
  }

  async releaseLiveCheck(sessionId: string, owner: string): Promise<void> {
    await this.run(() => this.liveChecks.release(sessionId, owner));
  }

  async rememberContact(channel: string, key: string, record: Record<string, unknown>, now: number): Promise<void> {
    await this.run(() =>
      this.db.query(
        `insert into channel_contacts (channel, key, record, updated_at) values ($1, $2, $3::jsonb, $4)
         on conflict (channel, key) do update set record = excluded.record, updated_at = excluded.updated_at`,
        [channel, key, JSON.stringify(record), now],
      ),
    );
  }

  async findContact(channel: string, key: string): Promise<Record<string, unknown> | null> {
    const { rows } = await this.run(() =>
      this.db.query<{ record: Record<string, unknown> }>('select record from channel_contacts where channel = $1 and key = $2', [channel, key]),
    );
    return rows[0]?.record ?? null;
  }

  async markDelivered(key: string, now: number): Promise<boolean> {
    const result = await this.run(() => this.db.query(`insert into deliveries (key, at) values ($1, $2) ${DELIVERY_HANDLED}`, [key, now]));
    return result.rowCount === 1;
  }

  async claimDelivery(key: string, now: number, leaseMs: number): Promise<boolean> {
    const result = await this.run(() =>
      this.db.query(
        `insert into deliveries (key, at, claimed_until) values ($1, $2, $2::bigint + $3::bigint)
         on conflict (key) do update set at = excluded.at, claimed_until = excluded.claimed_until
         where deliveries.claimed_until is not null and deliveries.claimed_until < $2`,
        [key, now, leaseMs],
      ),
    );
    return result.rowCount === 1;
  }

  async releaseDelivery(key: string): Promise<void> {
    await this.run(() => this.db.query('delete from deliveries where key = $1 and claimed_until is not null', [key]));
  }

  async pruneDeliveries(before: number): Promise<number> {
    const result = await this.run(() => this.db.query('delete from deliveries where at < $1', [before]));
    return result.rowCount ?? 0;
  }

  async pruneSessions(before: number, limit: number): Promise<number> {
    // transcripts and follow-ups go with their session (on delete cascade), the messages not understood with it too
    const result = await this.run(() =>
      this.db.query(
        `with gone as (
           delete from sessions where id in (
             select id from sessions where status in ('active', 'waiting', 'resolved', 'escalated') and updated_at < $1
                and not exists (select 1 from follow_ups f where f.session_id = sessions.id) limit $2)
           returning id),
         words as (delete from misunderstood where session_id in (select id from gone)),
         answers as (delete from feedback where session_id in (select id from gone))
         select count(*)::int as n from gone`,
        [before, limit],
      ),
    );
    return (result.rows[0] as { n: number } | undefined)?.n ?? 0;
  }

  async findSessionsByMeta(channel: string, key: string, value: string, limit: number): Promise<SessionRecord[]> {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`meta key ${key} is not a plain name`);
    const { rows } = await this.run(() =>
      this.db.query<SessionRow>(
        // the key written into the statement (a plain name), so that the index on meta ->> 'slackUser' applies
        `select ${SESSION_COLUMNS} from sessions where channel = $1 and meta ->> '${key}' = $2 order by updated_at desc, inserted desc limit $3`,
        [channel, value, limit],
      ),
    );
    return rows.map(sessionFromRow);
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.db.close();
  }

  async createHandoff(handoff: HandoffRecord): Promise<void> {
    await this.run(() => this.helpdesk.createHandoff(handoff));
  }

  async getHandoff(id: string): Promise<HandoffRecord | null> {
    return this.run(() => this.helpdesk.handoff('id', id));
  }

  async findHandoffByClaimCode(code: string): Promise<HandoffRecord | null> {
    return this.run(() => this.helpdesk.handoff('claim_code', code));
  }

  async findHandoffBySession(sessionId: string): Promise<HandoffRecord | null> {
    return this.run(() => this.helpdesk.handoff('session_id', sessionId));
  }

  async attachHandoffSession(handoffId: string, sessionId: string, expected: string | null, now: number): Promise<boolean> {
    return this.run(() => this.helpdesk.attachSession(handoffId, sessionId, expected, now));
  }

  async enqueueOutbox(item: NewOutboxItem): Promise<boolean> {
    return this.run(() => this.helpdesk.enqueue(item));
  }

  async claimDueOutbox(now: number, leaseMs: number, limit: number): Promise<OutboxItem[]> {
    return this.run(() => this.helpdesk.claimDue(now, leaseMs, limit));
  }

  async completeOutbox(key: string, now: number): Promise<void> {
    await this.run(() => this.helpdesk.complete(key, now));
  }

  async retryOutbox(key: string, nextAt: number, error: string): Promise<void> {
    await this.run(() => this.helpdesk.retry(key, nextAt, error));
  }

  async giveUpOutbox(key: string, now: number, error: string): Promise<void> {
    await this.run(() => this.helpdesk.giveUp(key, now, error));
  }

  async getOutboxItem(key: string): Promise<OutboxItem | null> {
    return this.run(() => this.helpdesk.item(key));
  }

  async findUnansweredFollowUps(cutoff: number, limit: number): Promise<UnansweredFollowUp[]> {
    return this.run(() => this.helpdesk.unansweredFollowUps(cutoff, limit));
  }

  async operationalCounts(now: number): Promise<OperationalCounts> {
    return this.run(() => postgresOperationalCounts(this.db, now));
  }

  async outcomeCounts(from: number, to: number, abandonedBefore: number): Promise<OutcomeCount[]> {
    return this.run(() => postgresOutcomeCounts(this.db, from, to, abandonedBefore));
  }

  async misunderstoodMessages(from: number, to: number): Promise<MisunderstoodMessage[]> {
    return this.run(() => postgresMisunderstood(this.db, from, to));
  }

  async feedbackCounts(from: number, to: number): Promise<FeedbackCount[]> {
    const { rows } = await this.run(() => this.db.query<FeedbackCount>(feedbackCountsSql('$1', '$2'), [from, to]));
    return rows;
  }
}
