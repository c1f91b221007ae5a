import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError } from './config-error.js';

/**
 * The environment with a `.env` file's variables under it: a variable set in the environment wins over the file.
 * `file` is `.env` in the working directory unless given (`--env-file`); a missing `.env` is no error, a missing file
 * that was named is.
 */
export function withEnvFile(env: NodeJS.ProcessEnv, file?: string): NodeJS.ProcessEnv {
  let text: string;
  try {
    text = readFileSync(file ?? '.env', 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    if (file === undefined && code === 'ENOENT') return env;
    throw new ConfigError([`${file ?? '.env'}: the file cannot be read (${code})`]);
  }
  return { ...parseEnv(text), ...env };
}
