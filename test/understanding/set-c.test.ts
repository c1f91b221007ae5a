import { afterAll, describe, expect, it } from 'vitest';
import { makeEngine } from '../helpers/engine.js';
import { meaningAt } from './meaning-at.js';
import { setC } from './set-c.js';

/**
 * Set C (see set-c.ts), typed where each message belongs in a conversation of its language through the real engine;
 * a message counts when it is taken for what it means. Never tuned against: the shares below were measured when the
 * set was written (2026-12-01: English 94/100, the other four languages 58/60; the build of the morning before, 89/100
 * and 57/60) and are floors, not goals.
 */
const { engine, store } = makeEngine({ all: true });
afterAll(() => store.close());

async function share(rows: typeof setC): Promise<number> {
  const misses: string[] = [];
  for (const [locale, at, says, means] of rows) {
    const taken = await meaningAt(engine, locale, at, says);
    if (!taken.includes(means)) misses.push(`${locale} ${at} "${says}": means ${means}, taken for ${taken.join(', ')}`);
  }
  const right = rows.length - misses.length;
  console.log(`set C, ${rows[0]?.[0] === 'en' ? 'English' : 'four other languages'}: ${right}/${rows.length} as meant${misses.length ? `\n${misses.join('\n')}` : ''}`);
  return right / rows.length;
}

describe('set C: messages by another author, at every step, in five languages', () => {
  it('takes at least 90% of the English ones as meant', async () => {
    const english = setC.filter(([locale]) => locale === 'en');
    expect(english.length).toBeGreaterThanOrEqual(100);
    expect(await share(english)).toBeGreaterThanOrEqual(0.9);
  });

  it('takes at least 90% of the French, Spanish, German and Portuguese ones as meant', async () => {
    const others = setC.filter(([locale]) => locale !== 'en');
    expect(new Set(others.map(([locale]) => locale)).size).toBe(4);
    expect(await share(others)).toBeGreaterThanOrEqual(0.9);
  });
});
