import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { API_KEY, startApp } from '../helpers/app.js';

const running: App[] = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});

async function server(env: Record<string, string> = {}) {
  const started = await startApp({ PUBLIC_URL: 'https://doctor.example.com', ...env });
  running.push(started.app);
  return started.base;
}

function post(base: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${API_KEY}` }) {
  return fetch(`${base}/api/handoffs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/handoffs', () => {
  it('makes a link and says when it expires', async () => {
    const base = await server();
    const res = await post(base, { ticket: '4711', symptom: 'sending', address: 'ana@example.com', expires: '2d', singleUse: true });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { url: string; expiresAt: string };
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'url']);
    expect(body.url).toMatch(/^https:\/\/doctor\.example\.com\/h\/k1\.[A-Za-z0-9_-]{22}\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(body.url).not.toMatch(/4711|ana/);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(2 * 86400_000 - 60_000);
  });

  it('answers 401 without the API key, and with a wrong one', async () => {
    const base = await server();
    const none = await post(base, { ticket: '1' }, {});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await none.json()) as { message: string }).message).toMatch(/Authorization: Bearer/);
    const wrong = await post(base, { ticket: '1' }, { authorization: 'Bearer not-the-key' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { message: string }).message).toMatch(/not valid/);
  });

  it('answers 400 naming the field that is wrong', async () => {
    const base = await server();
    const cases: Array<[unknown, RegExp]> = [
      [{}, /ticket is required/],
      [{ ticket: '1', symptom: 'smoke' }, /symptom must be one of sending, syncing/],
      [{ ticket: '1', address: 'not-an-address' }, /address: not an email address/],
      [{ ticket: '1', expires: 'forever' }, /expires: write a duration/],
      [{ ticket: '1', colour: 'red' }, /unknown field "colour"/],
      [{ ticket: 'has spaces' }, /ticket: a ticket id is/],
      [[1, 2], /must be a JSON object/],
    ];
    for (const [body, message] of cases) {
      const res = await post(base, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    const malformed = await post(base, '{"ticket": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toBe('malformed_json');
  });

  it('answers 503 with what to set when handoffs are not configured', async () => {
    const base = await server({ HANDOFF_API_KEY: '', HANDOFF_SECRET: '' });
    const res = await post(base, { ticket: '1' });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { message: string }).message).toMatch(/HANDOFF_API_KEY and HANDOFF_SECRET/);
  });
});
