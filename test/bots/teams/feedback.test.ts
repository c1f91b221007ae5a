import { describe, expect, it } from 'vitest';
import { CONTENT, TEAMS_WORDS } from '../../../src/content/catalog.js';
import {
  appForFile,
  botAddedActivity,
  buttons,
  cardOf,
  cardText,
  post,
  recordingConnector,
  repliesOf,
  submitActivity,
  type ActivityOptions,
  type CardReply,
} from '../../helpers/teams.js';

const r = appForFile();
const feedback = CONTENT.en.conversation.feedback;

async function send(activity: unknown): Promise<CardReply[]> {
  const res = await post(r().url, activity);
  expect(res.status).toBe(200);
  return repliesOf(res.body);
}

/** Clicks a button, with what the person typed into the card's inputs. */
function click(reply: CardReply | undefined, title: string, o: ActivityOptions, typed: Record<string, string> = {}) {
  const action = buttons(reply).find((b) => b.title === title);
  if (!action) throw new Error(`no button "${title}" on ${JSON.stringify(buttons(reply).map((b) => b.title))}`);
  return send(submitActivity({ ...action.data, ...typed }, o));
}

/** A 1:1 chat that ends at once: the person asks for a person on the first question. Returns the card that ends it. */
async function ended(o: ActivityOptions & { locale?: string }): Promise<CardReply> {
  const [, question] = await send({ ...botAddedActivity(o), ...(o.locale ? { locale: o.locale } : {}) });
  const human = buttons(question).find((b) => b.data.choice === 'human')!;
  const replies = await send({ ...submitActivity(human.data, o), ...(o.locale ? { locale: o.locale } : {}) });
  const last = replies.filter((a) => a.attachments).at(-1);
  expect(last).toBeDefined();
  return last!;
}

/** Each conversation with a person of its own: a person who lets the question go unanswered is not asked again. */
const chat = (name: string, extra: Partial<ActivityOptions> & { locale?: string } = {}) => ({
  conversationId: `a:feedback-${name}`,
  from: { id: `29:feedback-${name}`, name: 'Fay Example' },
  ...extra,
});

/** Answers counted for Teams conversations (all of this file's), of one kind or all. */
async function teamsAnswers(answer?: 'helpful' | 'not-helpful'): Promise<number> {
  const counts = await r().app.store.feedbackCounts(0, Date.now() + 1000);
  return counts.filter((c) => c.channel === 'teams' && (!answer || c.answer === answer)).reduce((n, c) => n + c.count, 0);
}

describe('"did this help?" on the Teams card that ends a conversation', () => {
  it('asks it last on the card, its two answers as buttons that carry the ids helpful and not-helpful', async () => {
    const card = await ended(chat('ask', { expectReplies: true }));
    const body = cardOf(card).body;
    const question = body.findIndex((e) => e.type === 'TextBlock' && e.text === feedback.question);
    expect(question).toBeGreaterThan(-1);
    expect(body[question + 1]).toMatchObject({ type: 'ActionSet' });
    const answers = buttons(card).filter((b) => b.data.md === 'feedback');
    expect(answers.map((b) => [b.title, b.data.answer])).toEqual([
      [feedback.labels.helpful, 'helpful'],
      [feedback.labels['not-helpful'], 'not-helpful'],
    ]);
  });

  it('an answer clicked is recorded through the engine, thanked, and the conversation stays ended', async () => {
    const conversation = chat('answer', { expectReplies: true });
    const before = await teamsAnswers('not-helpful');
    const card = await ended(conversation);
    const replies = await click(card, feedback.labels['not-helpful'], conversation);
    expect(cardText(replies[0])).toContain(feedback.thanks['not-helpful']);
    // not asked again: the two answers are gone (a line for a comment follows a "no")
    expect(buttons(replies[0]).map((b) => b.title)).not.toContain(feedback.labels.helpful);
    expect(buttons(replies[0]).map((b) => b.title)).not.toContain(feedback.labels['not-helpful']);
    const session = await r().app.store.findLatestSession('teams', conversation.conversationId);
    expect(session?.status).toBe('escalated');
    expect((await r().app.engine.transcript(session!.id)).at(-2)?.text).toBe(feedback.labels['not-helpful']);
    expect(await teamsAnswers('not-helpful')).toBe(before + 1);
  });

  it('after a "no", the thanks card offers a line for a comment, which is kept redacted and thanked; a "yes" is not asked for one', async () => {
    const conversation = chat('comment', { expectReplies: true });
    const before = await teamsAnswers();
    const [thanks] = await click(await ended(conversation), feedback.labels['not-helpful'], conversation);
    const words = TEAMS_WORDS.en.feedbackComment;
    expect(cardOf(thanks).body).toContainEqual(expect.objectContaining({ type: 'Input.Text', id: 'mdComment', label: words.label }));
    const session = await r().app.store.findLatestSession('teams', conversation.conversationId);
    const lines = async () => (await r().app.engine.transcript(session!.id)).length;
    const said = await lines();

    // Send with nothing typed: a short nudge, nothing recorded
    expect((await click(thanks, words.send, conversation, { mdComment: '  ' })).map((a) => a.text)).toEqual([words.empty]);
    expect(await lines()).toBe(said);

    const [commented] = await click(thanks, words.send, conversation, { mdComment: 'It never asked for my login. My password is hunter2' });
    expect(cardText(commented)).toContain(feedback.commentThanks);
    expect(cardOf(commented).body.some((e) => e.id === 'mdComment')).toBe(false);
    const kept = (await r().app.engine.transcript(session!.id)).at(-2)?.text ?? '';
    expect(kept).toContain('It never asked for my login');
    expect(kept).not.toContain('hunter2');
    // one answer, its comment added
    expect(await teamsAnswers()).toBe(before + 1);

    const yes = chat('comment-yes', { expectReplies: true });
    const [glad] = await click(await ended(yes), feedback.labels.helpful, yes);
    expect(cardOf(glad).body.some((e) => e.id === 'mdComment')).toBe(false);
  });

  it('takes one answer: a second click on the same card changes nothing, and says the card is out of date', async () => {
    const conversation = chat('old-card', { expectReplies: true });
    const before = { all: await teamsAnswers(), helpful: await teamsAnswers('helpful') };
    const card = await ended(conversation);
    await click(card, feedback.labels.helpful, conversation);
    const second = await click(card, feedback.labels['not-helpful'], conversation);
    expect(second[0]?.text).toBe(TEAMS_WORDS.en.stale);
    expect({ all: await teamsAnswers(), helpful: await teamsAnswers('helpful') }).toEqual({ all: before.all + 1, helpful: before.helpful + 1 });
  });

  it('asks in the conversation’s language', async () => {
    const card = await ended(chat('de', { expectReplies: true, locale: 'de-DE' }));
    expect(cardText(card)).toContain(CONTENT.de.conversation.feedback.question);
    expect(buttons(card).filter((b) => b.data.md === 'feedback').map((b) => b.title)).toEqual([
      CONTENT.de.conversation.feedback.labels.helpful,
      CONTENT.de.conversation.feedback.labels['not-helpful'],
    ]);
  });

  it('through the connector: the clicked card keeps the question, loses its buttons and shows the answer', async () => {
    const conversation = chat('connector');
    const { posted, updated } = recordingConnector('fb');
    const [, question] = await send(botAddedActivity({ ...conversation, expectReplies: true }));
    const human = buttons(question).find((b) => b.data.choice === 'human')!;
    await post(r().url, submitActivity(human.data, conversation));
    const endIndex = posted.findIndex((a) => a.attachments && cardText(a).includes(feedback.question));
    expect(endIndex).toBeGreaterThan(-1);
    const helpful = buttons(posted[endIndex]).find((b) => b.data.answer === 'helpful')!;
    await post(r().url, submitActivity(helpful.data, { ...conversation, replyToId: `fb-${endIndex + 1}` }));
    const answered = updated.find((u) => u.path.endsWith(`/activities/fb-${endIndex + 1}`));
    expect(answered && cardText(answered.body)).toContain(feedback.question);
    expect(cardText(answered!.body)).toContain(TEAMS_WORDS.en.answered(feedback.labels.helpful));
    expect(buttons(answered!.body)).toEqual([]);
    expect(cardText(posted.at(-1))).toContain(feedback.thanks.helpful);
  });
});
