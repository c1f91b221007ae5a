import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers/engine.js';

async function chat(lines: string[], env: Record<string, string>, args: string[] = []) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d.toString()));
  stdin.end(lines.map((l) => `${l}\n`).join(''));
  const code = await main(['chat', ...args], { stdin, stdout, stderr, env });
  return { code, out };
}

describe('mailbox-doctor chat', () => {
  it('walks a conversation in the terminal with numbers and words, and resumes it later', async () => {
    const env = { DATA_DIR: tempDir() };
    const first = await chat(['1', "I'm not an admin", 'quit'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/ 1\. It disconnects when I send/);
    expect(first.out).toMatch(/Message for your Microsoft 365 admin/);
    expect(first.out).toMatch(/chat --resume/);

    const second = await chat(['my admin has done it', 'quit'], env, ['--resume']);
    expect(second.out).toMatch(/Message for your Microsoft 365 admin/);
    expect(second.out).toMatch(/check back with you in 30 minutes/);
  });

  it('stops with a clear message when a variable is wrong', async () => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += d.toString()));
    const code = await main(['chat'], { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: { FOLLOW_UP_DELAY_SECONDS: 'soon' } });
    expect(code).toBe(2);
    expect(err).toMatch(/FOLLOW_UP_DELAY_SECONDS/);
  });
});
