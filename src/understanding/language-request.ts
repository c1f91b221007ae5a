import type { Locale } from '../content/locales.js';
import { normalize } from './normalize.js';

/** The words of a language request, as the content gives them. */
export interface LanguageRequestWords {
  names: Readonly<Record<Locale, readonly string[]>>;
  fillers: readonly string[];
}

/** A request to switch has a language's name and, around it, only words like "in", "please", "can we speak". */
const MAX_WORDS = 9;

/**
 * The language a message asks for ("in English please", "auf Deutsch", "¿hablas español?"), whatever language the
 * conversation is in; undefined for anything else. Linear: one split, then set lookups.
 */
export function requestedLanguage(text: string, words: LanguageRequestWords): Locale | undefined {
  if (text.length > 120) return undefined;
  const tokens = normalize(text)
    .replace(/[^a-z\s]/g, ' ')
    .split(' ')
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
  const { fillers, names } = compiled(words);
  let found: Locale | undefined;
  let i = 0;
  while (i < tokens.length) {
    const match = nameAt(tokens, i, names);
    if (match) {
      if (found && found !== match.locale) return undefined; // "English or Spanish?" is not a request for one
      found = match.locale;
      i += match.length;
    } else if (fillers.has(tokens[i] as string)) {
      i++;
    } else {
      return undefined;
    }
  }
  return found;
}

/** A language's name split into words, listed under its first word. */
interface Name {
  locale: Locale;
  parts: string[];
}

interface CompiledWords {
  fillers: ReadonlySet<string>;
  names: ReadonlyMap<string, readonly Name[]>;
}

/** The words as sets and lists made once per content object, not once per message. */
const COMPILED = new WeakMap<LanguageRequestWords, CompiledWords>();

function compiled(words: LanguageRequestWords): CompiledWords {
  let found = COMPILED.get(words);
  if (!found) {
    const names = new Map<string, Name[]>();
    for (const [locale, list] of Object.entries(words.names) as Array<[Locale, readonly string[]]>) {
      for (const name of list) {
        const parts = name.split(' ');
        const first = parts[0] as string;
        names.set(first, [...(names.get(first) ?? []), { locale, parts }]);
      }
    }
    found = { fillers: new Set(words.fillers), names };
    COMPILED.set(words, found);
  }
  return found;
}

function nameAt(tokens: string[], at: number, names: CompiledWords['names']): { locale: Locale; length: number } | undefined {
  let best: { locale: Locale; length: number } | undefined;
  for (const { locale, parts } of names.get(tokens[at] as string) ?? []) {
    if (parts.every((part, k) => tokens[at + k] === part) && (!best || parts.length > best.length)) best = { locale, length: parts.length };
  }
  return best;
}
