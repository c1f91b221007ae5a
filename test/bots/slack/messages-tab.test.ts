import { describe, expect, it } from 'vitest';
import { slackEn } from '../../../src/content/slack.en.js';
import { slackEs } from '../../../src/content/slack.es.js';
import { postTo } from '../../helpers/fake-slack-api.js';
import { appPerTest } from '../../helpers/slack-app.js';
import { wordsOf } from '../../helpers/slack-clicks.js';
import { appHomeOpened, dmMessage, sendJson } from '../../helpers/slack-requests.js';

const { setUp } = appPerTest();

describe('the Messages tab (Slack’s agent experience)', () => {
  it('greets a person the first time they open it and pins the prompts there, in their language; never again after', async () => {
    const { api, slack } = await setUp();
    api.userLocales.set('U0BOB', 'es-ES');
    expect((await sendJson(slack.base, appHomeOpened('U0ALICE', 'messages', 'D0ALICE'))).status).toBe(200);
    const greeting = await postTo(api, 'D0ALICE', 1);
    expect(greeting.args.thread_ts).toBeUndefined();
    expect(wordsOf(greeting)).toBe(slackEn.agent.greeting);
    const pinned = await api.nth('assistant.threads.setSuggestedPrompts', 1);
    // an agent app's prompts go to the conversation: with a thread_ts Slack would drop them silently
    expect(pinned.args).toEqual({ channel_id: 'D0ALICE', title: slackEn.agent.promptsTitle, prompts: slackEn.agent.prompts });
    expect(pinned.at).toBeGreaterThanOrEqual(greeting.at);

    // opening it again, now or after a restart of the conversation, says nothing more
    await sendJson(slack.base, appHomeOpened('U0ALICE', 'messages', 'D0ALICE'));
    await slack.app.slack?.idle();
    // someone else is greeted, in the language their Slack is set to
    await sendJson(slack.base, appHomeOpened('U0BOB', 'messages', 'D0BOB'));
    expect(wordsOf(await postTo(api, 'D0BOB', 1))).toBe(slackEs.agent.greeting);
    const bobs = await api.nth('assistant.threads.setSuggestedPrompts', 2);
    expect(bobs.args.prompts).toEqual(slackEs.agent.prompts);
    await slack.app.slack?.idle();
    expect(api.of('chat.postMessage').filter((c) => c.args.channel === 'D0ALICE')).toHaveLength(1);
    expect(api.of('assistant.threads.setSuggestedPrompts')).toHaveLength(2);
    // the Home tab is still the Home tab
    await sendJson(slack.base, appHomeOpened('U0ALICE', 'home'));
    expect((await api.nth('views.publish', 1)).args.user_id).toBe('U0ALICE');
  });

  it('remembers whom it greeted in the store, through the engine, once per person', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, appHomeOpened('U0ALICE', 'messages', 'D0ALICE'));
    await postTo(api, 'D0ALICE', 1);
    expect(await slack.app.engine.firstMeeting('slack', 'T0TEAM:U0ALICE')).toBe(false);
    expect(await slack.app.engine.firstMeeting('slack', 'T0TEAM:U0CAROL')).toBe(true);
    expect(await slack.app.engine.firstMeeting('slack', 'T0TEAM:U0CAROL')).toBe(false);
  });

  it.each([
    [0, 'askingIsAdmin', 'sending', /Are you a Microsoft 365 admin/],
    [1, 'askingIsAdmin', 'syncing', /isn't syncing, or is missing from Sent/],
    [2, 'askingForError', undefined, /paste the error message/],
    [3, 'askingForAddress', undefined, /email address/i],
  ] as const)('starts the path of prompt %i when it is picked (it arrives as the person’s message): %s', async (index, state, path, answer) => {
    const { api, slack } = await setUp();
    const prompt = slackEn.agent.prompts[index];
    if (!prompt) throw new Error(`no prompt ${index}`);
    await sendJson(slack.base, dmMessage({ text: prompt.message }));
    expect(wordsOf(await postTo(api, 'D0ALICE', 1))).toMatch(answer);
    const session = await slack.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');
    const current = await slack.app.engine.current(session?.id ?? '');
    expect({ state: current?.view.key, path: current?.view.facts.path ?? undefined }).toEqual({ state, path });
  });
});
