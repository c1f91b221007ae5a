import { createInterface } from 'node:readline';
import type { Engine, TurnResult } from '../../engine/engine.js';
import type { Presentation } from '../../content/present.js';
import { toPlainText } from '../../content/present.js';
import type { TerminalWords } from '../../content/terminal.en.js';
import type { Locale } from '../../content/locales.js';

export const TERMINAL_CHANNEL = 'terminal';

export interface TerminalChatOptions {
  engine: Engine;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  conversationKey: string;
  resume: boolean;
  /** the terminal's words in a conversation's language */
  words: (locale: Locale) => TerminalWords;
  /** the language of the terminal (--lang, LANG), for a new conversation */
  locale?: Locale | undefined;
}


const QUIT = /^(quit|exit|bye|\\q)$/i;

/** How one turn looks in a terminal: the text, then the choices numbered in the order the engine counts them. */
export function formatForTerminal(p: Presentation): string {
  const choices = [...p.choices, ...p.exits];
  const list = choices.map((c, i) => `  ${String(i + 1).padStart(2)}. ${c.label}`).join('\n');
  return `\n${toPlainText(p)}\n${list ? `\n${list}\n` : ''}`;
}

/** The conversation in a terminal: numbered choices or free text; `quit` leaves, and the session stays stored. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { engine, output } = options;
  const write = (text: string) => output.write(text);
  let current: TurnResult;
  const existing = options.resume ? await engine.current((await engine.sessionFor(TERMINAL_CHANNEL, options.conversationKey)).session.id) : null;
  if (existing) {
    current = { session: existing.session, locale: existing.locale, view: existing.view, presentation: existing.presentation, messages: [] };
  } else {
    current = await engine.start(TERMINAL_CHANNEL, options.conversationKey, {}, [], { locale: options.locale });
  }
  const sessionId = current.session.id;
  let words = options.words(current.locale);
  engine.onProactive(TERMINAL_CHANNEL, (result) => {
    if (result.session.id === sessionId) write(formatForTerminal(result.presentation) + '> ');
  });
  engine.onCheckUpdate((update) => {
    if (update.sessionId !== sessionId) return;
    if ('deviceCode' in update) write(`\n${words.signInPrompt(update.deviceCode.verificationUri, update.deviceCode.userCode)}\n`);
    else write(`\n${words.checkProgress(update.progress.done.length, update.progress.total)}\n`);
  });
  write(`${words.intro}\n`);
  write(formatForTerminal(current.presentation) + '> ');

  const lines = createInterface({ input: options.input, terminal: false });
  for await (const line of lines) {
    const text = line.trim();
    if (QUIT.test(text)) break;
    if (text === '') {
      write('> ');
      continue;
    }
    const outcome = await engine.send(sessionId, { text });
    if (!outcome.ok) {
      write(`${outcome.error === 'text-too-long' ? words.tooLong(outcome.limit) : words.failed}\n> `);
      continue;
    }
    words = options.words(outcome.locale);
    write(formatForTerminal(outcome.presentation) + '> ');
  }
  lines.close();
  write(`\n${words.bye}\n`);
}
