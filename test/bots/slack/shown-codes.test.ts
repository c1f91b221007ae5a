import { describe, expect, it } from 'vitest';
import { ShownCodes } from '../../../src/bots/slack/shown-codes.js';

describe('the sign-in codes shown', () => {
  it('are scrubbed from any text once shown, whatever their shape', () => {
    const codes = new ShownCodes();
    codes.add('FAKE-CODE-42');
    expect(codes.scrub('{"text":"enter the code *FAKE-CODE-42* now","again":"FAKE-CODE-42"}')).toBe(
      '{"text":"enter the code *[redacted code]* now","again":"[redacted code]"}',
    );
    expect(codes.scrub('nothing to hide here')).toBe('nothing to hide here');
  });

  it('ignores codes too short to be real, so ordinary words are never hidden', () => {
    const codes = new ShownCodes();
    codes.add('ok');
    expect(codes.scrub('ok then')).toBe('ok then');
  });
});
