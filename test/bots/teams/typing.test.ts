import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { teamsEn } from '../../../src/content/teams.en.js';
import { appForFile, cardText, mentionActivity, messageActivity, post, type CardReply } from '../../helpers/teams.js';

const r = appForFile();

/** Everything the bot posts to the connector, in the order the connector receives it; typing can be refused. */
function connector(typingStatus = 200) {
  const posted: CardReply[] = [];
  nock('https://smba.test').persist().get(/members/).reply(404, { error: { code: 'NotFound', message: 'no member' } });
  nock('https://smba.test')
    .persist()
    .post(/\/teams\/v3\/conversations\/.*\/activities/)
    .reply((_path, body) => {
      const activity = body as CardReply;
      posted.push(activity);
      return activity.type === 'typing' && typingStatus !== 200 ? [typingStatus, { error: { code: 'BadArgument', message: 'typing refused' } }] : [200, { id: `sent-${posted.length}` }];
    });
  return posted;
}

describe('Teams shows that the bot is typing while it works on a message', () => {
  it('in a 1:1 chat: a typing activity reaches the connector before the answer', async () => {
    const posted = connector();
    const res = await post(r().url, messageActivity('my emails are stuck in the outbox', { conversationId: 'a:typing-personal' }));
    expect(res.status).toBe(200);
    expect(posted.map((a) => a.type)).toEqual(['typing', 'message']);
    expect(cardText(posted[1])).toMatch(/Are you a Microsoft 365 admin/);
  });

  it('in a group chat too', async () => {
    const posted = connector();
    await post(r().url, mentionActivity('my emails are stuck in the outbox', { conversationType: 'groupChat', conversationId: '19:group-typing@thread.v2' }));
    expect(posted.map((a) => a.type)).toEqual(['typing', 'message']);
  });

  it('not in a channel thread, where Teams shows no typing: the answer still arrives', async () => {
    const posted = connector();
    await post(r().url, mentionActivity('my emails are stuck in the outbox', { id: 'typing-root' }));
    expect(posted.map((a) => a.type)).toEqual(['message']);
    expect(cardText(posted[0])).toMatch(/Are you a Microsoft 365 admin/);
  });

  it('a typing activity the connector refuses does not stop the answer, and nobody is told of it', async () => {
    const posted = connector(400);
    await post(r().url, messageActivity('my emails are stuck in the outbox', { conversationId: 'a:typing-refused' }));
    expect(posted.map((a) => a.type)).toEqual(['typing', 'message']);
    expect(cardText(posted[1])).toMatch(/Are you a Microsoft 365 admin/);
    expect(posted.some((a) => a.text === teamsEn.turnFailed)).toBe(false);
  });

  it('not when the replies go back in the HTTP response (expectReplies)', async () => {
    const res = await post(r().url, messageActivity('my emails are stuck in the outbox', { conversationId: 'a:typing-expect', expectReplies: true }));
    const types = ((res.body?.activities as CardReply[] | undefined) ?? []).map((a) => a.type);
    expect(types).toEqual(['message']);
  });
});
