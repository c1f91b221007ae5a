/**
 * `npm run bench`: every benchmark in bench/, each printing its figures and the ratio against the baseline it measures
 * in the same run. The engine and instance benchmarks run here; the channel and probe benchmarks run as their own
 * scripts, one after the other. The Postgres figures need TEST_DATABASE_URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runEngineBench } from './engine.bench.js';
import { formatInstances, runInstancesBench } from './instances.bench.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
process.stdout.write(`${new Date().toISOString()} · node ${process.version}\n\n== engine\n`);
process.stdout.write(`${await runEngineBench({ databaseUrl })}\n\n== instances\n`);
process.stdout.write(
  databaseUrl ? `${formatInstances(await runInstancesBench(databaseUrl))}\n` : 'Instances benchmark skipped: set TEST_DATABASE_URL to run it.\n',
);
for (const name of ['slack', 'teams', 'probe']) {
  const file = fileURLToPath(new URL(`./${name}.bench.ts`, import.meta.url));
  if (!existsSync(file)) continue;
  process.stdout.write(`\n== ${name}\n`);
  spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
}
process.exit(0);
