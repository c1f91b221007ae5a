import { userInfo } from 'node:os';
import { createEngine, openStore } from '../app.js';
import { runTerminalChat } from '../bots/terminal/terminal-chat.js';
import { loadConfig } from '../config.js';
import { terminalEn } from '../content/terminal.en.js';
import { FollowUpScheduler } from '../engine/scheduler.js';
import { readArgs } from './args.js';
import type { CliIo } from './io.js';

const USAGE = 'Usage: mailbox-doctor chat [--resume]';

/** `mailbox-doctor chat`: the assistant in this terminal, follow-ups included while it runs. */
export async function chatCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, { resume: { type: 'boolean' } }, USAGE);
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
      resume: values.resume === true,
    });
  } finally {
    await scheduler.stop();
    await store.close();
  }
  return 0;
}
