import { createEngine, openStore } from '../app.js';
import { loadConfig } from '../config.js';
import { describeInputProblems, handoffInput } from '../handoff/handoff-input.js';
import { HandoffNotConfiguredError } from '../handoff/handoff-service.js';
import { handoffServiceFor } from '../handoff/handoff-setup.js';
import { readArgs, UsageError } from './args.js';
import type { CliIo } from './io.js';

const USAGE =
  'Usage: mailbox-doctor handoff --ticket <id> [--address <email>] [--symptom sending|syncing|smtp-auth-not-supported|error] [--error <text>] [--channel web|slack|teams] [--expires 7d] [--single-use] [--lang en|es|de|fr|pt-BR]';
const OPTIONS = {
  ticket: { type: 'string' },
  address: { type: 'string' },
  symptom: { type: 'string' },
  error: { type: 'string' },
  channel: { type: 'string' },
  expires: { type: 'string' },
  'single-use': { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** `mailbox-doctor handoff …`: prints a link for a helpdesk ticket (the URL alone on stdout, details on stderr). */
export async function handoffCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, OPTIONS, USAGE);
  const { 'single-use': singleUse, ...given } = values;
  const raw: Record<string, unknown> = { ...given, singleUse: singleUse === true };
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
