import { en } from '../content/en.js';
import { classifyError } from '../machine/classifier.js';
import { readArgs, UsageError } from './args.js';
import { readAll, type CliIo } from './io.js';

const USAGE = 'Usage: mailbox-doctor classify [--json] "<error text>"   (or the text on standard input)';

/** `mailbox-doctor classify [--json] <text>`: names the diagnosis for an error message (or the text on stdin). */
export async function classifyCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = readArgs(argv, { json: { type: 'boolean' } }, USAGE, true);
  let text = positionals.join(' ');
  if (text.trim() === '' && !io.stdin.isTTY) text = await readAll(io.stdin);
  if (text.trim() === '') throw new UsageError(`Give the error text as an argument or on standard input.\n${USAGE}`);
  const result = classifyError(text);
  const prose = en.diagnoses[result.code];
  if (values.json) {
    const body: Record<string, unknown> = { diagnosis: result.code, meaning: prose.meaning, fix: prose.fix };
    if (result.ambiguity) body.question = en.questions[result.ambiguity.question];
    io.stdout.write(`${JSON.stringify(body)}\n`);
  } else {
    io.stdout.write(`${result.code}: ${prose.title}\n\nWhat it means: ${prose.meaning}\nHow to fix it: ${prose.fix}\n`);
    if (result.ambiguity) io.stdout.write(`\nThis reply has more than one cause. ${en.questions[result.ambiguity.question]}\n`);
  }
  return 0;
}
