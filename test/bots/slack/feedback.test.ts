import { describe, expect, it } from 'vitest';
import { en } from '../../../src/content/en.js';
import { es } from '../../../src/content/es.js';
import { postTo, type ApiCall } from '../../helpers/fake-slack-api.js';
import { appPerTest } from '../../helpers/slack-app.js';
import { wordsOf } from '../../helpers/slack-clicks.js';
import { blockAction, dmMessage, sendInteraction, sendJson } from '../../helpers/slack-requests.js';

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

describe('"did this help?" in Slack', () => {
  it('ends a conversation with feedback buttons; a click is recorded through the engine, the buttons go and the thanks follows', async () => {
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
  });

  it('asks in the person’s language, and thanks in it', async () => {
    const { api, slack } = await setUp();
    api.userLocales.set('U0ALICE', 'es-ES');
    await sendJson(slack.base, dmMessage({ text: 'quiero hablar con una persona' }));
    const ended = await postTo(api, 'D0ALICE', 1);
    expect(wordsOf(ended)).toContain(es.conversation.feedback.question);
    expect(feedbackOf(ended)?.positive_button.text.text).toBe(es.conversation.feedback.labels.helpful);
    await clickFeedback(slack.base, ended, 'positive_button');
    expect(wordsOf(await postTo(api, 'D0ALICE', 2))).toContain(es.conversation.feedback.thanks.helpful);
    expect(await slack.app.store.feedbackCounts(0, Date.now() + 1000)).toEqual([{ channel: 'slack', path: null, answer: 'helpful', count: 1 }]);
  });
});
