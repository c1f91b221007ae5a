import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SignInSeal, signInKeyFrom } from '../../src/engine/sign-in-seal.js';

const prompt = { userCode: 'QX7T-M4PZ', verificationUri: 'https://microsoft.com/devicelogin', expiresInSeconds: 900 };

describe('a sealed sign-in prompt', () => {
  it('opens with the same key and session only, and never shows the code while sealed', () => {
    const key = signInKeyFrom('a secret every instance is given, 32+ chars');
    const sealed = new SignInSeal(key).seal('session-1', prompt);
    expect(sealed).not.toContain(prompt.userCode);
    expect(Buffer.from(sealed.split('.').at(-1) ?? '', 'base64url').toString('latin1')).not.toContain(prompt.userCode);
    // another instance given the same secret
    expect(new SignInSeal(signInKeyFrom('a secret every instance is given, 32+ chars')).open('session-1', sealed)).toEqual(prompt);
    expect(new SignInSeal(key).open('session-2', sealed)).toBeNull(); // moved to another session's row
    expect(new SignInSeal(signInKeyFrom('another secret of thirty-two characters')).open('session-1', sealed)).toBeNull();
    expect(new SignInSeal().open('session-1', sealed)).toBeNull(); // a process with a key of its own
  });

  it('refuses a prompt that was altered, cut short or is not one at all', () => {
    const seal = new SignInSeal(randomBytes(32));
    const sealed = seal.seal('s', prompt);
    const [version, iv, tag, body] = sealed.split('.') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(seal.open('s', [version, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(seal.open('s', [version, iv, tag.slice(0, 8), body].join('.'))).toBeNull(); // a shortened tag is easier to forge
    expect(seal.open('s', ['v0', iv, tag, body].join('.'))).toBeNull();
    expect(seal.open('s', 'not sealed')).toBeNull();
    expect(seal.seal('s', prompt)).not.toBe(sealed); // a fresh IV each time
  });
});
