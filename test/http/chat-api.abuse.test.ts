import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/server.js';

let server: RunningApp;
beforeAll(async () => {
  server = await startApp({ WEB_SESSIONS_PER_HOUR: '3', WEB_MESSAGES_PER_MINUTE: '50', TRUSTED_PROXY_HEADER: 'X-Forwarded-For' });
});
afterAll(() => server.close());

const from = (address: string) => ({ 'x-forwarded-for': address });

describe('the chat API under abuse', () => {
  it('limits new sessions per client address: 429 with Retry-After, other clients unaffected, a forged first hop ignored', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postJson(`${server.url}/api/chat/sessions`, {}, from(`203.0.113.${i}, 198.51.100.7`))).status);
    const refused = await fetch(`${server.url}/api/chat/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('198.51.100.7') },
      body: '{}',
    });
    expect(statuses).toEqual([201, 201, 201]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'rate_limited', retryAfterSeconds: Number(refused.headers.get('retry-after')) });
    expect((await postJson(`${server.url}/api/chat/sessions`, {}, from('198.51.100.8'))).status).toBe(201);
  });

  it('counts an IPv6 client by its /64: a new address in the same network is the same client', async () => {
    for (let i = 1; i <= 3; i++) expect((await postJson(`${server.url}/api/chat/sessions`, {}, from(`2001:db8:1:2::${i}`))).status).toBe(201);
    expect((await postJson(`${server.url}/api/chat/sessions`, {}, from('2001:db8:1:2:ffff::9'))).status).toBe(429);
  });

  it('neither reads nor drives a Slack or Teams session, whatever its id', async () => {
    const slack = await server.app.engine.start('slack', 'T1:D1:1700000000.000100');
    const id = slack.session.id;
    expect((await fetch(`${server.url}/api/chat/sessions/${id}`)).status).toBe(404);
    const driven = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { choice: 'sending-fails' }, from('198.51.100.20'));
    expect(driven.status).toBe(404);
    expect((await server.app.store.getSession(id))?.version).toBe(slack.session.version);
  });

  it('refuses text with a NUL character or a broken character, naming it, and keeps the session as it was', async () => {
    const created = await postJson(`${server.url}/api/chat/sessions`, {}, from('198.51.100.30'));
    const id = created.body.id as string;
    const before = (await getJson(`${server.url}/api/chat/sessions/${id}`)).transcript;
    const nul = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, '{"text":"smtp fails\\u0000 here"}', from('198.51.100.30'));
    expect(nul).toMatchObject({ status: 400, body: { error: 'invalid_text' } });
    expect(nul.body.message).toMatch(/NUL character/);
    const surrogate = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, '{"text":"emails fail \\ud800 now"}', from('198.51.100.30'));
    expect(surrogate).toMatchObject({ status: 400, body: { error: 'invalid_text' } });
    expect(surrogate.body.message).toMatch(/unpaired UTF-16 surrogate/);
    expect((await getJson(`${server.url}/api/chat/sessions/${id}`)).transcript).toEqual(before);
  });

  it('reads a body as JSON only when it says application/json (a cross-site form or no-cors post is refused)', async () => {
    const created = await postJson(`${server.url}/api/chat/sessions`, {}, from('198.51.100.40'));
    const url = `${server.url}/api/chat/sessions/${created.body.id}/messages`;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/plain; x=application/json', undefined]) {
      const res = await fetch(url, { method: 'POST', headers: { ...(type ? { 'content-type': type } : {}), ...from('198.51.100.40') }, body: new Blob(['{"text":"hello"}']) });
      expect([type, res.status]).toEqual([type, 415]);
    }
    expect((await postJson(url, { text: 'hello' }, { ...from('198.51.100.40'), 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });
});
