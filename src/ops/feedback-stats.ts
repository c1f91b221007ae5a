import type { FeedbackCount } from '../store/operations-records.js';

/** Answers to "did this help?". */
export interface FeedbackFigures {
  helpful: number;
  notHelpful: number;
}

export interface FeedbackStats {
  /** every answer of the period */
  total: FeedbackFigures;
  byPath: Map<string, FeedbackFigures>;
  byChannel: Array<{ channel: string; feedback: FeedbackFigures }>;
}

const none = (): FeedbackFigures => ({ helpful: 0, notHelpful: 0 });

function add(figures: FeedbackFigures, row: FeedbackCount): void {
  if (row.answer === 'helpful') figures.helpful += row.count;
  else figures.notHelpful += row.count;
}

/** Adds up the store's few rows (channel × path × answer) per path and per channel. */
export function summarizeFeedback(rows: FeedbackCount[]): FeedbackStats {
  const total = none();
  const byPath = new Map<string, FeedbackFigures>();
  const byChannel = new Map<string, FeedbackFigures>();
  for (const row of rows) {
    add(total, row);
    for (const [groups, name] of [[byPath, row.path ?? 'unknown'], [byChannel, row.channel]] as const) {
      const figures = groups.get(name) ?? none();
      groups.set(name, figures);
      add(figures, row);
    }
  }
  const channels = [...byChannel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([channel, feedback]) => ({ channel, feedback }));
  return { total, byPath, byChannel: channels };
}

/** The feedback of a path ("unknown" when the conversation ended before its path was known); none when there was none. */
export const feedbackOf = (stats: FeedbackStats, path: string): FeedbackFigures => stats.byPath.get(path) ?? none();
