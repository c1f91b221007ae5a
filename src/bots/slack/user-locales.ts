import { matchLocale, type Locale } from '../../content/locales.js';
import type { SlackApi } from './web-api.js';

/** How long a person's Slack language is trusted before it is asked again. */
const TTL_MS = 60 * 60 * 1000;
/** How many people's languages are kept (the oldest go first). */
const LIMIT = 5000;

/**
 * The language each person set in Slack, asked once an hour at most (users.info with include_locale). A failed call
 * (a missing scope, a rate limit) means "not known": the conversation then follows the language the person writes in.
 */
export class UserLocales {
  private readonly known = new Map<string, { locale: Locale | undefined; at: number }>();

  constructor(
    private readonly api: Pick<SlackApi, 'userLocale'>,
    private readonly now: () => number = Date.now,
  ) {}

  async of(user: string): Promise<Locale | undefined> {
    const cached = this.known.get(user);
    if (cached && this.now() - cached.at < TTL_MS) return cached.locale;
    const reply = await this.api.userLocale(user);
    const locale = reply.ok ? matchLocale(reply.locale) : undefined;
    if (this.known.size >= LIMIT) this.known.delete(this.known.keys().next().value as string);
    this.known.set(user, { locale, at: this.now() });
    return locale;
  }
}
