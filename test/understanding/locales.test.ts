/// <reference types="vite/client" />
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT } from '../../src/content/catalog.js';
import { LOCALES, type Locale } from '../../src/content/locales.js';
import { makeEngine } from '../helpers/engine.js';
import { accuracyOn } from './measure.js';
import { tableRunner } from './table-runner.js';
import type { Row } from './tables.en.js';
import type { Intent } from '../../src/understanding/intents.js';

/**
 * Understanding in every language but English (English has its own, larger sets): a held-out set per language,
 * written before and apart from that language's corpus, and the first-message, aside and misread tables rewritten in
 * it, each run through the real engine in a conversation of that language. `LOCALES=es,de` runs only those.
 */
type HeldOut = Record<Intent, readonly string[]>;
type Tables = { firstMessages: Row[]; asides: Row[]; misreadRisks: Row[] };

const heldOutFiles = import.meta.glob<Record<string, HeldOut>>(['./held-out.*.ts', '!./held-out.test.ts', '!./held-out.en.ts', '!./held-out-b.en.ts'], { eager: true });
const tableFiles = import.meta.glob<Tables>(['./tables.*.ts', '!./tables.test.ts', '!./tables.en.ts'], { eager: true });

const wanted = (process.env.LOCALES ?? '').split(',').filter(Boolean);
const measured = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en' && (wanted.length === 0 || wanted.includes(l)));

const { engine, store } = makeEngine({ all: true });
afterAll(() => store.close());

for (const locale of measured) {
  describe(`understanding ${locale}`, () => {
    const heldOut = Object.values(heldOutFiles[`./held-out.${locale}.ts`] ?? {})[0];
    const tables = tableFiles[`./tables.${locale}.ts`];

    it('has a held-out set and tables written for it', () => {
      expect(heldOut, `test/understanding/held-out.${locale}.ts`).toBeDefined();
      expect(tables, `test/understanding/tables.${locale}.ts`).toBeDefined();
    });

    it('reads at least 95% of its held-out set as meant, every intent covered', async () => {
      const { accuracy, total, thin } = await accuracyOn(CONTENT[locale], `held-out ${locale}`, heldOut as HeldOut, 5);
      expect(thin).toEqual([]);
      expect(total).toBeGreaterThanOrEqual(250);
      expect(accuracy).toBeGreaterThanOrEqual(0.95);
    });

    const run = tableRunner(engine, locale);
    it('takes at least 95% of the first messages down the right path', async () => {
      expect(tables?.firstMessages.length ?? 0).toBeGreaterThanOrEqual(60);
      expect((await run('first messages', tables?.firstMessages ?? [])).share).toBeGreaterThanOrEqual(0.95);
    });

    it('answers at least 95% of the questions asked mid-path in place', async () => {
      expect(tables?.asides.length ?? 0).toBeGreaterThanOrEqual(40);
      expect((await run('asides', tables?.asides ?? [])).share).toBeGreaterThanOrEqual(0.95);
    });

    it('misreads none of the sentences that are easy to misread', async () => {
      expect(tables?.misreadRisks.length ?? 0).toBeGreaterThanOrEqual(30);
      expect((await run('misread risks', tables?.misreadRisks ?? [])).failures).toEqual([]);
    });
  });
}
