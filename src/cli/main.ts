// no zod here: a command that needs no configuration (classify) never loads it
import { ConfigError } from '../config-error.js';
import { withEnvFile } from '../env-file.js';
import { takeEnvFile, UsageError } from './args.js';
import { processIo, type CliIo } from './io.js';
import { StoreUnavailableError } from '../store/operations-records.js';

const HELP = `mailbox-doctor: fix a Microsoft 365 mailbox connected to Close

Usage:
  mailbox-doctor serve                 start the HTTP server (chat API, web page, channels)
  mailbox-doctor chat [--resume] [--lang en|es|de|fr|pt-BR]
                                       talk to the assistant in this terminal (in LANG's language by default)
  mailbox-doctor classify [--json] <error text>
                                       name the diagnosis for an error message (or pipe the text in)
  mailbox-doctor probe <address> [--sign-in] [--close-address <a>] [--json]
                                       check a mailbox for real (MX, tenant, SMTP, IMAP; signed in with --sign-in)
  mailbox-doctor diagram [--write|--check]
                                       print the flow diagram (Mermaid), write docs/flow.md, or check it is current
  mailbox-doctor handoff --ticket <id> [--address <a>] [--symptom <s>] [--error <text>] [--channel web|slack|teams] [--expires 7d] [--single-use]
                                       print a link that opens the assistant already knowing a helpdesk ticket
  mailbox-doctor misunderstood [--since 7d] [--json]
                                       export the messages the assistant did not understand, most frequent first
  mailbox-doctor migrate               bring the database schema up to date (Postgres with DATABASE_URL, else SQLite) and exit
  mailbox-doctor help                  this text

Every command reads .env in the working directory, or the file given with --env-file <path>; variables set in the
environment win over the file. The settings are listed in .env.example.
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Each command loads only what it uses: classify never loads Bolt, botbuilder or the store. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.command.js')).serveCommand,
  chat: async () => (await import('./chat.command.js')).chatCommand,
  classify: async () => (await import('./classify.command.js')).classifyCommand,
  diagram: async () => (await import('./diagram.command.js')).diagramCommand,
  handoff: async () => (await import('./handoff.command.js')).handoffCommand,
  migrate: async () => (await import('./migrate.command.js')).migrateCommand,
  misunderstood: async () => (await import('./misunderstood.command.js')).misunderstoodCommand,
  probe: async () => (await import('./probe.command.js')).probeCommand,
};

/** Runs one command; returns the exit code. Bad arguments or configuration exit 2 with a message, never a stack. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const { argv: args, envFile } = takeEnvFile(argv);
    const [command = 'help', ...rest] = args;
    if (command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(HELP);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`Unknown command "${command}". Run mailbox-doctor help to see the commands.`);
    return await (await load())(rest, { ...io, env: withEnvFile(io.env, envFile) });
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
