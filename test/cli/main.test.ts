import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/engine.js';
import { runCli } from '../helpers/cli.js';

const run = runCli;

function envFile(text: string): string {
  const file = join(tempDir(), 'settings.env');
  writeFileSync(file, text);
  return file;
}

describe('--env-file', () => {
  it('gives a command the settings in the file named, before or after the command', async () => {
    const dataDir = tempDir();
    const file = envFile(`# a comment\nDATA_DIR=${dataDir}\n`);
    for (const argv of [['migrate', '--env-file', file], ['--env-file', file, 'migrate'], ['migrate', `--env-file=${file}`]]) {
      const { code, out } = await run(argv, { DATA_DIR: undefined });
      expect(code).toBe(0);
      expect(out).toContain(`SQLite in ${dataDir}`);
    }
  });

  it('lets a variable set in the environment win over the file', async () => {
    const [fromFile, fromEnv] = [tempDir(), tempDir()];
    const { code, out } = await run(['migrate', '--env-file', envFile(`DATA_DIR=${fromFile}\n`)], { DATA_DIR: fromEnv });
    expect(code).toBe(0);
    expect(out).toContain(`SQLite in ${fromEnv}`);
  });

  it('names a file that cannot be read, and a flag without a path, and exits 2', async () => {
    const missing = join(tempDir(), 'nope.env');
    const unreadable = await run(['classify', '--env-file', missing, 'some error']);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain(`${missing}: the file cannot be read (ENOENT)`);

    const bare = await run(['classify', 'some error', '--env-file']);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/--env-file needs a value/);
  });

  it('reports a bad value from the file like one from the environment, and exits 2', async () => {
    const { code, err } = await run(['migrate', '--env-file', envFile('PORT=eighty\n')]);
    expect(code).toBe(2);
    expect(err).toMatch(/PORT/);
  });
});

describe('strict arguments', () => {
  it.each([
    [['diagram', '--chek'], /Unknown option --chek\./, /Usage: mailbox-doctor diagram/],
    [['classify', '--jsn', '535 5.7.139'], /Unknown option --jsn\./, /Usage: mailbox-doctor classify/],
    [['chat', '--resum'], /Unknown option --resum\./, /Usage: mailbox-doctor chat/],
    [['migrate', 'now'], /Unexpected word "now"/, /Usage: mailbox-doctor migrate/],
    [['serve', '--port', '80'], /Unknown option --port\./, /Usage: mailbox-doctor serve/],
    [['handoff', '--ticket'], /--ticket needs a value/, /Usage: mailbox-doctor handoff/],
    [['handoff', '--ticket', '--single-use'], /--ticket needs a value/, /Usage: mailbox-doctor handoff/],
    [['handoff', '--ticket', '4711', 'extra'], /Unexpected word "extra"/, /Usage: mailbox-doctor handoff/],
    [['classify', '--json=yes', 'x'], /--json takes no value/, /Usage: mailbox-doctor classify/],
    [['probe', 'jo@contoso.com', '--close-adress', 'a@b.c'], /Unknown option --close-adress\./, /Usage: mailbox-doctor probe/],
    [['probe', 'jo@contoso.com', '--smtp-server'], /--smtp-server needs a value/, /Usage: mailbox-doctor probe/],
  ])('%j exits 2 with what is wrong and the usage line', async (argv, problem, usage) => {
    const { code, out, err } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(problem);
    expect(err).toMatch(usage);
    expect(out).toBe('');
  });

  it('still takes text that starts with a dash after --', async () => {
    const { code, out } = await run(['classify', '--', '-ERR Authentication failed']);
    expect(code).toBe(0);
    expect(out).toMatch(/^[a-z-]+: /);
  });
});
