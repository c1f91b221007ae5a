import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { tempDir } from './engine.js';

/**
 * Runs one CLI command in this process, as a terminal would (no piped input), with a fresh data directory. A variable
 * given as undefined is left unset.
 */
export async function runCli(argv: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(argv, { stdin, stdout, stderr, env: unsetUndefined({ DATA_DIR: tempDir(), LOG_LEVEL: 'silent', ...env }) });
  return { code, out, err };
}

const unsetUndefined = (env: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
