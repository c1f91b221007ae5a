/**
 * Versioned Postgres schema changes, applied in order at start (and by `mailbox-doctor migrate`) under an advisory
 * lock, so instances starting together never race. Never edit one that has shipped: add the next.
 * Times are epoch milliseconds (bigint), snapshots and metadata jsonb.
 */
export const POSTGRES_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      create table sessions (
        id text primary key,
        channel text not null,
        conversation_key text not null,
        status text not null,
        snapshot jsonb not null,
        version integer not null,
        meta jsonb not null default '{}',
        created_at bigint not null,
        updated_at bigint not null,
        inserted bigserial not null
      );
      create index sessions_by_conversation on sessions (channel, conversation_key, created_at desc, inserted desc);
      create index sessions_by_status on sessions (status);
      create index sessions_by_created on sessions (created_at);
      create table transcript (
        session_id text not null references sessions (id) on delete cascade,
        seq integer not null,
        at bigint not null,
        role text not null,
        text text not null,
        view_key text,
        choice text,
        diagnoses jsonb not null default '[]',
        proactive boolean not null default false,
        primary key (session_id, seq)
      );
      create table follow_ups (
        session_id text primary key references sessions (id) on delete cascade,
        due_at bigint not null,
        claimed_by text,
        claimed_until bigint
      );
      create index follow_ups_by_due on follow_ups (due_at);
      create table deliveries (key text primary key, at bigint not null);
      create index deliveries_by_at on deliveries (at);
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
        single_use boolean not null,
        expires_at bigint not null,
        created_at bigint not null,
        claim_code text unique,
        session_id text,
        opened_at bigint
      );
      create index handoffs_by_session on handoffs (session_id);
      create table outbox (
        key text primary key,
        target text not null,
        payload jsonb not null,
        created_at bigint not null,
        attempts integer not null default 0,
        next_at bigint not null,
        claimed_until bigint,
        sent_at bigint,
        last_error text
      );
      create index outbox_unsent_by_due on outbox (next_at) where sent_at is null;
    `,
  },
  {
    version: 3,
    sql: `
      create table channel_contacts (
        channel text not null,
        key text not null,
        record jsonb not null,
        updated_at bigint not null,
        primary key (channel, key)
      );
    `,
  },
  {
    // a helpdesk delivery that kept failing for days is given up (kept for the record, never tried again)
    version: 4,
    sql: `alter table outbox add column gave_up_at bigint;`,
  },
  {
    // Load (issue 13, items 8–9; numbered 9 so that it never collides with the migrations of items 1–7): the entry
    // symptom and path as columns Postgres keeps from the snapshot, in an index /api/stats reads alone, one for the
    // App Home's lookup by Slack user, and one for retention (finished sessions by age)
    version: 9,
    sql: `
      alter table sessions add column symptom text generated always as (snapshot #>> '{context,symptom}') stored;
      alter table sessions add column path text generated always as (snapshot #>> '{context,path}') stored;
      create index sessions_figures on sessions (created_at) include (status, symptom, path, updated_at);
      create index sessions_by_slack_user on sessions (channel, (meta ->> 'slackUser'), updated_at desc);
      create index sessions_by_updated on sessions (status, updated_at);
    `,
  },
  // versions 5-10 are left to the other changes of issue 13 (indexes, retention), so both merge without renumbering
  {
    // several instances: a delivery is claimed for a lease before it is handled (claimed_until is null once it has
    // been handled), and a new session names the one it follows in its conversation ('' for the first), so two
    // instances starting a session for one conversation at once cannot both succeed
    version: 11,
    sql: `
      alter table deliveries add column claimed_until bigint;
      alter table sessions add column follows text;
      create unique index sessions_one_successor on sessions (channel, conversation_key, follows);
    `,
  },
  {
    // the messages the assistant did not understand, redacted like the transcript, so the corpus can grow from them
    version: 12,
    sql: `
      create table misunderstood (
        id bigserial primary key,
        at bigint not null,
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
        created_at bigint not null,
        at bigint not null,
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
        lease_until bigint not null,
        progress jsonb,
        sign_in text
      );
    `,
  },
];
