import { describe, expect, it } from 'vitest';
import { CONTENT, TEAMS_WORDS } from '../../../src/content/catalog.js';
import type { Locale } from '../../../src/content/locales.js';
import type { ViewKey } from '../../../src/machine/view-keys.js';
import { appForFile, botAddedActivity, buttons, cardText, mentionActivity, messageActivity, post, recordingConnector, repliesOf, type CardReply } from '../../helpers/teams.js';
import { first } from '../../helpers/first-sentence.js';

const r = appForFile();

interface Suggested {
  text?: string;
  attachments?: unknown[];
  suggestedActions?: { actions: Array<{ type: string; title: string; value: string }> };
}

async function send(activity: unknown): Promise<CardReply[]> {
  const res = await post(r().url, activity);
  expect(res.status).toBe(200);
  return repliesOf(res.body);
}

const suggested = (replies: CardReply[]) => (replies as Suggested[]).filter((a) => a.suggestedActions);
const ask = (locale: Locale, state: ViewKey) => first(CONTENT[locale].states[state]({} as never, {} as never).text);

/** Where each suggestion leads: the choice's next question and the path it sets. */
const LEADS_TO = [
  { id: 'sending-fails', key: 'askingIsAdmin', path: 'sending' },
  { id: 'sync-fails', key: 'askingIsAdmin', path: 'syncing' },
  { id: 'have-error', key: 'askingForError', path: null },
] as const;

describe('the first question in a 1:1 chat comes with suggested actions', () => {
  it('after its card, a short message without attachments suggests the first three choices, each sending its own label', async () => {
    const replies = await send(botAddedActivity({ conversationId: 'a:suggest', expectReplies: true }));
    expect(replies).toHaveLength(3);
    expect(cardText(replies[1])).toContain(ask('en', 'askingSymptom'));
    const [message] = suggested(replies);
    expect(replies.at(-1)).toBe(message);
    expect(message?.text).toBe(TEAMS_WORDS.en.suggestionsIntro);
    expect(message?.attachments ?? []).toEqual([]);
    const labels = LEADS_TO.map(({ id }) => CONTENT.en.choices[id]);
    expect(message?.suggestedActions?.actions).toEqual(labels.map((label) => expect.objectContaining({ type: 'imBack', title: label, value: label })));
    // the card still offers every choice, the fourth and the way to a person included
    expect(buttons(replies[1]).map((b) => b.title)).toContain(CONTENT.en.choices['check-mailbox']);
  });

  for (const locale of Object.keys(CONTENT) as Locale[]) {
    it(`in ${locale}: a suggestion tapped (its label sent as a message) is taken as that choice, and the conversation stays in ${locale}`, async () => {
      for (const { id, key, path } of LEADS_TO) {
        const conversation = { conversationId: `a:suggest-${locale}-${id}`, expectReplies: true };
        const [message] = suggested(await send({ ...botAddedActivity(conversation), locale }));
        const action = message?.suggestedActions?.actions.find((a) => a.title === CONTENT[locale].choices[id]);
        expect(action, `${locale} ${id}`).toBeDefined();
        const replies = await send({ ...messageActivity(action!.value, conversation), locale });
        expect(cardText(replies[0]), `${locale} ${id}`).toContain(ask(locale, key));
        // later questions come with their buttons only
        expect(suggested(replies)).toEqual([]);
        const session = await r().app.store.findLatestSession('teams', conversation.conversationId);
        const current = await r().app.engine.current(session!.id);
        expect({ key: current?.view.key, path: current?.view.facts.path }, `${locale} ${id}`).toEqual({ key, path });
      }
    });
  }
});

describe('a suggestion tapped answers the question card like a click', () => {
  it('the card loses its buttons and shows the answer, as Teams sees it through the connector', async () => {
    const conv = 'a:suggest-card';
    const { posted, updated } = recordingConnector('sent');
    await post(r().url, botAddedActivity({ conversationId: conv }));
    // the question is the card with buttons (the welcome has none)
    const questionId = `sent-${posted.findIndex((a) => a.attachments && buttons(a).length > 0) + 1}`;
    const [tap] = suggested(posted)[0]?.suggestedActions?.actions ?? [];
    await post(r().url, messageActivity(tap!.value, { conversationId: conv }));
    const answered = updated.find((u) => u.path.endsWith(`/activities/${questionId}`));
    expect(answered && cardText(answered.body)).toContain(TEAMS_WORDS.en.answered(tap!.value));
    expect(buttons(answered!.body)).toEqual([]);
    expect(cardText(posted.at(-1))).toContain(ask('en', 'askingIsAdmin'));
  });
});

describe('suggested actions stay out of conversations with several people', () => {
  it('a channel thread gets the first question with its buttons and no suggestions', async () => {
    const replies = await send(mentionActivity('', { id: 'suggest-root', expectReplies: true }));
    expect(cardText(replies.find((a) => a.attachments))).toContain(ask('en', 'askingSymptom'));
    expect(suggested(replies)).toEqual([]);
  });

  it('a group chat too', async () => {
    const replies = await send(mentionActivity('', { conversationType: 'groupChat', conversationId: '19:suggest-group@thread.v2', expectReplies: true }));
    expect(cardText(replies.find((a) => a.attachments))).toContain(ask('en', 'askingSymptom'));
    expect(suggested(replies)).toEqual([]);
  });
});
