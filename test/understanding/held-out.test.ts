import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { heldOutEn } from './held-out.en.js';
import { heldOutBEn } from './held-out-b.en.js';
import { accuracyOn } from './measure.js';

describe('understanding English it was not trained on', () => {
  it('reads at least 95% of the first held-out set as meant, every intent covered', async () => {
    const { accuracy, total, thin } = await accuracyOn(en, 'held-out A', heldOutEn, 3);
    expect(thin).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  // written after the interpreter was tuned, by an author who saw neither the corpus nor set A, and never tuned
  // against: the honest figure. It read 94.3% when it was written; this floor catches a regression, the figure is printed
  it('reads at least 93% of the second held-out set, never tuned against, as meant', async () => {
    const { accuracy, total, thin } = await accuracyOn(en, 'held-out B', heldOutBEn, 3);
    expect(thin).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(250);
    expect(accuracy).toBeGreaterThanOrEqual(0.93);
  });
});
