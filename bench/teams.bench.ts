/**
 * Teams channel throughput: activities per second and p99 latency of the whole assistant (POST /api/messages on the
 * shared server: CloudAdapter, engine turn on SQLite, Adaptive Card) against a bare CloudAdapter echo bot on a bare
 * node server, both with `deliveryMode: 'expectReplies'` over loopback, in the same run: both stay up, and short rounds
 * alternate between them; figures are medians over the rounds.
 *   npx tsx bench/teams.bench.ts [rounds, default 10]
 */
import { Agent, createServer, request, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
// the baseline is botbuilder itself, as it comes: not the Teams adapter of this project
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';

export interface Figures {
  activitiesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

export interface TeamsBenchResult {
  assistant: Figures;
  echo: Figures;
  /** assistant activities/s divided by the echo bot's: the median of the rounds' pairs */
  throughputRatio: number;
  roundRatios: number[];
  /** assistant p99 divided by the echo bot's */
  p99Ratio: number;
}

export interface TeamsBenchOptions {
  /** each round's length for each side */
  seconds?: number;
  rounds?: number;
  warmupSeconds?: number;
  concurrency?: number;
  threads?: number;
}

const TEXTS = ['my emails are stuck in the outbox', 'start over'];

function activity(thread: number, turn: number) {
  const root = `19:bench@thread.tacv2`;
  return {
    type: 'message',
    id: `bench-${process.pid}-${thread}-${turn}-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: 'http://localhost:9/teams/',
    deliveryMode: 'expectReplies',
    from: { id: `29:user-${thread}`, name: 'Bench User' },
    recipient: { id: '28:bot', name: 'Mailbox Doctor' },
    conversation: { id: `${root};messageid=thread-${thread}`, conversationType: 'channel', isGroup: true },
    text: TEXTS[turn % TEXTS.length],
  };
}

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function load(port: number, seconds: number, concurrency: number, threads: number): Promise<Figures> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const turns = new Array<number>(threads).fill(0);
  const until = performance.now() + seconds * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const thread = next++ % threads;
      const body = JSON.stringify(activity(thread, turns[thread]!++));
      const started = performance.now();
      const status = await post(agent, port, body).catch(() => 0);
      latencies.push(performance.now() - started);
      if (status !== 200) errors++;
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { activitiesPerSecond: latencies.length / elapsed, p50Ms: at(0.5), p99Ms: at(0.99), requests: latencies.length, errors };
}

/** CloudAdapter as botbuilder ships it, with the protected entry point our server calls made public. */
class BareAdapter extends CloudAdapter {
  run(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authorization, activity, logic);
  }
}

/** A bare CloudAdapter echo bot on a bare node server: the baseline. */
async function startEcho(): Promise<{ server: Server; port: number }> {
  const adapter = new BareAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text?: string };
      adapter
        .run(String(req.headers.authorization ?? ''), body as Activity, async (context) => {
          await context.sendActivity(context.activity.text ?? '');
        })
        .then((response) => {
          const payload = JSON.stringify(response?.body ?? {});
          res.writeHead(response?.status ?? 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
          res.end(payload);
        })
        .catch(() => {
          res.writeHead(500);
          res.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};

/** The middle of each figure over the rounds. */
function medianFigures(list: Figures[]): Figures {
  return {
    activitiesPerSecond: median(list.map((f) => f.activitiesPerSecond)),
    p50Ms: median(list.map((f) => f.p50Ms)),
    p99Ms: median(list.map((f) => f.p99Ms)),
    requests: list.reduce((n, f) => n + f.requests, 0),
    errors: list.reduce((n, f) => n + f.errors, 0),
  };
}

export async function runTeamsBench(options: TeamsBenchOptions = {}): Promise<TeamsBenchResult> {
  const seconds = options.seconds ?? 1.5;
  const rounds = options.rounds ?? 10;
  const warmup = options.warmupSeconds ?? 1;
  const concurrency = options.concurrency ?? 10;
  const threads = options.threads ?? 50;

  const echo = await startEcho();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'teams-bench-')),
    LOG_LEVEL: 'silent',
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
  });
  const app = buildApp(config, createLogger('silent'));
  const port = await app.listen();
  const runs: { echo: Figures[]; assistant: Figures[] } = { echo: [], assistant: [] };
  try {
    await load(echo.port, warmup, concurrency, threads);
    await load(port, warmup, concurrency, threads);
    // both stay up; short rounds alternate which goes first, so that the shared machine's drifting load hits both alike
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['echo', 'assistant'] as const) : (['assistant', 'echo'] as const);
      for (const side of order) runs[side].push(await load(side === 'echo' ? echo.port : port, seconds, concurrency, threads));
    }
  } finally {
    await new Promise<void>((resolve) => echo.server.close(() => resolve()));
    await app.close();
  }
  const ratios = runs.assistant.map((a, i) => a.activitiesPerSecond / (runs.echo[i]?.activitiesPerSecond ?? NaN));
  const assistant = medianFigures(runs.assistant);
  const echoFigures = medianFigures(runs.echo);
  return {
    assistant,
    echo: echoFigures,
    throughputRatio: median(ratios),
    roundRatios: ratios,
    p99Ratio: assistant.p99Ms / echoFigures.p99Ms,
  };
}

function row(name: string, f: Figures): string {
  return `| ${name.padEnd(34)} | ${f.activitiesPerSecond.toFixed(0).padStart(8)} | ${f.p50Ms.toFixed(2).padStart(7)} | ${f.p99Ms.toFixed(2).padStart(7)} | ${String(f.errors).padStart(6)} |`;
}

if (process.argv[1]?.endsWith('teams.bench.ts')) {
  const rounds = Number(process.argv[2] ?? 10);
  const result = await runTeamsBench({ rounds });
  process.stdout.write(
    [
      `Teams: ${rounds} alternating rounds of 1.5 s per side, 10 connections, expectReplies over loopback (medians)`,
      '| bot                                | act/s    | p50 ms  | p99 ms  | errors |',
      '|---|---|---|---|---|',
      row('bare CloudAdapter echo bot', result.echo),
      row('whole assistant (/api/messages)', result.assistant),
      `throughput ratio (assistant / echo): ${result.throughputRatio.toFixed(2)}, rounds ${result.roundRatios.map((r) => r.toFixed(2)).join(' ')}`,
      `p99 ratio (assistant / echo): ${result.p99Ratio.toFixed(2)}`,
      '',
    ].join('\n'),
  );
}
