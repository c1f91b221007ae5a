import { POSTGRES_MIGRATIONS } from '../../src/store/postgres.migrations.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { freshSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';

const run = (env: Record<string, string>) => runCli(['migrate'], env);

describe('mailbox-doctor migrate', () => {
  it('brings the SQLite file up to date and exits', async () => {
    const { code, out } = await run({});
    expect(code).toBe(0);
    expect(out).toMatch(/^SQLite in .*: the schema is up to date\.$/m);
  });

  it('says what to check when the database cannot be reached', async () => {
    const { code, err } = await run({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' });
    expect(code).toBe(1);
    expect(err).toMatch(/cannot be reached.*Check DATABASE_URL/);
  });
});

if (TEST_DATABASE_URL) {
  const url = TEST_DATABASE_URL;
  const schemas: Array<Awaited<ReturnType<typeof freshSchema>>> = [];
  afterAll(() => Promise.all(schemas.map((s) => s.drop())));

  describe('mailbox-doctor migrate on Postgres', () => {
    it('applies the migrations once, then finds the schema up to date', async () => {
      const schema = await freshSchema(url);
      schemas.push(schema);
      const env = { DATABASE_URL: `${url}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}` };
      expect(await run(env)).toMatchObject({ code: 0, out: `Postgres: applied migrations ${POSTGRES_MIGRATIONS.map((m) => m.version).join(', ')}.\n` });
      expect(await run(env)).toMatchObject({ code: 0, out: 'Postgres: the schema is up to date.\n' });
      expect(await schema.sql('select count(*)::int as n from sessions')).toEqual([{ n: 0 }]);
    });
  });
} else {
  console.warn('Postgres migrate test skipped: set TEST_DATABASE_URL=postgres://… to run it (.ci/run does).');
}
