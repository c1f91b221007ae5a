/**
 * `npm run bench`: every benchmark, one after the other, each against its own baseline measured in the same run.
 * `npm run bench -- probe slack` runs only those. Figures print as JSON; ratios are what matter, not absolute numbers.
 * The Postgres figures (engine scaling on Postgres, instances) need TEST_DATABASE_URL.
 */
import { cpus, totalmem } from 'node:os';
import { runProbeBench } from './probe.bench.js';
import { runSlackBench } from './slack.bench.js';
import { runTeamsBench } from './teams.bench.js';
import { runEngineFigures } from './engine.bench.js';
import { runInstancesBench } from './instances.bench.js';

const databaseUrl = process.env.TEST_DATABASE_URL;

const BENCHES: Record<string, () => Promise<unknown>> = {
  probe: () => runProbeBench(),
  slack: () => runSlackBench(),
  teams: () => runTeamsBench(),
  engine: () => runEngineFigures({ databaseUrl }),
  instances: async () => (databaseUrl ? runInstancesBench(databaseUrl) : { skipped: 'set TEST_DATABASE_URL=postgres://… to run it' }),
};

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
  const figures = await BENCHES[name]!();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
process.exit(0);
