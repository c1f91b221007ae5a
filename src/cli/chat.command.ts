import { userInfo } from 'node:os';
import { createEngine, openStore } from '../app.js';
import { runTerminalChat } from '../bots/terminal/terminal-chat.js';
import { loadConfig } from '../config.js';
import { TERMINAL_WORDS } from '../content/catalog.js';
import { matchLocale } from '../content/locales.js';
import { FollowUpScheduler } from '../engine/scheduler.js';
import { readArgs, UsageError } from './args.js';
import type { CliIo } from './io.js';

const USAGE = 'Usage: mailbox-doctor chat [--resume] [--lang en|es|de|fr|pt-BR]';

/** `mailbox-doctor chat`: the assistant in this terminal, follow-ups included while it runs. */
export async function chatCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, { resume: { type: 'boolean' }, lang: { type: 'string' } }, USAGE);
  // the language of a new conversation: --lang, else the terminal's (LANG and friends); the person can still switch
  const lang = typeof values.lang === 'string' ? values.lang : undefined;
  const locale = lang !== undefined ? matchLocale(lang) : matchLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  if (lang !== undefined && !locale) throw new UsageError(`--lang ${lang} is not a language the assistant speaks: use en, es, de, fr or pt-BR.\n${USAGE}`);
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
      words: (l) => TERMINAL_WORDS[l],
      locale,
      resume: values.resume === true,
    });
  } finally {
    await scheduler.stop();
    await store.close();
  }
  return 0;
}
