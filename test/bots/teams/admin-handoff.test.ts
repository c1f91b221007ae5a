import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { teamsEn } from '../../../src/content/teams.en.js';
import {
  ALICE,
  BOB,
  buttons,
  cardOf,
  cardText,
  messageActivity,
  post,
  repliesOf,
  appForFile,
  submitActivity,
  type CardReply,
} from '../../helpers/teams.js';

const r = appForFile();

const path = (conv: string) => `/teams/v3/conversations/${encodeURIComponent(conv)}`;

async function turn(activity: unknown): Promise<CardReply[]> {
  const res = await post(r().url, activity);
  expect(res.status).toBe(200);
  return repliesOf(res.body);
}

/** Bob, an admin, has chatted with the bot before: Teams told it his email. */
async function bobHasUsedTheApp() {
  nock('https://smba.test')
    .get(`${path('a:bob')}/members/${encodeURIComponent(BOB.id)}`)
    .reply(200, { id: BOB.id, name: BOB.name, aadObjectId: BOB.aadObjectId, email: 'bob@contoso.com', userPrincipalName: 'bob@contoso.com' });
  await turn(messageActivity('hello', { conversationId: 'a:bob', from: BOB, expectReplies: true }));
}

async function aliceNeedsHerAdmin(conv: string) {
  const opts = { conversationId: conv, from: ALICE, expectReplies: true };
  const [question] = await turn(messageActivity('my emails are stuck in the outbox', opts));
  const no = buttons(question).find((b) => b.title === "No, I'm not")!;
  const [handoff] = await turn(submitActivity(no.data, opts));
  return { opts, handoff: handoff! };
}

describe('the admin handoff in Teams', () => {
  it('shows the exact admin steps as a message to forward, with a way to send them to the admin in Teams', async () => {
    const { handoff } = await aliceNeedsHerAdmin('a:alice-forward');
    const container = cardOf(handoff).body.find((e) => e.type === 'Container') as { items: Array<{ text: string }> };
    expect(container.items[0]?.text).toMatch(/admin/i);
    expect(container.items[1]?.text).toMatch(/Authenticated SMTP/);
    expect(cardOf(handoff).body.some((e) => e.type === 'Input.Text' && e.id === 'mdAdminEmail')).toBe(true);
    expect(buttons(handoff).map((b) => b.title)).toContain(teamsEn.adminSendLabel);
  });

  it('sends the steps to an admin who uses the app, and their Done moves the person on', async () => {
    await bobHasUsedTheApp();
    const conv = 'a:alice-handoff';
    const { opts, handoff } = await aliceNeedsHerAdmin(conv);
    let adminCard: CardReply | null = null;
    nock('https://smba.test')
      .post((p) => p.startsWith(`${path('a:bob')}/activities`))
      .reply(200, (_p, body) => {
        adminCard = body as CardReply;
        return { id: 'admin-card-1' };
      });
    const send = buttons(handoff).find((b) => b.title === teamsEn.adminSendLabel)!;
    const replies = await turn(submitActivity({ ...send.data, mdAdminEmail: 'BOB@contoso.com' }, opts));
    expect(replies.map((a) => a.text)).toEqual([teamsEn.adminSent(BOB.name)]);
    expect(adminCard).not.toBeNull();
    expect(cardText(adminCard!)).toContain(teamsEn.adminCardTitle(ALICE.name));
    expect(cardText(adminCard!)).toMatch(/Authenticated SMTP/);
    const done = buttons(adminCard!).find((b) => b.title === teamsEn.adminDoneLabel)!;

    // someone other than Bob cannot press his Done
    const refused = await turn(submitActivity(done.data, { conversationId: 'a:bob', from: ALICE, expectReplies: true }));
    expect(refused.map((a) => a.text)).toEqual([teamsEn.adminNotYours]);

    let thanked: CardReply | null = null;
    let toAlice: CardReply | null = null;
    nock('https://smba.test')
      .put(`${path('a:bob')}/activities/admin-card-1`)
      .reply(200, (_p, body) => {
        thanked = body as CardReply;
        return { id: 'admin-card-1' };
      });
    nock('https://smba.test')
      .post((p) => p.startsWith(`${path(conv)}/activities`))
      .reply(200, (_p, body) => {
        toAlice = body as CardReply;
        return { id: 'alice-card-9' };
      });
    await turn(submitActivity(done.data, { conversationId: 'a:bob', from: BOB, replyToId: 'admin-card-1', expectReplies: true }));
    expect(cardText(thanked!)).toContain(teamsEn.adminThanks(ALICE.name));
    expect(cardOf(thanked!).actions).toBeUndefined();
    expect(cardText(toAlice!)).toMatch(/check back with you/);
    const session = await r().app.store.findLatestSession('teams', conv);
    expect(session?.status).toBe('waiting');

    // a second Done changes nothing
    nock('https://smba.test').put(/.*/).reply(200, {});
    const again = await turn(submitActivity(done.data, { conversationId: 'a:bob', from: BOB, expectReplies: true }));
    expect(again.map((a) => a.text)).toEqual([teamsEn.adminAlreadyMovedOn]);
    expect((await r().app.store.findLatestSession('teams', conv))?.version).toBe(session?.version);
  });

  it('says so when the admin has never used the app, so the person forwards the message instead', async () => {
    const { opts, handoff } = await aliceNeedsHerAdmin('a:alice-unknown-admin');
    const send = buttons(handoff).find((b) => b.title === teamsEn.adminSendLabel)!;
    const replies = await turn(submitActivity({ ...send.data, mdAdminEmail: 'carol@contoso.com' }, opts));
    expect(replies.map((a) => a.text)).toEqual([teamsEn.adminNotFound('carol@contoso.com')]);
  });

  it('says so when the admin cannot be reached in Teams any more', async () => {
    await bobHasUsedTheApp();
    const { opts, handoff } = await aliceNeedsHerAdmin('a:alice-unreachable');
    nock('https://smba.test').post(/.*/).reply(403, { error: { code: 'BotNotInConversationRoster', message: 'not installed' } });
    const send = buttons(handoff).find((b) => b.title === teamsEn.adminSendLabel)!;
    const replies = await turn(submitActivity({ ...send.data, mdAdminEmail: 'bob@contoso.com' }, opts));
    expect(replies.map((a) => a.text)).toEqual([teamsEn.adminUnreachable(BOB.name)]);
  });
});
