import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres.store.js';

/** The test database given by TEST_DATABASE_URL (.ci/run sets it), or undefined when Postgres tests are not run here. */
export const TEST_DATABASE_URL: string | undefined = process.env.TEST_DATABASE_URL || undefined;

/**
 * A schema of its own for one test file run, created fresh and dropped at the end, so runs in parallel never see
 * each other's rows. `open()` gives a store on it (every store opened this way is closed by `drop()`).
 */
export async function freshSchema(url: string) {
  const schema = `md_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const stores: PostgresStore[] = [];
  return {
    schema,
    async open(poolSize = 5): Promise<PostgresStore> {
      const store = new PostgresStore({ connectionString: url, schema, poolSize });
      stores.push(store);
      await store.ready;
      return store;
    },
    /** a raw query in this schema, for checks the store interface does not offer */
    async sql<R extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<R[]> {
      await admin.query(`set search_path to ${schema}`);
      return (await admin.query<R>(text, params)).rows;
    },
    async drop(): Promise<void> {
      await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
