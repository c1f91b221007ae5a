import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, matchLocale } from '../../src/content/locales.js';
import { LANGUAGE_NAMES, LANGUAGE_REQUEST_WORDS } from '../../src/content/languages.js';
import { requestedLanguage } from '../../src/understanding/language-request.js';

describe('choosing a language from what platforms send', () => {
  it.each([
    ['es-MX', 'es'],
    ['pt_BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['de_DE.UTF-8', 'de'],
    ['fr-CA', 'fr'],
    ['EN', 'en'],
    ['it-IT', undefined],
    ['C.UTF-8', undefined],
    ['POSIX', undefined],
    ['', undefined],
    ['<script>', undefined],
  ])('reads %s as %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it('takes the first supported language of an Accept-Language header by weight, or none', () => {
    expect(fromAcceptLanguage('it-IT,it;q=0.9,de;q=0.8,en;q=0.7')).toBe('de');
    expect(fromAcceptLanguage('en;q=0.5,fr;q=0.9')).toBe('fr');
    expect(fromAcceptLanguage('nl,it')).toBeUndefined();
    expect(fromAcceptLanguage('es;q=0,en')).toBe('en');
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
  });
});

describe('a request to switch language, in any of the five', () => {
  const words = { names: LANGUAGE_NAMES, fillers: LANGUAGE_REQUEST_WORDS };
  it.each([
    ['in English please', 'en'],
    ['auf Deutsch bitte', 'de'],
    ['¿hablas español?', 'es'],
    ['en français svp', 'fr'],
    ['pode falar em português?', 'pt-BR'],
    ['can we speak german', 'de'],
    ['English!', 'en'],
    ['Portugues do Brasil por favor', 'pt-BR'],
  ])('hears "%s" as %s', (text, locale) => {
    expect(requestedLanguage(text, words)).toBe(locale);
  });

  it.each(['the error message is in English', 'my outlook is in german but close is in english', 'English or Spanish?', 'is the spanish team affected', 'x'.repeat(200)])(
    'does not take "%s" as a request',
    (text) => {
      expect(requestedLanguage(text, words)).toBeUndefined();
    },
  );
});
