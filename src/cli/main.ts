import { userInfo } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { buildApp, createEngine, openStore } from '../app.js';
import { backgroundErrors } from '../ops/background-errors.js';
import { runTerminalChat } from '../bots/terminal/terminal-chat.js';
import { terminalEn } from '../content/terminal.en.js';
import { ConfigError, loadConfig } from '../config.js';
import { FollowUpScheduler } from '../engine/scheduler.js';
import { createLogger } from '../logger.js';
import { flowDocument, readmeWithDiagram } from '../machine/diagram.js';
import { parseArgs, UsageError } from './args.js';
import { classifyCommand } from './classify.command.js';
import { handoffCommand } from './handoff.command.js';
import { migrateCommand } from './migrate.command.js';
import { StoreUnavailableError } from '../store/operations-records.js';
import { probeCommand } from './probe.command.js';
import { processIo, type CliIo } from './io.js';

const HELP = `mailbox-doctor: fix a Microsoft 365 mailbox connected to Close

Usage:
  mailbox-doctor serve                 start the HTTP server (chat API, web page, channels)
  mailbox-doctor chat [--resume]       talk to the assistant in this terminal
  mailbox-doctor classify [--json] <error text>
                                       name the diagnosis for an error message (or pipe the text in)
  mailbox-doctor probe <address> [--sign-in] [--close-address <a>] [--json]
                                       check a mailbox for real (MX, tenant, SMTP, IMAP; signed in with --sign-in)
  mailbox-doctor diagram [--write|--check]
                                       print the flow diagram (Mermaid), write docs/flow.md, or check it is current
  mailbox-doctor handoff --ticket <id> [--address <a>] [--symptom <s>] [--error <text>] [--channel web|slack|teams] [--expires 7d] [--single-use]
                                       print a link that opens the assistant already knowing a helpdesk ticket
  mailbox-doctor migrate               bring the database schema up to date (Postgres with DATABASE_URL, else SQLite) and exit
  mailbox-doctor help                  this text

Configuration comes from environment variables; see .env.example.
`;

const DIAGRAM_FILE = new URL('../../docs/flow.md', import.meta.url);
const README_FILE = new URL('../../README.md', import.meta.url);

async function serve(io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const logger = createLogger(config.LOG_LEVEL);
  const app = buildApp(config, logger);
  // a backstop: a promise nobody awaited that fails is a bug to log and count, not a reason to drop every conversation
  const unhandled = backgroundErrors(logger);
  process.on('unhandledRejection', (err) => unhandled(err, { loop: 'unhandled', failures: 1, retryInMs: 0 }));
  const port = await app.listen();
  logger.info({ port, dataDir: config.DATA_DIR }, `mailbox-doctor listening on http://localhost:${port}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  logger.info('shutting down');
  await app.close();
  return 0;
}

async function chat(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const config = loadConfig(io.env);
  const store = openStore(config);
  const engine = createEngine(config, store);
  const scheduler = new FollowUpScheduler(engine, {
    intervalMs: Math.min(config.SCHEDULER_INTERVAL_MS, config.FOLLOW_UP_DELAY_SECONDS * 500),
    onError: () => undefined,
  });
  scheduler.start();
  try {
    await runTerminalChat({
      engine,
      input: io.stdin,
      output: io.stdout,
      conversationKey: `terminal:${userInfo().username}`,
      words: terminalEn,
      resume: args.flags.has('resume'),
    });
  } finally {
    await scheduler.stop();
    await store.close();
  }
  return 0;
}

async function diagram(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const doc = flowDocument();
  const readme = await readFile(README_FILE, 'utf8').catch(() => '');
  if (args.flags.has('write')) {
    await writeFile(DIAGRAM_FILE, doc);
    if (readme) await writeFile(README_FILE, readmeWithDiagram(readme));
    io.stdout.write('docs/flow.md and the README diagram written.\n');
    return 0;
  }
  if (args.flags.has('check')) {
    const current = await readFile(DIAGRAM_FILE, 'utf8').catch(() => '');
    if (current === doc && readme === readmeWithDiagram(readme)) return 0;
    io.stderr.write('The flow diagram is out of date: run npm run diagram.\n');
    return 1;
  }
  io.stdout.write(doc);
  return 0;
}

/** Runs one command; returns the exit code. Bad arguments or configuration exit 2 with a message, never a stack. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command = 'help', ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve(io);
      case 'chat':
        return await chat(rest, io);
      case 'classify':
        return await classifyCommand(rest, io);
      case 'diagram':
        return await diagram(rest, io);
      case 'handoff':
        return await handoffCommand(rest, io);
      case 'migrate':
        return await migrateCommand(io);
      case 'probe':
        return await probeCommand(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(HELP);
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}". Run mailbox-doctor help to see the commands.`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof StoreUnavailableError) {
      io.stderr.write('The database in DATABASE_URL cannot be reached. Check the address and that Postgres accepts connections, then start again.\n');
      return 1;
    }
    throw error;
  }
}
