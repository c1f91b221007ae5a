/**
 * `npm run bench`: every benchmark, one after the other, each against its own baseline measured in the same run.
 * `npm run bench -- probe slack` runs only those. Figures print as JSON; ratios are what matter, not absolute numbers.
 * The Postgres figures (engine scaling on Postgres, instances) need TEST_DATABASE_URL.
 *
 * Each benchmark runs in a process of its own: one that loads nock (the probe benchmark's fake Microsoft endpoints)
 * would otherwise leave every later benchmark's HTTP going through nock's interceptors, which slowed the Slack echo
 * bot's fetch-based client by half and turned the Slack ratio into 1.5×.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const databaseUrl = process.env.TEST_DATABASE_URL;

const BENCHES: Record<string, () => Promise<unknown>> = {
  startup: async () => {
    const { runStartupBench, formatStartupBench } = await import('./startup.bench.js');
    const result = await runStartupBench();
    process.stdout.write(`${formatStartupBench(result)}\n`);
    return result;
  },
  probe: async () => (await import('./probe.bench.js')).runProbeBench(),
  slack: async () => {
    const { runSlackBench, formatSlackBench } = await import('./slack.bench.js');
    const result = await runSlackBench();
    process.stdout.write(`${formatSlackBench(result)}\n`);
    return result;
  },
  teams: async () => {
    const { runTeamsBench, formatTeamsBench } = await import('./teams.bench.js');
    const result = await runTeamsBench();
    process.stdout.write(`${formatTeamsBench(result)}\n`);
    return result;
  },
  understanding: async () => (await import('./understanding.bench.js')).runUnderstandingBench(),
  engine: async () => (await import('./engine.bench.js')).runEngineFigures({ databaseUrl }),
  stats: async () => (await import('./stats.bench.js')).runStatsBench({ databaseUrl }),
  instances: async () =>
    databaseUrl ? (await import('./instances.bench.js')).runInstancesBench(databaseUrl) : { skipped: 'set TEST_DATABASE_URL=postgres://… to run it' },
};

const CHILD = 'MAILBOX_DOCTOR_BENCH';
const only = process.env[CHILD];
if (only) {
  // the child: one benchmark, its figures as JSON on stdout
  const figures = await BENCHES[only]!();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  process.exit(0);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(BENCHES);
const unknown = names.filter((n) => !(n in BENCHES));
if (unknown.length) {
  process.stderr.write(`Unknown benchmark ${unknown.join(', ')}. Choose from: ${Object.keys(BENCHES).join(', ')}.\n`);
  process.exit(2);
}

process.stdout.write(
  `mailbox-doctor benchmarks, ${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB\n`,
);
for (const name of names) {
  process.stdout.write(`\n== ${name}\n`);
  const started = Date.now();
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD]: name },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (child.status !== 0) {
    process.stderr.write(`The ${name} benchmark failed (exit ${child.status ?? child.signal}).\n`);
    process.exitCode = 1;
  }
  process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
