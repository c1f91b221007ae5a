import { describe, expect, it } from 'vitest';
import { postTo } from '../../helpers/fake-slack-api.js';
import { appPerTest } from '../../helpers/slack-app.js';
import { choiceIds, click, wordsOf } from '../../helpers/slack-clicks.js';
import { messageShortcut, nextTs, sendCommand, sendInteraction, slashCommand, viewSubmission } from '../../helpers/slack-requests.js';

const { setUp } = appPerTest();

const SMTP_ERROR = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';

describe('the /mailbox-doctor command', () => {
  it('acknowledges in place and starts the conversation in a DM with the pasted error already diagnosed', async () => {
    const { api, slack } = await setUp();
    const res = await sendCommand(slack.base, slashCommand({ text: SMTP_ERROR }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/direct messages/) });
    const post = await postTo(api, 'D0ALICE', 1);
    expect(api.of('conversations.open')[0]?.args.users).toBe('U0ALICE');
    expect(wordsOf(post)).toContain('Authenticated SMTP is off.');
    expect(choiceIds(post)).toContain('yes');
    const session = await slack.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');
    expect(session?.status).toBe('active');
  });

  it('answers a command delivered twice (a retry reaching this or another instance) once, by its trigger id', async () => {
    const { api, slack } = await setUp();
    const command = slashCommand({ text: SMTP_ERROR, triggerId: '1000.2000.retry' });
    const [first, again] = await Promise.all([sendCommand(slack.base, command), sendCommand(slack.base, command)]);
    expect([first.status, again.status]).toEqual([200, 200]);
    await postTo(api, 'D0ALICE', 1);
    await sendCommand(slack.base, command);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.of('chat.postMessage')).toHaveLength(1);
    const session = await slack.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');
    expect((await slack.app.engine.transcript(session!.id)).filter((e) => e.role === 'user')).toHaveLength(1);
  });

  it('says so, only to the person, when it cannot open a DM with them', async () => {
    const { api, slack } = await setUp();
    api.replyOnce('conversations.open', { body: { ok: false, error: 'user_disabled' } });
    await sendCommand(slack.base, slashCommand({ text: 'help' }));
    const note = await api.nth('chat.postEphemeral', 1);
    expect(note.args).toMatchObject({ channel: 'C0SUPPORT', user: 'U0ALICE' });
    expect(note.args.text).toMatch(/couldn't open a direct message/);
    expect(api.of('chat.postMessage')).toHaveLength(0);
  });

  it('notes an address given with the command', async () => {
    const { api, slack } = await setUp();
    await sendCommand(slack.base, slashCommand({ text: 'jo@contoso.com' }));
    const post = await postTo(api, 'D0ALICE', 1);
    expect(wordsOf(post)).toContain('Shall I check jo@contoso.com live');
  });

  it('shows the current question again when the command comes without words during a conversation', async () => {
    const { api, slack } = await setUp();
    await sendCommand(slack.base, slashCommand({ text: 'mail is stuck in the outbox' }));
    const first = await postTo(api, 'D0ALICE', 1);
    await sendCommand(slack.base, slashCommand({ text: '' }));
    const again = await postTo(api, 'D0ALICE', 2);
    expect(wordsOf(again)).toMatch(/Are you a Microsoft 365 admin/);
    expect(choiceIds(again)).toEqual(choiceIds(first));
  });
});

describe('the /mailbox-doctor command in place (SLACK_SLASH_IN_PLACE=true)', () => {
  it('answers in the channel where it was typed and holds the conversation in a thread under that first reply', async () => {
    const { api, slack } = await setUp({ SLACK_SLASH_IN_PLACE: 'true' });
    const res = await sendCommand(slack.base, slashCommand({ text: SMTP_ERROR, channel: 'C0SUPPORT' }));
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/thread for you right here/) });
    const intro = await postTo(api, 'C0SUPPORT', 1);
    expect(intro.args.thread_ts).toBeUndefined();
    expect(wordsOf(intro)).toContain('<@U0ALICE> asked me to help with a mailbox');
    const first = await postTo(api, 'C0SUPPORT', 2);
    expect(first.args.thread_ts).toBe(intro.reply?.ts);
    expect(wordsOf(first)).toContain('Authenticated SMTP is off.');
    expect(api.of('conversations.open')).toHaveLength(0);

    // the conversation goes on in that thread, by button and by reply
    await click(slack.base, first, 'yes');
    const next = await postTo(api, 'C0SUPPORT', 3);
    expect(next.args.thread_ts).toBe(intro.reply?.ts);
    const session = await slack.app.store.findLatestSession('slack', `thread:T0TEAM:C0SUPPORT:${intro.reply?.ts}`);
    expect(session?.status).toBe('active');
  });

  it('falls back to a direct message, and says why, when it cannot post in that channel', async () => {
    const { api, slack } = await setUp({ SLACK_SLASH_IN_PLACE: 'true' });
    api.replyOnce('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await sendCommand(slack.base, slashCommand({ text: 'mail is stuck in the outbox', channel: 'C0PRIVATE' }));
    const note = await postTo(api, 'D0ALICE', 1);
    expect(wordsOf(note)).toContain("I couldn't start a thread in <#C0PRIVATE>");
    const turn = await postTo(api, 'D0ALICE', 2);
    expect(wordsOf(turn)).toMatch(/Are you a Microsoft 365 admin/);
  });

  it('still uses the direct message when the command is typed in a DM', async () => {
    const { api, slack } = await setUp({ SLACK_SLASH_IN_PLACE: 'true' });
    await sendCommand(slack.base, slashCommand({ text: 'hello', channel: 'D0SOMEONE' }));
    await postTo(api, 'D0ALICE', 1);
    expect(api.of('chat.postMessage').filter((c) => c.args.channel === 'D0SOMEONE')).toHaveLength(0);
  });
});

describe('the "Diagnose this error" message shortcut', () => {
  it('classifies the message’s text and answers in a thread under that message', async () => {
    const { api, slack } = await setUp();
    const ts = nextTs();
    const res = await sendInteraction(slack.base, messageShortcut({ message: { ts, text: `Close says: ${SMTP_ERROR}` } }));
    expect(res.status).toBe(200);
    const post = await postTo(api, 'C0SUPPORT', 1);
    expect(post.args.thread_ts).toBe(ts);
    const session = await slack.app.store.findLatestSession('slack', `thread:T0TEAM:C0SUPPORT:${ts}`);
    const current = await slack.app.engine.current(session?.id ?? '');
    expect(current?.view.facts.diagnoses).toEqual(['smtp-auth-disabled']);
    expect(current?.view.key).toBe('askingIsAdmin');

    await click(slack.base, post, 'human');
    const summary = await postTo(api, 'C0ESCALATE', 1);
    expect(JSON.stringify(summary.args.blocks)).toContain('SmtpClientAuthentication is disabled');
  });

  it('tells the person in a DM when it cannot post in that channel, and does not crash', async () => {
    const { api, slack } = await setUp();
    api.replyOnce('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await sendInteraction(slack.base, messageShortcut({ channel: 'C0PRIVATE', message: { ts: nextTs(), text: SMTP_ERROR } }));
    const note = await postTo(api, 'D0ALICE', 1);
    expect(wordsOf(note)).toContain("I can't post in <#C0PRIVATE>");
    expect(slack.logs.text).toMatch(/not_in_channel.*invite the app/);
    const health = await fetch(`${slack.base}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('the address modal opened from the App Home', () => {
  it('starts a conversation in a DM with the submitted address', async () => {
    const { api, slack } = await setUp();
    await sendInteraction(slack.base, viewSubmission({ privateMetadata: '', address: 'sam@fabrikam.com' }));
    const post = await postTo(api, 'D0ALICE', 1);
    expect(wordsOf(post)).toContain('Shall I check sam@fabrikam.com live');
  });
});
