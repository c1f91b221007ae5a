/**
 * Operators' figures at scale (issue 13, item 8): a store filled with a million sessions (one bulk insert in SQL),
 * then `mailbox-doctor serve` on it in a process of its own: how long GET /api/stats (a year of sessions) and GET
 * /metrics take, and the slowest GET /healthz answered while each runs (polled every 10 ms). Targets: the figures
 * under 1 s, /healthz under 50 ms. SQLite always; Postgres too when TEST_DATABASE_URL is set.
 *
 *   npx tsx bench/stats.bench.ts [--sessions 1000000]
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SqliteStore } from '../src/store/sqlite.store.js';
import { PostgresStore } from '../src/store/postgres.store.js';
import { startChildServer } from '../test/helpers/child-server.js';
import { tempDir } from '../test/helpers/engine.js';

const DAY = 86_400_000;
const KEY = 'bench-operator-key-0123456789abcdef';

export interface StatsFigures {
  store: string;
  sessions: number;
  fillSeconds: number;
  statsMs: number;
  metricsMs: number;
  /** the slowest /healthz answered while /api/stats ran, and while /metrics ran */
  healthzDuringStatsMs: number;
  healthzDuringMetricsMs: number;
  /** /healthz with nothing else running */
  healthzIdleMs: number;
}

/** Columns of one generated session `i` in SQL (both dialects): a status, an entry symptom and path, times over a year. */
const STATUS = `case i % 4 when 0 then 'active' when 1 then 'waiting' when 2 then 'resolved' else 'escalated' end`;
const SYMPTOM = `case i % 5 when 0 then 'sending' when 1 then 'syncing' when 2 then 'error' when 3 then 'disconnected' end`;
const PATH = `case i % 4 when 0 then 'smtp' when 1 then 'imap' when 2 then 'oauth' end`;

async function fillSqlite(file: string, sessions: number, now: number): Promise<void> {
  await new SqliteStore(file).close(); // migrations
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.prepare(
    `with recursive n(i) as (select 0 union all select i + 1 from n where i < ? - 1)
     insert into sessions (id, channel, conversation_key, status, snapshot, version, meta, created_at, updated_at, symptom, path)
     select 'bench-' || i, 'web', 'k-' || i, ${STATUS},
            json_object('status', 'active', 'value', 'askingSymptom', 'context', json_object('symptom', ${SYMPTOM}, 'path', ${PATH}, 'diagnoses', json_array())),
            1, '{}', ? - (i % 360) * ? - i, ? - (i % 360) * ? - i + (i % 3600) * 1000, ${SYMPTOM}, ${PATH}
       from n`,
  ).run(sessions, now, DAY, now, DAY);
  // the store counts the sessions it writes itself; these were written around it
  db.exec('delete from session_counts; insert into session_counts (status, n) select status, count(*) from sessions group by status');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

async function fillPostgres(url: string, schema: string, sessions: number, now: number): Promise<void> {
  const store = new PostgresStore({ connectionString: url, schema, poolSize: 1 });
  await store.ready;
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`set search_path to ${schema}`);
  await client.query(
    `insert into sessions (id, channel, conversation_key, status, snapshot, version, meta, created_at, updated_at)
     select 'bench-' || i, 'web', 'k-' || i, ${STATUS},
            jsonb_build_object('status', 'active', 'value', 'askingSymptom', 'context', jsonb_build_object('symptom', ${SYMPTOM}, 'path', ${PATH}, 'diagnoses', '[]'::jsonb)),
            1, '{}', $2::bigint - (i % 360) * $3::bigint - i, $2::bigint - (i % 360) * $3::bigint - i + (i % 3600) * 1000
       from generate_series(0, $1::int - 1) as i`,
    [sessions, now, DAY],
  );
  await client.query('vacuum analyze sessions');
  await client.end();
}

async function timed(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers });
  await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

/** Runs `work` while polling /healthz every 10 ms: how long the work took and the slowest /healthz meanwhile. */
async function whilePolling(base: string, work: () => Promise<number>): Promise<{ ms: number; healthzMs: number }> {
  let running = true;
  let slowest = 0;
  const poll = (async () => {
    while (running) {
      slowest = Math.max(slowest, await timed(`${base}/healthz`));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const ms = await work();
  running = false;
  await poll;
  return { ms: Math.round(ms), healthzMs: Math.round(slowest * 10) / 10 };
}

async function measure(store: string, sessions: number, fillSeconds: number, env: Record<string, string>, now: number): Promise<StatsFigures> {
  const server = await startChildServer({ ...env, OPERATOR_API_KEY: KEY, RETENTION_DAYS: '3650' }, 300_000);
  try {
    const auth = { authorization: `Bearer ${KEY}` };
    const statsUrl = `${server.url}/api/stats?from=${now - 365 * DAY}&to=${now + 1}`;
    // one of each first: the first read warms the page cache and starts the reading thread
    await timed(statsUrl, auth);
    await timed(`${server.url}/metrics`);
    let idle = 0;
    for (let i = 0; i < 20; i++) idle = Math.max(idle, await timed(`${server.url}/healthz`));
    const stats = await whilePolling(server.url, () => timed(statsUrl, auth));
    const metrics = await whilePolling(server.url, () => timed(`${server.url}/metrics`));
    return {
      store,
      sessions,
      fillSeconds,
      statsMs: stats.ms,
      metricsMs: metrics.ms,
      healthzDuringStatsMs: stats.healthzMs,
      healthzDuringMetricsMs: metrics.healthzMs,
      healthzIdleMs: Math.round(idle * 10) / 10,
    };
  } finally {
    await server.stop();
  }
}

export async function runStatsBench(options: { sessions?: number; databaseUrl?: string } = {}): Promise<StatsFigures[]> {
  const sessions = options.sessions ?? 1_000_000;
  const now = Date.now();
  const figures: StatsFigures[] = [];

  const dir = tempDir();
  let started = performance.now();
  await fillSqlite(join(dir, 'mailbox-doctor.sqlite'), sessions, now);
  figures.push(await measure('sqlite', sessions, Math.round((performance.now() - started) / 100) / 10, { DATA_DIR: dir }, now));

  if (options.databaseUrl) {
    const schema = `md_bench_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: options.databaseUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    try {
      started = performance.now();
      await fillPostgres(options.databaseUrl, schema, sessions, now);
      const url = new URL(options.databaseUrl);
      url.search = `?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      figures.push(await measure('postgres', sessions, Math.round((performance.now() - started) / 100) / 10, { DATABASE_URL: url.toString() }, now));
    } finally {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--sessions');
  const sessions = at > 0 ? Number(process.argv[at + 1]) : undefined;
  process.stdout.write(`${JSON.stringify(await runStatsBench({ sessions, databaseUrl: process.env.TEST_DATABASE_URL }), null, 2)}\n`);
}
