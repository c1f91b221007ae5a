import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** A person who has chatted with the bot 1:1, so the bot can message them again (an admin, say). */
export interface TeamsMember {
  userId: string;
  aadObjectId: string | null;
  name: string | null;
  email: string | null;
  /** the 1:1 conversation reference (JSON-compatible) */
  reference: Record<string, unknown>;
}

/**
 * What the Teams channel remembers besides sessions: people reachable 1:1 (found by their email or UPN) and the
 * service URL of each conversation the bot has heard from. Kept in its own SQLite file inside DATA_DIR.
 */
export class TeamsDirectory {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      create table if not exists members (
        user_id text primary key,
        aad_object_id text,
        name text,
        email text,
        reference text not null,
        updated_at integer not null
      );
      create index if not exists members_by_email on members (email);
      create table if not exists conversations (id text primary key, service_url text not null, updated_at integer not null);
    `);
  }

  /** Records (or refreshes) a member's 1:1 conversation; an email already known is kept when none is given. */
  rememberMember(member: TeamsMember, now = Date.now()): void {
    this.db
      .prepare(
        `insert into members (user_id, aad_object_id, name, email, reference, updated_at) values (?, ?, ?, ?, ?, ?)
         on conflict (user_id) do update set aad_object_id = coalesce(excluded.aad_object_id, aad_object_id),
           name = coalesce(excluded.name, name), email = coalesce(excluded.email, email),
           reference = excluded.reference, updated_at = excluded.updated_at`,
      )
      .run(member.userId, member.aadObjectId, member.name, member.email?.toLowerCase() ?? null, JSON.stringify(member.reference), now);
  }

  hasEmail(userId: string): boolean {
    const row = this.db.prepare('select email from members where user_id = ?').get(userId) as { email: string | null } | undefined;
    return Boolean(row?.email);
  }

  setEmail(userId: string, email: string): void {
    this.db.prepare('update members set email = ? where user_id = ?').run(email.toLowerCase(), userId);
  }

  findByEmail(email: string): TeamsMember | null {
    const row = this.db
      .prepare('select user_id, aad_object_id, name, email, reference from members where email = ? order by updated_at desc limit 1')
      .get(email.toLowerCase()) as { user_id: string; aad_object_id: string | null; name: string | null; email: string | null; reference: string } | undefined;
    if (!row) return null;
    return {
      userId: row.user_id,
      aadObjectId: row.aad_object_id,
      name: row.name,
      email: row.email,
      reference: JSON.parse(row.reference) as Record<string, unknown>,
    };
  }

  rememberConversation(id: string, serviceUrl: string, now = Date.now()): void {
    this.db
      .prepare('insert into conversations (id, service_url, updated_at) values (?, ?, ?) on conflict (id) do update set service_url = excluded.service_url, updated_at = excluded.updated_at')
      .run(id, serviceUrl, now);
  }

  serviceUrlFor(id: string): string | null {
    const row = this.db.prepare('select service_url from conversations where id = ?').get(id) as { service_url: string } | undefined;
    return row?.service_url ?? null;
  }

  close(): void {
    this.db.close();
  }
}
