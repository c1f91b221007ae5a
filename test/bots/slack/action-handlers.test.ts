import { describe, expect, it } from 'vitest';
import { FakeSlackApi, postTo, type ApiCall } from '../../helpers/fake-slack-api.js';
import { appPerTest } from '../../helpers/slack-app.js';
import { click, clickElement, elementsOf, wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, sendInteraction, sendJson, viewSubmission } from '../../helpers/slack-requests.js';

const { setUp } = appPerTest();

/** Mention → "sending fails" → "I'm not the admin": the thread shows the admin message and the admin picker. */
async function reachAdminHandoff(api: FakeSlackApi, base: string): Promise<ApiCall> {
  await sendJson(base, appMention({ text: '<@U0BOT> mail is stuck in the outbox' }));
  const isAdmin = await postTo(api, 'C0SUPPORT', 1);
  await click(base, isAdmin, 'no');
  return postTo(api, 'C0SUPPORT', 2);
}

describe('the admin handoff', () => {
  it('sends the picked admin the exact steps with a Done button, and Done continues the user’s thread', async () => {
    const { api, slack } = await setUp();
    const handoff = await reachAdminHandoff(api, slack.base);
    const quote = handoff.args.blocks.find((b: any) => b.type === 'rich_text' && b.elements[0].type === 'rich_text_quote');
    const steps: string = quote.elements[0].elements[0].text;
    expect(steps).toMatch(/Authenticated SMTP/);
    const picker = elementsOf(handoff).find((e) => e.type === 'users_select');
    expect(picker).toBeDefined();

    await clickElement(slack.base, handoff, picker!, 'U0ALICE', { selected_user: 'U0ADMIN' });
    const toAdmin = await postTo(api, 'D0ADMIN', 1);
    expect(api.of('conversations.open')[0]?.args.users).toBe('U0ADMIN');
    expect(wordsOf(toAdmin)).toContain('<@U0ALICE> needs a change');
    expect(JSON.stringify(toAdmin.args.blocks)).toContain(JSON.stringify(steps));
    const sent = await postTo(api, 'C0SUPPORT', 3);
    expect(sent.args.thread_ts).toBe(handoff.args.thread_ts);
    expect(wordsOf(sent)).toContain("I've sent the steps to <@U0ADMIN>");

    const done = elementsOf(toAdmin).find((e) => e.action_id === 'mbd_admin_done');
    await clickElement(slack.base, toAdmin, done!, 'U0ADMIN');
    const next = await postTo(api, 'C0SUPPORT', 4);
    expect(next.args.thread_ts).toBe(handoff.args.thread_ts);
    expect(wordsOf(next)).toContain('<@U0ADMIN> has made the change.');
    expect(wordsOf(next)).toMatch(/check back with you/);
    const thanked = await api.waitFor((c) => c.method === 'chat.update' && c.args.channel === 'D0ADMIN');
    expect(wordsOf(thanked)).toMatch(/Thanks!/);
    expect(thanked.args.blocks.some((b: any) => b.type === 'actions')).toBe(false);
  });

  it('tells the admin when the conversation has already moved on, without changing it', async () => {
    const { api, slack } = await setUp();
    const handoff = await reachAdminHandoff(api, slack.base);
    const picker = elementsOf(handoff).find((e) => e.type === 'users_select');
    await clickElement(slack.base, handoff, picker!, 'U0ALICE', { selected_user: 'U0ADMIN' });
    const toAdmin = await postTo(api, 'D0ADMIN', 1);
    await click(slack.base, handoff, 'human');
    await postTo(api, 'C0SUPPORT', 4);
    const done = elementsOf(toAdmin).find((e) => e.action_id === 'mbd_admin_done');
    await clickElement(slack.base, toAdmin, done!, 'U0ADMIN');
    const update = await api.waitFor((c) => c.method === 'chat.update' && c.args.channel === 'D0ADMIN');
    expect(wordsOf(update)).toMatch(/already moved on/);
    await slack.app.slack?.idle();
    expect(api.of('chat.postMessage').filter((c) => c.args.channel === 'C0SUPPORT')).toHaveLength(4);
  });
});

describe('the address modal', () => {
  it('opens from the button on the first question and sends the submitted address into the conversation', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, appMention({ text: '<@U0BOT>' }));
    const greeting = await postTo(api, 'C0SUPPORT', 1);
    const opener = elementsOf(greeting).find((e) => e.action_id === 'mbd_open_address');
    await clickElement(slack.base, greeting, opener!);
    const opened = await api.nth('views.open', 1);
    expect(opened.args.trigger_id).toBe('1000.2000.abc');
    expect(opened.args.view).toMatchObject({ type: 'modal', callback_id: 'mbd_address_modal', title: { text: 'Your email address' } });

    const res = await sendInteraction(slack.base, viewSubmission({ privateMetadata: opened.args.view.private_metadata, address: 'Jo@Example.com' }));
    expect(res.status).toBe(200);
    const noted = await postTo(api, 'C0SUPPORT', 2);
    expect(noted.args.thread_ts).toBe(greeting.args.thread_ts);
    expect(wordsOf(noted)).toContain('Shall I check jo@example.com live');
  });

  it('points out an address that is not one, in the modal, and sends nothing', async () => {
    const { api, slack } = await setUp();
    const res = await sendInteraction(slack.base, viewSubmission({ privateMetadata: '', address: 'not an address' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ response_action: 'errors', errors: { mbd_address: expect.stringMatching(/doesn't look like an email address/) } });
    await slack.app.slack?.idle();
    expect(api.of('chat.postMessage')).toHaveLength(0);
  });
});
