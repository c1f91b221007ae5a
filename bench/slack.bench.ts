/**
 * Slack channel benchmark: signed app_mention events over loopback, each one a new thread, with the Web API answered by
 * a local fake. The whole assistant (shared HTTP server → Bolt → store → statechart → chat.postMessage) against a bare
 * Bolt HTTPReceiver echo bot (same Bolt) that answers each mention in its thread with one small Block Kit message.
 * Both run side by side for the whole benchmark; many short rounds alternate between them (which one goes first turns
 * each round), and the figures are medians over the rounds. At the end each gets events at a steady rate (200/s) for
 * the p99 ack latency.
 *
 *   npx tsx bench/slack.bench.ts [--events 300] [--rounds 15] [--concurrency 10] [--rate 200] [--seconds 3] [--baseline <dir>]
 *
 * `--baseline <dir>`: a checkout of an earlier version (e.g. `git archive <commit> src | tar -x -C <dir>`, with a
 * node_modules link) measured as a third side in the same rounds, for before/after figures.
 */
import { Agent, request } from 'node:http';
import { createHmac, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { FakeSlackApi } from '../test/helpers/fake-slack-api.js';

const SECRET = 'bench-signing-secret-0123456789';
const TOKEN = 'xoxb-0000000000-0000000000-benchbenchbenchbenchbe';
const TEXT = '<@U0BOT> my emails are stuck in the outbox';

export interface BenchOptions {
  events: number;
  rounds: number;
  concurrency: number;
  /** the paced run: events per second and for how long */
  rate: number;
  seconds: number;
  /** measure one side only (for profiling) */
  only?: 'assistant' | 'echo';
  /** a directory holding an earlier version's src/, measured as a third side */
  baseline?: string;
}

export interface VariantFigures {
  eventsPerSecond: number;
  /** CPU time of the whole process (server, load generator and fake Web API) per event: steadier than wall time on a busy machine */
  cpuMsPerEvent: number;
  ackP50Ms: number;
  ackP99Ms: number;
  /** p99 ack latency when events arrive at `rate` per second */
  pacedAckP99Ms: number;
}

export interface SlackBenchResult {
  options: BenchOptions;
  assistant: VariantFigures;
  echo: VariantFigures;
  /** assistant events/s ÷ echo events/s: the median over the rounds of each round's pair */
  throughputRatio: number;
  roundRatios: number[];
  /** the earlier version, when asked for, and its ratio to the echo bot measured the same way */
  baseline?: VariantFigures & { throughputRatio: number; roundRatios: number[] };
}

interface AppModules {
  buildApp: typeof buildApp;
  loadConfig: typeof loadConfig;
  createLogger: typeof createLogger;
}

async function baselineModules(dir: string): Promise<AppModules> {
  const [app, config, logger] = await Promise.all([
    import(join(dir, 'src/app.ts')) as Promise<{ buildApp: typeof buildApp }>,
    import(join(dir, 'src/config.ts')) as Promise<{ loadConfig: typeof loadConfig }>,
    import(join(dir, 'src/logger.ts')) as Promise<{ createLogger: typeof createLogger }>,
  ]);
  return { buildApp: app.buildApp, loadConfig: config.loadConfig, createLogger: logger.createLogger };
}

interface Target {
  port: number;
  close(): Promise<void>;
}

const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

async function startAssistant(apiUrl: string, modules: AppModules = { buildApp, loadConfig, createLogger }): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mbd-bench-'));
  const config = modules.loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
    SLACK_BOT_ID: 'B0BOT',
    SLACK_BOT_USER_ID: 'U0BOT',
  });
  const app = modules.buildApp(config, modules.createLogger('silent'));
  const port = await app.listen();
  return {
    port,
    close: async () => {
      await app.slack?.idle();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startEchoBot(apiUrl: string): Promise<Target> {
  const receiver = new HTTPReceiver({ signingSecret: SECRET, logger: quiet });
  const app = new App({ receiver, token: TOKEN, botId: 'B0BOT', botUserId: 'U0BOT', logger: quiet, clientOptions: { slackApiUrl: apiUrl } });
  app.event('app_mention', async ({ event, client }) => {
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.ts,
      text: 'Hello!',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'Hello! What are you seeing?' } },
        { type: 'actions', elements: [{ type: 'button', action_id: 'echo', text: { type: 'plain_text', text: 'Something' }, value: 'x' }] },
      ],
    });
  });
  const server = (await app.start(0)) as Server;
  return { port: (server.address() as AddressInfo).port, close: () => app.stop() as Promise<void> };
}

let seq = 0;
function signedMention(): { body: string; headers: Record<string, string> } {
  seq += 1;
  const ts = `${1_770_000_000 + Math.floor(seq / 1_000_000)}.${String(seq % 1_000_000).padStart(6, '0')}`;
  const body = JSON.stringify({
    token: 'x',
    team_id: 'T0TEAM',
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: `Ev${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0TEAM', user_id: 'U0BOT', is_bot: true }],
    event: { type: 'app_mention', user: 'U0ALICE', text: TEXT, ts, channel: 'C0BENCH', event_ts: ts, team: 'T0TEAM' },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
  };
}

function send(agent: Agent, port: number): Promise<number> {
  const { body, headers } = signedMention();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers, agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

/** Waits until the fake Web API has received `count` chat.postMessage calls. */
async function repliesReach(counter: () => number, count: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (counter() < count) {
    if (Date.now() > deadline) throw new Error(`only ${counter()} of ${count} replies arrived`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** As fast as `concurrency` connections allow: events/s counted until every reply has reached the Web API. */
async function saturate(target: Target, replies: () => number, events: number, concurrency: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const acks: number[] = [];
  const before = replies();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < events) {
        next += 1;
        acks.push(await send(agent, target.port));
      }
    }),
  );
  await repliesReach(replies, before + events);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  agent.destroy();
  acks.sort((a, b) => a - b);
  return {
    eventsPerSecond: events / seconds,
    ackP50Ms: percentile(acks, 0.5),
    ackP99Ms: percentile(acks, 0.99),
    cpuMsPerEvent: (used.user + used.system) / 1000 / events,
  };
}

/** Events at a steady rate: the ack latency a user-facing 3-second deadline cares about. */
async function paced(target: Target, replies: () => number, rate: number, seconds: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const total = Math.round(rate * seconds);
  const before = replies();
  const started = performance.now();
  const pending: Array<Promise<number>> = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(agent, target.port));
  }
  const acks = (await Promise.all(pending)).sort((a, b) => a - b);
  await repliesReach(replies, before + total);
  agent.destroy();
  return percentile(acks, 0.99);
}

export async function runSlackBench(partial: Partial<BenchOptions> = {}): Promise<SlackBenchResult> {
  const options: BenchOptions = { events: 300, rounds: 15, concurrency: 10, rate: 200, seconds: 3, ...partial };
  let posted = 0;
  const api = new FakeSlackApi({ record: false, onCall: (method) => void (method === 'chat.postMessage' && (posted += 1)) });
  const apiUrl = await api.start();
  const replies = () => posted;
  type Fast = Omit<VariantFigures, 'pacedAckP99Ms'>;
  type Side = 'assistant' | 'echo' | 'baseline';
  const runs: Record<Side, Fast[]> = { assistant: [], echo: [], baseline: [] };
  const paced99: Record<Side, number> = { assistant: NaN, echo: NaN, baseline: NaN };
  const before = options.baseline ? await baselineModules(options.baseline) : null;
  const sides: Side[] = (before ? (['echo', 'assistant', 'baseline'] as Side[]) : (['echo', 'assistant'] as Side[])).filter((v) => !options.only || v === options.only);
  const targets = new Map<Side, Target>();
  try {
    // every side runs for the whole benchmark, so that the short rounds below can alternate between them
    for (const side of sides) {
      const target = side === 'echo' ? await startEchoBot(apiUrl) : await startAssistant(apiUrl, side === 'baseline' && before ? before : undefined);
      targets.set(side, target);
      await saturate(target, replies, 200, options.concurrency); // warm-up
    }
    // many short rounds, each one further along in which side goes first: the load of a shared machine drifts over
    // seconds, and a pair of adjacent short runs sees the same load
    for (let round = 0; round < options.rounds; round++) {
      const order = sides.map((_, i) => sides[(i + round) % sides.length] as Side);
      for (const side of order) runs[side].push(await saturate(targets.get(side) as Target, replies, options.events, options.concurrency));
    }
    for (const side of sides) paced99[side] = await paced(targets.get(side) as Target, replies, options.rate, options.seconds);
  } finally {
    for (const target of targets.values()) await target.close();
    await api.close();
  }
  const summarise = (list: Fast[], pacedAckP99Ms: number): VariantFigures =>
    list.length === 0
      ? { eventsPerSecond: NaN, cpuMsPerEvent: NaN, ackP50Ms: NaN, ackP99Ms: NaN, pacedAckP99Ms }
      : {
          eventsPerSecond: median(list.map((r) => r.eventsPerSecond)),
          cpuMsPerEvent: median(list.map((r) => r.cpuMsPerEvent)),
          ackP50Ms: median(list.map((r) => r.ackP50Ms)),
          ackP99Ms: median(list.map((r) => r.ackP99Ms)),
          pacedAckP99Ms,
        };
  const assistant = summarise(runs.assistant, paced99.assistant);
  const echo = summarise(runs.echo, paced99.echo);
  // the ratio of each round's pair, then the median: robust to load that drifts between rounds
  const ratios = runs.assistant.map((a, i) => a.eventsPerSecond / (runs.echo[i]?.eventsPerSecond ?? NaN));
  const result: SlackBenchResult = { options, assistant, echo, throughputRatio: median(ratios), roundRatios: ratios };
  if (before) {
    const baselineRatios = runs.baseline.map((a, i) => a.eventsPerSecond / (runs.echo[i]?.eventsPerSecond ?? NaN));
    result.baseline = { ...summarise(runs.baseline, paced99.baseline), throughputRatio: median(baselineRatios), roundRatios: baselineRatios };
  }
  return result;
}

function report(result: SlackBenchResult): string {
  const row = (name: string, f: VariantFigures) =>
    `${name.padEnd(22)} ${f.eventsPerSecond.toFixed(0).padStart(8)} events/s   ${f.cpuMsPerEvent.toFixed(3)} CPU ms/event   ack p50 ${f.ackP50Ms.toFixed(2).padStart(6)} ms   p99 ${f.ackP99Ms.toFixed(2).padStart(6)} ms`;
  return [
    `Slack: ${result.options.events} signed app_mention events (each a new thread) × ${result.options.rounds} alternating rounds, ${result.options.concurrency} connections (medians)`,
    row('bare Bolt echo bot', result.echo),
    row('mailbox-doctor', result.assistant),
    ...(result.baseline ? [row('mailbox-doctor before', result.baseline)] : []),
    `CPU per event, echo / assistant: ${(result.echo.cpuMsPerEvent / result.assistant.cpuMsPerEvent).toFixed(2)}× (the throughput ratio a quiet machine would show)`,
    `throughput ratio (assistant / echo): ${result.throughputRatio.toFixed(2)}×, rounds ${result.roundRatios.map((r) => r.toFixed(2)).join(' ')}  (target ≥ 0.80×)`,
    ...(result.baseline
      ? [
          `before: throughput ratio ${result.baseline.throughputRatio.toFixed(2)}×, rounds ${result.baseline.roundRatios.map((r) => r.toFixed(2)).join(' ')}; ` +
            `CPU per event before / now: ${(result.baseline.cpuMsPerEvent / result.assistant.cpuMsPerEvent).toFixed(2)}×`,
        ]
      : []),
    `p99 ack at ${result.options.rate} events/s (${result.options.seconds} s each, after the rounds): assistant ${result.assistant.pacedAckP99Ms.toFixed(2)} ms, echo ${result.echo.pacedAckP99Ms.toFixed(2)} ms  (target < 50 ms)`,
  ].join('\n');
}

function argValue(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  return raw === undefined ? undefined : Number(raw);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const options: Partial<BenchOptions> = {};
  for (const key of ['events', 'rounds', 'concurrency', 'rate', 'seconds'] as const) {
    const value = argValue(key);
    if (value !== undefined) options[key] = value;
  }
  const baseline = process.argv.indexOf('--baseline');
  if (baseline >= 0 && process.argv[baseline + 1]) options.baseline = process.argv[baseline + 1];
  runSlackBench(options).then(
    (result) => console.log(report(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

export { report as formatSlackBench };
