/**
 * Slack channel benchmark, each side in a process of its own: the assistant (`mailbox-doctor serve` from the build,
 * as `npm start` runs it, Slack over HTTP, SQLite, logs at info to a file) and a bare Bolt echo bot (Bolt's own
 * HTTPReceiver and WebClient, one small Block Kit reply: sides/slack-echo-bot.mjs); both post to a fake Slack Web API
 * in a third (sides/reply-sink.mjs); this process sends the signed app_mention events (each one a new thread) and
 * counts a reply when its chat.postMessage reaches the fake Web API. See reply-load.ts for the rounds and figures.
 *
 *   npx tsx bench/slack.bench.ts [--events 300] [--rounds 10] [--concurrency 10] [--rate 50] [--seconds 3] [--paced-rounds 6] [--warm-up 300] [--round-warm-up 100] [--cpu-prof]
 *
 * `--cpu-prof`: both servers write CPU profiles into bench/profiles/ when they stop, a folder per side, a file per thread.
 *
 * `BENCH_BASELINE_BIN=<another checkout>/bin/mailbox-doctor.js`: that build's assistant takes the echo bot's place, so
 * that a change is measured against the build before it, alternating in the same run (the ratios then compare builds).
 */
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSides, formatComparison, type BenchRequest, type Comparison, type LoadOptions } from './reply-load.js';
import { startServer, startSink, type Server } from './sides/processes.js';

const SECRET = 'bench-signing-secret-0123456789';
const TOKEN = 'xoxb-0000000000-0000000000-benchbenchbenchbenchbe';
const TEXT = '<@U0BOT> my emails are stuck in the outbox';
/** the assistant's bin: this checkout's, or another build's (`BENCH_ASSISTANT_BIN=/path/to/bin/mailbox-doctor.js`) to compare two */
const BIN = process.env.BENCH_ASSISTANT_BIN ?? fileURLToPath(new URL('../bin/mailbox-doctor.js', import.meta.url));
const ECHO = fileURLToPath(new URL('./sides/slack-echo-bot.mjs', import.meta.url));
/** another build's bin in the echo bot's place (`BENCH_BASELINE_BIN=/path/to/bin/mailbox-doctor.js`): a change measured against the build before it */
const BASELINE_BIN = process.env.BENCH_BASELINE_BIN;
export const PROFILES = fileURLToPath(new URL('./profiles/', import.meta.url));

export interface SlackBenchOptions extends LoadOptions {
  cpuProf: boolean;
}

export const SLACK_DEFAULTS: SlackBenchOptions = { events: 300, rounds: 10, concurrency: 10, rate: 50, pacedSeconds: 3, pacedRounds: 6, warmUp: 300, roundWarmUp: 100, cpuProf: false };

let seq = 0;
/** A signed app_mention in a new thread; its key is the thread's ts, which the reply names as thread_ts. */
function signedMention(): BenchRequest {
  seq += 1;
  const ts = `${1_770_000_000 + process.pid}.${String(seq).padStart(6, '0')}`;
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
    key: ts,
    path: '/slack/events',
    body,
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
  };
}

export async function runSlackBench(partial: Partial<SlackBenchOptions> = {}): Promise<Comparison> {
  const { cpuProf, ...options } = { ...SLACK_DEFAULTS, ...partial };
  const profiles = cpuProf ? join(PROFILES, `slack-${Date.now()}`) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'mbd-slack-bench-'));
  const sink = await startSink('slack');
  const started: Server[] = [];
  try {
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: sink.url,
      SLACK_BOT_ID: 'B0BOT',
      SLACK_BOT_USER_ID: 'U0BOT',
    };
    const assistant = await startServer('assistant', [BIN, 'serve'], { ...env, DATA_DIR: dataDir }, profiles);
    started.push(assistant);
    const echo = BASELINE_BIN
      ? await startServer('echo', [BASELINE_BIN, 'serve'], { ...env, DATA_DIR: join(dataDir, 'baseline') }, profiles)
      : await startServer('echo', [ECHO], { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: sink.url }, profiles);
    started.push(echo);
    return await compareSides({ assistant, echo, sink, request: signedMention, options });
  } finally {
    for (const server of started) await server.close();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (profiles) process.stderr.write(`CPU profiles in ${profiles}\n`);
  }
}

export const formatSlackBench = (result: Comparison) =>
  formatComparison('Slack: signed app_mention events, each a new thread; a reply counts when it reaches the fake Web API', result);

/** `--name value` pairs from the command line, for the options that are numbers. */
export function numericArgs<T extends object>(names: Record<string, keyof T>): Partial<T> {
  const options: Partial<T> = {};
  for (const [flag, key] of Object.entries(names)) {
    const i = process.argv.indexOf(`--${flag}`);
    if (i >= 0 && process.argv[i + 1] !== undefined) (options as Record<keyof T, number>)[key] = Number(process.argv[i + 1]);
  }
  return options;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const options = numericArgs<SlackBenchOptions>({ events: 'events', rounds: 'rounds', concurrency: 'concurrency', rate: 'rate', seconds: 'pacedSeconds', 'paced-rounds': 'pacedRounds', 'warm-up': 'warmUp', 'round-warm-up': 'roundWarmUp' });
  console.log(formatSlackBench(await runSlackBench({ ...options, cpuProf: process.argv.includes('--cpu-prof') })));
}
