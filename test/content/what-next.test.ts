import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/content/locales.js';
import type { TurnResult } from '../../src/engine/engine.js';
import { makeEngine } from '../helpers/engine.js';

/** "What now?" asked where the assistant is asking, or waiting on a provider, in each language. */
const WORDS: Record<Locale, { whatNow: string; viaGoDaddy: string; checking: RegExp }> = {
  en: { whatNow: 'what now?', viaGoDaddy: 'we bought it through GoDaddy', checking: /I'm checking/ },
  es: { whatNow: '¿y ahora qué?', viaGoDaddy: 'lo compramos a través de GoDaddy', checking: /Estoy comprobando/ },
  de: { whatNow: 'was jetzt?', viaGoDaddy: 'wir haben es über GoDaddy gekauft', checking: /Ich kläre gerade/ },
  fr: { whatNow: 'et maintenant ?', viaGoDaddy: 'on l’a acheté chez GoDaddy', checking: /Je vérifie/ },
  'pt-BR': { whatNow: 'e agora?', viaGoDaddy: 'compramos pela GoDaddy', checking: /Estou vendo/ },
};

const { engine, store } = makeEngine({ all: true });
afterAll(() => store.close());

async function whatNowAt(locale: Locale, choices: string[], said?: string): Promise<TurnResult> {
  const started = await engine.start('web', `what-next-${locale}-${Math.random()}`, {}, [], { locale });
  const send = async (input: { text: string } | { choice: string }) => {
    const outcome = await engine.send(started.session.id, input);
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome;
  };
  for (const choice of choices) await send({ choice });
  if (said) await send({ text: said });
  return send({ text: WORDS[locale].whatNow });
}

describe('"what now?" says what the assistant is doing, in every language', () => {
  for (const locale of Object.keys(WORDS) as Locale[]) {
    it(`${locale}: at the provider question, it asks (it is not checking anything)`, async () => {
      const heard = await whatNowAt(locale, ['sending-fails', 'yes']);
      expect(heard.view.key).toBe('askingProviderManaged');
      expect(heard.presentation.notices.join('\n')).toMatch(/GoDaddy/);
      expect(heard.presentation.notices.join('\n')).not.toMatch(WORDS[locale].checking);
    });

    it(`${locale}: while the provider is asked, it names the provider`, async () => {
      const heard = await whatNowAt(locale, ['sending-fails'], WORDS[locale].viaGoDaddy);
      expect(heard.view.key).toBe('contactingProvider');
      expect(heard.presentation.notices.join('\n')).toMatch(/GoDaddy/);
    });
  }
});
