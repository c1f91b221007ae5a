import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { backgroundErrors } from '../ops/background-errors.js';
import { readArgs } from './args.js';
import type { CliIo } from './io.js';

const USAGE = 'Usage: mailbox-doctor serve [--env-file <path>]';

/** `mailbox-doctor serve` (what `npm start` runs): the HTTP server with every configured channel, until SIGINT/SIGTERM. */
export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  readArgs(argv, {}, USAGE);
  const config = loadConfig(io.env);
  const logger = createLogger(config.LOG_LEVEL);
  const app = buildApp(config, logger);
  // a backstop: a promise nobody awaited that fails is a bug to log and count, not a reason to drop every conversation
  const unhandled = backgroundErrors(logger);
  process.on('unhandledRejection', (err) => unhandled(err, { loop: 'unhandled', failures: 1, retryInMs: 0 }));
  const port = await app.listen();
  logger.info({ port, dataDir: config.DATA_DIR }, `mailbox-doctor listening on http://localhost:${port}`);
  // written at once, not with the next 4 KB of lines: whoever started the server is waiting for this one
  logger.flush();
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  logger.info('shutting down');
  await app.close();
  return 0;
}
