import { createRequire } from 'node:module';
import type pg from 'pg';
import { StoreUnavailableError } from './operations-records.js';
import { POSTGRES_MIGRATIONS } from './postgres.migrations.js';

export interface PostgresOptions {
  connectionString: string;
  /** a schema to work in instead of the connection's default (tests use a fresh one per run) */
  schema?: string;
  /** connections per instance */
  poolSize?: number;
}

// pg is loaded with the first pool: a server on the default SQLite store never loads it (docs/performance.md §6)
const loadPg = (): typeof pg => createRequire(import.meta.url)('pg') as typeof pg;

const INT8 = 20;
// epoch milliseconds fit a JavaScript number exactly; everything else keeps pg's own parsing
const typesOf = (driver: typeof pg) => ({
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? (value: string) => Number(value) : driver.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
});

// connection failures and server shutdowns: the database is away, not our bug
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(error.message);
}

/** A connection pool that names an unreachable database as StoreUnavailableError. Every write is one statement. */
export class PostgresDatabase {
  readonly pool: pg.Pool;

  constructor(options: PostgresOptions) {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error(`bad schema name ${options.schema}`);
    const driver = loadPg();
    this.pool = new driver.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      types: typesOf(driver),
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // an idle connection dropped by a restarting server must not bring the process down; the next query reconnects
    this.pool.on('error', () => undefined);
  }

  async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(sql, params);
    } catch (error) {
      throw isUnavailable(error) ? new StoreUnavailableError(error) : error;
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

const MIGRATION_LOCK = "hashtext('mailbox-doctor:migrations:' || coalesce(current_schema(), ''))";

/** Applies the migrations not applied yet, holding an advisory lock so that concurrent starts take turns. */
export async function runPostgresMigrations(db: PostgresDatabase): Promise<number[]> {
  const client = await db.pool.connect().catch((error: unknown) => {
    throw isUnavailable(error) ? new StoreUnavailableError(error) : error;
  });
  const onError = () => undefined; // reported by the statement in progress
  client.on('error', onError);
  try {
    await client.query(`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await client.query('create table if not exists schema_migrations (version integer primary key, applied_at bigint not null)');
      const applied = new Set((await client.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version));
      const done: number[] = [];
      for (const migration of POSTGRES_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query('begin');
        try {
          await client.query(migration.sql);
          await client.query('insert into schema_migrations (version, applied_at) values ($1, $2)', [migration.version, Date.now()]);
          await client.query('commit');
        } catch (error) {
          await client.query('rollback').catch(() => undefined);
          throw error;
        }
        done.push(migration.version);
      }
      return done;
    } finally {
      await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    }
  } finally {
    client.off('error', onError);
    client.release();
  }
}
