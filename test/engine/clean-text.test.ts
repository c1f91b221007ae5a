import { describe, expect, it } from 'vitest';
import { cleanText, textProblem } from '../../src/engine/clean-text.js';
import { Engine } from '../../src/engine/engine.js';
import { en } from '../../src/content/en.js';
import { TEST_DATABASE_URL, freshSchema } from '../helpers/postgres.js';
import { makeEngine } from '../helpers/engine.js';
import type { Store } from '../../src/store/store.js';

describe('text the store cannot keep', () => {
  it('names NUL characters and unpaired surrogates, and cleans them (NUL dropped, the broken character shown as �)', () => {
    expect(textProblem('fine ✓ 😀')).toBeNull();
    expect(textProblem('a\u0000b')).toBe('nul');
    expect(textProblem('a\ud800b')).toBe('lone-surrogate');
    expect(cleanText('smtp\u0000 fails \udc00!')).toBe('smtp fails \ufffd!');
  });
});

async function storesCleanedText(store: Store) {
  const engine = new Engine({ store, content: en, closeIpListUrl: 'https://example.test/close-ips', followUpDelayMs: 60_000 });
  const started = await engine.startWith('slack', `T:D:${Date.now()}`, {}, { text: 'sending\u0000 fails \ud800' });
  expect(started.ok).toBe(true);
  if (!started.ok) return;
  const sent = await engine.send(started.session.id, { text: 'error: 535 5.7.139\u0000 \udfff' });
  expect(sent.ok).toBe(true);
  const typed = (await store.transcript(started.session.id)).filter((e) => e.role === 'user').map((e) => e.text);
  expect(typed).toEqual(['sending fails \ufffd', 'error: 535 5.7.139 \ufffd']);
  await engine.stop();
}

describe('a Slack or Teams message with a NUL or a broken character', () => {
  it('is answered and stored cleaned (SQLite)', async () => {
    const { store } = makeEngine();
    await storesCleanedText(store);
    await store.close();
  }, 120_000); // the first turn trains the interpreter

  it.runIf(TEST_DATABASE_URL)('is answered and stored cleaned (Postgres, which refuses both)', async () => {
    const db = await freshSchema(TEST_DATABASE_URL!);
    try {
      await storesCleanedText(await db.open());
    } finally {
      await db.drop();
    }
  }, 120_000);
});
