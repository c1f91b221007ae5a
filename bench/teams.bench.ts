/**
 * Teams channel benchmark, each side in a process of its own: the assistant (`mailbox-doctor serve` from the build, as
 * `npm start` runs it, POST /api/messages without a bot id: local service URLs only, SQLite, logs at info to a file)
 * and a bare botbuilder CloudAdapter echo bot (sides/teams-echo-bot.mjs); both send their replies to a fake Bot
 * Framework connector in a third (sides/reply-sink.mjs), as Teams has them do; this process sends the activities (each
 * one a new channel thread) and counts a reply when it reaches the connector. See reply-load.ts for the rounds.
 *
 *   npx tsx bench/teams.bench.ts [--events 300] [--rounds 10] [--concurrency 10] [--rate 50] [--seconds 3] [--paced-rounds 6] [--cpu-prof]
 *
 * `BENCH_BASELINE_BIN=<another checkout>/bin/mailbox-doctor.js`: that build's assistant takes the echo bot's place, so
 * that a change is measured against the build before it, alternating in the same run (the ratios then compare builds).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSides, formatComparison, type BenchRequest, type Comparison } from './reply-load.js';
import { numericArgs, PROFILES, SLACK_DEFAULTS, type SlackBenchOptions } from './slack.bench.js';
import { startServer, startSink, type Server } from './sides/processes.js';

/** the assistant's bin: this checkout's, or another build's (`BENCH_ASSISTANT_BIN=/path/to/bin/mailbox-doctor.js`) to compare two */
const BIN = process.env.BENCH_ASSISTANT_BIN ?? fileURLToPath(new URL('../bin/mailbox-doctor.js', import.meta.url));
const ECHO = fileURLToPath(new URL('./sides/teams-echo-bot.mjs', import.meta.url));
/** another build's bin in the echo bot's place (`BENCH_BASELINE_BIN=/path/to/bin/mailbox-doctor.js`): a change measured against the build before it */
const BASELINE_BIN = process.env.BENCH_BASELINE_BIN;

export type TeamsBenchOptions = SlackBenchOptions;

let seq = 0;
/** A message in a new thread of a team channel; its key is the activity id, which the reply answers (replyToId). */
function channelMessage(serviceUrl: string): BenchRequest {
  seq += 1;
  const id = `bench-${process.pid}-${seq}`;
  const body = JSON.stringify({
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: '29:bench-user', name: 'Bench User', aadObjectId: 'aad-bench' },
    recipient: { id: '28:bot', name: 'Mailbox Doctor' },
    conversation: { id: `19:bench@thread.tacv2;messageid=${id}`, conversationType: 'channel', isGroup: true },
    channelData: { tenant: { id: 'tenant-bench' }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:bench@thread.tacv2' } },
    text: 'my emails are stuck in the outbox',
  });
  return { key: id, path: '/api/messages', body, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } };
}

export async function runTeamsBench(partial: Partial<TeamsBenchOptions> = {}): Promise<Comparison> {
  const { cpuProf, ...options } = { ...SLACK_DEFAULTS, ...partial };
  const profiles = cpuProf ? join(PROFILES, `teams-${Date.now()}`) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'mbd-teams-bench-'));
  const sink = await startSink('teams');
  const started: Server[] = [];
  try {
    const env = { PORT: '0', HOST: '127.0.0.1', TEAMS_ALLOW_UNAUTHENTICATED: 'true' };
    const assistant = await startServer('assistant', [BIN, 'serve'], { ...env, DATA_DIR: dataDir }, profiles);
    started.push(assistant);
    const echo = BASELINE_BIN
      ? await startServer('echo', [BASELINE_BIN, 'serve'], { ...env, DATA_DIR: join(dataDir, 'baseline') }, profiles)
      : await startServer('echo', [ECHO], {}, profiles);
    started.push(echo);
    return await compareSides({ assistant, echo, sink, request: () => channelMessage(sink.url), options });
  } finally {
    for (const server of started) await server.close();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (profiles) process.stderr.write(`CPU profiles in ${profiles}\n`);
  }
}

export const formatTeamsBench = (result: Comparison) =>
  formatComparison('Teams: channel messages, each a new thread; a reply counts when it reaches the fake connector', result);

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const options = numericArgs<TeamsBenchOptions>({ events: 'events', rounds: 'rounds', concurrency: 'concurrency', rate: 'rate', seconds: 'pacedSeconds', 'paced-rounds': 'pacedRounds', 'warm-up': 'warmUp', 'round-warm-up': 'roundWarmUp' });
  console.log(formatTeamsBench(await runTeamsBench({ ...options, cpuProf: process.argv.includes('--cpu-prof') })));
}
