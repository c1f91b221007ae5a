import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { es } from '../../src/content/es.js';
import { de } from '../../src/content/de.js';
import { startApp } from '../helpers/app.js';
import { first } from '../helpers/first-sentence.js';

let app: App;
let base: string;
beforeAll(async () => {
  ({ app, base } = await startApp());
}, 60_000);
afterAll(() => app?.close());

const json = { 'content-type': 'application/json' };
async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { method, headers: { ...json, ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
const words = (body: Record<string, any>) => (body.messages as Array<{ text: string }>).map((m) => m.text).join('\n');

describe('the chat API in five languages', () => {
  it('starts in the language asked for, or the browser’s, and says which', async () => {
    const asked = await call('POST', '/api/chat/sessions', { locale: 'es' });
    expect(asked.status).toBe(201);
    expect(asked.body.locale).toBe('es');
    expect(words(asked.body)).toContain(first(es.states.askingSymptom({} as never, {} as never).text));
    const browser = await call('POST', '/api/chat/sessions', {}, { 'accept-language': 'it-IT,de-CH;q=0.8,en;q=0.5' });
    expect(browser.body.locale).toBe('de');
    const plain = await call('POST', '/api/chat/sessions', {});
    expect(plain.body.locale).toBe('en');
  });

  it('refuses a language it does not speak with a 400 that lists the ones it does', async () => {
    const res = await call('POST', '/api/chat/sessions', { locale: 'it' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/en, es, de, fr, pt-BR/);
  });

  it('switches a session’s language on the page’s request and keeps it (PUT …/locale, then GET)', async () => {
    const started = await call('POST', '/api/chat/sessions', {});
    const id = started.body.id as string;
    await call('POST', `/api/chat/sessions/${id}/messages`, { choice: 'sending-fails' });
    const switched = await call('PUT', `/api/chat/sessions/${id}/locale`, { locale: 'de' });
    expect(switched.status).toBe(200);
    expect(switched.body.locale).toBe('de');
    // the same question again, whole, in German; nothing the person said is added
    expect(words(switched.body)).toContain(first(de.states.askingIsAdmin({} as never, {} as never).text));
    const read = await call('GET', `/api/chat/sessions/${id}`);
    expect(read.body.locale).toBe('de');
    expect(read.body.choices.map((c: { label: string }) => c.label)).toContain(de.choiceOverrides.askingIsAdmin?.yes ?? de.choices.yes);
    expect(read.body.transcript.filter((e: { role: string }) => e.role === 'user')).toHaveLength(1);
    expect((await call('PUT', `/api/chat/sessions/${id}/locale`, { locale: 'klingon' })).status).toBe(400);
  });

  it('follows a person who writes in another language, and an unsupported one gets one English line', async () => {
    const started = await call('POST', '/api/chat/sessions', {});
    const id = started.body.id as string;
    const spanish = await call('POST', `/api/chat/sessions/${id}/messages`, { text: 'no puedo enviar correos desde close, se desconecta la cuenta' });
    expect(spanish.body.locale).toBe('es');
    // a short courtesy in English that Spanish understands too does not flip the conversation back
    const thanks = await call('POST', `/api/chat/sessions/${id}/messages`, { text: 'thank you!' });
    expect(thanks.body.locale).toBe('es');
    expect(words(thanks.body)).not.toMatch(/carry on in English/);
    const other = await call('POST', '/api/chat/sessions', {});
    const italian = await call('POST', `/api/chat/sessions/${other.body.id}/messages`, { text: 'la posta elettronica non funziona più con close da ieri' });
    expect(words(italian.body)).toMatch(/English, Spanish, German, French and Portuguese/);
    expect(italian.body.locale).toBe('en');
  });
});
