import { describe, expect, it } from 'vitest';
import { summarizeOutcomes } from '../../src/ops/stats.js';
import type { SessionOutcome } from '../../src/store/store.js';

const H = 3600_000;
const o = (symptom: string | null, path: string | null, status: SessionOutcome['status'], createdAt: number, updatedAt: number): SessionOutcome => ({
  symptom,
  path,
  status,
  createdAt,
  updatedAt,
});

describe('the conversation figures', () => {
  const now = 100 * H;
  const outcomes = [
    o('sending', 'sending', 'resolved', 0, 60_000),
    o('sending', 'sending', 'resolved', 0, 180_000),
    o('sending', 'sending', 'escalated', 0, 1000),
    o('syncing', 'syncing', 'resolved', 0, 120_000),
    o('syncing', 'syncing', 'waiting', 0, now - 30 * H), // quiet for longer than a day: abandoned
    o('syncing', null, 'active', 0, now - H), // still going
  ];
  const stats = summarizeOutcomes(outcomes, { from: 0, to: now }, now, 24 * H);

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
    expect(summarizeOutcomes([o('error', null, 'escalated', 0, 5)], { from: 0, to: now }, now, H).total.medianSecondsToResolution).toBeNull();
    expect(stats.from).toBe('1970-01-01T00:00:00.000Z');
  });
});
