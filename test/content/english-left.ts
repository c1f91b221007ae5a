import { SHARED_TERMS } from '../../src/content/languages.js';
import type { Locale } from '../../src/content/locales.js';

interface Eld {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}
const { eld } = (await import('eld/extrasmall')) as unknown as { eld: Eld };

const CODES: Record<Locale, string> = { en: 'en', es: 'es', de: 'de', fr: 'fr', 'pt-BR': 'pt' };

/** What may stay English in any language: quoted labels, Close's and Microsoft's names, addresses, hosts, codes. */
const QUOTED = /"[^"\n]{0,120}"|“[^”\n]{0,120}”|„[^“\n]{0,120}“|«[^»\n]{0,120}»|'[^'\n]{0,60}'|`[^`\n]{0,200}`/g;
const MACHINE = /\S+@\S+|https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\b|\b\d[\d.:/-]*\b|\b[A-Z][A-Z0-9_.-]{2,}\b|\*|_|>/g;
const shared = new RegExp(`\\b(?:${[...SHARED_TERMS].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');

/** The words of a sentence once everything allowed to stay English is taken out. */
export function ownWords(sentence: string): string {
  return sentence.replace(QUOTED, ' ').replace(MACHINE, ' ').replace(shared, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The sentences of a text in a language that are still English: at least four words of their own, read as English by
 * a language detector more surely than as the language they should be in.
 */
export function englishSentences(text: string, locale: Locale): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/(?<=[.!?:;])\s+|\n+/)) {
    const own = ownWords(sentence);
    if (own.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length < 4) continue;
    const result = eld.detect(own);
    const scores = result.getScores();
    if (result.language === 'en' && (scores.en ?? 0) - (scores[CODES[locale]] ?? 0) > 0.05) found.push(sentence.trim());
  }
  return found;
}
