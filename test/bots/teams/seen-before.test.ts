import { describe, expect, it } from 'vitest';
import { seenBefore } from '../../../src/bots/teams/seen-before.js';

describe('what the Teams bot remembers having seen', () => {
  it('says a key was seen after its first time, and never holds more than its limit', () => {
    const seen = new Set<string>();
    expect(seenBefore(seen, 'a', 3)).toBe(false);
    expect(seenBefore(seen, 'a', 3)).toBe(true);
    for (const key of ['b', 'c', 'd', 'e']) seenBefore(seen, key, 3);
    expect(seen.size).toBeLessThanOrEqual(3);
    // forgotten when it was emptied: seen again as new (one more write to the shared store, nothing lost)
    expect(seenBefore(seen, 'a', 3)).toBe(false);
  });
});
