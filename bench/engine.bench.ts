/**
 * Engine benchmarks (issue 7, items 1 and 2), each with its baseline measured in the same run:
 *   1. an engine turn (restore, transition, persist, render) against a bare xstate transition plus a bare store write;
 *   2. turn latency with 1,000 and with 1,000,000 stored sessions, on SQLite and (with TEST_DATABASE_URL) Postgres.
 *
 *   npx tsx bench/engine.bench.ts [--turns 400] [--large 1000000]
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createActor, type Snapshot } from 'xstate';
import { en } from '../src/content/en.js';
import { Engine } from '../src/engine/engine.js';
import { triageMachine } from '../src/machine/triage.machine.js';
import { PostgresStore } from '../src/store/postgres.store.js';
import { SqliteStore } from '../src/store/sqlite.store.js';
import type { Store } from '../src/store/store.js';
import { tempDir } from '../test/helpers/engine.js';

const TEXT = 'hmm, not sure what you mean'; // not understood: the session stays where it is, so every turn is alike

export interface OverheadFigures {
  engineTurnMs: number;
  bareTransitionMs: number;
  bareWriteMs: number;
  /** engine turn ÷ (bare transition + bare write) */
  ratio: number;
}

export interface ScalingFigures {
  store: 'sqlite' | 'postgres';
  smallSessions: number;
  largeSessions: number;
  smallTurnMs: number;
  largeTurnMs: number;
  /** large ÷ small; the target is ≤ 1.2 */
  ratio: number;
  fillSeconds: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function timeEach(n: number, work: (i: number) => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await work(i);
    times.push(performance.now() - t);
  }
  return median(times);
}

const engineOn = (store: Store) => new Engine({ store, content: en, followUpDelayMs: 60_000 });

/** Engine turns on `sessions` sessions, round robin; the median turn in milliseconds. */
async function engineTurns(engine: Engine, turns: number, sessions = 20): Promise<number> {
  const ids: string[] = [];
  for (let i = 0; i < sessions; i++) ids.push((await engine.start('bench', randomUUID())).session.id);
  for (const id of ids) await engine.send(id, { text: TEXT }); // warm up
  return timeEach(turns, async (i) => {
    const outcome = await engine.send(ids[i % ids.length]!, { text: TEXT });
    if (!outcome.ok) throw new Error(`turn failed: ${outcome.error}`);
  });
}

/** 1. engine turn against bare xstate + a bare SQLite write of the same snapshot, on the same file. */
export async function measureTurnOverhead(turns = 400): Promise<OverheadFigures> {
  const dir = tempDir('md-bench-');
  const file = join(dir, 'bench.sqlite');
  const store = new SqliteStore(file);
  try {
    const engine = engineOn(store);
    const engineTurnMs = await engineTurns(engine, turns);

    const start = createActor(triageMachine).start();
    const persisted = start.getPersistedSnapshot();
    start.stop();
    for (let i = 0; i < 50; i++) createActor(triageMachine, { snapshot: persisted as Snapshot<unknown> }).start().send({ type: 'unrecognized' });
    const bareTransitionMs = await timeEach(turns, () => {
      const actor = createActor(triageMachine, { snapshot: persisted as Snapshot<unknown> }).start();
      actor.send({ type: 'unrecognized' });
      actor.getPersistedSnapshot();
      actor.stop();
    });

    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('create table bare (id text primary key, snapshot text not null, version integer not null)');
    db.prepare('insert into bare values (?, ?, 0)').run('s', JSON.stringify(persisted));
    const write = db.prepare('update bare set snapshot = ?, version = version + 1 where id = ?');
    const bareWriteMs = await timeEach(turns, () => write.run(JSON.stringify(persisted), 's'));
    db.close();
    return { engineTurnMs, bareTransitionMs, bareWriteMs, ratio: engineTurnMs / (bareTransitionMs + bareWriteMs) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Small and large stores side by side, measured in alternating rounds (small, large, small, large, …) so that neither
 * side gets the warmer process or the quieter moment; the figure per side is the median of its round medians.
 */
async function alternate(turns: number, small: Engine, large: Engine, rounds = 5): Promise<{ smallTurnMs: number; largeTurnMs: number }> {
  const perRound = Math.max(20, Math.round(turns / rounds));
  const smallIds = await sessionsOn(small);
  const largeIds = await sessionsOn(large);
  const smallRounds: number[] = [];
  const largeRounds: number[] = [];
  for (let r = 0; r < rounds; r++) {
    smallRounds.push(await turnsOn(small, smallIds, perRound));
    largeRounds.push(await turnsOn(large, largeIds, perRound));
  }
  return { smallTurnMs: median(smallRounds), largeTurnMs: median(largeRounds) };
}

async function sessionsOn(engine: Engine, count = 20): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await engine.start('bench', randomUUID())).session.id);
  for (const id of ids) await engine.send(id, { text: TEXT }); // warm-up
  return ids;
}

function turnsOn(engine: Engine, ids: string[], turns: number): Promise<number> {
  return timeEach(turns, async (i) => {
    const outcome = await engine.send(ids[i % ids.length]!, { text: TEXT });
    if (!outcome.ok) throw new Error(`turn failed: ${outcome.error}`);
  });
}

/** 2. SQLite: one file with `small` sessions and one filled to `large` in one transaction of inserts. */
export async function measureSqliteScaling(turns = 400, small = 1000, large = 1_000_000): Promise<ScalingFigures> {
  const dir = tempDir('md-bench-');
  const fill = (file: string, count: number) => {
    new SqliteStore(file).close(); // creates the schema
    const db = new Database(file);
    const t = performance.now();
    const insert = db.prepare(
      "insert into sessions (id, channel, conversation_key, status, snapshot, version, meta, created_at, updated_at) values (?, 'filler', ?, 'resolved', '{}', 1, '{}', ?, ?)",
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) insert.run(`filler-${i}`, `conv-${i}`, i, i);
    })();
    db.close();
    return (performance.now() - t) / 1000;
  };
  const smallFile = join(dir, 'small.sqlite');
  const largeFile = join(dir, 'large.sqlite');
  fill(smallFile, small - 20);
  const fillSeconds = fill(largeFile, large - 20);
  const stores = [new SqliteStore(smallFile), new SqliteStore(largeFile)] as const;
  try {
    await engineTurns(engineOn(stores[0]), turns); // warm-up of the process
    const figures = await alternate(turns, engineOn(stores[0]), engineOn(stores[1]));
    return { store: 'sqlite', smallSessions: small, largeSessions: large, ...figures, ratio: figures.largeTurnMs / figures.smallTurnMs, fillSeconds };
  } finally {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 2. Postgres: two schemas of their own (dropped afterwards), the large one filled with one generate_series insert. */
export async function measurePostgresScaling(url: string, turns = 400, small = 1000, large = 1_000_000): Promise<ScalingFigures> {
  const tag = randomUUID().replace(/-/g, '').slice(0, 10);
  const schemas = [`md_bench_${tag}_s`, `md_bench_${tag}_l`] as const;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const stores: PostgresStore[] = [];
  const fill = async (schema: string, count: number) => {
    const t = performance.now();
    await admin.query(
      `insert into ${schema}.sessions (id, channel, conversation_key, status, snapshot, version, meta, created_at, updated_at)
       select 'filler-' || g, 'filler', 'conv-' || g, 'resolved', '{}'::jsonb, 1, '{}'::jsonb, g, g from generate_series(1::bigint, $1::bigint) g`,
      [count],
    );
    await admin.query(`vacuum analyze ${schema}.sessions`);
    return (performance.now() - t) / 1000;
  };
  try {
    for (const schema of schemas) {
      await admin.query(`create schema ${schema}`);
      const store = new PostgresStore({ connectionString: url, schema });
      stores.push(store);
      await store.ready;
    }
    await fill(schemas[0], small - 20);
    const fillSeconds = await fill(schemas[1], large - 20);
    await engineTurns(engineOn(stores[0]!), turns); // warm-up of the process
    const figures = await alternate(turns, engineOn(stores[0]!), engineOn(stores[1]!));
    return { store: 'postgres', smallSessions: small, largeSessions: large, ...figures, ratio: figures.largeTurnMs / figures.smallTurnMs, fillSeconds };
  } finally {
    for (const store of stores) await store.close();
    for (const schema of schemas) await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

export interface EngineFigures {
  overhead: OverheadFigures;
  scaling: ScalingFigures[];
}

/** Both engine benchmarks; Postgres scaling only with a database URL. */
export async function runEngineFigures(options: { turns?: number; large?: number; databaseUrl?: string | undefined } = {}): Promise<EngineFigures> {
  const turns = options.turns ?? 400;
  const large = options.large ?? 1_000_000;
  const overhead = await measureTurnOverhead(turns);
  const scaling = [await measureSqliteScaling(turns, 1000, large)];
  if (options.databaseUrl) scaling.push(await measurePostgresScaling(options.databaseUrl, turns, 1000, large));
  return { overhead, scaling };
}

/** The engine benchmarks as readable lines. */
export async function runEngineBench(options: { turns?: number; large?: number; databaseUrl?: string | undefined } = {}): Promise<string> {
  const turns = options.turns ?? 400;
  const lines: string[] = [];
  const { overhead, scaling } = await runEngineFigures(options);
  lines.push(
    `Engine turn (SQLite, median of ${turns}): ${overhead.engineTurnMs.toFixed(3)} ms; bare xstate transition ${overhead.bareTransitionMs.toFixed(3)} ms + bare SQLite write ${overhead.bareWriteMs.toFixed(3)} ms`,
    `  overhead ratio (engine ÷ bare): ${overhead.ratio.toFixed(2)}`,
  );
  if (!options.databaseUrl) lines.push('Postgres scaling skipped: set TEST_DATABASE_URL to measure it.');
  for (const s of scaling) {
    lines.push(
      `Turn latency on ${s.store} (median of ${turns}): ${s.smallTurnMs.toFixed(3)} ms with ${s.smallSessions.toLocaleString('en')} sessions, ${s.largeTurnMs.toFixed(3)} ms with ${s.largeSessions.toLocaleString('en')} (filled in ${s.fillSeconds.toFixed(1)} s)`,
      `  ratio (large ÷ small): ${s.ratio.toFixed(2)} (target ≤ 1.2)`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('engine.bench.ts')) {
  process.stdout.write(`${await runEngineBench({ turns: arg('turns', 400), large: arg('large', 1_000_000), databaseUrl: process.env.TEST_DATABASE_URL })}\n`);
}
