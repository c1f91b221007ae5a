import { describe, expect, it } from 'vitest';
import { summarizeOutcomes } from '../../src/ops/stats.js';
import type { Outcome, OutcomeCount } from '../../src/store/operations-records.js';

const H = 3600_000;
const o = (symptom: string | null, path: string | null, outcome: Outcome, seconds: number | null = null, count = 1): OutcomeCount => ({
  symptom,
  path,
  outcome,
  seconds,
  count,
});

describe('the conversation figures', () => {
  const now = 100 * H;
  const counts = [
    o('sending', 'sending', 'resolved', 60),
    o('sending', 'sending', 'resolved', 180),
    o('sending', 'sending', 'escalated'),
    o('syncing', 'syncing', 'resolved', 120),
    o('syncing', 'syncing', 'abandoned'),
    o('syncing', null, 'open'),
  ];
  const stats = summarizeOutcomes(counts, { from: 0, to: now });

  it('counts resolved, escalated, abandoned and open conversations per entry symptom', () => {
    expect(stats.bySymptom).toEqual([
      { symptom: 'sending', conversations: 3, resolved: 2, escalated: 1, abandoned: 0, open: 0, medianSecondsToResolution: 120 },
      { symptom: 'syncing', conversations: 3, resolved: 1, escalated: 0, abandoned: 1, open: 1, medianSecondsToResolution: 120 },
    ]);
  });

  it('groups by path too, naming conversations that never reached one "unknown"', () => {
    expect(stats.byPath.map((p) => [p.path, p.conversations])).toEqual([
      ['sending', 3],
      ['syncing', 2],
      ['unknown', 1],
    ]);
  });

  it('gives the median time to resolution over all resolved conversations, and none when nothing resolved', () => {
    expect(stats.total).toMatchObject({ conversations: 6, resolved: 3, medianSecondsToResolution: 120 });
    expect(summarizeOutcomes([o('error', null, 'escalated')], { from: 0, to: now }).total.medianSecondsToResolution).toBeNull();
    expect(stats.from).toBe('1970-01-01T00:00:00.000Z');
  });

  it('takes the median from counted durations: many conversations resolved in the same second count many times', () => {
    const many = summarizeOutcomes([o('sending', 'smtp', 'resolved', 10, 3), o('sending', 'smtp', 'resolved', 50, 1), o('sending', 'smtp', 'resolved', 90, 2)], { from: 0, to: now });
    expect(many.total).toMatchObject({ conversations: 6, resolved: 6, medianSecondsToResolution: 30 });
  });
});
