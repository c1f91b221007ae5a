/** Versioned schema changes, applied in order at start. Never edit one that has shipped: add the next. */
export const SQLITE_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      create table sessions (
        id text primary key,
        channel text not null,
        conversation_key text not null,
        status text not null,
        snapshot text not null,
        version integer not null,
        meta text not null default '{}',
        created_at integer not null,
        updated_at integer not null
      );
      create index sessions_by_conversation on sessions (channel, conversation_key, created_at);
      create table transcript (
        session_id text not null references sessions (id),
        seq integer not null,
        at integer not null,
        role text not null,
        text text not null,
        view_key text,
        choice text,
        diagnoses text not null default '[]',
        proactive integer not null default 0,
        primary key (session_id, seq)
      );
      create table follow_ups (
        session_id text primary key references sessions (id),
        due_at integer not null,
        claimed_by text,
        claimed_until integer
      );
      create index follow_ups_by_due on follow_ups (due_at);
      create table deliveries (key text primary key, at integer not null);
    `,
  },
  {
    // helpdesk handoff links and the outbox of results sent back to the helpdesk
    version: 2,
    sql: `
      create table handoffs (
        id text primary key,
        ticket_id text not null,
        address text,
        symptom text,
        error_text text,
        channel text not null,
        single_use integer not null,
        expires_at integer not null,
        created_at integer not null,
        claim_code text unique,
        session_id text,
        opened_at integer
      );
      create index handoffs_by_session on handoffs (session_id);
      create table outbox (
        key text primary key,
        target text not null,
        payload text not null,
        created_at integer not null,
        attempts integer not null default 0,
        next_at integer not null,
        claimed_until integer,
        sent_at integer,
        last_error text
      );
      create index outbox_by_due on outbox (sent_at, next_at);
    `,
  },
  {
    // what a channel remembers outside sessions (Teams: people reachable 1:1, conversations' service URLs)
    version: 3,
    sql: `
      create table channel_contacts (
        channel text not null,
        key text not null,
        record text not null,
        updated_at integer not null,
        primary key (channel, key)
      );
    `,
  },
  {
    // a helpdesk delivery that kept failing for days is given up (kept for the record, never tried again)
    version: 4,
    sql: `alter table outbox add column gave_up_at integer;`,
  },
  {
    // Load (issue 13, items 8–9; numbered 9 so that it never collides with the migrations of items 1–7):
    // - the indexes Postgres already has (status, deliveries by age) and one for the App Home's lookup by Slack user;
    // - the entry symptom and path as columns (written with each turn), so that /api/stats reads one narrow index
    //   instead of parsing a million snapshots;
    // - sessions counted by status as they change, so that a /metrics scrape reads four rows, not the table.
    version: 9,
    sql: `
      create index sessions_by_status on sessions (status);
      create index deliveries_by_at on deliveries (at);
      create index sessions_by_slack_user on sessions (channel, json_extract(meta, '$.slackUser'), updated_at);
      alter table sessions add column symptom text;
      alter table sessions add column path text;
      update sessions set symptom = json_extract(snapshot, '$.context.symptom'), path = json_extract(snapshot, '$.context.path');
      create index sessions_by_created on sessions (created_at, status, symptom, path, updated_at);
      create index sessions_by_updated on sessions (status, updated_at);
      create table session_counts (status text primary key, n integer not null);
      insert into session_counts (status, n) select status, count(*) from sessions group by status;
      create trigger session_counts_on_insert after insert on sessions begin
        insert into session_counts (status, n) values (new.status, 1) on conflict (status) do update set n = n + 1;
      end;
      create trigger session_counts_on_status after update of status on sessions when old.status is not new.status begin
        update session_counts set n = n - 1 where status = old.status;
        insert into session_counts (status, n) values (new.status, 1) on conflict (status) do update set n = n + 1;
      end;
      create trigger session_counts_on_delete after delete on sessions begin
        update session_counts set n = n - 1 where status = old.status;
      end;
    `,
  },
  // versions 5-10 are left to the other changes of issue 13 (indexes, retention), so both merge without renumbering
  {
    // several instances: a delivery is claimed for a lease before it is handled (claimed_until is null once it has
    // been handled), and a new session names the one it follows in its conversation ('' for the first), so two
    // instances starting a session for one conversation at once cannot both succeed
    version: 11,
    sql: `
      alter table deliveries add column claimed_until integer;
      alter table sessions add column follows text;
      create unique index sessions_one_successor on sessions (channel, conversation_key, follows);
    `,
  },
  {
    // the messages the assistant did not understand, redacted like the transcript, so the corpus can grow from them
    version: 12,
    sql: `
      create table misunderstood (
        id integer primary key autoincrement,
        at integer not null,
        session_id text not null,
        channel text not null,
        state text not null,
        locale text not null,
        text text not null
      );
      create index misunderstood_at on misunderstood (at);
    `,
  },
  {
    // answers to "did this help?": one per session (the latest), with the channel, the path and when the session was
    // created, so that /api/stats counts them like the outcomes; deleted with their session at retention
    version: 13,
    sql: `
      create table feedback (
        session_id text primary key,
        created_at integer not null,
        at integer not null,
        channel text not null,
        path text,
        answer text not null,
        comment text
      );
      create index feedback_by_created on feedback (created_at);
    `,
  },
  {
    // live checks seen from every instance: the owner's lease (renewed while the check runs), the progress, and the
    // sign-in prompt encrypted by the engine (never in clear)
    version: 14,
    sql: `
      create table live_checks (
        session_id text primary key,
        owner text not null,
        lease_until integer not null,
        progress text,
        sign_in text
      );
    `,
  },
  {
    // the sessions counted per status by the store's own statements, in each write's transaction, instead of row
    // triggers, which cost a new session about 55 µs and every saved turn about 20 µs; counted afresh once here
    version: 15,
    sql: `
      drop trigger if exists session_counts_on_insert;
      drop trigger if exists session_counts_on_status;
      drop trigger if exists session_counts_on_delete;
      delete from session_counts;
      insert into session_counts (status, n) select status, count(*) from sessions group by status;
    `,
  },
  {
    // fewer pages written per new session (each page a WAL frame, i.e. two write calls, then copied again by the
    // checkpoint): sessions_by_status is covered by sessions_by_updated (status, updated_at); a conversation's newest
    // session is found through sessions_one_successor (channel, conversation_key), sorting its few sessions; the
    // Slack-user index holds Slack's sessions only. A new Teams session went from 45 to 35 write calls (issue 16).
    version: 16,
    sql: `
      drop index if exists sessions_by_status;
      drop index if exists sessions_by_conversation;
      drop index if exists sessions_by_slack_user;
      create index sessions_by_slack_user on sessions (json_extract(meta, '$.slackUser'), updated_at) where json_extract(meta, '$.slackUser') is not null;
    `,
  },
];
