import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi, postTo } from '../../helpers/fake-slack-api.js';
import { loopbackOnly, startSlackApp } from '../../helpers/slack-app.js';
import { click, wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, sendJson } from '../../helpers/slack-requests.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});
beforeAll(loopbackOnly);

describe('escalation to the support channel', () => {
  it('posts the summary with a link to the thread, and tells the person who will pick it up', async () => {
    const api = new FakeSlackApi();
    await api.start();
    running.push(api);
    const slack = await startSlackApp({ api });
    running.push(slack);
    const mention = appMention({ text: '<@U0BOT> my inbox is not syncing, ask <@U0CAROL>' });
    await sendJson(slack.base, mention);
    const first = await postTo(api, 'C0SUPPORT', 1);
    await click(slack.base, first, 'human');

    const toUser = await postTo(api, 'C0SUPPORT', 2);
    expect(toUser.args.thread_ts).toBe(mention.event.ts);
    expect(wordsOf(toUser)).toMatch(/passed this to a person/);
    expect(wordsOf(toUser)).toContain('Someone from <#C0ESCALATE> will pick this up');

    const summary = await postTo(api, 'C0ESCALATE', 1);
    const words = wordsOf(summary);
    expect(words).toContain('A conversation needs a person');
    expect(words).toContain('Asked by <@U0ALICE>.');
    expect(words).toMatch(/Symptom: syncing/);
    expect(words).toMatch(/status escalated/);
    expect(words).toContain(`<https://example.slack.com/archives/C0SUPPORT/p${mention.event.ts.replace('.', '')}|Open the conversation>`);
    expect(api.of('chat.getPermalink')[0]?.args).toMatchObject({ channel: 'C0SUPPORT', message_ts: mention.event.ts });
    // what the person typed is in a preformatted rich-text block: shown as typed, never a ping
    const pre = summary.args.blocks.find((b: any) => b.type === 'rich_text');
    expect(pre.elements[0].type).toBe('rich_text_preformatted');
    expect(JSON.stringify(summary.args.blocks).match(/<@U0CAROL>/g)).toBeNull();
  });

  it('still escalates, and says the support team will pick it up, when no escalation channel is set', async () => {
    const api = new FakeSlackApi();
    await api.start();
    running.push(api);
    const slack = await startSlackApp({ api, env: { SLACK_ESCALATION_CHANNEL: '' } });
    running.push(slack);
    await sendJson(slack.base, appMention({ text: '<@U0BOT> I need a human' }));
    const toUser = await postTo(api, 'C0SUPPORT', 1);
    expect(wordsOf(toUser)).toContain('Someone from the support team will pick this up.');
    await slack.app.slack?.idle();
    expect(api.of('chat.postMessage')).toHaveLength(1);
    expect(slack.logs.text).toContain('SLACK_ESCALATION_CHANNEL is not set');
  });
});
