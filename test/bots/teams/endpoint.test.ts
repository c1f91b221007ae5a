import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelToken, OUTBOUND_TOKEN, serveBotFrameworkAuth, signingKey } from '../../helpers/bot-framework-auth.js';
import { cardText, mentionActivity, post, repliesOf, SERVICE_URL, startApp, type CardReply, type RunningApp } from '../../helpers/teams.js';

const APP_ID = 'b6a5f0a4-1111-4222-8333-944455556666';
const PASSWORD = 'app-password-that-must-never-be-logged';
const key = signingKey('teams-key-1');
const impostor = signingKey('teams-key-1');
const stranger = signingKey('teams-key-unknown');
const valid = () => channelToken(key, { aud: APP_ID, serviceurl: SERVICE_URL });

describe('POST /api/messages with a bot id (tokens checked)', () => {
  let r: RunningApp;
  const consoleLines: string[] = [];
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    serveBotFrameworkAuth([key]);
    // botbuilder writes some token failures to the console: keep them, to check nothing secret is among them
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')));
    r = await startApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant', TEAMS_ALLOW_UNAUTHENTICATED: 'false' });
  });
  afterAll(async () => {
    await r.app.close();
    vi.restoreAllMocks();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const activity = () => mentionActivity('my emails are stuck in the outbox', { expectReplies: true });

  it('accepts a token signed by a Bot Framework key for this bot and answers', async () => {
    const res = await post(r.url, activity(), { authorization: `Bearer ${valid()}` });
    expect(res.status).toBe(200);
    expect(cardText(repliesOf(res.body)[0])).toMatch(/Are you a Microsoft 365 admin/);
  });

  it('reports how long the answer took in /metrics', async () => {
    const count = async () => Number(/^mailbox_doctor_ack_seconds_count\{channel="teams"\} (\d+)/m.exec(await (await fetch(r.url.replace("/api/messages", "/metrics"))).text())?.[1] ?? 0);
    const before = await count();
    await post(r.url, activity(), { authorization: `Bearer ${valid()}` });
    expect(await count()).toBe(before + 1);
  });

  const refused: Array<[string, () => Record<string, string>]> = [
    ['no Authorization header', () => ({})],
    ['a token for another bot (audience)', () => ({ authorization: `Bearer ${channelToken(key, { aud: 'someone-else', serviceurl: SERVICE_URL })}` })],
    ['a token from another issuer', () => ({ authorization: `Bearer ${channelToken(key, { iss: 'https://sts.example.test/', aud: APP_ID, serviceurl: SERVICE_URL })}` })],
    ['a token for another serviceUrl', () => ({ authorization: `Bearer ${channelToken(key, { aud: APP_ID, serviceurl: 'https://attacker.example.test/' })}` })],
    ['an expired token', () => ({ authorization: `Bearer ${channelToken(key, { aud: APP_ID, serviceurl: SERVICE_URL, nbf: 1_000, exp: 2_000 })}` })],
    ['a token signed by an unknown key under a known key id', () => ({ authorization: `Bearer ${channelToken(impostor, { aud: APP_ID, serviceurl: SERVICE_URL })}` })],
    ['a token signed by a key that was never published', () => ({ authorization: `Bearer ${channelToken(stranger, { aud: APP_ID, serviceurl: SERVICE_URL })}` })],
    ['a header that is not a bearer token', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
  ];
  it.each(refused)('refuses %s with 401 and runs no turn', async (_name, headers) => {
    const a = activity();
    const res = await post(r.url, a, headers());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: 'unauthorized' });
    expect(await r.app.store.findLatestSession('teams', `19:general@thread.tacv2;messageid=${a.id}`)).toBeNull();
  });

  it('replies through the serviceUrl with a token from the Microsoft login endpoint', async () => {
    let authorization: string | undefined;
    nock('https://smba.test')
      .post(/\/teams\/v3\/conversations\/.*\/activities\/.*/)
      .reply(function (_path, body) {
        authorization = this.req.headers.authorization as string | undefined;
        expect(cardText(body as CardReply)).toMatch(/Are you a Microsoft 365 admin/);
        return [200, { id: 'reply-1' }];
      });
    const res = await post(r.url, mentionActivity('my emails are stuck in the outbox'), { authorization: `Bearer ${valid()}` });
    expect(res.status).toBe(200);
    expect(authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
  });

  it('logs no password and no token, inbound or outbound', () => {
    const everything = [...r.logs, ...consoleLines].join('\n');
    expect(r.logs.join('')).toMatch(/teams activity refused/);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(OUTBOUND_TOKEN);
    expect(everything).not.toContain(valid().split('.')[2]);
  });
});

describe('POST /api/messages without a bot id', () => {
  const noBot = { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: '' };

  it('is off, and says how to turn it on', async () => {
    const r = await startApp({ ...noBot, TEAMS_ALLOW_UNAUTHENTICATED: 'false' });
    try {
      const res = await post(r.url, mentionActivity('hello'));
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: 'teams_off' });
      expect(String(res.body?.message)).toMatch(/MicrosoftAppId/);
    } finally {
      await r.app.close();
    }
  });

  it('accepts activities from a local emulator without a token when TEAMS_ALLOW_UNAUTHENTICATED=true, with a warning at start', async () => {
    const r = await startApp({ ...noBot, TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    try {
      expect(r.logs.join('')).toMatch(/TEAMS_ALLOW_UNAUTHENTICATED=true.*local testing/);
      const local = mentionActivity('my emails are stuck in the outbox', { expectReplies: true, serviceUrl: 'http://localhost:56150/' });
      const res = await post(r.url, local, {});
      expect(res.status).toBe(200);
      expect(cardText(repliesOf(res.body)[0])).toMatch(/Are you a Microsoft 365 admin/);
    } finally {
      await r.app.close();
    }
  });

  it('will not post to a serviceUrl elsewhere when tokens are not checked', async () => {
    const r = await startApp({ ...noBot, TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    try {
      const res = await post(r.url, mentionActivity('hello', { serviceUrl: 'https://attacker.example.test/' }), {});
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'service_url_not_local' });
    } finally {
      await r.app.close();
    }
  });
});
