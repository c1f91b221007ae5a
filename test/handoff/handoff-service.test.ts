import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handoffKeysFrom } from '../../src/handoff/handoff-keys.js';
import { HandoffNotConfiguredError, HandoffService } from '../../src/handoff/handoff-service.js';
import { handoffInput, type HandoffInput } from '../../src/handoff/handoff-input.js';
import { fakeClock, makeEngine, tempDir } from '../helpers/engine.js';
import type { Store } from '../../src/store/store.js';

const open: Store[] = [];
afterEach(async () => {
  while (open.length) await open.pop()?.close();
});

function setUp(options: { keys?: boolean; appIds?: Record<string, string> } = {}) {
  const clock = fakeClock();
  const made = makeEngine({ file: join(tempDir(), 'h.sqlite'), now: clock.now, all: true });
  open.push(made.store);
  const service = new HandoffService({
    store: made.store,
    engine: made.engine,
    keys: options.keys === false ? null : handoffKeysFrom({ HANDOFF_SECRET: 'x'.repeat(40) }),
    publicUrl: 'https://doctor.example.com',
    defaultExpiry: '7d',
    appIds: options.appIds ?? {},
    now: clock.now,
  });
  const create = (input: HandoffInput) => service.create(handoffInput.parse(input));
  return { ...made, clock, service, create };
}

const tokenOf = (url: string) => new URL(url).pathname.slice('/h/'.length);

describe('the handoff service', () => {
  it('makes a link on PUBLIC_URL that expires after the asked time', async () => {
    const { create, clock } = setUp();
    const made = await create({ ticket: '4711', expires: '12h' });
    expect(made.url.startsWith('https://doctor.example.com/h/')).toBe(true);
    expect(Date.parse(made.expiresAt) - clock.now()).toBeGreaterThanOrEqual(12 * 3600_000);
    expect(Date.parse(made.expiresAt) - clock.now()).toBeLessThan(12 * 3600_000 + 1000);
  });

  it('opens a session that already knows the symptom and address, skipping the first question', async () => {
    const { create, service, engine } = setUp();
    const made = await create({ ticket: '4711', symptom: 'sending', address: 'Ana@Example.com' });
    const opened = await service.open(tokenOf(made.url));
    expect(opened.kind).toBe('web');
    if (opened.kind !== 'web') return;
    const current = await engine.current(opened.sessionId);
    expect(current?.view.key).toBe('askingIsAdmin');
    expect(current?.view.facts).toMatchObject({ symptom: 'sending', address: 'ana@example.com' });
    expect(current?.session.meta).toMatchObject({ ticketId: '4711' });
  });

  it('opens in the ticket’s language when the link says it (lang), and refuses a language it does not speak', async () => {
    const { create, service, engine } = setUp();
    const made = await create({ ticket: '4712', symptom: 'sending', lang: 'pt-br' });
    expect(new URL(made.url).searchParams.get('lang')).toBe('pt-BR');
    // the page passes the link's lang on; the session starts and stays in it
    const opened = await service.open(tokenOf(made.url), 'pt-BR');
    if (opened.kind !== 'web') throw new Error(opened.kind);
    const current = await engine.current(opened.sessionId);
    expect(current?.locale).toBe('pt-BR');
    expect(current?.presentation.text).toMatch(/admin/i);
    expect(current?.presentation.choices.map((c) => c.label).join(' ')).toMatch(/Sim|Não/);
    expect(() => handoffInput.parse({ ticket: '1', lang: 'it' })).toThrow(/en, es, de, fr and pt-BR/);
  });

  it('turns the ticket error into a diagnosis', async () => {
    const { create, service, engine } = setUp();
    const made = await create({ ticket: '9', symptom: 'error', error: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.' });
    const opened = await service.open(tokenOf(made.url));
    if (opened.kind !== 'web') throw new Error(opened.kind);
    const current = await engine.current(opened.sessionId);
    expect(current?.view.facts.diagnoses).toEqual(['smtp-auth-disabled']);
    expect(current?.transcript[0]?.text).toMatch(/SMTP/);
  });

  it('gives a single-use link the session it started every time, never a second one', async () => {
    const { create, service, engine } = setUp();
    const token = tokenOf((await create({ ticket: '1', symptom: 'syncing', singleUse: true })).url);
    const [a, b] = await Promise.all([service.open(token), service.open(token)]);
    if (a.kind !== 'web' || b.kind !== 'web') throw new Error('not web');
    expect(b.sessionId).toBe(a.sessionId);
    await engine.send(a.sessionId, { choice: 'human' });
    const again = await service.open(token);
    expect(again.kind === 'web' && again.sessionId).toBe(a.sessionId);
  });

  it('leads a reusable link back to its session, also after it has ended, so a reload shows the transcript', async () => {
    const { create, service, engine } = setUp();
    const token = tokenOf((await create({ ticket: '2', symptom: 'sending' })).url);
    const first = await service.open(token);
    if (first.kind !== 'web') throw new Error('not web');
    await engine.send(first.sessionId, { choice: 'human' });
    const again = await service.open(token);
    expect(again.kind === 'web' && again.sessionId).toBe(first.sessionId);
  });

  it('refuses an expired link, even one that was used before', async () => {
    const { create, service, clock } = setUp();
    const token = tokenOf((await create({ ticket: '3', expires: '30m', singleUse: true })).url);
    expect((await service.open(token)).kind).toBe('web');
    clock.advance(31 * 60_000);
    expect((await service.open(token)).kind).toBe('expired');
  });

  it('answers forbidden for a token it cannot verify, and not-found for a signed id it does not know', async () => {
    const { create, service, store } = setUp();
    const made = await create({ ticket: '5' });
    // the same key, but a store that never saw this handoff
    expect((await service.open('nonsense')).kind).toBe('forbidden');
    await store.close();
    open.pop();
    const other = setUp();
    const fresh = new HandoffService({ store: other.store, engine: other.engine, keys: handoffKeysFrom({ HANDOFF_SECRET: 'x'.repeat(40) }), publicUrl: 'https://d.example', defaultExpiry: '7d', now: other.clock.now });
    expect((await fresh.open(tokenOf(made.url))).kind).toBe('not-found');
  });

  it('refuses to make links without a signing key', async () => {
    const { create } = setUp({ keys: false });
    await expect(create({ ticket: '6' })).rejects.toBeInstanceOf(HandoffNotConfiguredError);
  });

  it('sends a Slack handoff into the app with a claim code, and the bot can claim it once', async () => {
    const { create, service, engine } = setUp({ appIds: { slackAppId: 'A0123', slackTeamId: 'T0456' } });
    const made = await create({ ticket: '7', channel: 'slack', symptom: 'sending', singleUse: true });
    const opened = await service.open(tokenOf(made.url));
    if (opened.kind !== 'app') throw new Error(opened.kind);
    expect(opened.deepLink).toBe('https://slack.com/app_redirect?app=A0123&team=T0456');
    expect(opened.claimCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await service.claim(opened.claimCode, 'teams', 'conv')).toEqual({ ok: false, error: 'wrong-channel' });
    const claimed = await service.claim(opened.claimCode.toLowerCase(), 'slack', 'T0456:D1:1700000000.0001', { thread: 'x' });
    expect(claimed.ok && claimed.view.key).toBe('askingIsAdmin');
    if (!claimed.ok) return;
    expect((await engine.current(claimed.session.id))?.session).toMatchObject({ channel: 'slack', meta: { thread: 'x', ticketId: '7' } });
    expect(await service.claim(opened.claimCode, 'slack', 'another')).toEqual({ ok: false, error: 'already-used' });
  });

  it('opens Teams with the claim message typed in', async () => {
    const { create, service } = setUp({ appIds: { teamsAppId: '6b2f1c1e-8e55-4c3f-9c3e-2a7c1f0f9d11' } });
    const opened = await service.open(tokenOf((await create({ ticket: '8', channel: 'teams' })).url));
    if (opened.kind !== 'app') throw new Error(opened.kind);
    const link = new URL(opened.deepLink ?? '');
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(link.searchParams.get('users')).toBe('28:6b2f1c1e-8e55-4c3f-9c3e-2a7c1f0f9d11');
    expect(link.searchParams.get('message')).toBe(`start ${opened.claimCode}`);
  });
});
