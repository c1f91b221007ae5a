import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { teamsEn } from '../../../src/content/teams.en.js';
import { OUTBOUND_TOKEN, TEST_BOT } from '../../helpers/bot-framework-auth.js';
import { cardText, mentionActivity, post, appForFile, type CardReply } from '../../helpers/teams.js';

const r = appForFile();

const REPLY = /\/teams\/v3\/conversations\/.*\/activities\/.*/;
const logged = () => r().logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('connector errors in the Teams channel', () => {
  it('waits out a 429 for as long as Retry-After says and then delivers the reply', async () => {
    const delivered: CardReply[] = [];
    nock('https://smba.test').post(REPLY).reply(429, { error: { code: 'Throttled', message: 'Too many requests' } }, { 'Retry-After': '1' });
    nock('https://smba.test')
      .post(REPLY)
      .reply(200, (_p, body) => {
        delivered.push(body as CardReply);
        return { id: 'after-wait' };
      });
    const started = Date.now();
    const res = await post(r().url, mentionActivity('my emails are stuck in the outbox'));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(delivered).toHaveLength(1);
    expect(cardText(delivered[0])).toMatch(/Are you a Microsoft 365 admin/);
  });

  it.each([
    [403, 'BotNotInConversationRoster', 'not-in-conversation'],
    [404, 'ConversationNotFound', 'conversation-gone'],
  ])('survives a %i (%s), logs it once and does not try to apologise into that conversation', async (status, code, problem) => {
    const before = r().logs.length;
    const scope = nock('https://smba.test').post(REPLY).reply(status, { error: { code, message: 'the connector said no' } });
    const res = await post(r().url, mentionActivity('my emails are stuck in the outbox'));
    expect(res.status).toBe(200);
    expect(scope.isDone()).toBe(true);
    const lines = logged().slice(before);
    expect(lines.filter((l) => l.msg === 'teams turn failed')).toHaveLength(1);
    expect(lines.find((l) => l.msg === 'teams turn failed')).toMatchObject({ teamsError: { status, code, problem } });
    // the server still answers afterwards
    nock('https://smba.test').post(REPLY).reply(200, { id: 'ok' });
    expect((await post(r().url, mentionActivity('my emails are stuck in the outbox'))).status).toBe(200);
  });

  it('apologises in the conversation when a turn fails for another reason', async () => {
    const sent: CardReply[] = [];
    nock('https://smba.test').post(REPLY).reply(400, { error: { code: 'BadArgument', message: 'the card was refused' } });
    nock('https://smba.test')
      .post(REPLY)
      .reply(200, (_p, body) => {
        sent.push(body as CardReply);
        return { id: 'sorry' };
      });
    const res = await post(r().url, mentionActivity('my emails are stuck in the outbox'));
    expect(res.status).toBe(200);
    expect(sent.map((a) => a.text)).toEqual([teamsEn.turnFailed]);
  });

  it('never logs the app password or a token while handling these errors', () => {
    const everything = r().logs.join('');
    expect(everything).toMatch(/teams turn failed/);
    expect(everything).not.toContain(TEST_BOT.password);
    expect(everything).not.toContain(OUTBOUND_TOKEN);
    expect(everything).not.toMatch(/Bearer [A-Za-z0-9]/);
  });
});
