import nock from 'nock';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/app.js';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { tempDir } from '../../helpers/engine.js';
import { buttons, cardText, messageActivity, post, repliesOf, recordingConnector, startApp, submitActivity, type CardReply, type RunningApp } from '../../helpers/teams.js';

const open: RunningApp[] = [];
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(async () => {
  while (open.length) await open.pop()?.app.close();
  nock.cleanAll();
});

async function start(dataDir: string) {
  const r = await startApp({ FOLLOW_UP_DELAY_SECONDS: '2', SCHEDULER_INTERVAL_MS: '100' }, dataDir);
  open.push(r);
  return r;
}

async function turn(r: RunningApp, activity: unknown): Promise<CardReply[]> {
  const res = await post(r.url, activity);
  expect(res.status).toBe(200);
  return repliesOf(res.body);
}

describe('follow-ups in Teams', () => {
  it('continues the conversation after the wait, also when the server restarted in between', async () => {
    const dataDir = tempDir('teams-restart-');
    const conv = 'a:follow-up';
    const first = await start(dataDir);
    const opts = { conversationId: conv, expectReplies: true };
    let [card] = await turn(first, messageActivity('my emails are stuck in the outbox', opts));
    for (const title of ["Yes, I'm an admin", 'No, we manage it', "No, it isn't", 'Done']) {
      const action = buttons(card).find((b) => b.title === title)!;
      [card] = await turn(first, submitActivity(action.data, opts));
    }
    expect(cardText(card)).toMatch(/check back with you/);
    await first.app.close();
    open.pop();

    await sleep(2_100);
    const delivered: CardReply[] = [];
    nock('https://smba.test')
      // botbuilder sends a proactive message as a reply to its continuation activity
      .post((path) => path.startsWith(`/teams/v3/conversations/${encodeURIComponent(conv)}/activities`))
      .reply(200, (_p, body) => {
        delivered.push(body as CardReply);
        return { id: 'follow-up-card' };
      });
    const second = await start(dataDir);
    for (let i = 0; i < 50 && delivered.length === 0; i++) await sleep(100);
    expect(delivered).toHaveLength(1);
    expect(cardText(delivered[0])).toMatch(/should have applied it by now/);
    expect(cardText(delivered[0])).toMatch(/Did it go out/);

    const session = await second.app.store.findLatestSession('teams', conv);
    expect(session?.status).toBe('active');
    expect(session?.meta).toMatchObject({ teams: { cardId: 'follow-up-card' } });
    await sleep(300);
    const transcript = await second.app.engine.transcript(session!.id);
    expect(transcript.filter((e) => e.proactive)).toHaveLength(1);
  });

  it('drops a follow-up whose conversation is gone without stopping the server', async () => {
    const dataDir = tempDir('teams-gone-');
    const conv = 'a:gone';
    const first = await start(dataDir);
    const opts = { conversationId: conv, expectReplies: true };
    let [card] = await turn(first, messageActivity('my emails are stuck in the outbox', opts));
    for (const title of ["Yes, I'm an admin", 'No, we manage it', "No, it isn't", 'Done']) {
      const action = buttons(card).find((b) => b.title === title)!;
      [card] = await turn(first, submitActivity(action.data, opts));
    }
    const scope = nock('https://smba.test').post(/.*/).reply(404, { error: { code: 'ConversationNotFound', message: 'gone' } });
    for (let i = 0; i < 40 && !scope.isDone(); i++) await sleep(100);
    expect(scope.isDone()).toBe(true);
    await sleep(200);
    expect(first.logs.join('')).toMatch(/"problem":"conversation-gone"/);
    expect((await fetch(`http://127.0.0.1:${first.port}/healthz`)).status).toBe(200);
  });
});

describe('answers after a restart', () => {
  it('still takes the buttons off the question a typed answer replies to, when another process showed it', async () => {
    const dataDir = tempDir('teams-answer-restart-');
    const conv = 'a:answer-restart';
    const { posted, updated } = recordingConnector('question');
    const first = await start(dataDir);
    expect((await post(first.url, messageActivity('my emails are stuck in the outbox', { conversationId: conv }))).status).toBe(200);
    expect(cardText(posted[0])).toMatch(/Are you a Microsoft 365 admin/);
    await first.app.close();
    open.pop();

    const second = await start(dataDir);
    expect((await post(second.url, messageActivity('yes', { conversationId: conv }))).status).toBe(200);
    const answered = updated.find((u) => u.path.endsWith('/activities/question-1'));
    expect(answered && cardText(answered.body)).toMatch(/Are you a Microsoft 365 admin[\s\S]*You answered: yes/);
    expect(buttons(answered!.body)).toEqual([]);
    expect(posted).toHaveLength(2);
  });
});

describe('Teams configuration', () => {
  const build = (env: Record<string, string>) => () => buildApp(loadConfig({ DATA_DIR: tempDir('teams-config-'), ...env }), createLogger('silent'));

  it('refuses to start with a bot id but no secret, and names the variable', () => {
    expect(build({ MicrosoftAppId: 'b6a5f0a4-1111-4222-8333-944455556666' })).toThrow(ConfigError);
    expect(build({ MicrosoftAppId: 'b6a5f0a4-1111-4222-8333-944455556666' })).toThrow(/MicrosoftAppPassword: required/);
  });

  it('asks for the tenant of a single-tenant bot', () => {
    expect(build({ MicrosoftAppId: 'b6a5f0a4-1111-4222-8333-944455556666', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' })).toThrow(
      /MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant/,
    );
  });
});
