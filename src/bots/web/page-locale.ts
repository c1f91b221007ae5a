import type { IncomingMessage } from 'node:http';
import { DEFAULT_LOCALE, fromAcceptLanguage, matchLocale, type Locale } from '../../content/locales.js';

/** The cookie that keeps the language picked on the page. */
export const LOCALE_COOKIE = 'md_lang';

function cookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string' || header.length > 4096) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * The page's language: picked with `?lang=` (then remembered in a cookie), picked before (the cookie), or the
 * browser's (Accept-Language); English when none of them is a language the assistant speaks.
 */
export function pageLocale(req: IncomingMessage): { locale: Locale; remember: boolean } {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
  const picked = matchLocale(query);
  if (picked) return { locale: picked, remember: true };
  const header = req.headers['accept-language'];
  const locale = matchLocale(cookie(req, LOCALE_COOKIE)) ?? fromAcceptLanguage(Array.isArray(header) ? header[0] : header) ?? DEFAULT_LOCALE;
  return { locale, remember: false };
}
