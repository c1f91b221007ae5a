import type { Locale } from '../content/locales.js';

/** What the language of a message looks like: a language we speak, another one, or too little to tell. */
export type DetectedLanguage = { kind: 'supported'; locale: Locale } | { kind: 'other'; language: string } | { kind: 'unsure' };

/** ISO 639-1 codes of the languages we speak, and the locale each means here. */
const SUPPORTED: Record<string, Locale> = { en: 'en', es: 'es', de: 'de', fr: 'fr', pt: 'pt-BR' };

/** Below this score (0–1) the detector's best guess is not trusted. */
const MIN_SCORE = 0.6;
/** The best guess must beat the conversation's own language by this much to move away from it. */
const MIN_MARGIN = 0.08;
/** Fewer letters than this say too little about a language ("ok", "si", "ja"). */
const MIN_LETTERS = 6;

interface Eld {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

let detector: Promise<Eld> | null = null;

/**
 * ELD (Efficient Language Detector), its smallest n-gram set: chosen over franc (poor on a chat's short lines) and
 * tinyld (scores too erratic to set a threshold on) after trying all three on customer-like messages. Loaded on the
 * first message that needs it, so a server that has not been spoken to does not hold its tables.
 */
function eld(): Promise<Eld> {
  detector ??= import('eld/extrasmall').then((m) => m.eld as Eld);
  return detector;
}

/** Loads the detector now (a server about to take messages), so that the first message does not wait for it. */
export function warmUpDetector(): Promise<void> {
  return eld().then(() => undefined);
}

/**
 * The language a message is written in, judged against the conversation's current one: `supported` only when the
 * detector is sure and the text is long enough to tell, so that "ok" or a product name never switches a conversation.
 */
export async function detectLanguage(text: string, current: Locale): Promise<DetectedLanguage> {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS || text.length > 2000) return { kind: 'unsure' };
  const result = (await eld()).detect(text);
  if (!result.language || !result.isReliable()) return { kind: 'unsure' };
  const scores = result.getScores();
  const best = scores[result.language] ?? 0;
  if (best < MIN_SCORE) return { kind: 'unsure' };
  const currentCode = Object.keys(SUPPORTED).find((code) => SUPPORTED[code] === current) ?? 'en';
  if (best - (scores[currentCode] ?? 0) < MIN_MARGIN) return { kind: 'unsure' };
  const locale = SUPPORTED[result.language];
  return locale ? { kind: 'supported', locale } : { kind: 'other', language: result.language };
}
