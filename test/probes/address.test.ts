import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { findEmailAddresses, isEmailAddress } from '../../src/probes/address.js';
import { findAddresses } from '../../src/understanding/addresses.js';
import { redact } from '../../src/engine/redact.js';
import { en } from '../../src/content/en.js';

/** The regular expression literals written in a source file. */
function patternsIn(file: string): Array<{ pattern: string; flags: string }> {
  const found: Array<{ pattern: string; flags: string }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const regex = (node as { type?: string; regex?: { pattern: string; flags: string } }).regex;
    if ((node as { type?: string }).type === 'Literal' && regex) found.push(regex);
    Object.values(node).forEach(visit);
  };
  visit(parseAst(readFileSync(file, 'utf8'), { lang: 'ts' }));
  return found;
}

describe('email addresses in what people type', () => {
  it('finds each address where it is written, and only real ones', () => {
    expect(findEmailAddresses('in Close I use Jo.Smith@Contoso.com, sign-in is jo@contoso.onmicrosoft.com.')).toEqual([
      { address: 'Jo.Smith@Contoso.com', index: 15 },
      { address: 'jo@contoso.onmicrosoft.com', index: 48 },
    ]);
    expect(findEmailAddresses('..jo@contoso.com5 and a@b and @contoso.com and x@y.z')).toEqual([{ address: 'jo@contoso.com', index: 2 }]);
    expect(findAddresses('my address is jo@contoso.com thanks', en.understanding.vocabulary).rest).toBe('my address is  xaddressx  thanks');
  });

  it('tells a whole address from anything else in the channels', () => {
    expect(isEmailAddress('jo@contoso.com')).toBe(true);
    expect(isEmailAddress('Jo@Contoso.COM')).toBe(true);
    expect(isEmailAddress(' jo@contoso.com')).toBe(false);
    expect(isEmailAddress('<jo@contoso.com>')).toBe(false);
    expect(isEmailAddress('jo@contoso')).toBe(false);
  });

  it('answers in one pass over hostile text: long runs of name characters, dots or at signs', () => {
    for (const text of ['a'.repeat(4000), '5.7.'.repeat(1000), 'a@'.repeat(2000), `a@${'b.'.repeat(2000)}`]) {
      expect(findEmailAddresses(text)).toEqual([]);
    }
    expect(redact('a'.repeat(4000))).toBe('a'.repeat(4000));
  });

  it('every pattern that finds addresses in typed text runs in linear time (recheck finds no super-linear backtracking)', () => {
    const files = ['src/probes/address.ts', 'src/understanding/addresses.ts'];
    const unsafe = files.flatMap((file) =>
      patternsIn(file)
        .filter(({ pattern, flags }) => checkSync(pattern, flags, { timeout: 10_000 }).status !== 'safe')
        .map(({ pattern, flags }) => `${file}: /${pattern}/${flags}`),
    );
    expect(unsafe).toEqual([]);
  });
});
