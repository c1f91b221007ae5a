import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { loopbackOnly, startSlackApp } from '../../helpers/slack-app.js';
import { wordsOf } from '../../helpers/slack-clicks.js';
import { dmMessage, sendJson } from '../../helpers/slack-requests.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});
beforeAll(loopbackOnly);

describe('a helpdesk handoff picked up in Slack', () => {
  it('starts the ticket’s conversation in the DM from "start CODE", skipping what the ticket already says, once', async () => {
    const api = new FakeSlackApi();
    await api.start();
    running.push(api);
    const slack = await startSlackApp({ api, env: { HANDOFF_SECRET: 'a-handoff-signing-secret-of-32-characters!', SLACK_APP_ID: 'A0123' } });
    running.push(slack);
    const made = await slack.app.handoffs.create({ ticket: '4711', channel: 'slack', symptom: 'sending', address: 'ana@contoso.test', singleUse: true, replyOnTicket: false });
    const opened = await slack.app.handoffs.open(made.url.split('/h/')[1] ?? '');
    if (opened.kind !== 'app') throw new Error(`expected an app handoff, got ${opened.kind}`);

    await sendJson(slack.base, dmMessage({ text: `start ${opened.claimCode}` }));
    const first = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'D0ALICE', 8000, 'the first turn');
    expect(wordsOf(first)).toMatch(/Are you a Microsoft 365 admin/);
    const [session] = await slack.app.store.findSessionsByMeta('slack', 'slackUser', 'T0TEAM:U0ALICE', 10);
    expect(session?.meta).toMatchObject({ ticketId: '4711' });

    await sendJson(slack.base, dmMessage({ text: `start ${opened.claimCode}` }));
    const refused = await api.waitFor((c) => c.method === 'chat.postEphemeral', 8000, 'the refusal');
    expect(String(refused.args.text)).toMatch(/already used/);
  });
});
