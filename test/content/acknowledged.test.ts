import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CONTENT, otherLocales } from '../../src/content/catalog.js';
import { en } from '../../src/content/en.js';
import { LOCALES, type Locale } from '../../src/content/locales.js';
import { Engine, type TurnResult } from '../../src/engine/engine.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { tempDir } from '../helpers/engine.js';

/** "ok" is heard everywhere; what it is answered with depends on whether the person has anything to do. */
const OK: Record<Locale, string> = { en: 'ok', es: 'vale', de: 'alles klar', fr: "d'accord", 'pt-BR': 'beleza' };
const TO_WAITING = ['sending-fails', 'yes', 'no', 'toggle-off', 'done'];

const stores: SqliteStore[] = [];
let release: () => void = () => {};
afterEach(async () => {
  release();
  while (stores.length) await stores.pop()?.close();
});

/** The real engine, every language spoken, with a live check that runs until the test ends. */
function engine(): Engine {
  const store = new SqliteStore(join(tempDir(), 'ack.sqlite'));
  stores.push(store);
  const held = new Promise<void>((resolve) => (release = resolve));
  return new Engine({ store, content: en, locales: otherLocales(), followUpDelayMs: 60_000, probe: () => held });
}

async function reach(e: Engine, locale: Locale, choices: string[]): Promise<string> {
  const started = await e.start('web', `ack-${locale}-${Math.random()}`, {}, [], { locale });
  for (const choice of choices) expect((await e.send(started.session.id, { choice })).ok, choice).toBe(true);
  return started.session.id;
}

async function say(e: Engine, id: string, text: string): Promise<TurnResult> {
  const outcome = await e.send(id, { text });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

describe('"ok" said while the person has nothing to do', () => {
  for (const locale of LOCALES) {
    const words = CONTENT[locale].conversation.acknowledged;

    it(`${locale}: while waiting for Microsoft it says we'll be back, not "take your time"`, async () => {
      const e = engine();
      const id = await reach(e, locale, TO_WAITING);
      const heard = await say(e, id, OK[locale]);
      expect(heard.view.key).toBe('waitingForPropagation');
      expect(heard.presentation.notices).toContain(words.whileWaiting);
      expect(heard.presentation.notices).not.toContain(words.whileYouWork);
    });

    it(`${locale}: while a check runs it says the result comes by itself`, async () => {
      const e = engine();
      const id = await reach(e, locale, ['check-mailbox']);
      expect((await say(e, id, 'jo@contoso.com')).view.key).toBe('runningCheck');
      const heard = await say(e, id, OK[locale]);
      expect(heard.view.key).toBe('runningCheck');
      expect(heard.presentation.notices).toContain(words.whileChecking);
    });

    it(`${locale}: at a step the person does, "ok" still gives them time`, async () => {
      const e = engine();
      const id = await reach(e, locale, ['sending-fails', 'no']);
      const heard = await say(e, id, OK[locale]);
      expect(heard.view.key).toBe('bringingInAdmin');
      expect(heard.presentation.notices).toContain(words.whileYouWork);
    });
  }
});
