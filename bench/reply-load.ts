/**
 * The load generator of the channel benchmarks (Slack, Teams), run in the bench's own process against two servers in
 * processes of their own (the assistant, a bare echo bot), with the replies counted where they arrive: at a reply sink
 * in a fourth process (the fake Slack Web API or Bot Framework connector), not at the acknowledgement.
 *
 * - Saturated rounds: `events` requests over `concurrency` kept-alive connections; replies per second = replies
 *   arrived ÷ (last reply's arrival − first request's start). Rounds alternate which side goes first, and the ratio is
 *   the median of each round's pair: a shared machine's load drifts over seconds, and adjacent short runs see the same.
 *   Each timed round follows an untimed burst of `roundWarmUp` requests to the same side: a side that has just sat idle
 *   through the other side's round ran its next round measurably slower (both sides alike, so the pairs' ratios
 *   alternated high and low with the order), and a saturated round is meant to measure a side already at work.
 * - Paced rounds: requests at a steady `rate` per second, alternating too; the reply latency (request start → reply at
 *   the sink): p50, and p99 as the median of the rounds' p99s.
 * - A reply missing after 30 s counts as lost; a second reply to one Slack event counts as posted twice.
 *
 *   compareSides({ assistant, echo, sink, request, ...options }): Promise<Comparison>
 */
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import type { Server, Sink } from './sides/processes.js';

export interface LoadOptions {
  /** requests per saturated round, per side */
  events: number;
  rounds: number;
  concurrency: number;
  /** the paced runs: requests per second, seconds per round, rounds per side */
  rate: number;
  pacedSeconds: number;
  pacedRounds: number;
  /** requests sent to each side before measuring */
  warmUp: number;
  /** requests sent to a side, untimed, right before each of its timed saturated rounds */
  roundWarmUp: number;
}

/** One request to a side: the key its reply will carry at the sink, and what to POST. */
export interface BenchRequest {
  key: string;
  path: string;
  body: string;
  headers: Record<string, string>;
}

export interface SideFigures {
  repliesPerSecond: number;
  /** CPU time of the server's process per reply: steadier than wall time on a busy machine */
  cpuMsPerReply: number;
  /** reply latency in the saturated rounds (queueing included) */
  saturatedP99Ms: number;
  /** reply latency at the steady rate: p50 over every paced request; p99 per paced round, the median of those (one
   *  hiccup of a shared machine in one round moves it less), and p99 over every paced request */
  pacedP50Ms: number;
  pacedP99Ms: number;
  pacedPooledP99Ms: number;
  /** requests not answered 200, replies missing after 30 s, and replies beyond the first to one request */
  failedRequests: number;
  lostReplies: number;
  extraReplies: number;
  /** CPU ms per reply in each saturated round, in order: whether a side slows down as it runs */
  roundCpuMsPerReply: number[];
}

export interface Comparison {
  options: LoadOptions;
  assistant: SideFigures;
  echo: SideFigures;
  /** assistant replies/s ÷ echo replies/s: the median of the rounds' pairs */
  throughputRatio: number;
  roundRatios: number[];
  /** assistant paced p99 ÷ echo paced p99 */
  pacedP99Ratio: number;
  cpuRatio: number;
  /** the 1-minute load average when the bench started and when it ended (2 cores shared with other work) */
  loadAverage: { before: number; after: number };
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN;
};
/** The middle value; for an even count, the mean of the two middle ones (not the lower of them). */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Replies seen at the sink: the first arrival per key, and how many arrived per key. */
class Replies {
  private readonly first = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  constructor(private readonly sink: Sink) {}

  private async pull(): Promise<void> {
    for (const [key, at] of await this.sink.drain()) {
      if (!this.first.has(key)) this.first.set(key, at);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
  }

  /** Waits until every key has a reply, or `timeoutMs`; then the arrivals of those keys. */
  async of(keys: string[], timeoutMs = 30_000): Promise<Map<string, number>> {
    const deadline = Date.now() + timeoutMs;
    let missing = keys.length;
    for (;;) {
      await this.pull();
      missing = keys.reduce((n, key) => n + (this.first.has(key) ? 0 : 1), 0);
      if (missing === 0 || Date.now() > deadline) break;
      await sleep(missing > 20 ? 10 : 2);
    }
    await sleep(20); // a second reply to the same request, if any, has time to show
    await this.pull();
    return new Map(keys.filter((key) => this.first.has(key)).map((key) => [key, this.first.get(key) as number]));
  }

  extra(keys: string[]): number {
    return keys.reduce((n, key) => n + Math.max(0, (this.counts.get(key) ?? 0) - 1), 0);
  }
}

function post(agent: Agent, port: number, req: BenchRequest): Promise<number> {
  return new Promise((resolve) => {
    const r = httpRequest({ host: '127.0.0.1', port, path: req.path, method: 'POST', headers: req.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    r.on('error', () => resolve(0));
    r.end(req.body);
  });
}

interface RoundResult {
  repliesPerSecond: number;
  latencies: number[];
  cpuMs: number;
  replies: number;
  failed: number;
  lost: number;
  extra: number;
}

async function collect(server: Server, replies: Replies, sent: Map<string, number>, started: number, cpuBefore: number, failed: number): Promise<RoundResult> {
  const keys = [...sent.keys()];
  const arrived = await replies.of(keys);
  const cpuMs = server.cpuMs() - cpuBefore;
  const last = Math.max(...arrived.values());
  return {
    repliesPerSecond: arrived.size / ((last - started) / 1000),
    latencies: [...arrived].map(([key, at]) => at - (sent.get(key) as number)),
    cpuMs,
    replies: arrived.size,
    failed,
    lost: keys.length - arrived.size,
    extra: replies.extra(keys),
  };
}

async function saturated(server: Server, replies: Replies, request: (port: number) => BenchRequest, events: number, concurrency: number): Promise<RoundResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const sent = new Map<string, number>();
  let failed = 0;
  let next = 0;
  const cpuBefore = server.cpuMs();
  const started = now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < events) {
        next += 1;
        const req = request(server.port);
        sent.set(req.key, now());
        if ((await post(agent, server.port, req)) !== 200) failed += 1;
      }
    }),
  );
  agent.destroy();
  return collect(server, replies, sent, started, cpuBefore, failed);
}

async function paced(server: Server, replies: Replies, request: (port: number) => BenchRequest, rate: number, seconds: number): Promise<RoundResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const sent = new Map<string, number>();
  const total = Math.round(rate * seconds);
  const pending: Array<Promise<number>> = [];
  const cpuBefore = server.cpuMs();
  const started = now();
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - now();
    if (wait > 1) await sleep(wait);
    const req = request(server.port);
    sent.set(req.key, now());
    pending.push(post(agent, server.port, req));
  }
  const failed = (await Promise.all(pending)).filter((status) => status !== 200).length;
  agent.destroy();
  return collect(server, replies, sent, started, cpuBefore, failed);
}

export async function compareSides(sides: { assistant: Server; echo: Server; sink: Sink; request: (port: number) => BenchRequest; options: LoadOptions }): Promise<Comparison> {
  const { sink, request, options } = sides;
  const replies = new Replies(sink);
  const before = loadavg()[0] ?? NaN;
  const names = ['echo', 'assistant'] as const;
  const saturatedRuns: Record<(typeof names)[number], RoundResult[]> = { echo: [], assistant: [] };
  const pacedRuns: Record<(typeof names)[number], RoundResult[]> = { echo: [], assistant: [] };
  for (const name of names) await saturated(sides[name], replies, request, options.warmUp, options.concurrency);
  for (let round = 0; round < options.rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      if (options.roundWarmUp > 0) await saturated(sides[name], replies, request, options.roundWarmUp, options.concurrency);
      saturatedRuns[name].push(await saturated(sides[name], replies, request, options.events, options.concurrency));
    }
  }
  for (let round = 0; round < options.pacedRounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) pacedRuns[name].push(await paced(sides[name], replies, request, options.rate, options.pacedSeconds));
  }
  const figures = (name: (typeof names)[number]): SideFigures => {
    const runs = saturatedRuns[name];
    const steady = pacedRuns[name];
    const all = [...runs, ...steady];
    const sum = (pick: (r: RoundResult) => number) => all.reduce((n, r) => n + pick(r), 0);
    const steadyLatencies = steady.flatMap((r) => r.latencies);
    return {
      repliesPerSecond: round2(median(runs.map((r) => r.repliesPerSecond))),
      cpuMsPerReply: round2(median(runs.map((r) => r.cpuMs / r.replies))),
      saturatedP99Ms: round2(median(runs.map((r) => percentile(r.latencies, 0.99)))),
      pacedP50Ms: round2(percentile(steadyLatencies, 0.5)),
      pacedP99Ms: round2(median(steady.map((r) => percentile(r.latencies, 0.99)))),
      pacedPooledP99Ms: round2(percentile(steadyLatencies, 0.99)),
      failedRequests: sum((r) => r.failed),
      lostReplies: sum((r) => r.lost),
      extraReplies: sum((r) => r.extra),
      roundCpuMsPerReply: runs.map((r) => round2(r.cpuMs / r.replies)),
    };
  };
  const assistant = figures('assistant');
  const echo = figures('echo');
  const roundRatios = saturatedRuns.assistant.map((a, i) => round2(a.repliesPerSecond / (saturatedRuns.echo[i]?.repliesPerSecond ?? NaN)));
  return {
    options,
    assistant,
    echo,
    throughputRatio: round2(median(roundRatios)),
    roundRatios,
    pacedP99Ratio: round2(assistant.pacedP99Ms / echo.pacedP99Ms),
    cpuRatio: round2(assistant.cpuMsPerReply / echo.cpuMsPerReply),
    loadAverage: { before: round2(before), after: round2(loadavg()[0] ?? NaN) },
  };
}

/** The comparison as a few lines for a person. */
export function formatComparison(title: string, result: Comparison, targets = { throughput: 0.8, p99: 1.5 }): string {
  const o = result.options;
  const row = (name: string, f: SideFigures) =>
    `${name.padEnd(28)} ${f.repliesPerSecond.toFixed(0).padStart(6)} replies/s  ${f.cpuMsPerReply.toFixed(2)} CPU ms/reply  ` +
    `paced p50 ${f.pacedP50Ms.toFixed(1)} ms p99 ${f.pacedP99Ms.toFixed(1)} ms (all rounds pooled ${f.pacedPooledP99Ms.toFixed(1)})  failed ${f.failedRequests}, lost ${f.lostReplies}, extra ${f.extraReplies}`;
  return [
    `${title}: ${o.rounds} alternating rounds of ${o.events} requests over ${o.concurrency} connections; paced ${o.pacedRounds}×${o.pacedSeconds} s at ${o.rate}/s per side; load average ${result.loadAverage.before} → ${result.loadAverage.after}`,
    row('bare echo bot', result.echo),
    row('mailbox-doctor', result.assistant),
    `replies/s ratio (assistant / echo): ${result.throughputRatio.toFixed(2)}× (target ≥ ${targets.throughput}×), rounds ${result.roundRatios.map((r) => r.toFixed(2)).join(' ')}`,
    `paced reply p99 ratio: ${result.pacedP99Ratio.toFixed(2)}× (target ≤ ${targets.p99}×); CPU per reply ratio: ${result.cpuRatio.toFixed(2)}×`,
    `CPU ms per reply by round: echo ${result.echo.roundCpuMsPerReply.join(' ')}; assistant ${result.assistant.roundCpuMsPerReply.join(' ')}`,
  ].join('\n');
}
