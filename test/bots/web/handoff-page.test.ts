import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { signHandoffToken } from '../../../src/handoff/handoff-token.js';
import { handoffKeysFrom } from '../../../src/handoff/handoff-keys.js';
import { API_KEY, SECRET_A, startApp } from '../../helpers/app.js';

const running: App[] = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});

async function server(env: Record<string, string> = {}) {
  const started = await startApp(env);
  running.push(started.app);
  return started;
}

async function makeLink(base: string, body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${base}/api/handoffs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify(body),
  });
  const { url } = (await res.json()) as { url: string };
  return new URL(url).pathname;
}

describe('the handoff page /h/<token>', () => {
  it('opens the chat page on the seeded session with the ticket shown', async () => {
    const { base } = await server();
    const path = await makeLink(base, { ticket: '4711', symptom: 'sending', address: 'ana@example.com' });
    const res = await fetch(base + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const sessionId = /data-session="([0-9a-f-]{36})"/.exec(html)?.[1];
    expect(html).toContain('Support ticket 4711 · mail from Close is not going out · ana@example.com');
    const session = (await (await fetch(`${base}/api/chat/sessions/${sessionId}`)).json()) as { choices: Array<{ id: string }> };
    expect(session.choices.map((c) => c.id)).toEqual(['yes', 'no', 'not-sure', 'human', 'start-over']);
  });

  it('answers 403, never a 500, when any character of the token is changed', async () => {
    const { base } = await server();
    const path = await makeLink(base, { ticket: '1', symptom: 'sending' });
    const token = path.slice(3);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const statuses = new Set<number>();
    for (let i = 0; i < token.length; i++) {
      const c = token[i]!;
      const replacement = c === '.' ? 'A' : alphabet[(alphabet.indexOf(c) + 7) % alphabet.length]!;
      const res = await fetch(`${base}/h/${token.slice(0, i)}${replacement}${token.slice(i + 1)}`);
      statuses.add(res.status);
      if (res.status !== 403) throw new Error(`position ${i}: ${res.status}`);
      await res.arrayBuffer();
    }
    expect([...statuses]).toEqual([403]);
    const page = await (await fetch(`${base}/h/${token.slice(0, 20)}`)).text();
    expect(page).toMatch(/This link is not valid/);
    expect(page).toContain('href="/?new=1"');
  });

  it('answers 410 with a fresh start for an expired link', async () => {
    const { base, app } = await server();
    const keys = handoffKeysFrom({ HANDOFF_SECRET: SECRET_A })!;
    const expiresAt = Math.floor(Date.now() / 1000) * 1000 - 1000;
    await app.store.createHandoff({
      id: 'AAAAAAAAAAAAAAAAAAAAAA', ticketId: '1', address: null, symptom: null, errorText: null, channel: 'web',
      singleUse: false, expiresAt, createdAt: expiresAt - 60_000, claimCode: null, sessionId: null, openedAt: null,
    });
    const res = await fetch(`${base}/h/${signHandoffToken(keys, { id: 'AAAAAAAAAAAAAAAAAAAAAA', expiresAt })}`);
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toMatch(/This link has expired/);
    expect(html).toMatch(/<a class="button" href="\/\?new=1">Start a fresh conversation<\/a>/);
  });

  it('keeps working for links signed with an older key after rotation', async () => {
    const first = await server();
    const path = await makeLink(first.base, { ticket: '12', symptom: 'syncing' });
    await first.app.close();
    running.pop();
    const rotated = await server({ DATA_DIR: first.dataDir, HANDOFF_SECRET: '', HANDOFF_SECRETS: `k2:${'n'.repeat(40)},k1:${SECRET_A}` });
    expect((await fetch(rotated.base + path)).status).toBe(200);
    const fresh = await makeLink(rotated.base, { ticket: '13' });
    expect(fresh.startsWith('/h/k2.')).toBe(true);
  });

  it('sends a Slack handoff into the app with the message to send', async () => {
    const { base } = await server({ SLACK_APP_ID: 'A0123ABC', SLACK_TEAM_ID: 'T0456DEF' });
    const res = await fetch(base + (await makeLink(base, { ticket: '3', channel: 'slack' })));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Continue in Slack');
    expect(html).toMatch(/<p class="code">start [A-HJ-NP-Z2-9]{8}<\/p>/);
    expect(html).toContain('href="https://slack.com/app_redirect?app=A0123ABC&amp;team=T0456DEF"');
  });
});
