/** The languages the assistant speaks, as BCP 47 tags. */
export const LOCALES = ['en', 'es', 'de', 'fr', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The supported locale of a language code alone ("pt" is Brazilian Portuguese here). */
const BY_LANGUAGE: Record<string, Locale> = { en: 'en', es: 'es', de: 'de', fr: 'fr', pt: 'pt-BR' };

/**
 * The supported locale nearest to a tag as platforms give it: "es-MX", "pt_BR", "de_DE.UTF-8", "fr-CA", "EN".
 * Undefined for a language we do not speak, or no tag at all.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const language = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*(?:\.[\w-]{1,20})?(?:@\w{1,20})?\s*$/.exec(tag)?.[1];
  return language ? BY_LANGUAGE[language.toLowerCase()] : undefined;
}

/** The first supported language of an Accept-Language header, by its weights (`es-MX,es;q=0.9,en;q=0.8`). */
export function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (typeof header !== 'string' || header.length > 1000) return undefined;
  const ranked = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{1,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return undefined;
}
