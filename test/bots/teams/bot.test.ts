import nock from 'nock';
import { en } from '../../../src/content/en.js';
import { describe, expect, it, vi } from 'vitest';
import { teamsEn } from '../../../src/content/teams.en.js';
import { teamsMetaOf } from '../../../src/bots/teams/conversation.js';
import {
  acceptTyping,
  botAddedActivity,
  buttons,
  cardOf,
  cardText,
  mentionActivity,
  messageActivity,
  post,
  repliesOf,
  appForFile,
  submitActivity,
  type CardReply,
} from '../../helpers/teams.js';

const r = appForFile();

// member lookups (for the admin directory) go to the connector; here nobody answers them
const personal = (name: string) => ({ conversationId: `a:${name}`, expectReplies: true });

/** Catches the update of one card (the card shown again without its buttons) and answers the next post with `nextId`. */
function cardUpdate(conv: string, cardId: string, nextId: string): () => CardReply {
  let updated: CardReply | null = null;
  nock('https://smba.test')
    .put(`/teams/v3/conversations/${encodeURIComponent(conv)}/activities/${cardId}`)
    .reply(200, (_path, body) => {
      updated = body as CardReply;
      return { id: cardId };
    });
  nock('https://smba.test').post(/activities/).reply(200, { id: nextId });
  return () => {
    if (!updated) throw new Error(`card ${cardId} was not updated`);
    return updated;
  };
}

/** A 1:1 conversation started with a problem; its first card has the id card-1. */
async function firstCard(conv: string): Promise<void> {
  acceptTyping();
  nock('https://smba.test').get(/members/).reply(404, { error: { code: 'NotFound', message: 'no member' } });
  nock('https://smba.test').post(/activities/).reply(200, { id: 'card-1' });
  await post(r().url, messageActivity('my emails are stuck in the outbox', { conversationId: conv }));
}

async function send(activity: unknown): Promise<CardReply[]> {
  const res = await post(r().url, activity);
  expect(res.status).toBe(200);
  return repliesOf(res.body);
}

function click(reply: CardReply | undefined, title: string, conversationId: string, extra: Record<string, unknown> = {}) {
  const action = buttons(reply).find((b) => b.title === title);
  if (!action) throw new Error(`no button "${title}" on ${JSON.stringify(buttons(reply).map((b) => b.title))}`);
  return send(submitActivity({ ...action.data, ...extra }, { conversationId, expectReplies: true }));
}

describe('the Teams bot, replies returned in the response (expectReplies)', () => {
  it('welcomes a person who adds the app and asks the first question with a few buttons and no Start over', async () => {
    const replies = await send(botAddedActivity(personal('welcome')));
    // the welcome, the question, and its suggested actions (test/bots/teams/suggestions.test.ts)
    expect(replies).toHaveLength(3);
    expect(cardText(replies[0])).toContain(teamsEn.welcomePersonal);
    const first = cardOf(replies[1]);
    expect(cardText(replies[1])).toMatch(/What are you seeing/);
    expect(first.body.some((e) => e.type === 'Input.Text' && e.id === 'mdAddress')).toBe(true);
    const titles = buttons(replies[1]).map((b) => b.title);
    expect(titles).toEqual([en.choices['sending-fails'], en.choices['sync-fails'], en.choices['have-error'], en.choices['check-mailbox'], 'Talk to a person']);
  });

  it('walks the whole sending path by card clicks, from the symptom to fixed, and keeps the address given in the card', async () => {
    const conv = 'a:full-path';
    const [, first] = await send(botAddedActivity(personal('full-path')));
    let replies = await click(first, en.choices['sending-fails'], conv, { mdAddress: 'Alice@Contoso.com' });
    expect(cardText(replies[0])).toMatch(/Are you a Microsoft 365 admin/);
    replies = await click(replies[0], "Yes, I'm an admin", conv);
    replies = await click(replies[0], 'No, we manage it', conv);
    replies = await click(replies[0], "No, it isn't", conv);
    expect(cardText(replies[0])).toContain('1. In the Microsoft 365 admin center');
    replies = await click(replies[0], 'Done', conv);
    expect(cardText(replies[0])).toMatch(/check back with you/);
    replies = await click(replies[0], 'Test now', conv);
    replies = await click(replies[0], 'It works now', conv);
    expect(cardText(replies[0])).toMatch(/that's fixed/);

    const session = await r().app.store.findLatestSession('teams', conv);
    expect(session?.status).toBe('resolved');
    const current = await r().app.engine.current(session!.id);
    expect(current?.view.facts.address).toBe('alice@contoso.com');
  });

  it('understands free text in a 1:1 chat', async () => {
    const replies = await send(messageActivity('my emails are stuck in the outbox', personal('free-text')));
    expect(cardText(replies[0])).toMatch(/Are you a Microsoft 365 admin/);
  });

  it('answers an old card with a short note and leaves the conversation where it is', async () => {
    const conv = 'a:stale';
    const [question] = await send(messageActivity('my emails are stuck in the outbox', personal('stale')));
    await click(question, "Yes, I'm an admin", conv);
    const replies = await click(question, 'Not sure', conv);
    expect(replies.map((a) => a.text)).toEqual([teamsEn.stale]);
    const session = await r().app.store.findLatestSession('teams', conv);
    const current = await r().app.engine.current(session!.id);
    expect(current?.view.key).toBe('askingProviderManaged');
  });

  it('asks for a pick when a choice set is submitted empty', async () => {
    const [, first] = await send(botAddedActivity(personal('empty-pick')));
    const { session, version } = buttons(first)[0]!.data as { session: string; version: number };
    const replies = await send(submitActivity({ md: 'choice-set', session, version }, { conversationId: 'a:empty-pick', expectReplies: true }));
    expect(replies.map((a) => a.text)).toEqual([teamsEn.choiceSetEmpty]);
  });

  it('takes words typed into the card input when the question asks for a description', async () => {
    const conv = 'a:text-input';
    const [, first] = await send(botAddedActivity(personal('text-input')));
    // "something else" is taken on the first question though it has no button there
    const { session, version } = buttons(first)[0]!.data as { session: string; version: number };
    const [describe] = await send(submitActivity({ md: 'choice', choice: 'something-else', session, version }, { conversationId: conv, expectReplies: true }));
    expect(cardOf(describe).body.some((e) => e.type === 'Input.Text' && e.id === 'mdText')).toBe(true);
    const replies = await click(describe, teamsEn.sendLabel, conv, { mdText: 'my emails are stuck in the outbox' });
    expect(cardText(replies[0])).toMatch(/Are you a Microsoft 365 admin/);
  });

  it('takes an error message pasted into the card input and names what it means', async () => {
    const conv = 'a:error-input';
    const [, first] = await send(botAddedActivity(personal('error-input')));
    const [askForError] = await click(first, en.choices['have-error'], conv);
    const replies = await click(askForError, teamsEn.sendLabel, conv, {
      mdText: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    });
    const session = await r().app.store.findLatestSession('teams', conv);
    expect((await r().app.engine.current(session!.id))?.view.facts.diagnoses).toEqual(['smtp-auth-disabled']);
    expect(cardText(replies[0])).toMatch(/Are you a Microsoft 365 admin/);
  });

  it('says an address that is not one was left out, and still takes the choice', async () => {
    const [, first] = await send(botAddedActivity(personal('bad-address')));
    const replies = await click(first, en.choices['sending-fails'], 'a:bad-address', { mdAddress: 'not an address' });
    expect(replies[0]?.text).toBe(teamsEn.addressNotEmail('not an address'));
    expect(cardText(replies[1])).toMatch(/Are you a Microsoft 365 admin/);
  });

  it('never answers the same activity twice', async () => {
    const activity = messageActivity('my emails are stuck in the outbox', personal('dup'));
    expect(await send(activity)).toHaveLength(1);
    expect(await send(activity)).toHaveLength(0);
    const session = await r().app.store.findLatestSession('teams', 'a:dup');
    const transcript = await r().app.engine.transcript(session!.id);
    expect(transcript.filter((e) => e.role === 'user')).toHaveLength(1);
  });

  it('answers the retry of an activity whose first handling failed (the store blinked), once', async () => {
    const store = r().app.store;
    const real = store.findLatestSession.bind(store);
    store.findLatestSession = async () => {
      store.findLatestSession = real; // fails once, then the store is back
      throw new Error('the store failed (test)');
    };
    const activity = messageActivity('my emails are stuck in the outbox', personal('blink'));
    const first = await post(r().url, activity);
    expect(JSON.stringify(first.body)).not.toMatch(/Are you a Microsoft 365 admin/);
    expect(await send(activity)).toHaveLength(1);
    expect(await send(activity)).toHaveLength(0);
    const session = await store.findLatestSession('teams', 'a:blink');
    expect((await r().app.engine.transcript(session!.id)).filter((e) => e.role === 'user')).toHaveLength(1);
  });

  it('refuses a card submit that names a session of another conversation', async () => {
    const [question] = await send(messageActivity('my emails are stuck in the outbox', personal('owner')));
    const yes = buttons(question).find((b) => b.title === "Yes, I'm an admin")!;
    const replies = await send(submitActivity(yes.data, { conversationId: 'a:intruder', expectReplies: true }));
    expect(replies.map((a) => a.text)).toEqual([teamsEn.unreadableSubmit]);
  });

  it('answers a body that is not an activity with 400 and says what is missing', async () => {
    const res = await post(r().url, { hello: 'world' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_activity' });
  });
});

describe('the Teams bot, replies posted to the serviceUrl', () => {
  const encoded = (id: string) => encodeURIComponent(id);

  it('answers a channel @mention in its thread, with the mention taken out of the text', async () => {
    const activity = mentionActivity('my emails are stuck in the outbox', { id: 'root-1' });
    let sent: { body: unknown; path: string } | null = null;
    nock('https://smba.test')
      .post(`/teams/v3/conversations/${encoded('19:general@thread.tacv2')}/activities/root-1`)
      .reply(200, (path, body) => {
        sent = { body, path };
        return { id: 'bot-reply-1' };
      });
    const res = await post(r().url, activity);
    expect(res.status).toBe(200);
    expect(sent).not.toBeNull();
    expect(cardText(sent!.body as CardReply)).toMatch(/Are you a Microsoft 365 admin/);
    const session = await r().app.store.findLatestSession('teams', '19:general@thread.tacv2;messageid=root-1');
    const transcript = await r().app.engine.transcript(session!.id);
    expect(transcript.find((e) => e.role === 'user')?.text).toBe('my emails are stuck in the outbox');
  });

  it('keeps one session per channel thread: a reply continues it, a new post starts another', async () => {
    nock('https://smba.test').persist().post(/\/teams\/v3\/conversations\/.*\/activities\/.*/).reply(200, { id: 'bot-reply' });
    nock('https://smba.test').persist().put(/.*/).reply(200, { id: 'updated' });
    await post(r().url, mentionActivity('my emails are stuck in the outbox', { id: 'root-2' }));
    const thread = '19:general@thread.tacv2;messageid=root-2';
    await post(r().url, mentionActivity("no, I'm not an admin", { id: 'reply-2', conversationId: thread }));
    await post(r().url, mentionActivity('my emails are stuck in the outbox', { id: 'root-3' }));

    const first = await r().app.store.findLatestSession('teams', thread);
    expect((await r().app.engine.current(first!.id))?.view.key).toBe('bringingInAdmin');
    const second = await r().app.store.findLatestSession('teams', '19:general@thread.tacv2;messageid=root-3');
    expect(second?.id).not.toBe(first?.id);
    expect((await r().app.engine.current(second!.id))?.view.key).toBe('askingIsAdmin');
  });

  it('takes the buttons off a card once it is answered and shows the answer', async () => {
    const conv = 'a:update-card';
    acceptTyping();
    const replies = await send(messageActivity('my emails are stuck in the outbox', personal('update-card')));
    const yes = buttons(replies[0]).find((b) => b.title === "Yes, I'm an admin")!;
    const updated = cardUpdate(conv, 'card-7', 'card-8');
    const res = await post(r().url, submitActivity(yes.data, { conversationId: conv, replyToId: 'card-7' }));
    expect(res.status).toBe(200);
    expect(cardText(updated())).toContain(teamsEn.answered("Yes, I'm an admin"));
    expect(cardOf(updated()).actions).toBeUndefined();
    // the new card's id is kept after Teams has had its answer
    await vi.waitFor(async () => expect((await r().app.store.findLatestSession('teams', conv))?.meta).toMatchObject({ teams: { cardId: 'card-8' } }));
  });

  it("answers Teams before the card id is written, and a typed answer meanwhile still takes the buttons off that card", async () => {
    const conv = 'a:slow-card-id';
    acceptTyping();
    nock('https://smba.test').get(/members/).reply(404, { error: { code: 'NotFound', message: 'no member' } });
    nock('https://smba.test').post(/activities/).reply(200, { id: 'card-1' });
    const store = r().app.store;
    const patch = store.patchMetaParts.bind(store);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reading: { mockRestore(): void } | undefined;
    const spy = vi.spyOn(store, 'patchMetaParts').mockImplementationOnce(async (...args) => {
      await held;
      return patch(...args);
    });
    try {
      const first = await post(r().url, messageActivity('my emails are stuck in the outbox', { conversationId: conv }));
      expect(first.status).toBe(200);
      expect(teamsMetaOf((await store.findLatestSession('teams', conv))!.meta)?.cardId).toBeUndefined();
      const updated = cardUpdate(conv, 'card-1', 'card-2');
      // the write is let go only once the typed answer has read its conversation, which still lacks the id
      const engine = r().app.engine;
      const read = engine.conversationOf.bind(engine);
      let storedWhenRead: string | undefined = 'not read';
      reading = vi.spyOn(engine, 'conversationOf').mockImplementationOnce(async (...args) => {
        const found = await read(...args);
        storedWhenRead = teamsMetaOf(found.taking!.meta)?.cardId;
        release();
        return found;
      });
      const second = await post(r().url, messageActivity("yes, I'm an admin", { conversationId: conv }));
      expect(second.status).toBe(200);
      // the typed answer read its conversation before the card's id was stored
      expect(storedWhenRead).toBeUndefined();
      expect(cardText(updated())).toContain(teamsEn.answered("yes, I'm an admin"));
      expect(cardOf(updated()).actions).toBeUndefined();
      await vi.waitFor(async () => expect(teamsMetaOf((await store.findLatestSession('teams', conv))!.meta)?.cardId).toBe('card-2'));
    } finally {
      release();
      spy.mockRestore();
      reading?.mockRestore();
    }
  });

  it('takes the buttons off the last card when the answer is typed instead of clicked', async () => {
    const conv = 'a:typed-answer';
    await firstCard(conv);
    const updated = cardUpdate(conv, 'card-1', 'card-2');
    await post(r().url, messageActivity("yes, I'm an admin", { conversationId: conv }));
    expect(cardText(updated())).toMatch(/Are you a Microsoft 365 admin/);
    expect(cardText(updated())).toContain(teamsEn.answered("yes, I'm an admin"));
    expect(cardOf(updated()).actions).toBeUndefined();
  });

  it('says "You wrote", not "You answered", under a card whose question was met with a question', async () => {
    const conv = 'a:typed-question';
    await firstCard(conv);
    const updated = cardUpdate(conv, 'card-1', 'card-2');
    await post(r().url, messageActivity('wait, what does being an admin mean?', { conversationId: conv }));
    expect(cardText(updated())).toContain(teamsEn.wrote('wait, what does being an admin mean?'));
    expect(cardText(updated())).not.toContain(teamsEn.answered('wait, what does being an admin mean?'));
    // the question itself comes again, with its buttons, on the next card
    const next = cardUpdate(conv, 'card-2', 'card-3');
    await post(r().url, messageActivity('no, not me', { conversationId: conv }));
    expect(cardText(next())).toContain(teamsEn.answered('no, not me'));
  });

  it('says "You wrote" under a card left by going back, or by going back where there is nothing to go back to', async () => {
    const conv = 'a:typed-back';
    await firstCard(conv);
    const back = cardUpdate(conv, 'card-1', 'card-2');
    await post(r().url, messageActivity('go back', { conversationId: conv }));
    expect(cardText(back())).toContain(teamsEn.wrote('go back'));
    const again = cardUpdate(conv, 'card-2', 'card-3');
    await post(r().url, messageActivity('go back', { conversationId: conv }));
    expect(cardText(again())).toContain(teamsEn.wrote('go back'));
  });

  it('answers a new channel post that Teams delivers twice once, one after the other or at the same moment', async () => {
    const root = (id: string, text = 'my emails are stuck in the outbox') => mentionActivity(text, { id, expectReplies: true });
    const replies = async (activity: unknown) => repliesOf((await post(r().url, activity)).body).length;
    expect(await replies(root('root-again'))).toBe(1);
    expect(await replies(root('root-again'))).toBe(0);
    const both = await Promise.all([replies(root('root-twice')), replies(root('root-twice'))]);
    expect(both.sort()).toEqual([0, 1]);
    const session = await r().app.store.findLatestSession('teams', '19:general@thread.tacv2;messageid=root-twice');
    expect((await r().app.engine.transcript(session!.id)).filter((e) => e.role === 'user')).toHaveLength(1);
    // a bare mention, and a first message that takes two writes (one that ends the conversation), are claimed before they are answered
    const bare = await Promise.all([replies(root('root-bare', '')), replies(root('root-bare', ''))]);
    expect(bare.sort()).toEqual([0, 1]);
    const human = await Promise.all([replies(root('root-human', 'talk to a human')), replies(root('root-human', 'talk to a human'))]);
    expect(Math.min(...human)).toBe(0);
    expect(Math.max(...human)).toBeGreaterThan(0);
  });

  it('takes a card click in a channel thread and answers in that thread', async () => {
    const root = mentionActivity('my emails are stuck in the outbox', { id: 'root-click', expectReplies: true });
    const [question] = repliesOf((await post(r().url, root)).body);
    const yes = buttons(question).find((b) => b.title === "Yes, I'm an admin")!;
    const thread = '19:general@thread.tacv2;messageid=root-click';
    const replies = repliesOf(
      (await post(r().url, submitActivity(yes.data, { conversationType: 'channel', conversationId: thread, expectReplies: true }))).body,
    );
    expect(cardText(replies[0])).toMatch(/GoDaddy/);
    expect((replies[0] as unknown as { conversation: { id: string } }).conversation.id).toBe(thread);
  });
});
