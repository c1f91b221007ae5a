import { describe, expect, it } from 'vitest';
import { decodeFeedback } from '../../../src/bots/slack/blocks.js';
import { en } from '../../../src/content/en.js';
import { es } from '../../../src/content/es.js';
import { slackDe } from '../../../src/content/slack.de.js';
import { slackEs } from '../../../src/content/slack.es.js';
import { postTo, type ApiCall } from '../../helpers/fake-slack-api.js';
import { appPerTest } from '../../helpers/slack-app.js';
import { clickElement, elementsOf, wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, blockAction, dmMessage, sendInteraction, sendJson, TEAM } from '../../helpers/slack-requests.js';

const { setUp } = appPerTest();

interface FeedbackButton {
  text: { text: string };
  value: string;
}
interface FeedbackElement {
  type: string;
  action_id: string;
  positive_button: FeedbackButton;
  negative_button: FeedbackButton;
}

/** The feedback buttons of a posted message (a `feedback_buttons` element in a `context_actions` block), or undefined. */
function feedbackOf(post: ApiCall): (FeedbackElement & { block_id: string }) | undefined {
  const block = (post.args.blocks as Array<{ type: string; block_id: string; elements?: FeedbackElement[] }>).find((b) => b.type === 'context_actions');
  const element = block?.elements?.find((e) => e.type === 'feedback_buttons');
  return element && block ? { ...element, block_id: block.block_id } : undefined;
}

/** A click on one of the two feedback buttons, in Slack's block_actions shape. */
function clickFeedback(base: string, post: ApiCall, which: 'positive_button' | 'negative_button', user = 'U0ALICE') {
  const element = feedbackOf(post);
  if (!element) throw new Error('no feedback buttons on that message');
  const button = element[which];
  return sendInteraction(
    base,
    blockAction({
      user,
      channel: String(post.args.channel),
      message: { ts: String(post.reply?.ts), blocks: post.args.blocks },
      action: { type: 'feedback_buttons', action_id: element.action_id, block_id: element.block_id, value: button.value, text: { type: 'plain_text', ...button.text } },
    }),
  );
}

/** The comment modal sent back with `comment` typed in it, by `user`. */
function submitComment(base: string, view: { blocks: Array<{ block_id: string; element: { action_id: string } }> } & Record<string, unknown>, comment: string, user = 'U0ALICE') {
  const input = view.blocks[0] as (typeof view.blocks)[number];
  return sendInteraction(base, {
    type: 'view_submission',
    team: { id: TEAM, domain: 'example' },
    user: { id: user, name: user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    trigger_id: '1000.2000.abc',
    view: { ...view, id: 'V0COMMENT', state: { values: { [input.block_id]: { [input.element.action_id]: { type: 'plain_text_input', value: comment } } } } },
  });
}

describe('"did this help?" in Slack', () => {
  it('ends a conversation with feedback buttons; a click is recorded through the engine, the buttons go, the thanks follows, and a comment may follow a no', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, dmMessage({ text: 'talk to a person' }));
    const ended = await postTo(api, 'D0ALICE', 1);
    expect(wordsOf(ended)).toContain(en.conversation.feedback.question);
    const buttons = feedbackOf(ended);
    expect(buttons?.action_id).toBe('mbd_feedback');
    expect(buttons?.positive_button.text.text).toBe(en.conversation.feedback.labels.helpful);
    expect(buttons?.negative_button.text.text).toBe(en.conversation.feedback.labels['not-helpful']);
    expect(JSON.parse(buttons?.positive_button.value ?? '{}').c).toBe('helpful');
    expect(JSON.parse(buttons?.negative_button.value ?? '{}').c).toBe('not-helpful');

    expect((await clickFeedback(slack.base, ended, 'negative_button')).status).toBe(200);
    const thanks = await postTo(api, 'D0ALICE', 2);
    expect(wordsOf(thanks)).toContain(en.conversation.feedback.thanks['not-helpful']);
    expect(feedbackOf(thanks)).toBeUndefined();
    expect(wordsOf(thanks)).not.toMatch(/will pick this up/);
    const answered = await api.waitFor((c) => c.method === 'chat.update' && c.args.ts === ended.reply?.ts, 8000, 'the ended message answered');
    expect(feedbackOf(answered)).toBeUndefined();
    expect(wordsOf(answered)).toContain(`<@U0ALICE> chose *${en.conversation.feedback.labels['not-helpful']}*`);

    // recorded with the conversation, which stays handed over
    expect(await slack.app.store.feedbackCounts(0, Date.now() + 1000)).toEqual([{ channel: 'slack', path: null, answer: 'not-helpful', count: 1 }]);
    const session = await slack.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');
    expect(session?.status).toBe('escalated');
    expect((await slack.app.engine.current(session?.id ?? ''))?.presentation.feedback).toBeNull();

    // after "no", a comment can follow: a button opens a modal, and what is typed there goes with the answer
    const add = elementsOf(thanks).find((e) => e.action_id === 'mbd_feedback_comment');
    expect(add?.text?.text).toBe('Add a comment');
    await clickElement(slack.base, thanks, add as NonNullable<typeof add>);
    const modal = await api.nth('views.open', 1);
    expect(modal.args.view).toMatchObject({ type: 'modal', callback_id: 'mbd_feedback_comment_modal', private_metadata: session?.id });
    const input = modal.args.view.blocks[0];
    expect(input.element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 500 });
    const submitted = await submitComment(slack.base, modal.args.view, '  The steps did not match my screen. My password is Hunter2secret!  ');
    expect(submitted.status).toBe(200);
    expect(wordsOf(await postTo(api, 'D0ALICE', 3))).toContain(en.conversation.feedback.commentThanks);
    const transcript = JSON.stringify(await slack.app.engine.transcript(session?.id ?? ''));
    expect(transcript).toContain('The steps did not match my screen.');
    expect(transcript).not.toContain('Hunter2secret');
    // a comment is not a second answer
    expect(await slack.app.store.feedbackCounts(0, Date.now() + 1000)).toEqual([{ channel: 'slack', path: null, answer: 'not-helpful', count: 1 }]);
  });

  it('asks in the person’s language, and thanks in it', async () => {
    const { api, slack } = await setUp();
    api.userLocales.set('U0ALICE', 'es-ES');
    await sendJson(slack.base, dmMessage({ text: 'quiero hablar con una persona' }));
    const ended = await postTo(api, 'D0ALICE', 1);
    expect(wordsOf(ended)).toContain(es.conversation.feedback.question);
    expect(feedbackOf(ended)?.positive_button.text.text).toBe(es.conversation.feedback.labels.helpful);
    await clickFeedback(slack.base, ended, 'positive_button');
    const thanks = await postTo(api, 'D0ALICE', 2);
    expect(wordsOf(thanks)).toContain(es.conversation.feedback.thanks.helpful);
    // who answered what is said in the conversation's language too
    const answered = await api.waitFor((c) => c.method === 'chat.update' && c.args.ts === ended.reply?.ts, 8000, 'the ended message answered');
    expect(wordsOf(answered)).toContain(slackEs.chosen('U0ALICE', es.conversation.feedback.labels.helpful));
    // "yes" asks for nothing more
    expect(elementsOf(thanks).map((e) => e.action_id)).not.toContain('mbd_feedback_comment');
    expect(await slack.app.store.feedbackCounts(0, Date.now() + 1000)).toEqual([{ channel: 'slack', path: null, answer: 'helpful', count: 1 }]);
  });

  it('says in the conversation’s language when a comment cannot be taken', async () => {
    const { api, slack } = await setUp();
    api.userLocales.set('U0ALICE', 'es-ES');
    await sendJson(slack.base, dmMessage({ text: 'hola, no me llega el correo' }));
    await postTo(api, 'D0ALICE', 1);
    const session = await slack.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');
    // a comment for a conversation that has not asked "did this help?" yet (an old modal) is refused
    const view = { type: 'modal', callback_id: 'mbd_feedback_comment_modal', private_metadata: session?.id, blocks: [{ block_id: 'mbd_feedback_comment', element: { action_id: 'comment' } }] };
    expect((await submitComment(slack.base, view, 'no sirvió')).status).toBe(200);
    const note = await api.nth('chat.postEphemeral', 1);
    expect(note.args.text).toBe(slackEs.notOffered);
  });

  it('takes an answer or a comment only from the person who asked; anyone else is told so, just them, in their language', async () => {
    const { api, slack } = await setUp();
    api.userLocales.set('U0BOB', 'de-DE');
    await sendJson(slack.base, appMention({ text: '<@U0BOT> talk to a person' }));
    const ended = await postTo(api, 'C0SUPPORT', 1);
    const session = await slack.app.store.findLatestSession('slack', `thread:T0TEAM:C0SUPPORT:${String(ended.args.thread_ts)}`);

    // Bob, reading the thread, presses "no"
    expect((await clickFeedback(slack.base, ended, 'negative_button', 'U0BOB')).status).toBe(200);
    const toBob = await api.nth('chat.postEphemeral', 1);
    expect(toBob.args).toMatchObject({ user: 'U0BOB', channel: 'C0SUPPORT', text: slackDe.onlyAsker });
    expect(await slack.app.store.feedbackCounts(0, Date.now() + 1000)).toEqual([]);
    expect(api.of('chat.update')).toHaveLength(0);

    // Alice's own answer counts, and only she may add the comment
    await clickFeedback(slack.base, ended, 'negative_button');
    const thanks = await postTo(api, 'C0SUPPORT', 2);
    const add = elementsOf(thanks).find((e) => e.action_id === 'mbd_feedback_comment');
    await clickElement(slack.base, thanks, add as NonNullable<typeof add>, 'U0BOB');
    expect((await api.nth('chat.postEphemeral', 2)).args).toMatchObject({ user: 'U0BOB', text: slackDe.onlyAsker });
    expect(api.of('views.open')).toHaveLength(0);

    // nor does a comment modal sent back by Bob (an old one, or one made up) reach the conversation
    const view = { type: 'modal', callback_id: 'mbd_feedback_comment_modal', private_metadata: session?.id, blocks: [{ block_id: 'mbd_feedback_comment', element: { action_id: 'comment' } }] };
    expect((await submitComment(slack.base, view, 'Bob was here', 'U0BOB')).status).toBe(200);
    expect((await api.nth('chat.postEphemeral', 3)).args).toMatchObject({ user: 'U0BOB', text: slackDe.onlyAsker });
    expect(JSON.stringify(await slack.app.engine.transcript(session?.id ?? ''))).not.toContain('Bob was here');
    expect(await slack.app.store.feedbackCounts(0, Date.now() + 1000)).toEqual([{ channel: 'slack', path: null, answer: 'not-helpful', count: 1 }]);
  });

  it('where Slack refuses feedback buttons, posts the closing message again at once with plain buttons that record the answer, and offers plain ones from then on', async () => {
    const { api, slack } = await setUp();
    api.refuseBlockType('context_actions');
    const toAlice = () => api.of('chat.postMessage').filter((c) => c.args.channel === 'D0ALICE');
    const accepted = () => toAlice().filter((c) => c.reply?.ok === true);
    const triedFancy = () => toAlice().filter((c) => (c.args.blocks as Array<{ type: string }>).some((b) => b.type === 'context_actions'));
    await sendJson(slack.base, dmMessage({ text: 'talk to a person' }));
    const ended = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'D0ALICE' && c.reply?.ok === true, 8000, 'the closing message posted');
    expect(triedFancy()).toHaveLength(1);
    expect(wordsOf(ended)).toContain(en.conversation.feedback.question);
    expect(feedbackOf(ended)).toBeUndefined();
    const plain = elementsOf(ended).filter((e) => e.type === 'button' && decodeFeedback(e.value));
    expect(plain.map((e) => e.text?.text)).toEqual([en.conversation.feedback.labels.helpful, en.conversation.feedback.labels['not-helpful']]);
    expect(plain.map((e) => decodeFeedback(e.value)?.c)).toEqual(['helpful', 'not-helpful']);

    // a click on the plain "no" goes the same way as a feedback button's
    await clickElement(slack.base, ended, plain[1] as (typeof plain)[number]);
    const thanks = await api.waitFor(() => accepted().length >= 2, 8000, 'the thanks').then(() => accepted()[1] as ApiCall);
    expect(wordsOf(thanks)).toContain(en.conversation.feedback.thanks['not-helpful']);
    const answered = await api.waitFor((c) => c.method === 'chat.update' && c.args.ts === ended.reply?.ts, 8000, 'the closing message answered');
    expect(wordsOf(answered)).toContain(`<@U0ALICE> chose *${en.conversation.feedback.labels['not-helpful']}*`);
    expect(elementsOf(answered)).toEqual([]);
    expect(await slack.app.store.feedbackCounts(0, Date.now() + 1000)).toEqual([{ channel: 'slack', path: null, answer: 'not-helpful', count: 1 }]);

    // the next conversation's closing message has plain buttons from the start
    await sendJson(slack.base, dmMessage({ text: 'talk to a person' }));
    await api.waitFor(() => accepted().length >= 3, 8000, 'the next closing message');
    expect(elementsOf(accepted()[2] as ApiCall).some((e) => decodeFeedback(e.value))).toBe(true);
    expect(triedFancy()).toHaveLength(1);
  });
});
