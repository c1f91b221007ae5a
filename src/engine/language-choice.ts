import { LANGUAGE_NAMES, LANGUAGE_REQUEST_WORDS, SHARED_TERMS } from '../content/languages.js';
import type { Locale } from '../content/locales.js';
import { classifyError } from '../machine/classifier.js';
import { lowerCased } from '../understanding/normalize.js';
import { detectLanguage } from '../understanding/language-detector.js';
import { requestedLanguage } from '../understanding/language-request.js';

/** What a message says about the conversation's language. */
export type LanguageChoice =
  /** "in English please", "auf Deutsch" */
  | { kind: 'asked'; locale: Locale }
  /** written in another language we speak: the conversation follows it */
  | { kind: 'followed'; locale: Locale; short: boolean }
  /** written in a language we do not speak */
  | { kind: 'unsupported' }
  | { kind: 'same' };

/** Fewer words than this are never taken for a language the assistant does not speak. */
const MIN_WORDS_UNSUPPORTED = 4;
/** Below this many words ("thank you!"), another language is followed only when the conversation's own does not understand it. */
const MIN_WORDS_FOLLOWED = 3;

/** Email addresses and links say nothing about a language. Linear: no nested repetition. */
const NOT_WORDS = /\S+@\S+|\bhttps?:\/\/\S+/g;

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\&]/g, (c) => (c === '&' ? '&' : `\\${c}`));
/** Labels and loanwords quoted in every language, longest first so "email sending" goes before "email". Literal alternation: linear. */
const SHARED = new RegExp(`(?<![\\p{L}\\d])(?:${[...SHARED_TERMS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d])`, 'gu');

/**
 * What is left of a message to tell its language by: no addresses, links, product labels or loanwords. Accents stay:
 * "não" says Portuguese where "nao" could be Spanish.
 */
export function ownWords(text: string): string {
  return lowerCased(lowerCased(text.replace(NOT_WORDS, ' ')).replace(SHARED, ' '));
}

/** One object, so that the request's words are compiled once. */
const REQUEST_WORDS = { names: LANGUAGE_NAMES, fillers: LANGUAGE_REQUEST_WORDS };

/**
 * The conversation's language after a message: asked for by name, or followed when the message is plainly written in
 * another language we speak. A pasted server reply (English everywhere) never moves a conversation.
 */
export async function chooseLanguage(text: string, current: Locale, spoken: readonly Locale[]): Promise<LanguageChoice> {
  const asked = requestedLanguage(text, REQUEST_WORDS);
  if (asked && spoken.includes(asked)) return { kind: 'asked', locale: asked };
  if (classifyError(text).code !== 'unknown') return { kind: 'same' };
  const own = ownWords(text);
  const detected = await detectLanguage(own, current);
  const words = own.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length;
  if (detected.kind === 'supported') {
    return detected.locale !== current && spoken.includes(detected.locale) ? { kind: 'followed', locale: detected.locale, short: words < MIN_WORDS_FOLLOWED } : { kind: 'same' };
  }
  // a few words ("platano con chocolate") look like many languages: only a sentence says it is none of ours
  return detected.kind === 'other' && words >= MIN_WORDS_UNSUPPORTED ? { kind: 'unsupported' } : { kind: 'same' };
}
