/**
 * `npm run bench`: runs the benchmarks of bench/ that export a runner and prints their figures with the ratio against
 * the baseline measured in the same run. The Postgres figures need TEST_DATABASE_URL.
 */
import { runEngineBench } from './engine.bench.js';
import { formatInstances, runInstancesBench } from './instances.bench.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
process.stdout.write(`${new Date().toISOString()} · node ${process.version}\n\n`);
process.stdout.write(`${await runEngineBench({ databaseUrl })}\n\n`);
process.stdout.write(
  databaseUrl ? `${formatInstances(await runInstancesBench(databaseUrl))}\n` : 'Instances benchmark skipped: set TEST_DATABASE_URL to run it.\n',
);
process.exit(0);
