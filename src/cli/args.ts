import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What Node's reader says, shortened to one line a person can act on. */
function reason(error: Error & { code?: string }): string {
  const first = error.message.split('\n')[0] ?? error.message;
  const quoted = /'([^']+)'/.exec(first)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected word "${quoted}": this command takes only options.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(first) ? `${option} takes no value.` : `${option} needs a value.`;
    default:
      return first;
  }
}

/**
 * One command's arguments, read by `node:util`'s `parseArgs` in strict mode: an unknown option, a missing value, a
 * value given to a switch or a word where none is taken is a UsageError carrying the command's usage line.
 */
export function readArgs<const O extends ParseArgsOptionsConfig>(argv: readonly string[], options: O, usage: string, takesWords = false) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: takesWords });
  } catch (error) {
    if (error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(`${reason(error)}\n${usage}`);
    }
    throw error;
  }
}

/**
 * Takes `--env-file <path>` (or `--env-file=<path>`) out of the arguments, wherever it stands before `--`: every
 * command accepts it.
 */
export function takeEnvFile(argv: readonly string[]): { argv: string[]; envFile?: string } {
  const { tokens } = parseArgs({ args: [...argv], options: { 'env-file': { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
  const drop = new Set<number>();
  let envFile: string | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'env-file') continue;
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
      throw new UsageError('--env-file needs a value: the path of a file of NAME=value lines, e.g. --env-file .env.production');
    }
    envFile = value;
    drop.add(token.index);
    if (!token.inlineValue) drop.add(token.index + 1);
  }
  return { argv: argv.filter((_, i) => !drop.has(i)), ...(envFile !== undefined ? { envFile } : {}) };
}
