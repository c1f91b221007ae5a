/**
 * `npm run bench`: runs every benchmark in bench/ that exports a runner and prints its figures with the ratio against
 * its baseline, measured in the same run. Postgres figures need TEST_DATABASE_URL.
 */
import { runEngineBench } from './engine.bench.js';

process.stdout.write(`${new Date().toISOString()} · node ${process.version}\n\n`);
process.stdout.write(`${await runEngineBench({ databaseUrl: process.env.TEST_DATABASE_URL })}\n`);
