import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers/engine.js';
import { de } from '../../src/content/de.js';
import { terminalDe } from '../../src/content/terminal.de.js';
import { terminalEn } from '../../src/content/terminal.en.js';
import { terminalEs } from '../../src/content/terminal.es.js';
import { first } from '../helpers/first-sentence.js';


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

  it('speaks the terminal’s language (LANG), or the one given with --lang, from the first line to the last', async () => {
    const german = await chat(['1', 'quit'], { DATA_DIR: tempDir(), LANG: 'de_DE.UTF-8' });
    expect(german.out).toContain(terminalDe.intro);
    expect(german.out).toContain(first(de.states.askingSymptom({} as never, {} as never).text));
    expect(german.out).toContain(terminalDe.bye);
    const spanish = await chat(['quit'], { DATA_DIR: tempDir(), LANG: 'de_DE.UTF-8' }, ['--lang', 'es']);
    expect(spanish.out).toContain(terminalEs.intro);
    expect(spanish.out).not.toContain(terminalDe.intro);
  });

  it('follows a switch asked for in words, and its own lines follow too', async () => {
    const switched = await chat(['auf Deutsch bitte', 'quit'], { DATA_DIR: tempDir(), LANG: 'C.UTF-8' });
    expect(switched.out).toContain(terminalEn.intro);
    expect(switched.out).toContain(first(de.states.askingSymptom({} as never, {} as never).text));
    expect(switched.out).toContain(terminalDe.bye);
  });

  it('asks "did this help?" at the end: y or n, then an optional comment, and never blocks what comes next', async () => {
    const answered = await chat(['talk to a person', 'n', 'The menus looked different for me', 'quit'], { DATA_DIR: tempDir(), LANG: 'C.UTF-8' });
    expect(answered.out).toContain(`Did this help? ${terminalEn.feedbackHint}`);
    expect(answered.out).toContain("Thanks for telling us. We'll use it to do better.");
    expect(answered.out).toContain(terminalEn.commentPrompt);
    expect(answered.out).toContain('Thanks, your comment is with the team now.');

    const skipped = await chat(['talk to a person', 'no', '', 'quit'], { DATA_DIR: tempDir(), LANG: 'C.UTF-8' });
    expect(skipped.out).toContain(terminalEn.commentPrompt);
    expect(skipped.out).not.toContain('your comment is with the team');

    // a sentence instead of y/n is read as a message, as ever
    const ignored = await chat(['talk to a person', 'what was IMAP again?', 'quit'], { DATA_DIR: tempDir(), LANG: 'C.UTF-8' });
    expect(ignored.out).not.toContain('Thanks for telling us');
    expect(ignored.out).toMatch(/IMAP/);
  });

  it('refuses a language it does not speak with the usage line', async () => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += d.toString()));
    const code = await main(['chat', '--lang', 'it'], { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: { DATA_DIR: tempDir() } });
    expect(code).toBe(2);
    expect(err).toMatch(/en, es, de, fr or pt-BR/);
    expect(err).toMatch(/Usage: mailbox-doctor chat/);
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
