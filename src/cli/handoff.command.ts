import { createEngine, openStore } from '../app.js';
import { loadConfig } from '../config.js';
import { describeInputProblems, handoffInput } from '../handoff/handoff-input.js';
import { HandoffNotConfiguredError } from '../handoff/handoff-service.js';
import { handoffServiceFor } from '../handoff/handoff-setup.js';
import { parseArgs, UsageError } from './args.js';
import type { CliIo } from './io.js';

const VALUED = ['ticket', 'address', 'symptom', 'error', 'channel', 'expires'] as const;
const USAGE =
  'Usage: mailbox-doctor handoff --ticket <id> [--address <email>] [--symptom sending|syncing|smtp-auth-not-supported|error] [--error <text>] [--channel web|slack|teams] [--expires 7d] [--single-use]';

/** `mailbox-doctor handoff …`: prints a link for a helpdesk ticket (the URL alone on stdout, details on stderr). */
export async function handoffCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, VALUED);
  const unknown = [...args.flags.keys()].filter((k) => !(VALUED as readonly string[]).includes(k) && k !== 'single-use');
  if (unknown.length > 0 || args.positional.length > 0) {
    throw new UsageError(`Unexpected ${unknown.length ? `option --${unknown.join(', --')}` : `word "${args.positional.join(' ')}"`}.\n${USAGE}`);
  }
  const raw: Record<string, unknown> = { singleUse: args.flags.has('single-use') };
  for (const name of VALUED) {
    const value = args.flags.get(name);
    if (value === true) throw new UsageError(`--${name} needs a value.\n${USAGE}`);
    if (value !== undefined) raw[name] = value;
  }
  const parsed = handoffInput.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${describeInputProblems(parsed.error)}.\n${USAGE}`);

  const config = loadConfig(io.env);
  const store = openStore(config);
  try {
    const created = await handoffServiceFor(config, store, createEngine(config, store)).create(parsed.data);
    io.stdout.write(`${created.url}\n`);
    io.stderr.write(`Expires ${created.expiresAt}.${created.claimCode ? ` In the app the person sends: start ${created.claimCode}` : ''}\n`);
    return 0;
  } catch (error) {
    if (error instanceof HandoffNotConfiguredError) throw new UsageError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}
