import type { MisunderstoodMessage } from '../store/store.js';

/** One message the assistant did not understand, with how often it was said (the same words, state and language). */
export interface FrequentMisunderstanding {
  text: string;
  state: string;
  locale: string;
  count: number;
  /** when it was last said (ISO 8601) */
  lastAt: string;
}

/** The same words written differently ("Help?" and "help") count as one. */
const sameWords = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?]+$/, '').trim();

/** The misunderstood messages grouped by their words, state and language (in the words first said), most frequent first (then the newest). */
export function mostFrequent(messages: readonly MisunderstoodMessage[], limit: number): FrequentMisunderstanding[] {
  const groups = new Map<string, { text: string; state: string; locale: string; count: number; lastAt: number }>();
  for (const m of messages) {
    const key = JSON.stringify([sameWords(m.text), m.state, m.locale]);
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.lastAt = Math.max(group.lastAt, m.at);
    } else groups.set(key, { text: m.text, state: m.state, locale: m.locale, count: 1, lastAt: m.at });
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt)
    .slice(0, limit)
    .map((g) => ({ ...g, lastAt: new Date(g.lastAt).toISOString() }));
}
