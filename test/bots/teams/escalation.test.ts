import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { teamsEn } from '../../../src/content/teams.en.js';
import { buttons, cardText, messageActivity, post, repliesOf, startApp, submitActivity, type CardReply, type RunningApp } from '../../helpers/teams.js';

const IT_TEAM = '19:it-helpdesk@thread.tacv2';
let r: RunningApp;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  r = await startApp({ TEAMS_ESCALATION_CONVERSATION: IT_TEAM, TEAMS_SERVICE_URL: 'https://smba.test/teams/' });
});
afterAll(async () => {
  await r.app.close();
  nock.enableNetConnect();
});
afterEach(() => nock.cleanAll());

async function escalate(conv: string): Promise<CardReply[]> {
  const opts = { conversationId: conv, expectReplies: true };
  const [question] = repliesOf((await post(r.url, messageActivity('my emails are stuck in the outbox', opts))).body);
  const human = buttons(question).find((b) => b.title === 'Talk to a person')!;
  const res = await post(r.url, submitActivity(human.data, opts));
  expect(res.status).toBe(200);
  return repliesOf(res.body);
}

describe('escalation from Teams', () => {
  it('posts the conversation summary to the IT team conversation and tells the person', async () => {
    let summary: CardReply | null = null;
    nock('https://smba.test')
      .post((p) => p.startsWith(`/teams/v3/conversations/${encodeURIComponent(IT_TEAM)}/activities`))
      .reply(200, (_p, body) => {
        summary = body as CardReply;
        return { id: 'summary-1' };
      });
    const replies = await escalate('a:escalate-ok');
    expect(cardText(replies[0])).toMatch(/passed this to a person/);
    expect(replies[1]?.text).toBe(teamsEn.escalationPosted);
    expect(cardText(summary!)).toContain(teamsEn.escalationTitle);
    expect(cardText(summary!)).toContain('Symptom: sending.');
    expect(cardText(summary!)).toMatch(/my emails are stuck in the outbox/);
  });

  it('tells the person to contact IT directly when the IT conversation cannot be reached', async () => {
    nock('https://smba.test').post(/.*/).reply(403, { error: { code: 'BotNotInConversationRoster', message: 'not installed there' } });
    const replies = await escalate('a:escalate-fails');
    expect(replies.at(-1)?.text).toBe(teamsEn.escalationFailed);
  });
});
