import { Writable } from 'node:stream';
import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildApp, type App, type AppOverrides } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { authorizationFor, ensureBotFrameworkAuth, TEST_BOT } from './bot-framework-auth.js';
import { tempDir } from './engine.js';

export const SERVICE_URL = 'https://smba.test/teams/';
export const BOT = { id: '28:bot-id', name: 'Mailbox Doctor' };
export const ALICE = { id: '29:alice', name: 'Alice Example', aadObjectId: 'aad-alice' };
export const BOB = { id: '29:bob', name: 'Bob Admin', aadObjectId: 'aad-bob' };

/** A running app on a loopback port, with its log lines captured. */
export interface RunningApp {
  app: App;
  port: number;
  logs: string[];
  dataDir: string;
  url: string;
}

/**
 * Starts the whole app as in production: a bot id, tokens checked (against locally served Bot Framework keys), and
 * replies that need a token fetch it from the (nock-served) Microsoft login endpoint.
 */
export async function startApp(env: Record<string, string> = {}, dataDir = tempDir('teams-'), overrides: AppOverrides = {}): Promise<RunningApp> {
  ensureBotFrameworkAuth();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    MicrosoftAppId: TEST_BOT.appId,
    MicrosoftAppPassword: TEST_BOT.password,
    MicrosoftAppType: 'MultiTenant',
    ...env,
  });
  const app = buildApp(config, createLogger(config.LOG_LEVEL, sink), overrides);
  const port = await app.listen();
  return { app, port, logs, dataDir, url: `http://127.0.0.1:${port}/api/messages` };
}

/**
 * One app for a whole test file, started before its tests and closed after them, with only loopback connections
 * allowed and nock's interceptors cleared after each test. Returns the running app (valid once the tests run).
 */
export function appForFile(env: Record<string, string> = {}): () => RunningApp {
  let running: RunningApp | null = null;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    running = await startApp(env);
  });
  afterAll(async () => {
    await running?.app.close();
    nock.enableNetConnect();
  });
  afterEach(() => nock.cleanAll());
  return () => {
    if (!running) throw new Error('the app starts before the tests: use it inside a test');
    return running;
  };
}

let counter = 0;
export function nextId(prefix = 'act'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

export interface ActivityOptions {
  id?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  from?: { id: string; name: string; aadObjectId?: string };
  expectReplies?: boolean;
  replyToId?: string;
  serviceUrl?: string;
}

function base(type: string, o: ActivityOptions) {
  return {
    type,
    id: o.id ?? nextId(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl ?? SERVICE_URL,
    from: o.from ?? ALICE,
    recipient: BOT,
    conversation: {
      id: o.conversationId ?? 'a:personal-alice',
      conversationType: o.conversationType ?? 'personal',
      tenantId: 'tenant-1',
      ...(o.conversationType === 'channel' ? { isGroup: true } : {}),
    },
    channelData: { tenant: { id: 'tenant-1' } },
    ...(o.expectReplies ? { deliveryMode: 'expectReplies' } : {}),
    ...(o.replyToId ? { replyToId: o.replyToId } : {}),
  };
}

export function messageActivity(text: string, o: ActivityOptions = {}) {
  return { ...base('message', o), text, textFormat: 'plain' };
}

/** A channel post that @mentions the bot. */
export function mentionActivity(text: string, o: ActivityOptions = {}) {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base('message', { conversationType: 'channel', conversationId: '19:general@thread.tacv2', ...o }),
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT.id, name: BOT.name } }],
  };
}

export function submitActivity(value: Record<string, unknown>, o: ActivityOptions = {}) {
  return { ...base('message', o), value };
}

export function botAddedActivity(o: ActivityOptions = {}) {
  return { ...base('conversationUpdate', o), membersAdded: [{ id: BOT.id }] };
}

/** Posts an activity; without `headers` it carries a valid Bot Framework token for it, as Teams would send. */
export async function post(url: string, activity: unknown, headers?: Record<string, string>) {
  if (!headers) {
    ensureBotFrameworkAuth();
    headers = { authorization: authorizationFor(activity as { serviceUrl?: string }) };
  }
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/**
 * The connector takes the bot's typing indicators (returned, in order); registered before a test's own interceptors,
 * those then see only the bot's messages.
 */
export function acceptTyping(): CardReply[] {
  const typing: CardReply[] = [];
  nock(SERVICE_URL.replace(/\/teams\/$/, ''))
    .persist()
    .post(/\/activities/, (body: { type?: string }) => body.type === 'typing')
    .reply(200, (_path, body) => {
      typing.push(body as CardReply);
      return {};
    });
  return typing;
}

/**
 * The connector at the serviceUrl, recording what the bot posts (new messages get ids `<prefix>-1`, `<prefix>-2`…, in
 * order; typing indicators are taken apart) and which activities it updates; member lookups find nobody.
 */
export function recordingConnector(prefix: string) {
  const posted: CardReply[] = [];
  const updated: Array<{ path: string; body: CardReply }> = [];
  acceptTyping();
  nock(SERVICE_URL.replace(/\/teams\/$/, ''))
    .persist()
    .post(/\/activities/)
    .reply(200, (_path, body) => {
      posted.push(body as CardReply);
      return { id: `${prefix}-${posted.length}` };
    })
    .put(/\/activities\//)
    .reply(200, (path, body) => {
      updated.push({ path, body: body as CardReply });
      return {};
    })
    .get(/\/members\//)
    .reply(404, { error: { code: 'NotFound', message: 'no member' } });
  return { posted, updated };
}

export interface CardReply {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: { body: Array<Record<string, unknown>>; actions?: Array<{ title: string; data: Record<string, unknown> }> } }>;
}

/** The replies of an expectReplies turn. */
export function repliesOf(body: Record<string, unknown> | null): CardReply[] {
  return ((body?.activities as CardReply[] | undefined) ?? []).filter((a) => a.type === 'message');
}

export function cardOf(reply: CardReply | undefined) {
  const card = reply?.attachments?.[0]?.content;
  if (!card) throw new Error(`not a card: ${JSON.stringify(reply)}`);
  return card;
}

/** Every text on a card, joined, to assert on what a person reads. */
export function cardText(reply: CardReply | undefined): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
      Object.values(n).forEach(walk);
    }
  };
  walk(cardOf(reply).body);
  return out.join('\n');
}

/** Every button of a card, in the order a person sees them: those in the body (action sets) first, then the card's. */
export function buttons(reply: CardReply | undefined) {
  const card = cardOf(reply);
  const inBody = card.body.filter((e) => e.type === 'ActionSet').flatMap((e) => e.actions as Array<{ title: string; data: Record<string, unknown> }>);
  return [...inBody, ...(card.actions ?? [])].map((a) => ({ title: a.title, data: a.data }));
}

