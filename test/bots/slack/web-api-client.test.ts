import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebApiClient, type WebApiClientOptions } from '../../../src/bots/slack/web-api-client.js';
import { FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { loopbackOnly } from '../../helpers/slack-app.js';

const TOKEN = 'xoxb-1111111111-2222222222-clientclientclientcli';
const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  while (open.length) await open.pop()?.close();
  nock.cleanAll();
});
beforeAll(loopbackOnly);

async function fake() {
  const api = new FakeSlackApi();
  const url = await api.start();
  open.push(api);
  return { api, url };
}

function client(url: string | null, options: Partial<WebApiClientOptions> = {}) {
  const c = new WebApiClient({ token: TOKEN, ...(url ? { baseUrl: url } : {}), minBackoffMs: 5, maxBackoffMs: 20, ...options });
  open.push(c);
  return c;
}

/** A server answering each request with the next of `answers` (the last one repeats); it records what it got. */
type Seen = { url: string; headers: IncomingMessage['headers']; body: string; at: number };
async function scripted(answers: Array<(res: ServerResponse, request: Seen) => void>) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      seen.push(request);
      (answers[Math.min(seen.length, answers.length) - 1] as (res: ServerResponse, request: Seen) => void)(res, request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push({ close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => (res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** Answers the first request that `limits` picks with a 429 (Retry-After: 1 s), and every other one with ok. */
function limitOnce(limits: (request: Seen) => boolean) {
  let limited = false;
  return (res: ServerResponse, request: Seen) => {
    const limit = !limited && limits(request);
    limited ||= limit;
    json(limit ? 429 : 200, limit ? { ok: false, error: 'ratelimited' } : { ok: true }, limit ? { 'retry-after': '1' } : {})(res);
  };
}

describe('the Web API client', () => {
  it('posts JSON with the token in the Authorization header only, and returns what Slack answered', async () => {
    const { api, url } = await fake();
    const reply = await client(url).call('chat.postMessage', { channel: 'C1', text: 'hi', blocks: [{ type: 'divider' }] });
    expect(reply).toMatchObject({ ok: true, body: { ok: true, channel: 'C1' } });
    const [call] = api.of('chat.postMessage');
    expect(call?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.args).toEqual({ channel: 'C1', text: 'hi', blocks: [{ type: 'divider' }] });
    expect(JSON.stringify(call?.args)).not.toContain(TOKEN);
  });

  it('sends a form, with objects as JSON, to methods that take no JSON', async () => {
    const server = await scripted([json(200, { ok: true, permalink: 'https://x.slack.com/p1' })]);
    const reply = await client(server.url).call('chat.getPermalink', { channel: 'C1', message_ts: '1.2', skip: undefined, meta: { a: 1 } }, 'form');
    expect(reply.ok).toBe(true);
    expect(server.seen[0]?.url).toBe('/api/chat.getPermalink');
    expect(server.seen[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(server.seen[0]?.body))).toEqual({ channel: 'C1', message_ts: '1.2', meta: '{"a":1}' });
  });

  it("gives back Slack's error code without trying again", async () => {
    const { api, url } = await fake();
    api.replyOnce('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    expect(await client(url).call('chat.postMessage', { channel: 'C1', text: 'x' })).toEqual({ ok: false, error: 'not_in_channel' });
    expect(api.of('chat.postMessage')).toHaveLength(1);
  });

  it('tries again after a server error and succeeds', async () => {
    const server = await scripted([json(503, { ok: false }), json(502, {}), json(200, { ok: true, ts: '1.1' })]);
    expect(await client(server.url).call('chat.update', { channel: 'C1', ts: '1.1' })).toEqual({ ok: true, body: { ok: true, ts: '1.1' } });
    expect(server.seen).toHaveLength(3);
  });

  it('gives up after its retries when the server keeps failing, with a code naming the status', async () => {
    const server = await scripted([(res) => res.writeHead(500).end('oops')]);
    expect(await client(server.url, { retries: 2 }).call('chat.update', {})).toEqual({ ok: false, error: 'http_500' });
    expect(server.seen).toHaveLength(3);
  });

  it('waits as long as Retry-After says on a 429', async () => {
    const server = await scripted([json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' }), json(200, { ok: true })]);
    const started = Date.now();
    expect((await client(server.url).call('chat.postMessage', {})).ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.seen).toHaveLength(2);
  });

  it("carries Slack's own WebClient's calls (Bolt's, Socket Mode's) with their token, and shares its pauses with them", async () => {
    const server = await scripted([limitOnce((request) => request.url === '/api/apps.connections.open')]);
    const limited: string[] = [];
    const c = client(server.url, { onRateLimited: (method) => limited.push(method) });
    const appToken = 'xapp-1-A0APP-3333333333-socketsocketsocketsocket';
    const boltsOwn = new webApi.WebClient(appToken, { slackApiUrl: server.url, fetch: c.fetch, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
    await expect(boltsOwn.apiCall('apps.connections.open')).rejects.toMatchObject({ code: webApi.ErrorCode.RateLimitedError });
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${appToken}`);
    expect(limited).toEqual(['apps.connections.open']);
    // the pause it met holds for this client's own calls of that method too
    const started = Date.now();
    expect(await c.call('apps.connections.open', {}, 'form')).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(server.seen[1]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    // and an answered call reaches the WebClient as Slack gave it
    expect(await boltsOwn.apiCall('apps.connections.open')).toMatchObject({ ok: true });
  });

  it('pauses only the method Slack rate-limited, for every caller, while other methods carry on', async () => {
    const server = await scripted([limitOnce((request) => request.url === '/api/chat.postMessage')]);
    const limited: Array<{ method: string; at: number }> = [];
    const c = client(server.url, { onRateLimited: (method) => limited.push({ method, at: Date.now() }) });
    const first = c.call('chat.postMessage', { channel: 'C1', text: 'first' });
    while (limited.length === 0) await new Promise((r) => setTimeout(r, 5));
    // rate limited: another caller's post waits for the pause, an update goes through at once
    const second = c.call('chat.postMessage', { channel: 'C1', text: 'second' });
    expect(await c.call('chat.update', { channel: 'C1', ts: '1.1' })).toMatchObject({ ok: true });
    expect(server.seen.map((s) => s.url)).toEqual(['/api/chat.postMessage', '/api/chat.update']);
    expect([(await first).ok, (await second).ok]).toEqual([true, true]);
    const posts = server.seen.filter((s) => s.url === '/api/chat.postMessage');
    expect(posts.map((p) => JSON.parse(p.body).text).sort()).toEqual(['first', 'first', 'second']);
    for (const post of posts.slice(1)) expect(post.at).toBeGreaterThanOrEqual(posts[0]!.at + 950);
    expect(limited.map((l) => l.method)).toEqual(['chat.postMessage']);
  });

  it('pauses posting only in the channel Slack rate-limited: a reply in another channel goes at once', async () => {
    const server = await scripted([limitOnce((request) => JSON.parse(request.body).channel === 'C1')]);
    const limited: string[] = [];
    const c = client(server.url, { onRateLimited: (method) => limited.push(method) });
    const first = c.call('chat.postMessage', { channel: 'C1', text: 'busy channel' });
    while (limited.length === 0) await new Promise((r) => setTimeout(r, 5));
    // C1 is paused: its next post waits; C2's post is sent and answered while C1 still waits
    const second = c.call('chat.postMessage', { channel: 'C1', text: 'busy channel again' });
    expect(await c.call('chat.postMessage', { channel: 'C2', text: 'quiet channel' })).toMatchObject({ ok: true });
    expect(server.seen.map((s) => JSON.parse(s.body).text)).toEqual(['busy channel', 'quiet channel']);
    expect([(await first).ok, (await second).ok]).toEqual([true, true]);
    expect(server.seen.map((s) => JSON.parse(s.body).text).slice(2).sort()).toEqual(['busy channel', 'busy channel again']);
    expect(limited).toEqual(['chat.postMessage']);
  });

  it('pauses a method Slack limits as a whole (views.publish) for every person, whatever the arguments', async () => {
    const server = await scripted([limitOnce(() => true)]);
    const limited: string[] = [];
    const c = client(server.url, { onRateLimited: (method) => limited.push(method) });
    const first = c.call('views.publish', { user_id: 'U1', view: {} });
    while (limited.length === 0) await new Promise((r) => setTimeout(r, 5));
    const other = c.call('views.publish', { user_id: 'U2', view: {} });
    await new Promise((r) => setTimeout(r, 100));
    expect(server.seen).toHaveLength(1);
    expect([(await first).ok, (await other).ok]).toEqual([true, true]);
    expect(limited).toEqual(['views.publish']);
  });

  it('never sends again a chat.postMessage that timed out (it may have been posted), but does send again a chat.update', async () => {
    const server = await scripted([() => undefined]); // never answers
    expect(await client(server.url, { timeoutMs: 100, retries: 2 }).call('chat.postMessage', { channel: 'C1', text: 'hi' })).toEqual({ ok: false, error: 'request_timeout' });
    await new Promise((r) => setTimeout(r, 300)); // longer than any pause before a retry (5–20 ms here)
    expect(server.seen.map((s) => s.url)).toEqual(['/api/chat.postMessage']);
    expect(await client(server.url, { timeoutMs: 100, retries: 2 }).call('chat.update', { channel: 'C1', ts: '1.1' })).toEqual({ ok: false, error: 'request_timeout' });
    expect(server.seen.filter((s) => s.url === '/api/chat.update')).toHaveLength(3);
  });

  it('sends again a chat.postEphemeral that timed out (a sign-in code shown twice is harmless; one never shown keeps the person waiting)', async () => {
    const server = await scripted([() => undefined, json(200, { ok: true, message_ts: '1.2' })]); // the first attempt is never answered
    expect(await client(server.url, { timeoutMs: 100, retries: 2 }).call('chat.postEphemeral', { channel: 'C1', user: 'U1', text: 'code' })).toEqual({
      ok: true,
      body: { ok: true, message_ts: '1.2' },
    });
    expect(server.seen.map((s) => s.url)).toEqual(['/api/chat.postEphemeral', '/api/chat.postEphemeral']);
  });

  it('does not post again after a server error either, and says which', async () => {
    const server = await scripted([(res) => res.writeHead(503).end('busy'), json(200, { ok: true, ts: '1.1' })]);
    expect(await client(server.url).call('chat.postMessage', { channel: 'C1', text: 'hi' })).toEqual({ ok: false, error: 'http_503' });
    expect(server.seen).toHaveLength(1);
  });

  it('does not wait for a Retry-After longer than it honours: the call fails as rate limited at once', async () => {
    const server = await scripted([json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '3600' })]);
    const started = Date.now();
    expect(await client(server.url, { maxRetryAfterSeconds: 60 }).call('chat.postMessage', {})).toEqual({ ok: false, error: 'ratelimited' });
    expect(Date.now() - started).toBeLessThan(500);
    expect(server.seen).toHaveLength(1);
  });

  it('reports a refused connection as a request error after its retries, without throwing', async () => {
    const server = await scripted([json(200, { ok: true })]);
    const url = server.url;
    await open.pop()?.close(); // the port is closed now
    expect(await client(url, { retries: 1 }).call('auth.test', {}, 'form')).toEqual({ ok: false, error: 'request_error' });
  });

  it('treats a reply cut off half-way as a failed attempt', async () => {
    const server = await scripted([
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"ok": tr');
        setTimeout(() => res.socket?.destroy(), 20);
      },
    ]);
    expect(await client(server.url, { retries: 0 }).call('chat.postMessage', {})).toEqual({ ok: false, error: 'request_error' });
  });

  it('gives up on an attempt that takes longer than its limit', async () => {
    const server = await scripted([() => undefined]); // never answers
    const started = Date.now();
    expect(await client(server.url, { timeoutMs: 100, retries: 0 }).call('chat.postMessage', {})).toEqual({ ok: false, error: 'request_timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a reply larger than its limit and a reply that is not JSON', async () => {
    const big = await scripted([json(200, { ok: true, padding: 'x'.repeat(5000) })]);
    expect(await client(big.url, { maxReplyBytes: 1000 }).call('chat.postMessage', {})).toEqual({ ok: false, error: 'reply_too_large' });
    const html = await scripted([(res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>')]);
    expect(await client(html.url).call('chat.postMessage', {})).toEqual({ ok: false, error: 'invalid_response' });
  });

  it("uses Slack's own address by default, over HTTPS (answered here by nock)", async () => {
    const scope = nock('https://slack.com', { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .post('/api/auth.test')
      .reply(200, { ok: true, user_id: 'U1', bot_id: 'B1' });
    const reply = await client(null).call('auth.test', {}, 'form');
    expect(reply).toMatchObject({ ok: true, body: { user_id: 'U1' } });
    scope.done();
  });
});
