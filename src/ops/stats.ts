import type { Outcome, OutcomeCount } from '../store/operations-records.js';

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

/** The conversations of one group as they are counted: outcomes, and resolutions by the seconds they took. */
interface Tally {
  counts: Record<'conversations' | Outcome, number>;
  resolvedSeconds: Map<number, number>;
}

const emptyTally = (): Tally => ({ counts: { conversations: 0, resolved: 0, escalated: 0, abandoned: 0, open: 0 }, resolvedSeconds: new Map() });

function add(tally: Tally, row: OutcomeCount): void {
  tally.counts.conversations += row.count;
  tally.counts[row.outcome] += row.count;
  if (row.outcome === 'resolved' && row.seconds !== null) tally.resolvedSeconds.set(row.seconds, (tally.resolvedSeconds.get(row.seconds) ?? 0) + row.count);
}

/** The median of values given as value → how many times, walking the distinct values once. */
function median(histogram: Map<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const wanted = [Math.floor((total - 1) / 2), Math.floor(total / 2)];
  const found: number[] = [];
  let seen = 0;
  for (const [value, count] of [...histogram.entries()].sort(([a], [b]) => a - b)) {
    seen += count;
    while (found.length < 2 && seen > wanted[found.length]!) found.push(value);
    if (found.length === 2) break;
  }
  return (found[0]! + found[1]!) / 2;
}

function figures(tally: Tally): OutcomeFigures {
  const m = median(tally.resolvedSeconds);
  return { ...tally.counts, medianSecondsToResolution: m === null ? null : Math.round(m) };
}

function groupBy<K extends 'symptom' | 'path'>(rows: OutcomeCount[], key: K) {
  const groups = new Map<string, Tally>();
  for (const row of rows) {
    const name = row[key] ?? 'unknown';
    const tally = groups.get(name) ?? emptyTally();
    groups.set(name, tally);
    add(tally, row);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, tally]) => ({ [key]: name, ...figures(tally) }) as { [P in K]: string } & OutcomeFigures);
}

/**
 * The deflection figures support teams report: of the conversations started in [from, to), how many resolved,
 * escalated or were abandoned (no answer for the abandonment period), and how long resolution took, per entry symptom
 * and per path ("unknown" when the conversation ended before it was known). The store counts (`outcomeCounts`); this
 * only adds up its few hundred rows.
 */
export function summarizeOutcomes(rows: OutcomeCount[], period: { from: number; to: number }): Stats {
  const total = emptyTally();
  for (const row of rows) add(total, row);
  return {
    from: new Date(period.from).toISOString(),
    to: new Date(period.to).toISOString(),
    total: figures(total),
    bySymptom: groupBy(rows, 'symptom'),
    byPath: groupBy(rows, 'path'),
  };
}
