import { afterAll, describe, expect, it } from 'vitest';
import { SLACK_WORDS } from '../../src/content/catalog.js';
import { LOCALES } from '../../src/content/locales.js';
import type { ViewKey } from '../../src/machine/view-keys.js';
import { makeEngine } from '../helpers/engine.js';

/**
 * The prompts pinned in Slack's Messages tab arrive as the person's own first message when picked: in every language,
 * each must start its own path, the same as the button of the first question would.
 */
const { engine, store } = makeEngine({ all: true });
afterAll(() => store.close());

/** What each prompt, in order, must lead to. */
const LEADS_TO: ReadonlyArray<{ path?: 'sending' | 'syncing'; state?: ViewKey }> = [
  { path: 'sending', state: 'askingIsAdmin' },
  { path: 'syncing' },
  { state: 'askingForError' },
  { state: 'askingForAddress' },
];

describe('the prompts pinned in the Messages tab', () => {
  it.each(LOCALES)('are four at most, and each starts its path in %s', async (locale) => {
    const { prompts } = SLACK_WORDS[locale].agent;
    expect(prompts).toHaveLength(LEADS_TO.length);
    for (const [index, prompt] of prompts.entries()) {
      const outcome = await engine.startWith('slack', `prompt-${locale}-${index}`, {}, { text: prompt.message }, { locale });
      expect(outcome.ok, prompt.message).toBe(true);
      if (!outcome.ok) continue;
      const want = LEADS_TO[index] ?? {};
      const got = { path: outcome.view.facts.path, state: outcome.view.key, locale: outcome.locale };
      expect(got, `"${prompt.message}" (${locale})`).toMatchObject({ ...want, locale });
    }
  });
});
