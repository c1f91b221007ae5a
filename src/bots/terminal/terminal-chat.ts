import { createInterface } from 'node:readline';
import type { Engine, TurnResult } from '../../engine/engine.js';
import type { Presentation } from '../../content/present.js';
import { toPlainText } from '../../content/present.js';
import type { TerminalWords } from '../../content/terminal.en.js';
import type { Locale } from '../../content/locales.js';
import type { FeedbackAnswer } from '../../machine/feedback.js';

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

/**
 * How one turn looks in a terminal: the text, then the choices numbered in the order the engine counts them, then
 * "did this help?" and how to answer it, when the conversation just ended.
 */
export function formatForTerminal(p: Presentation, words?: TerminalWords): string {
  const choices = [...p.choices, ...p.exits];
  const list = choices.map((c, i) => `  ${String(i + 1).padStart(2)}. ${c.label}`).join('\n');
  const feedback = p.feedback && words ? `\n${p.feedback.question} ${words.feedbackHint}\n` : '';
  return `\n${toPlainText(p)}\n${list ? `\n${list}\n` : ''}${feedback}`;
}

/** A line read as an answer to "did this help?" (only while it is asked), or null for anything else. */
function feedbackAnswer(text: string, words: TerminalWords): FeedbackAnswer | null {
  const said = text.toLowerCase();
  if (words.feedbackYes.includes(said)) return 'helpful';
  if (words.feedbackNo.includes(said)) return 'not-helpful';
  return null;
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
  // "did this help?" is open (y/n), or its "no" waits for an optional comment; anything else is a message as usual
  let asking: 'answer' | 'comment' | null = current.presentation.feedback ? 'answer' : null;
  const show = (p: Presentation) => {
    asking = p.feedback ? 'answer' : null;
    write(formatForTerminal(p, words) + '> ');
  };
  engine.onProactive(TERMINAL_CHANNEL, (result) => {
    if (result.session.id === sessionId) show(result.presentation);
  });
  engine.onCheckUpdate((update) => {
    if (update.sessionId !== sessionId) return;
    if ('deviceCode' in update) write(`\n${words.signInPrompt(update.deviceCode.verificationUri, update.deviceCode.userCode)}\n`);
    else write(`\n${words.checkProgress(update.progress.done.length, update.progress.total)}\n`);
  });
  write(`${words.intro}\n`);
  show(current.presentation);

  const lines = createInterface({ input: options.input, terminal: false });
  for await (const line of lines) {
    const text = line.trim();
    if (QUIT.test(text)) break;
    if (text === '') {
      asking = null;
      write('> ');
      continue;
    }
    const answer: FeedbackAnswer | null = asking === 'answer' ? feedbackAnswer(text, words) : null;
    const input = answer ? { choice: answer } : asking === 'comment' ? { choice: 'not-helpful', comment: text } : { text };
    const outcome = await engine.send(sessionId, input);
    if (!outcome.ok) {
      write(`${outcome.error === 'text-too-long' ? words.tooLong(outcome.limit) : words.failed}\n> `);
      continue;
    }
    words = options.words(outcome.locale);
    // after "no", one line on what was missing may follow (Enter skips it)
    const invite: boolean = answer === 'not-helpful';
    asking = outcome.presentation.feedback ? 'answer' : invite ? 'comment' : null;
    write(formatForTerminal(outcome.presentation, words) + (invite ? `${words.commentPrompt}\n` : '') + '> ');
  }
  lines.close();
  write(`\n${words.bye}\n`);
}
