import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotConnector, ConnectorError, type RequestSigner } from '../../../src/bots/teams/connector-client.js';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** A Bot Framework connector on loopback, answering each request with the next planned answer. */
let server: Server;
let base: string;
const seen: Seen[] = [];
type Answer = (res: ServerResponse) => void;
let plan: Answer[] = [];
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => (res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
/** no answer at all: the client's time limit ends the attempt */
const silence: Answer = () => undefined;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> });
      (plan.shift() ?? json(200, { id: 'default' }))(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/teams/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  seen.length = 0;
  plan = [];
});

const TOKEN = 'token-the-connector-needs';
/** signs as botbuilder's AppCredentials do: an Authorization header on the request's headers */
const signed: RequestSigner = {
  signRequest: async (resource) => {
    const headers = new Map([['authorization', `Bearer ${TOKEN}`]]);
    Object.assign(resource, { headers: { get: (name: string) => headers.get(name.toLowerCase()) } });
    return resource;
  },
};
/** botbuilder's credentials without an app id add nothing */
const unsigned: RequestSigner = { signRequest: async (resource) => resource };

const quick = () => new BotConnector({ timeoutMs: 300, minBackoffMs: 10, maxBackoffMs: 20 });
const reply = (text = 'hello'): Partial<Activity> => ({
  type: 'message',
  text,
  conversation: { id: '19:abc@thread.tacv2;messageid=17', isGroup: true, conversationType: 'channel', name: 'General' },
  replyToId: '17:activity',
});

describe('BotConnector', () => {
  it('posts a reply to its conversation and activity, signed, and returns the id the connector gives', async () => {
    const connector = quick();
    plan = [json(201, { id: 'card-1' })];
    const response = await connector.post(base, reply(), signed);
    expect(response).toEqual({ id: 'card-1' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: `/teams/v3/conversations/${encodeURIComponent('19:abc@thread.tacv2;messageid=17')}/activities/${encodeURIComponent('17:activity')}`,
      authorization: `Bearer ${TOKEN}`,
      body: { type: 'message', text: 'hello' },
    });
    connector.close();
  });

  it('sends to the conversation itself when the activity answers none, and sends no Authorization without an app id', async () => {
    const connector = quick();
    const { replyToId: _none, ...fresh } = reply();
    await connector.post(base.replace(/\/$/, ''), fresh, unsigned);
    expect(seen[0]?.url).toBe(`/teams/v3/conversations/${encodeURIComponent('19:abc@thread.tacv2;messageid=17')}/activities`);
    expect(seen[0]?.authorization).toBeUndefined();
    connector.close();
  });

  it('never posts a reply twice: a 5xx or a time-out fails the post after one request, with the status and code', async () => {
    const connector = quick();
    plan = [json(502, { error: { code: 'ServiceError', message: 'upstream failed' } })];
    const failed = await connector.post(base, reply(), signed).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ConnectorError);
    expect(failed).toMatchObject({ statusCode: 502, code: 'ServiceError' });
    expect(seen).toHaveLength(1);

    plan = [silence];
    const late = await connector.post(base, reply('second'), signed).catch((e: unknown) => e);
    expect(late).toMatchObject({ code: 'request_timeout' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.map((s) => s.body.text)).toEqual(['hello', 'second']);
    connector.close();
  });

  it('tries an update again after a 5xx: the same card replaced twice is the same card', async () => {
    const connector = quick();
    plan = [json(503, { error: { code: 'ServiceUnavailable' } }), json(200, { id: 'card-1' })];
    const response = await connector.update(base, { ...reply('answered'), id: 'card-1' }, signed);
    expect(response).toEqual({ id: 'card-1' });
    expect(seen.map((s) => `${s.method} ${s.url.split('/').pop()}`)).toEqual(['PUT card-1', 'PUT card-1']);
    connector.close();
  });

  it('waits out a 429 and sends again; a Retry-After longer than it waits fails at once', async () => {
    const connector = new BotConnector({ timeoutMs: 300, maxRetryAfterSeconds: 5 });
    plan = [json(429, { error: { code: 'Throttled' } }, { 'retry-after': '0' }), json(200, { id: 'after' })];
    expect(await connector.post(base, reply(), signed)).toEqual({ id: 'after' });
    expect(seen).toHaveLength(2);

    seen.length = 0;
    plan = [json(429, { error: { code: 'Throttled' } }, { 'retry-after': '600' })];
    const started = Date.now();
    await expect(connector.post(base, reply(), signed)).rejects.toMatchObject({ statusCode: 429, code: 'Throttled' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seen).toHaveLength(1);
    connector.close();
  });

  it('tries a post again when no connection could be made, then says it could not reach the connector', async () => {
    const connector = new BotConnector({ timeoutMs: 300, retries: 2, minBackoffMs: 10, maxBackoffMs: 20 });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const started = Date.now();
    const failed = (await connector.post(`http://127.0.0.1:${port}/`, reply(), signed).catch((e: unknown) => e)) as ConnectorError;
    expect(failed).toBeInstanceOf(ConnectorError);
    expect(failed.message).toMatch(/could not be reached/);
    expect(failed.message).not.toContain(TOKEN);
    // two pauses between three attempts
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    connector.close();
  });

  it('refuses a service URL that is not http(s), and an update without the id it replaces', async () => {
    const connector = quick();
    // a service URL ending in many slashes is trimmed in linear time
    plan = [json(200, { id: 'trimmed' })];
    expect(await connector.post(`${base}${'/'.repeat(100_000)}`, reply(), signed)).toEqual({ id: 'trimmed' });
    expect(seen.pop()?.url).toMatch(/^\/teams\/v3\/conversations\//);
    await expect(connector.post('file:///etc/', reply(), signed)).rejects.toMatchObject({ code: 'BadArgument' });
    await expect(connector.update(base, reply(), signed)).rejects.toThrow(/needs the id/);
    expect(seen).toHaveLength(0);
    connector.close();
  });
});

describe('BotConnector on a kept-alive connection the connector has closed', () => {
  it('sends the post again on a fresh connection when the reused one is reset before any answer, and it arrives once', async () => {
    // a connector that answers the first request on each connection and resets the connection at the second, unread,
    // as a server does that closed an idle connection just as the next request was written on it
    const handled: string[] = [];
    const raw = createNetServer((socket) => {
      let requests = 0;
      let buffer = '';
      socket.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/content-length: (\d+)/i.exec(buffer.slice(0, end))?.[1] ?? 0);
        if (buffer.length < end + 4 + length) return;
        requests += 1;
        const body = buffer.slice(end + 4, end + 4 + length);
        buffer = '';
        if (requests > 1) return void socket.resetAndDestroy();
        handled.push((JSON.parse(body) as { text: string }).text);
        const answer = JSON.stringify({ id: `card-${handled.length}` });
        socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${answer.length}\r\nconnection: keep-alive\r\n\r\n${answer}`);
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`;
    const connector = quick();
    try {
      expect(await connector.post(url, reply('first'), signed)).toEqual({ id: 'card-1' });
      expect(await connector.post(url, reply('second'), signed)).toEqual({ id: 'card-2' });
      expect(handled).toEqual(['first', 'second']);
    } finally {
      connector.close();
      await new Promise((resolve) => raw.close(resolve));
    }
  });
});
