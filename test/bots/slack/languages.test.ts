import { describe, expect, it } from 'vitest';
import { es } from '../../../src/content/es.js';
import { de } from '../../../src/content/de.js';
import { appPerTest } from '../../helpers/slack-app.js';
import { click, wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, dmMessage, sendJson } from '../../helpers/slack-requests.js';

const { setUp } = appPerTest();

/** The first words of the greeting in a language, as its content says them. */
const greeting = (text: string) => text.split(/[.!?]/)[0] ?? text;

describe('Slack speaks the language each person set in Slack', () => {
  it('greets a person whose Slack is in Spanish in Spanish, asking users.info for the locale (signed request)', async () => {
    const { api, slack } = await setUp();
    api.userLocales.set('U0ALICE', 'es-ES');
    expect((await sendJson(slack.base, appMention({ user: 'U0ALICE', text: '<@U0BOT> hola' }))).status).toBe(200);
    const post = await api.nth('chat.postMessage', 1, 60_000);
    expect(wordsOf(post)).toContain(greeting(es.states.askingSymptom({} as never, {} as never).text));
    const info = api.of('users.info')[0];
    expect(info?.args).toMatchObject({ user: 'U0ALICE', include_locale: 'true' });
    // the buttons are Spanish too, and a click carries on in Spanish
    const next = await click(slack.base, post, 'sending-fails');
    expect(next.status).toBe(200);
    const second = await api.nth('chat.postMessage', 2, 60_000);
    expect(wordsOf(second)).toContain(greeting(es.states.askingIsAdmin({} as never, {} as never).text));
  });

  it('follows a person who writes German although their Slack is in English, and stays German', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, dmMessage({ user: 'U0BOB', channel: 'D0BOB', text: 'Meine E-Mails bleiben im Postausgang hängen und werden nicht gesendet' }));
    const post = await api.nth('chat.postMessage', 1, 60_000);
    expect(wordsOf(post)).toContain(greeting(de.states.askingIsAdmin({} as never, {} as never).text));
    await sendJson(slack.base, dmMessage({ user: 'U0BOB', channel: 'D0BOB', text: 'ja' }));
    const second = await api.nth('chat.postMessage', 2, 60_000);
    expect(wordsOf(second)).toContain(greeting(de.states.askingProviderManaged({} as never, {} as never).text));
  });

  it('switches to English when asked, whatever Slack says', async () => {
    const { api, slack } = await setUp();
    api.userLocales.set('U0CAROL', 'fr-FR');
    await sendJson(slack.base, dmMessage({ user: 'U0CAROL', channel: 'D0CAROL', text: 'bonjour' }));
    await api.nth('chat.postMessage', 1, 60_000);
    await sendJson(slack.base, dmMessage({ user: 'U0CAROL', channel: 'D0CAROL', text: 'in English please' }));
    const post = await api.nth('chat.postMessage', 2, 60_000);
    expect(wordsOf(post)).toMatch(/carry on in English/);
    expect(wordsOf(post)).toMatch(/What are you seeing/);
  });

  it('carries on in English when users.info is refused (a missing scope), never failing the reply', async () => {
    const { api, slack } = await setUp();
    api.replyOnce('users.info', { body: { ok: false, error: 'missing_scope' } });
    await sendJson(slack.base, appMention({ user: 'U0DAN', text: '<@U0BOT> hi' }));
    const post = await api.nth('chat.postMessage', 1, 60_000);
    expect(wordsOf(post)).toMatch(/What are you seeing/);
  });
});
