import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { tempDir } from '../helpers/engine.js';

// every endpoint of a real `mailbox-doctor serve` process, hit with malformed and oversized input
const CASES = 1000;
const HANDOFF_KEY = 'fuzz-handoff-key-0123456789abcdef';
const OPERATOR_KEY = 'fuzz-operator-key-0123456789abcdef';
const SLACK_SECRET = 'fuzz-slack-signing-secret-0123456789';
const agent = new Agent({ keepAlive: true, maxSockets: 32 });
let server: ChildServer;
let sessionId: string;

beforeAll(async () => {
  server = await startChildServer({
    DATA_DIR: tempDir(),
    HANDOFF_SECRET: 'fuzz-handoff-secret-0123456789abcdef0123',
    HANDOFF_API_KEY: HANDOFF_KEY,
    OPERATOR_API_KEY: OPERATOR_KEY,
    SLACK_BOT_TOKEN: 'xoxb-0000000000-0000000000-fuzzfuzzfuzzfuzzfuzzfu',
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_ID: 'B0FUZZ',
    SLACK_BOT_USER_ID: 'U0FUZZ',
    SLACK_API_URL: 'http://127.0.0.1:9/api/', // nothing listens there: no Web API call leaves the machine
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    // a heap this small makes a leak of request bodies fatal quickly, and keeps the collector from postponing work
    NODE_OPTIONS: '--max-old-space-size=128',
  });
  sessionId = ((await (await fetch(`${server.url}/api/chat/sessions`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).json()) as { id: string }).id;
}, 30_000);
afterAll(async () => {
  if (server.child.exitCode !== null || server.child.signalCode !== null) console.error(`the server died:\n${server.logs.slice(-15).join('\n')}`);
  agent.destroy();
  await server.stop();
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const ODD_VALUES: unknown[] = [null, true, 0, -1, 1e308, '', ' ', '\u0000', '\ud800', 'é'.repeat(50), [], {}, [[[]]], { text: { text: 'x' } }, 'x'.repeat(5000)];
const KEYS = ['text', 'choice', 'version', 'ticket', 'symptom', 'address', 'error', 'channel', 'expires', 'singleUse', 'replyOnTicket', '__proto__', 'constructor', ''];

interface Case {
  body: Buffer;
  type: string | undefined;
  oversized: boolean;
}

function makeCase(r: ReturnType<typeof random>): Case {
  const kind = r.int(10);
  const type = r.pick(['application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', undefined]);
  if (kind === 0) return { body: Buffer.from(Array.from({ length: r.int(2048) }, () => r.int(256))), type, oversized: false };
  if (kind === 1) {
    const json = JSON.stringify({ text: 'my emails are stuck', choice: 'yes', ticket: '4711' });
    return { body: Buffer.from(json.slice(0, r.int(json.length))), type, oversized: false };
  }
  if (kind === 2) {
    const depth = 1 + r.int(20_000);
    return { body: Buffer.from(`${'['.repeat(depth)}${r.next() < 0.5 ? ']'.repeat(depth) : ''}`), type, oversized: false };
  }
  if (kind === 3) return { body: Buffer.from(JSON.stringify(r.pick(ODD_VALUES))), type, oversized: false };
  if (kind === 4 && r.next() < 0.3) {
    // bigger than any body limit (256 kB)
    return { body: Buffer.alloc(300 * 1024 + r.int(4096), r.pick(['a', '{', '"', ' '])), type, oversized: true };
  }
  if (kind === 5) return { body: Buffer.from('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'), type, oversized: false };
  // an object with a few known and unknown keys holding odd values
  const object: Record<string, unknown> = {};
  for (let i = 0; i < 1 + r.int(4); i++) object[r.pick(KEYS)] = r.pick(ODD_VALUES);
  return { body: Buffer.from(JSON.stringify(object)), type, oversized: false };
}

interface Answer {
  status: number;
  type: string;
  body: string;
}

/** Slack's request signature over this body, so that a tenth of the Slack cases get past the signature check. */
function slackSigned(body: Buffer): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', SLACK_SECRET).update(`v0:${timestamp}:`).update(body).digest('hex');
  return { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': `v0=${signature}` };
}

function send(method: string, path: string, c: Case, headers: Record<string, string>): Promise<Answer | 'reset'> {
  return new Promise((resolve) => {
    const signed = path === '/slack/events' && c.body.length % 10 === 0 ? slackSigned(c.body) : {};
    const req = request(`${server.url}${path}`, {
      method,
      agent,
      headers: { ...headers, ...signed, ...(c.type ? { 'content-type': c.type } : {}), 'content-length': String(c.body.length) },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve('reset'));
    });
    req.on('error', () => resolve('reset'));
    req.end(c.body);
  });
}

async function heap(): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^mailbox_doctor_nodejs_heap_size_used_bytes (\S+)/m.exec(text)?.[1]);
}

async function rss(): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^mailbox_doctor_process_resident_memory_bytes (\d+)/m.exec(text)?.[1]);
}

async function fuzz(method: string, path: (r: ReturnType<typeof random>) => string, headers: Record<string, string>, seed: number, cases = CASES) {
  const r = random(seed);
  const answers: Array<{ c: Case; answer: Answer | 'reset' }> = [];
  const queue = Array.from({ length: cases }, () => ({ c: makeCase(r), p: path(r) }));
  const concurrency = 8;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) answers.push({ c: item.c, answer: await send(method, item.p, item.c, headers) });
    }),
  );
  return answers;
}

const PLATFORM_PATHS = new Set(['/api/messages']);

const ENDPOINTS: Array<[string, string, (r: ReturnType<typeof random>) => string, Record<string, string>]> = [
  ['POST', '/api/chat/sessions', () => '/api/chat/sessions', {}],
  ['POST', '/api/chat/sessions/:id/messages', (r) => `/api/chat/sessions/${r.next() < 0.7 ? sessionId : r.pick(['x', '%E0%A4%A', '..%2F..', 'a'.repeat(300)])}/messages`, {}],
  ['GET', '/api/chat/sessions/:id', (r) => `/api/chat/sessions/${r.pick([sessionId, 'nope', '%ff', encodeURIComponent('\u0000'), '00000000-0000-0000-0000-000000000000'])}`, {}],
  ['POST', '/api/handoffs', () => '/api/handoffs', { authorization: `Bearer ${HANDOFF_KEY}` }],
  ['GET', '/h/:token', (r) => `/h/${r.pick(['k1.AAAA.1.x', 'garbage', '%00', 'k1.' + 'A'.repeat(2000), 'k1..'])}`, {}],
  ['GET', '/api/stats', (r) => `/api/stats?from=${r.pick(['2026-11-01', 'x', '-1', '99999999999999999', '%ff', '2026-02-30'])}&to=${r.pick(['', '2026-12-01', 'NaN'])}`, { authorization: `Bearer ${OPERATOR_KEY}` }],
  ['POST', '/slack/events', () => '/slack/events', {}],
  ['POST', '/api/messages', () => '/api/messages', {}],
  ['GET', '/metrics', () => '/metrics', {}],
  ['GET', '/healthz', () => '/healthz', {}],
  ['GET', '/', () => '/', {}],
  ['GET', '/chat.js', () => '/chat.js', {}],
];

describe('every HTTP endpoint under malformed and oversized input', () => {
  it(
    `answers each of ${CASES} bad requests per endpoint without a server error, keeps serving, and keeps its memory flat`,
    async () => {
      // warm-up: a quarter pass first, so that what is measured is the steady state
      for (const [i, [method, , path, headers]] of ENDPOINTS.entries()) await fuzz(method, path, headers, 100 + i, CASES / 4);
      const before = await rss();
      const statusesSeen: string[] = [];
      for (const [i, [method, name, path, headers]] of ENDPOINTS.entries()) {
        const answers = await fuzz(method, path, headers, 100 + i);
        for (const { c, answer } of answers) {
          // an oversized body may be cut off by the server before it is all sent; anything else gets an answer
          if (answer === 'reset') {
            expect(c.oversized, `${method} ${name}: connection reset on a ${c.body.length}-byte body`).toBe(true);
            continue;
          }
          expect(answer.status, `${method} ${name} → ${answer.status} ${answer.body.slice(0, 200)}`).toBeLessThan(500);
          // an error names the problem: JSON for our APIs and the Slack endpoint, a page for people (the handoff link);
          // Teams gets its SDK's status-only answers, which is what the Bot Framework reads
          if (PLATFORM_PATHS.has(name)) continue;
          if (answer.status >= 400 && answer.type.startsWith('text/html')) expect(answer.body).toMatch(/<main[\s\S]*\w+[\s\S]*<\/main>/);
          else if (answer.status >= 400) expect(JSON.parse(answer.body)).toMatchObject({ error: expect.any(String), message: expect.any(String) });
        }
        expect(answers).toHaveLength(CASES);
        const tally = new Map<string, number>();
        for (const { answer } of answers) tally.set(answer === 'reset' ? 'reset' : String(answer.status), (tally.get(answer === 'reset' ? 'reset' : String(answer.status)) ?? 0) + 1);
        statusesSeen.push(`${method} ${name}: ${[...tally].map(([k, v]) => `${k}×${v}`).join(' ')} rss=${((await rss()) / 2 ** 20).toFixed(0)} heap=${((await heap()) / 2 ** 20).toFixed(0)}`);
      }
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const after = await rss();
      console.info(`fuzz answers\n${statusesSeen.join('\n')}\nresident memory ${(before / 2 ** 20).toFixed(0)} MB → ${(after / 2 ** 20).toFixed(0)} MB`);
      // 12,000 requests, about 200 of them 300 kB: a leak of bodies would add tens of megabytes, or exhaust the heap
      expect(after - before, `resident memory grew from ${before} to ${after} bytes`).toBeLessThan(32 * 1024 * 1024);
    },
    240_000,
  );
});
