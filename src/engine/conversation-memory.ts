import { isFeedbackAnswer, type FeedbackAnswer } from '../machine/feedback.js';
import { initialContext, type TriageContext } from '../machine/triage.context.js';

/**
 * What the engine remembers of a conversation besides the statechart's own snapshot: the earlier snapshots a "go back"
 * returns to, and how many messages in a row were not understood. Stored inside the session's snapshot under
 * `memory`, so the stores keep one opaque column and `context` stays where their queries read it.
 */
export interface ConversationMemory {
  /** earlier snapshots, oldest first, each as persisted */
  trail: unknown[];
  /** messages not understood in a row */
  misses: number;
  /** the states shown so far, each once, oldest first: what was explained there need not be explained again */
  seen: string[];
  /** the conversation's language (a locale tag), once chosen by a channel, asked for or followed */
  locale?: string;
  /** "did this help?": asked when the conversation ended, then the person's answer */
  feedback?: 'asked' | FeedbackAnswer;
  /** a comment came with (or after) the answer: one is taken */
  feedbackCommented?: boolean;
}

/** How many questions back a person can go. */
export const TRAIL_LIMIT = 8;

/**
 * A snapshot stored before the context had remembered facts (or with fewer of them) gets the defaults, so that the
 * guards reading them never meet a hole.
 */
function upgraded(snapshot: unknown): unknown {
  const context = (snapshot as { context?: Partial<TriageContext> } | null)?.context;
  if (!context || typeof context !== 'object') return snapshot;
  const fresh = initialContext();
  return { ...(snapshot as object), context: { ...fresh, ...context, known: { ...fresh.known, ...(context.known ?? {}) } } };
}

export function splitStored(stored: unknown): { snapshot: unknown; memory: ConversationMemory } {
  if (!stored || typeof stored !== 'object' || !('memory' in stored)) return { snapshot: upgraded(stored), memory: emptyMemory() };
  const { memory, ...snapshot } = stored as { memory: Partial<ConversationMemory> };
  return {
    snapshot: upgraded(snapshot),
    memory: {
      trail: Array.isArray(memory?.trail) ? memory.trail : [],
      misses: typeof memory?.misses === 'number' ? memory.misses : 0,
      seen: Array.isArray(memory?.seen) ? memory.seen.filter((k): k is string => typeof k === 'string') : [],
      ...(typeof memory?.locale === 'string' ? { locale: memory.locale } : {}),
      ...(memory?.feedback === 'asked' || isFeedbackAnswer(memory?.feedback) ? { feedback: memory.feedback } : {}),
      ...(memory?.feedbackCommented === true ? { feedbackCommented: true } : {}),
    },
  };
}

export function emptyMemory(): ConversationMemory {
  return { trail: [], misses: 0, seen: [] };
}

export function joinStored(snapshot: unknown, memory: ConversationMemory): unknown {
  if (memory.trail.length === 0 && memory.misses === 0 && memory.seen.length === 0 && memory.locale === undefined && memory.feedback === undefined) return snapshot;
  return { ...(snapshot as object), memory };
}

/** The memory after a turn: the snapshot left behind joins the trail when the question changed. */
export function remember(memory: ConversationMemory, left: unknown | null, understood: boolean): ConversationMemory {
  const trail = left === null ? memory.trail : [...memory.trail, left].slice(-TRAIL_LIMIT);
  return { ...memory, trail, misses: understood ? 0 : memory.misses + 1 };
}

/** The memory once a state has been shown. */
export function sawState(memory: ConversationMemory, key: string): ConversationMemory {
  return memory.seen.includes(key) ? memory : { ...memory, seen: [...memory.seen, key] };
}
