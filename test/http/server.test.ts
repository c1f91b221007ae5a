import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http/server.js';
import { sendJson } from '../../src/http/respond.js';
import { Router } from '../../src/http/router.js';
import { createLogger } from '../../src/logger.js';
import { PostgresStore } from '../../src/store/postgres.store.js';

// a real Postgres store whose database is not there (nothing listens on port 1)
const store = new PostgresStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test' });
afterAll(() => store.close());

describe('the HTTP error boundary', () => {
  it('answers 503 with a clear message when the store cannot be reached, and keeps serving', async () => {
    const router = new Router()
      .add('GET', '/session', async (_req, res) => sendJson(res, 200, { session: await store.getSession('x') }))
      .add('GET', '/healthz', (_req, res) => sendJson(res, 200, { ok: true }));
    const server = createHttpServer(router, createLogger('silent'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const res = await fetch(`${base}/session`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toEqual({ error: 'store_unavailable', message: expect.stringMatching(/cannot be reached.*try again/) });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
