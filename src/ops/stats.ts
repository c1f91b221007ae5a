import type { SessionOutcome } from '../store/store.js';

/** Outcomes of the conversations of one group (an entry symptom, or a path). */
export interface OutcomeFigures {
  conversations: number;
  resolved: number;
  escalated: number;
  abandoned: number;
  /** still going: neither ended nor quiet for long enough to count as abandoned */
  open: number;
  /** the median time from the first message to resolution, in seconds; null when none resolved */
  medianSecondsToResolution: number | null;
}

export interface Stats {
  from: string;
  to: string;
  total: OutcomeFigures;
  bySymptom: Array<{ symptom: string } & OutcomeFigures>;
  byPath: Array<{ path: string } & OutcomeFigures>;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function figures(outcomes: SessionOutcome[], abandonedBefore: number): OutcomeFigures {
  const counts = { conversations: outcomes.length, resolved: 0, escalated: 0, abandoned: 0, open: 0 };
  const durations: number[] = [];
  for (const o of outcomes) {
    if (o.status === 'resolved') {
      counts.resolved++;
      durations.push((o.updatedAt - o.createdAt) / 1000);
    } else if (o.status === 'escalated') counts.escalated++;
    else if (o.updatedAt <= abandonedBefore) counts.abandoned++;
    else counts.open++;
  }
  const m = median(durations);
  return { ...counts, medianSecondsToResolution: m === null ? null : Math.round(m) };
}

function groupBy<K extends 'symptom' | 'path'>(outcomes: SessionOutcome[], key: K, abandonedBefore: number) {
  const groups = new Map<string, SessionOutcome[]>();
  for (const o of outcomes) {
    const name = o[key] ?? 'unknown';
    groups.set(name, [...(groups.get(name) ?? []), o]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, group]) => ({ [key]: name, ...figures(group, abandonedBefore) }) as { [P in K]: string } & OutcomeFigures);
}

/**
 * The deflection figures support teams report: of the conversations started in [from, to), how many resolved,
 * escalated or were abandoned (no answer for `abandonAfterMs`), and how long resolution took, per entry symptom and
 * per path ("unknown" when the conversation ended before it was known).
 */
export function summarizeOutcomes(outcomes: SessionOutcome[], period: { from: number; to: number }, now: number, abandonAfterMs: number): Stats {
  const abandonedBefore = now - abandonAfterMs;
  return {
    from: new Date(period.from).toISOString(),
    to: new Date(period.to).toISOString(),
    total: figures(outcomes, abandonedBefore),
    bySymptom: groupBy(outcomes, 'symptom', abandonedBefore),
    byPath: groupBy(outcomes, 'path', abandonedBefore),
  };
}
