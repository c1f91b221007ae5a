import { afterAll, describe, expect, it } from 'vitest';
import { freshSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { postJson, startApp } from '../helpers/server.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { StoreUnavailableError } from '../../src/store/operations-records.js';

describe('the service when its Postgres database is down at start', () => {
  it('refuses to start, naming the unreachable store, instead of serving without one', async () => {
    await expect(startApp({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' })).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

if (TEST_DATABASE_URL) {
  const databaseUrl = TEST_DATABASE_URL;
  const url = new URL(databaseUrl);
  const schemas: Array<Awaited<ReturnType<typeof freshSchema>>> = [];
  afterAll(() => Promise.all(schemas.map((s) => s.drop())));

  describe('the service while its Postgres database restarts', () => {
    it('answers 503 with a clear message during the outage, never a 500, and recovers by itself without losing a saved turn', async () => {
      const schema = await freshSchema(databaseUrl);
      schemas.push(schema);
      const proxy = await startTcpProxy(Number(url.port || 5432), url.hostname);
      const viaProxy = new URL(databaseUrl);
      viaProxy.port = String(proxy.port);
      viaProxy.search = `?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
      // steady traffic from one address: the web's per-client limit is not what this test is about
      const server = await startApp({ DATABASE_URL: viaProxy.toString(), WEB_MESSAGES_PER_MINUTE: '1000000' });
      try {
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) ids.push((await postJson(`${server.url}/api/chat/sessions`, {})).body.id as string);
        const acknowledged = new Map<string, number>(ids.map((id) => [id, 0]));
        const refused = new Map<string, number>();
        const statuses: number[] = [];
        const bodies: Array<Record<string, unknown>> = [];
        let phase: 'up' | 'down' | 'back' = 'up';
        const seenIn = { up: new Set<number>(), down: new Set<number>(), back: new Set<number>() };
        let stop = false;
        // steady traffic from five clients, one session each
        const clients = ids.map(async (id) => {
          while (!stop) {
            const at = phase;
            const res = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { text: 'not sure' });
            statuses.push(res.status);
            if (at === phase) seenIn[at].add(res.status); // a request that spans a change of phase counts for neither
            if (res.status === 200) acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
            else {
              bodies.push(res.body);
              refused.set(id, (refused.get(id) ?? 0) + 1);
            }
            await new Promise((r) => setTimeout(r, 10));
          }
        });
        await new Promise((r) => setTimeout(r, 300));
        // every client answered at least once before the cut (a first message may wait for the language tables)
        for (let waited = 0; [...acknowledged.values()].some((n) => n === 0) && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
        phase = 'down';
        await proxy.cut();
        await new Promise((r) => setTimeout(r, 1000));
        await proxy.restore();
        phase = 'back';
        await new Promise((r) => setTimeout(r, 1500));
        stop = true;
        await Promise.all(clients);

        expect(seenIn.up).toEqual(new Set([200]));
        expect(seenIn.down.has(503)).toBe(true);
        expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
        expect(bodies[0]).toEqual({ error: 'store_unavailable', message: expect.stringMatching(/cannot be reached right now.*try again/) });
        expect(seenIn.back.has(200)).toBe(true);
        // every turn acknowledged with a 200 is stored (two lines each after the opening question); a 503 may come from
        // a commit whose answer the outage swallowed, so that turn may be stored too
        for (const id of ids) {
          const current = (await (await fetch(`${server.url}/api/chat/sessions/${id}`)).json()) as { transcript: unknown[] };
          const turns = (current.transcript.length - 1) / 2;
          expect(Number.isInteger(turns)).toBe(true);
          expect(turns).toBeGreaterThanOrEqual(acknowledged.get(id) ?? 0);
          expect(turns).toBeLessThanOrEqual((acknowledged.get(id) ?? 0) + (refused.get(id) ?? 0));
        }
      } finally {
        await server.close();
        await proxy.close();
      }
    });
  });
} else {
  console.warn('Postgres outage test skipped: set TEST_DATABASE_URL=postgres://… to run it (.ci/run does).');
}
