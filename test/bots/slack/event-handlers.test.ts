import { describe, expect, it } from 'vitest';
import { postTo } from '../../helpers/fake-slack-api.js';
import { appPerTest } from '../../helpers/slack-app.js';
import { click, clickElement, wordsOf } from '../../helpers/slack-clicks.js';
import { appHomeOpened, appMention, channelMessage, dmMessage, sendJson } from '../../helpers/slack-requests.js';

const { setUp } = appPerTest();

describe('Slack events', () => {
  it('keeps one session per thread: a second mention in the thread continues it', async () => {
    const { api, slack } = await setUp();
    const mention = appMention({ text: '<@U0BOT> mail is stuck in the outbox' });
    await sendJson(slack.base, mention);
    await postTo(api, 'C0SUPPORT', 1);
    await sendJson(slack.base, appMention({ text: "<@U0BOT> I'm not an admin", threadTs: mention.event.ts }));
    const second = await postTo(api, 'C0SUPPORT', 2);
    expect(second.args.thread_ts).toBe(mention.event.ts);
    expect(wordsOf(second)).toMatch(/Send them the message below/);
    const sessions = await slack.app.store.findSessionsByMeta('slack', 'slackUser', 'T0TEAM:U0ALICE', 10);
    expect(sessions).toHaveLength(1);
  });

  it('answers thread replies in private channels too, but stays out of threads it was never asked into', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, channelMessage({ text: 'my mail is stuck', threadTs: '1761000000.999999' }));
    const mention = appMention({ text: '<@U0BOT>', channel: 'G0PRIVATE' });
    await sendJson(slack.base, mention);
    await postTo(api, 'G0PRIVATE', 1);
    await sendJson(slack.base, channelMessage({ text: 'sync is broken', channel: 'G0PRIVATE', channelType: 'group', threadTs: mention.event.ts }));
    const reply = await postTo(api, 'G0PRIVATE', 2);
    expect(wordsOf(reply)).toMatch(/Are you a Microsoft 365 admin/);
    await slack.app.slack?.idle();
    expect(api.of('chat.postMessage').filter((c) => c.args.channel === 'C0SUPPORT')).toHaveLength(0);
  });

  it('shows the App Home with a start button and the person’s open conversations and their status', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, appMention({ text: '<@U0BOT> mail is stuck in the outbox' }));
    await sendJson(slack.base, dmMessage({ text: 'talk to a person' }));
    await postTo(api, 'C0SUPPORT', 1);
    await postTo(api, 'D0ALICE', 1);
    await sendJson(slack.base, appHomeOpened('U0ALICE'));
    const home = await api.nth('views.publish', 1);
    expect(home.args.user_id).toBe('U0ALICE');
    expect(home.args.view.type).toBe('home');
    const text = JSON.stringify(home.args.view.blocks);
    expect(text).toContain('Start a conversation');
    expect(text).toContain('In progress* in a thread in <#C0SUPPORT>');
    expect(text).not.toContain('With the support team');
  });

  it('starts a DM conversation from the App Home button', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, appHomeOpened('U0ALICE'));
    const home = await api.nth('views.publish', 1);
    const actions = home.args.view.blocks.find((b: any) => b.type === 'actions');
    const start = actions.elements.find((e: any) => e.action_id === 'mbd_home_start');
    await clickElement(slack.base, { ...home, args: { channel: 'D0ALICE', blocks: home.args.view.blocks } }, { ...start, block_id: actions.block_id });
    const greeting = await postTo(api, 'D0ALICE', 1);
    expect(wordsOf(greeting)).toMatch(/What are you seeing/);
    await click(slack.base, greeting, 'have-error');
    expect(wordsOf(await postTo(api, 'D0ALICE', 2))).toMatch(/paste the error message/);
  });
});
