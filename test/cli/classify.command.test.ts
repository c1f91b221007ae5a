import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

function io(stdinText?: string) {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (stdinText === undefined) stdin.isTTY = true;
  else stdin.end(stdinText);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const read = (s: PassThrough) => s.read()?.toString() ?? '';
  return { io: { stdin, stdout, stderr, env: {} }, out: () => read(stdout), err: () => read(stderr) };
}

describe('mailbox-doctor classify', () => {
  it('prints the code, meaning and fix as JSON with --json', async () => {
    const t = io();
    const code = await main(['classify', '--json', '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.'], t.io);
    expect(code).toBe(0);
    const body = JSON.parse(t.out());
    expect(body.diagnosis).toBe('basic-auth-blocked');
    expect(body.meaning).toMatch(/password/);
    expect(body.fix).toMatch(/\+ Add Account > Microsoft/);
  });

  it('reads the text from standard input', async () => {
    const t = io("(535, b'5.7.3 Authentication unsuccessful')");
    expect(await main(['classify'], t.io)).toBe(0);
    const out = t.out();
    expect(out).toMatch(/^bad-credentials: /);
    expect(out).toMatch(/more than one cause/);
  });

  it('exits 2 with a message when there is no text', async () => {
    const t = io();
    expect(await main(['classify'], t.io)).toBe(2);
    expect(t.err()).toMatch(/Give the error text/);
  });

  it('exits 2 for an unknown command', async () => {
    const t = io();
    expect(await main(['frobnicate'], t.io)).toBe(2);
    expect(t.err()).toMatch(/Unknown command "frobnicate"/);
  });
});
