import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { ReusingBotFrameworkAuthentication } from '../../../src/bots/teams/reused-clients.js';
import { OUTBOUND_TOKEN, serveBotFrameworkAuth, TEST_BOT } from '../../helpers/bot-framework-auth.js';
import { mentionActivity, messageActivity, post, startApp, type RunningApp } from '../../helpers/teams.js';

let r: RunningApp;
let tokens: () => number;
beforeAll(async () => {
  nock.cleanAll();
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  tokens = serveBotFrameworkAuth([TEST_BOT.key]).tokenRequests;
  r = await startApp();
});
afterAll(async () => {
  await r.app.close();
  nock.cleanAll();
});

describe('connector clients reused across activities', () => {
  it('answers many messages in several conversations with one token from Microsoft, each reply carrying it', async () => {
    const authorizations: string[] = [];
    nock('https://smba.test')
      .persist()
      .post(/\/teams\/v3\/conversations\/.*\/activities\/.*/)
      .reply(function reply() {
        authorizations.push(String(this.req.headers.authorization));
        return [200, { id: `reply-${authorizations.length}` }];
      })
      .get(/\/members\//)
      .reply(404, { error: { code: 'NotFound', message: 'no such member' } });
    const statuses = [];
    for (const text of ['my emails are stuck in the outbox', 'start over', 'hello']) {
      statuses.push((await post(r.url, messageActivity(text, { conversationId: 'a:reuse-1' }))).status);
      statuses.push((await post(r.url, mentionActivity(text))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(authorizations.length).toBeGreaterThanOrEqual(6);
    expect(new Set(authorizations)).toEqual(new Set([`Bearer ${OUTBOUND_TOKEN}`]));
    expect(tokens()).toBe(1);
  });
});

describe('ReusingBotFrameworkAuthentication', () => {
  const activity = (conversation: string) =>
    ({ type: 'message', channelId: 'msteams', serviceUrl: 'http://localhost:3978/', conversation: { id: conversation } }) as Activity;

  it('hands every activity for one service URL the same connector client, inbound or proactive, and another URL its own', async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const first = await auth.authenticateRequest(activity('a:one'), '');
    const second = await auth.authenticateRequest(activity('a:two'), '');
    const client = await first.connectorFactory!.create('http://localhost:3978/', undefined);
    expect(await second.connectorFactory!.create('http://localhost:3978/', undefined)).toBe(client);
    expect(await auth.createConnectorFactory(first.claimsIdentity).create('http://localhost:3978/', undefined)).toBe(client);
    expect(await second.connectorFactory!.create('http://localhost:3979/', undefined)).not.toBe(client);
    expect(await auth.createUserTokenClient(second.claimsIdentity)).toBe(await auth.createUserTokenClient(first.claimsIdentity));
  });
});
