import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { corpusEn } from '../../src/content/corpus.en.js';
import { Interpreter } from '../../src/understanding/interpreter.js';
import { INTENTS, type Intent } from '../../src/understanding/intents.js';
import { heldOutEn } from './held-out.en.js';
import { heldOutBEn } from './held-out-b.en.js';
import { readAsMeant, unseen } from './measure.js';

/**
 * Accuracy on utterances the interpreter was not trained on: a held-out set written by another author than the
 * training corpus. Utterances both happen to contain ("yes", "done") are left out of the measure.
 */
/** Reads every unseen utterance of a set where it makes sense; prints and returns the share read as meant. */
async function accuracyOn(name: string, set: Readonly<Record<Intent, readonly string[]>>, minimumPerIntent: number): Promise<{ accuracy: number; total: number }> {
  const interpreter = new Interpreter(en.understanding);
  const { kept, dropped } = unseen(set, corpusEn);
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  const perIntent: string[] = [];
  for (const intent of INTENTS) {
    const examples = kept[intent] ?? [];
    expect(examples.length, `${name}: ${intent} has held-out examples`).toBeGreaterThanOrEqual(minimumPerIntent);
    let ok = 0;
    for (const text of examples) {
      const got = await readAsMeant(interpreter, intent, text);
      if (got === intent) ok++;
      else misses.push(`${intent}: "${text}" → ${got}`);
    }
    right += ok;
    total += examples.length;
    perIntent.push(`${intent} ${ok}/${examples.length}`);
  }
  const accuracy = right / total;
  console.log(
    `${name} accuracy (en): ${(accuracy * 100).toFixed(1)}% (${right}/${total}; ${dropped} also in training, left out)\n${perIntent.join(', ')}\nmissed:\n${misses.join('\n')}`,
  );
  return { accuracy, total };
}

describe('understanding English it was not trained on', () => {
  it('reads at least 95% of the first held-out set as meant, every intent covered', async () => {
    const { accuracy, total } = await accuracyOn('held-out A', heldOutEn, 3);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  // written after the interpreter was tuned, by an author who saw neither the corpus nor set A, and never tuned
  // against: the honest figure. It read 94.3% when it was written; this floor catches a regression, the figure is printed
  it('reads at least 93% of the second held-out set, never tuned against, as meant', async () => {
    const { accuracy, total } = await accuracyOn('held-out B', heldOutBEn, 3);
    expect(total).toBeGreaterThanOrEqual(250);
    expect(accuracy).toBeGreaterThanOrEqual(0.93);
  });
});
