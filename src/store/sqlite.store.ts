import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SessionConflictError, type DueFollowUp, type LiveCheckChange, type LiveCheckRecord, type MetaPartChange, type NewTranscriptEntry, type SessionRecord, type Store, type TranscriptEntry, type TurnWrite } from './store.js';
import { SQLITE_MIGRATIONS } from './sqlite.migrations.js';
import { metaFromRow, outcomeColumns, sessionFromRow, transcriptFromRow, type SessionRow, type TranscriptRow } from './rows.js';
import type { HandoffRecord, NewOutboxItem, OutboxItem, UnansweredFollowUp } from './helpdesk-records.js';
import { SqliteHelpdeskTables } from './sqlite.helpdesk.js';
import { WalCheckpointer, type CheckpointerOptions } from './wal-checkpointer.js';
import { feedbackCountsSql, type FeedbackCount, type MisunderstoodMessage, type OperationalCounts, type OutcomeCount } from './operations-records.js';
import { outcomeCountsQuery, sqliteMisunderstood, sqliteOperationalCounts, sqliteOutcomeCounts } from './sqlite.operations.js';
import { SqliteReader } from './sqlite.reader.js';
import { SqliteLiveChecks } from './sqlite.live-checks.js';
import { SqliteWriter, type WriterOptions } from './sqlite.writer.js';

export interface SqliteStoreOptions extends CheckpointerOptions {
  /** when the writing thread starts (`false`: never); its failures go to `onError` too */
  writer?: Omit<WriterOptions, 'onError'> | false;
  /** the writing thread's own store: writes on its connection, and starts no thread of its own */
  role?: 'writer';
}

/** The store's methods that write: made on the writing thread once it runs (see sqlite.writer.ts). */
const WRITES = [
  'createSession',
  'saveTurn',
  'patchMeta',
  'patchMetaParts',
  'claimDueFollowUps',
  'dropFollowUp',
  'claimDelivery',
  'releaseDelivery',
  'markDelivered',
  'pruneDeliveries',
  'pruneSessions',
  'claimLiveCheck',
  'updateLiveCheck',
  'releaseLiveCheck',
  'rememberContact',
  'createHandoff',
  'attachHandoffSession',
  'enqueueOutbox',
  'claimDueOutbox',
  'completeOutbox',
  'retryOutbox',
  'giveUpOutbox',
] as const satisfies ReadonlyArray<keyof Store>;

/** `part` with `change` made: a key given null removed, one given undefined left as it is (as through JSON). */
function mergePart(part: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...part };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Sessions past retention (the status list lets the (status, updated_at) index serve the search). */
export const PRUNABLE_SESSIONS = `select id from sessions
  where status in ('active', 'waiting', 'resolved', 'escalated') and updated_at < ?
    and not exists (select 1 from follow_ups f where f.session_id = sessions.id) limit ?`;

/** The embedded store: one SQLite file in DATA_DIR, write-ahead logged, every turn one transaction. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly helpdesk: SqliteHelpdeskTables;
  private readonly liveChecks: SqliteLiveChecks;
  /** checkpoints from a worker thread once the store is busy (not for an in-memory database) */
  private readonly checkpointer: WalCheckpointer | null;
  /** the operators' long reads, off the event loop (not for an in-memory database, which only this connection sees) */
  private readonly reader: SqliteReader | null;
  /** makes the writes on a thread of its own once the store is busy (not for an in-memory database) */
  private readonly writer: SqliteWriter | null;

  constructor(file: string, options: SqliteStoreOptions = {}) {
    const { writer, role, ...checkpoints } = options;
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.cacheStatements();
    this.migrate();
    // the writing thread commits; the checkpointing thread, started by the store it writes for, copies the WAL back,
    // so that a commit never waits for a checkpoint (an 8,000-page WAL, 32 MB, if that thread is not there)
    if (role === 'writer') this.db.pragma('wal_autocheckpoint = 8000');
    this.helpdesk = new SqliteHelpdeskTables(this.db);
    this.liveChecks = new SqliteLiveChecks(this.db);
    const shared = file !== ':memory:' && role !== 'writer';
    this.reader = shared ? new SqliteReader(file) : null;
    this.checkpointer = shared ? new WalCheckpointer(file, (pages) => this.db.pragma(`wal_autocheckpoint = ${pages}`), checkpoints) : null;
    this.writer = shared && writer !== false ? new SqliteWriter(file, { ...writer, ...(checkpoints.onError ? { onError: checkpoints.onError } : {}) }) : null;
    if (this.writer) this.routeWrites(this.writer);
  }

  /** Whether the writing thread runs (it takes the writes while the event loop is busy). */
  get writesOffThread(): boolean {
    return this.writer?.running ?? false;
  }

  /** Each write method goes to the writing thread while it runs, and is made here otherwise. */
  private routeWrites(writer: SqliteWriter): void {
    const methods = this as unknown as Record<(typeof WRITES)[number], (...args: unknown[]) => Promise<unknown>>;
    for (const name of WRITES) {
      const here = methods[name].bind(this);
      methods[name] = (...args: unknown[]) => {
        if (writer.takes()) {
          this.checkpointer?.committed(); // the thread checkpoints only as a backstop: see its store's constructor
          return writer.call(name, args);
        }
        writer.wroteLocally();
        return here(...args);
      };
    }
  }

  /** Whether WAL checkpoints currently run on their own thread. */
  get checkpointsOffThread(): boolean {
    return this.checkpointer?.running ?? false;
  }

  /** Each SQL text is compiled once and reused: preparing on every call was a measurable share of a turn. */
  private cacheStatements(): void {
    const prepare = this.db.prepare.bind(this.db);
    const cache = new Map<string, Database.Statement>();
    this.db.prepare = ((sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    }) as typeof this.db.prepare;
  }

  private migrate(): void {
    this.db.exec('create table if not exists schema_migrations (version integer primary key, applied_at integer not null)');
    const applied = new Set(
      this.db.prepare('select version from schema_migrations').all().map((r) => (r as { version: number }).version),
    );
    for (const migration of SQLITE_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db.prepare('insert into schema_migrations (version, applied_at) values (?, ?)').run(migration.version, Date.now());
      })();
    }
  }

  /**
   * Keeps `session_counts` (what /metrics reads) in step with the sessions written in the same transaction. Done here
   * rather than by triggers: on this machine a row trigger cost about 55 µs a new session and 20 µs a saved turn (even
   * one that keeps its status), against 1 µs for the statement.
   */
  private countStatus(status: string, by: number): this {
    this.db.prepare('insert into session_counts (status, n) values (?, ?) on conflict (status) do update set n = n + excluded.n').run(status, by);
    return this;
  }

  /** `after`: the last seq already stored, when known (0 for a new session); read from the table otherwise */
  private insertTranscript(sessionId: string, entries: NewTranscriptEntry[], after?: number): void {
    if (entries.length === 0) return;
    const next =
      after !== undefined
        ? { seq: after }
        : (this.db.prepare('select coalesce(max(seq), 0) as seq from transcript where session_id = ?').get(sessionId) as { seq: number });
    const insert = this.db.prepare(
      'insert into transcript (session_id, seq, at, role, text, view_key, choice, diagnoses, proactive) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    entries.forEach((e, i) =>
      insert.run(sessionId, next.seq + i + 1, e.at, e.role, e.text, e.viewKey, e.choice, JSON.stringify(e.diagnoses), e.proactive ? 1 : 0),
    );
  }

  async createSession(session: SessionRecord, transcript: NewTranscriptEntry[], deliveryKey?: string, follows?: string): Promise<void> {
    try {
      this.insertSession(session, transcript, deliveryKey, follows);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /conversation_key/.test(String(error))) throw new SessionConflictError(session.channel);
      throw error;
    }
    this.checkpointer?.committed();
  }

  private insertSession(session: SessionRecord, transcript: NewTranscriptEntry[], deliveryKey?: string, follows?: string): void {
    this.db.transaction(() => {
      if (deliveryKey) this.recordDelivery(deliveryKey, session.updatedAt);
      this.db
        .prepare(
          'insert into sessions (id, channel, conversation_key, status, snapshot, version, meta, created_at, updated_at, follows, symptom, path) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          session.id,
          session.channel,
          session.conversationKey,
          session.status,
          JSON.stringify(session.snapshot),
          session.version,
          JSON.stringify(session.meta),
          session.createdAt,
          session.updatedAt,
          follows ?? null,
          ...Object.values(outcomeColumns(session.snapshot)),
        );
      this.countStatus(session.status, 1);
      // a new session has no transcript yet
      this.insertTranscript(session.id, transcript, 0);
    })();
  }

  async sessionMeta(id: string): Promise<Record<string, unknown> | null> {
    const row = this.db.prepare('select meta from sessions where id = ?').get(id) as Pick<SessionRow, 'meta'> | undefined;
    return row ? metaFromRow(row) : null;
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const row = this.db.prepare('select * from sessions where id = ?').get(id) as SessionRow | undefined;
    return row ? sessionFromRow(row) : null;
  }

  async findLatestSession(channel: string, conversationKey: string): Promise<SessionRecord | null> {
    const row = this.db
      .prepare('select * from sessions where channel = ? and conversation_key = ? order by created_at desc, rowid desc limit 1')
      .get(channel, conversationKey) as SessionRow | undefined;
    return row ? sessionFromRow(row) : null;
  }

  async saveTurn(turn: TurnWrite): Promise<boolean> {
    const { session } = turn;
    const saved = this.db.transaction(() => {
      const was = this.db.prepare('select status from sessions where id = ? and version = ?').get(session.id, turn.expectedVersion) as { status: string } | undefined;
      if (!was) return false;
      const result = this.db
        .prepare('update sessions set status = ?, snapshot = ?, version = ?, updated_at = ?, symptom = ?, path = ? where id = ? and version = ?')
        .run(
          session.status,
          JSON.stringify(session.snapshot),
          session.version,
          session.updatedAt,
          ...Object.values(outcomeColumns(session.snapshot)),
          session.id,
          turn.expectedVersion,
        );
      if (result.changes === 0) return false;
      if (was.status !== session.status) this.countStatus(was.status, -1).countStatus(session.status, 1);
      if (turn.deliveryKey) this.recordDelivery(turn.deliveryKey, session.updatedAt);
      for (const item of turn.outbox ?? []) this.helpdesk.enqueue(item);
      this.insertTranscript(session.id, turn.transcript);
      if (turn.misunderstood) {
        const { state, locale, text } = turn.misunderstood;
        this.db
          .prepare('insert into misunderstood (at, session_id, channel, state, locale, text) values (?, ?, ?, ?, ?, ?)')
          .run(session.updatedAt, session.id, session.channel, state, locale, text);
      }
      if (turn.feedback) {
        const { answer, comment, at } = turn.feedback;
        this.db
          .prepare(
            `insert into feedback (session_id, created_at, at, channel, path, answer, comment) values (?, ?, ?, ?, ?, ?, ?)
             on conflict (session_id) do update set at = excluded.at, answer = excluded.answer, comment = coalesce(excluded.comment, feedback.comment)`,
          )
          .run(session.id, session.createdAt, at, session.channel, outcomeColumns(session.snapshot).path, answer, comment);
      }
      if (turn.followUp.kind === 'schedule') {
        this.db
          .prepare('insert into follow_ups (session_id, due_at) values (?, ?) on conflict (session_id) do update set due_at = excluded.due_at, claimed_by = null, claimed_until = null')
          .run(session.id, turn.followUp.dueAt);
      } else if (turn.followUp.kind === 'cancel') {
        this.db.prepare('delete from follow_ups where session_id = ?').run(session.id);
      }
      return true;
    })();
    this.checkpointer?.committed();
    return saved;
  }

  async patchMeta(id: string, patch: Record<string, unknown>): Promise<void> {
    this.db.transaction(() => {
      const row = this.db.prepare('select meta from sessions where id = ?').get(id) as { meta: string } | undefined;
      if (!row) return;
      // a key given as undefined is left as it is, as in Postgres (and as it arrives through JSON from the writing thread)
      const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const meta = { ...(JSON.parse(row.meta) as Record<string, unknown>), ...given };
      this.db.prepare('update sessions set meta = ? where id = ?').run(JSON.stringify(meta), id);
    })();
  }

  async patchMetaParts(changes: MetaPartChange[]): Promise<Array<string | null>> {
    // one commit for them all: a change is a read and an update of a page or two, the commit most of its cost
    return this.db.transaction(() =>
      changes.map((one) => {
        try {
          this.mergeMetaPart(one);
          return null;
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      }),
    )();
  }

  private mergeMetaPart({ id, part, change, create }: MetaPartChange): void {
    const row = this.db.prepare('select meta from sessions where id = ?').get(id) as { meta: string } | undefined;
    if (!row) return;
    const meta = JSON.parse(row.meta) as Record<string, unknown>;
    const object = meta[part];
    const present = typeof object === 'object' && object !== null && !Array.isArray(object);
    if (!present && !create) return;
    meta[part] = mergePart(present ? (object as Record<string, unknown>) : {}, change);
    this.db.prepare('update sessions set meta = ? where id = ?').run(JSON.stringify(meta), id);
  }

  async transcript(sessionId: string): Promise<TranscriptEntry[]> {
    const rows = this.db
      .prepare('select seq, at, role, text, view_key, choice, diagnoses, proactive from transcript where session_id = ? order by seq')
      .all(sessionId) as TranscriptRow[];
    return rows.map(transcriptFromRow);
  }

  async claimDueFollowUps(now: number, owner: string, leaseMs: number, limit: number): Promise<DueFollowUp[]> {
    return this.db.transaction(() => {
      const rows = this.db
        .prepare(
          'select session_id, due_at from follow_ups where due_at <= ? and (claimed_until is null or claimed_until < ?) order by due_at limit ?',
        )
        .all(now, now, limit) as Array<{ session_id: string; due_at: number }>;
      const claim = this.db.prepare('update follow_ups set claimed_by = ?, claimed_until = ? where session_id = ?');
      for (const row of rows) claim.run(owner, now + leaseMs, row.session_id);
      return rows.map((r) => ({ sessionId: r.session_id, dueAt: r.due_at }));
    })();
  }

  async dropFollowUp(sessionId: string, dueAt: number): Promise<void> {
    this.db.prepare('delete from follow_ups where session_id = ? and due_at = ?').run(sessionId, dueAt);
  }

  async pendingFollowUp(sessionId: string): Promise<number | null> {
    const row = this.db.prepare('select due_at from follow_ups where session_id = ?').get(sessionId) as { due_at: number } | undefined;
    return row?.due_at ?? null;
  }

  async markDelivered(key: string, now: number): Promise<boolean> {
    return this.recordDelivery(key, now);
  }

  /** handled: inserted, or its claim ended; false when it was recorded as handled before */
  private recordDelivery(key: string, now: number): boolean {
    return (
      this.db
        .prepare('insert into deliveries (key, at) values (?, ?) on conflict (key) do update set claimed_until = null where deliveries.claimed_until is not null')
        .run(key, now).changes === 1
    );
  }

  async claimDelivery(key: string, now: number, leaseMs: number): Promise<boolean> {
    const claimed = this.db
      .prepare(
        `insert into deliveries (key, at, claimed_until) values (?, ?, ?)
         on conflict (key) do update set at = excluded.at, claimed_until = excluded.claimed_until
         where deliveries.claimed_until is not null and deliveries.claimed_until < ?`,
      )
      .run(key, now, now + leaseMs, now);
    return claimed.changes === 1;
  }

  async releaseDelivery(key: string): Promise<void> {
    this.db.prepare('delete from deliveries where key = ? and claimed_until is not null').run(key);
  }

  async wasDelivered(key: string): Promise<boolean> {
    return this.db.prepare('select 1 from deliveries where key = ?').get(key) !== undefined;
  }

  async pruneDeliveries(before: number): Promise<number> {
    return this.db.prepare('delete from deliveries where at < ?').run(before).changes;
  }

  async pruneSessions(before: number, limit: number): Promise<number> {
    return this.db.transaction(() => {
      const ids = (this.db.prepare(PRUNABLE_SESSIONS).all(before, limit) as Array<{ id: string }>).map((r) => r.id);
      const list = JSON.stringify(ids);
      this.db.prepare('delete from transcript where session_id in (select value from json_each(?))').run(list);
      this.db.prepare('delete from misunderstood where session_id in (select value from json_each(?))').run(list);
      this.db.prepare('delete from feedback where session_id in (select value from json_each(?))').run(list);
      const gone = this.db.prepare('select status, count(*) as n from sessions where id in (select value from json_each(?)) group by status').all(list) as Array<{ status: string; n: number }>;
      for (const { status, n } of gone) this.countStatus(status, -n);
      return this.db.prepare('delete from sessions where id in (select value from json_each(?))').run(list).changes;
    })();
  }

  async findSessionsByMeta(channel: string, key: string, value: string, limit: number): Promise<SessionRecord[]> {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`meta key ${key} is not a plain name`);
    const rows = this.db
      .prepare(`select * from sessions where channel = ? and json_extract(meta, '$.${key}') = ? order by updated_at desc, rowid desc limit ?`)
      .all(channel, value, limit) as SessionRow[];
    return rows.map(sessionFromRow);
  }

  async close(): Promise<void> {
    await this.writer?.close();
    await this.reader?.close();
    await this.checkpointer?.close();
    this.db.close();
  }

  async claimLiveCheck(sessionId: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    return this.liveChecks.claim(sessionId, owner, now, leaseMs);
  }

  async updateLiveCheck(sessionId: string, owner: string, now: number, leaseMs: number, change: LiveCheckChange = {}): Promise<boolean> {
    return this.liveChecks.update(sessionId, owner, now, leaseMs, change);
  }

  async getLiveCheck(sessionId: string): Promise<LiveCheckRecord | null> {
    return this.liveChecks.get(sessionId);
  }

  async releaseLiveCheck(sessionId: string, owner: string): Promise<void> {
    this.liveChecks.release(sessionId, owner);
  }

  async rememberContact(channel: string, key: string, record: Record<string, unknown>, now: number): Promise<void> {
    this.db
      .prepare(
        `insert into channel_contacts (channel, key, record, updated_at) values (?, ?, ?, ?)
         on conflict (channel, key) do update set record = excluded.record, updated_at = excluded.updated_at`,
      )
      .run(channel, key, JSON.stringify(record), now);
  }

  async findContact(channel: string, key: string): Promise<Record<string, unknown> | null> {
    const row = this.db.prepare('select record from channel_contacts where channel = ? and key = ?').get(channel, key) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as Record<string, unknown>) : null;
  }

  async createHandoff(handoff: HandoffRecord): Promise<void> {
    this.helpdesk.createHandoff(handoff);
  }

  async getHandoff(id: string): Promise<HandoffRecord | null> {
    return this.helpdesk.handoff('id', id);
  }

  async findHandoffByClaimCode(code: string): Promise<HandoffRecord | null> {
    return this.helpdesk.handoff('claim_code', code);
  }

  async findHandoffBySession(sessionId: string): Promise<HandoffRecord | null> {
    return this.helpdesk.handoff('session_id', sessionId);
  }

  async attachHandoffSession(handoffId: string, sessionId: string, expected: string | null, now: number): Promise<boolean> {
    return this.helpdesk.attachSession(handoffId, sessionId, expected, now);
  }

  async enqueueOutbox(item: NewOutboxItem): Promise<boolean> {
    return this.helpdesk.enqueue(item);
  }

  async claimDueOutbox(now: number, leaseMs: number, limit: number): Promise<OutboxItem[]> {
    return this.helpdesk.claimDue(now, leaseMs, limit);
  }

  async completeOutbox(key: string, now: number): Promise<void> {
    this.helpdesk.complete(key, now);
  }

  async retryOutbox(key: string, nextAt: number, error: string): Promise<void> {
    this.helpdesk.retry(key, nextAt, error);
  }

  async giveUpOutbox(key: string, now: number, error: string): Promise<void> {
    this.helpdesk.giveUp(key, now, error);
  }

  async getOutboxItem(key: string): Promise<OutboxItem | null> {
    return this.helpdesk.item(key);
  }

  async findUnansweredFollowUps(cutoff: number, limit: number): Promise<UnansweredFollowUp[]> {
    return this.helpdesk.unansweredFollowUps(cutoff, limit);
  }

  async operationalCounts(now: number): Promise<OperationalCounts> {
    return sqliteOperationalCounts(this.db, now);
  }

  async outcomeCounts(from: number, to: number, abandonedBefore: number): Promise<OutcomeCount[]> {
    return this.reader ? this.reader.all<OutcomeCount>(...outcomeCountsQuery(from, to, abandonedBefore)) : sqliteOutcomeCounts(this.db, from, to, abandonedBefore);
  }

  async misunderstoodMessages(from: number, to: number): Promise<MisunderstoodMessage[]> {
    return sqliteMisunderstood(this.db, from, to);
  }

  async feedbackCounts(from: number, to: number): Promise<FeedbackCount[]> {
    return this.db.prepare(feedbackCountsSql('?', '?')).all(from, to) as FeedbackCount[];
  }
}
