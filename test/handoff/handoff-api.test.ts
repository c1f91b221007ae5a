import { helpdeskDe } from '../../src/content/helpdesk.de.js';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { API_KEY, startApp } from '../helpers/app.js';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());

const running: App[] = [];
afterEach(async () => {
  nock.cleanAll();
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

describe('POST /api/handoffs with replyOnTicket', () => {
  const zendesk = { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'agent@acme.test', ZENDESK_API_TOKEN: 'zd-token' };

  it('sends the customer the link as a public reply on the Zendesk ticket', async () => {
    let comment: { body: string; public: boolean } | undefined;
    const scope = nock('https://acme.zendesk.com')
      .put('/api/v2/tickets/4711.json', (body: { ticket: { comment: typeof comment } }) => {
        comment = body.ticket.comment;
        return true;
      })
      .reply(200, { ticket: { id: 4711 } });
    // the background pass is made rare so this test's own tick is the one that sends
    const started = await startApp({ PUBLIC_URL: 'https://doctor.example.com', OUTBOX_INTERVAL_MS: '600000', ...zendesk });
    running.push(started.app);
    const res = await post(started.base, { ticket: '4711', symptom: 'sending', replyOnTicket: true });
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    expect(await started.app.helpdesk.worker.tick()).toBe(1);
    expect(scope.isDone()).toBe(true);
    expect(comment?.public).toBe(true);
    expect(comment?.body).toContain(url);
    expect(await started.app.helpdesk.worker.tick()).toBe(0);
  });

  it('writes the public reply in the ticket’s language when the link names one, the link opening in it too', async () => {
    let comment: { body: string; public: boolean } | undefined;
    const scope = nock('https://acme.zendesk.com')
      .put('/api/v2/tickets/4712.json', (body: { ticket: { comment: typeof comment } }) => {
        comment = body.ticket.comment;
        return true;
      })
      .reply(200, { ticket: { id: 4712 } });
    const started = await startApp({ PUBLIC_URL: 'https://doctor.example.com', OUTBOX_INTERVAL_MS: '600000', ...zendesk });
    running.push(started.app);
    const res = await post(started.base, { ticket: '4712', symptom: 'sending', replyOnTicket: true, lang: 'de' });
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    expect(new URL(url).searchParams.get('lang')).toBe('de');
    expect(await started.app.helpdesk.worker.tick()).toBe(1);
    expect(scope.isDone()).toBe(true);
    expect(comment?.body).toContain(helpdeskDe.linkReply(url, new Date(0)).split(url)[0]);
    expect(comment?.body).not.toContain('Our assistant');
  });

  it('answers 400 when Zendesk is not configured or the ticket id is not a Zendesk one', async () => {
    const plain = await server();
    const res = await post(plain, { ticket: '4711', replyOnTicket: true });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN/);
    const withZendesk = await server(zendesk);
    const bad = await post(withZendesk, { ticket: 'ABC-1', replyOnTicket: true });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/digits only/);
  });
});
