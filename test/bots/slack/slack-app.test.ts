import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { tempDir } from '../../helpers/engine.js';
import { FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { FakeSocketMode } from '../../helpers/fake-socket-mode.js';
import { BOT_TOKEN, LogCapture, loopbackOnly, startSlackApp, type RunningSlackApp } from '../../helpers/slack-app.js';
import { wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, blockAction, messageShortcut, nextTs, sendCommand, sendInteraction, SIGNING_SECRET, sendJson, sendToSlackEndpoint, sign, slashCommand, viewSubmission } from '../../helpers/slack-requests.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});
beforeAll(loopbackOnly);

async function setUp(dataDir?: string, api?: FakeSlackApi): Promise<{ api: FakeSlackApi; slack: RunningSlackApp }> {
  const fake = api ?? new FakeSlackApi();
  if (!api) {
    await fake.start();
    running.push(fake);
  }
  const slack = await startSlackApp({ api: fake, ...(dataDir ? { dataDir } : {}) });
  running.push(slack);
  return { api: fake, slack };
}

describe('the Slack endpoint on the shared server', () => {
  it('answers Slack’s url_verification challenge', async () => {
    const { slack } = await setUp();
    const res = await sendJson(slack.base, { token: 'x', challenge: 'c-123', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('c-123');
  });

  it('refuses a request with a forged signature with 401 and does nothing with it', async () => {
    const { api, slack } = await setUp();
    const body = JSON.stringify(appMention({ text: '<@U0BOT> hello' }));
    const res = await sendToSlackEndpoint(slack.base, body, 'application/json', { secret: 'not-the-signing-secret' });
    expect(res.status).toBe(401);
    await slack.app.slack?.idle();
    expect(api.calls).toHaveLength(0);
    expect(await slack.app.store.findLatestSession('slack', 'thread:T0TEAM:C0SUPPORT:x')).toBeNull();
  });

  it('refuses a correctly signed request older than five minutes with 401', async () => {
    const { api, slack } = await setUp();
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const body = JSON.stringify(appMention({ text: '<@U0BOT> hello' }));
    const res = await sendToSlackEndpoint(slack.base, body, 'application/json', { timestamp: old, signature: sign(SIGNING_SECRET, old, body) });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.calls).toHaveLength(0);
  });

  it('acknowledges an event at once and answers in a thread under the mention afterwards', async () => {
    const { api, slack } = await setUp();
    const mention = appMention({ text: '<@U0BOT> hi' });
    const res = await sendJson(slack.base, mention);
    expect(res.status).toBe(200);
    const post = await api.nth('chat.postMessage', 1);
    expect(post.args.thread_ts).toBe(mention.event.ts);
    expect(post.args.channel).toBe('C0SUPPORT');
    expect(post.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers a retried event only once, even after a restart', async () => {
    const dataDir = tempDir();
    const api = new FakeSlackApi();
    await api.start();
    running.push(api);
    const first = await startSlackApp({ api, dataDir });
    const mention = appMention({ text: '<@U0BOT> my emails are stuck in the outbox' });
    expect((await sendJson(first.base, mention)).status).toBe(200);
    await api.nth('chat.postMessage', 1);
    expect((await sendJson(first.base, mention, { retryNum: 1 })).status).toBe(200);
    await first.close();

    const second = await startSlackApp({ api, dataDir });
    running.push(second);
    expect((await sendJson(second.base, mention, { retryNum: 2 })).status).toBe(200);
    await second.app.slack?.idle();
    await new Promise((r) => setTimeout(r, 200));
    expect(api.of('chat.postMessage')).toHaveLength(1);
    expect(second.logs.text).toContain('Slack event already handled');
  });

  it('answers an event delivered twice at the same moment once: a new thread’s first write claims it', async () => {
    const { api, slack } = await setUp();
    const mention = appMention({ text: '<@U0BOT> my emails are stuck in the outbox' });
    const acks = await Promise.all([sendJson(slack.base, mention), sendJson(slack.base, mention, { retryNum: 1 })]);
    expect(acks.map((a) => a.status)).toEqual([200, 200]);
    await api.nth('chat.postMessage', 1);
    await slack.app.slack?.idle();
    await new Promise((r) => setTimeout(r, 200));
    expect(api.of('chat.postMessage')).toHaveLength(1);
    // a bare mention has no first turn to claim it: it is claimed before it is answered, also once
    const bare = appMention({ text: '<@U0BOT>' });
    await Promise.all([sendJson(slack.base, bare), sendJson(slack.base, bare, { retryNum: 1 })]);
    await api.nth('chat.postMessage', 2);
    await slack.app.slack?.idle();
    await new Promise((r) => setTimeout(r, 200));
    expect(api.of('chat.postMessage')).toHaveLength(2);
  });

  it('sends each kind of request to its handler, and leaves alone the ones meant for something else', async () => {
    const { api, slack } = await setUp();
    const message = { ts: nextTs(), blocks: [] };
    const foreignModal = viewSubmission({ privateMetadata: '', address: 'jo@contoso.com' });
    foreignModal.view.callback_id = 'someone_elses_modal';
    const foreign = await Promise.all([
      sendCommand(slack.base, { ...slashCommand({ text: 'help' }), command: '/someone-else' }),
      sendInteraction(slack.base, blockAction({ channel: 'C0SUPPORT', message, action: { action_id: 'someone_elses_button', value: 'x' } })),
      sendInteraction(slack.base, { ...messageShortcut({ message: { ts: nextTs(), text: '535 5.7.139' } }), callback_id: 'someone_elses_shortcut' }),
      sendInteraction(slack.base, foreignModal),
    ]);
    // none of them was acknowledged: each is answered 404 as one this app does not handle, and Slack was not called
    for (const r of foreign) expect(JSON.parse(r.text)).toMatchObject({ error: 'not_handled' });
    expect(foreign.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(api.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    // ours are answered at once, each by its own handler
    const command = await sendCommand(slack.base, slashCommand({ text: 'help' }));
    expect(command.status).toBe(200);
    expect(JSON.parse(command.text)).toMatchObject({ response_type: 'ephemeral' });
    const modal = await sendInteraction(slack.base, viewSubmission({ privateMetadata: '', address: 'not an address' }));
    expect(JSON.parse(modal.text)).toMatchObject({ response_action: 'errors' });
  });

  it('never writes the bot token or the signing secret into a log line', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, appMention({ text: '<@U0BOT> 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled' }));
    await api.nth('chat.postMessage', 1);
    api.replyOnce('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await sendJson(slack.base, appMention({ text: '<@U0BOT> hello', channel: 'C0ELSEWHERE' }));
    await api.nth('chat.postMessage', 2);
    await slack.app.slack?.idle();
    await sendToSlackEndpoint(slack.base, '{}', 'application/json', { secret: 'forged' });
    expect(slack.logs.lines.length).toBeGreaterThan(3);
    expect(slack.logs.text).not.toContain(BOT_TOKEN);
    expect(slack.logs.text).not.toContain(SIGNING_SECRET);
    expect(slack.logs.text).toContain('not_in_channel');
  });
});

describe('updating a message in place', () => {
  it('replaces a posted message’s blocks, for progress that changes', async () => {
    const { api, slack } = await setUp();
    const result = await slack.app.slack?.updateMessage('C0SUPPORT', '1761000000.000001', [{ type: 'section', text: { type: 'mrkdwn', text: 'Checking the mail server… 2 of 3' } }], 'Checking');
    expect(result).toEqual({ ok: true });
    const update = await api.nth('chat.update', 1);
    expect(update.args).toMatchObject({ channel: 'C0SUPPORT', ts: '1761000000.000001', text: 'Checking' });
    expect(update.args.blocks[0].text.text).toBe('Checking the mail server… 2 of 3');
  });
});

describe('the bot’s identity and long messages', () => {
  it('asks auth.test once for the bot’s ids when they are not configured', async () => {
    const api = new FakeSlackApi();
    await api.start();
    running.push(api);
    const slack = await startSlackApp({ api, env: { SLACK_BOT_ID: '', SLACK_BOT_USER_ID: '' } });
    running.push(slack);
    await sendJson(slack.base, appMention({ text: '<@U0BOT> hi' }));
    await sendJson(slack.base, appMention({ text: '<@U0BOT> hello' }));
    await api.nth('chat.postMessage', 2);
    expect(api.of('auth.test')).toHaveLength(1);
  });

  it('says how long a message may be when a mention is too long, and starts nothing', async () => {
    const { api, slack } = await setUp();
    await sendJson(slack.base, appMention({ text: `<@U0BOT> ${'x'.repeat(4100)}` }));
    const note = await api.nth('chat.postEphemeral', 1);
    expect(note.args.text).toMatch(/longer than 4000 characters/);
    await slack.app.slack?.idle();
    expect(api.of('chat.postMessage')).toHaveLength(0);
  });
});

describe('starting the app', () => {
  it('starts without Slack and says so in one log line when no Slack variables are set', async () => {
    const logs = new LogCapture();
    const app = buildApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDir() }), createLogger('info', logs));
    running.push(app);
    const port = await app.listen();
    expect(app.slack).toBeNull();
    expect(logs.lines.filter((l) => l.includes('Slack is off'))).toHaveLength(1);
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });

  it('stays off and names the problem, never the value, when a token is not a bot token', async () => {
    const logs = new LogCapture();
    const userToken = 'xoxp-9999999999-secretvalue';
    const app = buildApp(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDir(), SLACK_BOT_TOKEN: userToken, SLACK_SIGNING_SECRET: SIGNING_SECRET }),
      createLogger('info', logs),
    );
    running.push({ close: () => app.store.close() });
    expect(app.slack).toBeNull();
    expect(logs.text).toContain('SLACK_BOT_TOKEN is not a bot token');
    expect(logs.text).not.toContain('secretvalue');
  });

  it('uses Socket Mode instead of the HTTP endpoint when an app token is set', async () => {
    const app = buildApp(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDir(), SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A0APP-1234-abcdef' }),
      createLogger('silent'),
    );
    running.push({ close: () => app.store.close() });
    await app.loadChannels();
    expect(app.slack?.mode).toBe('socket');
    expect(app.router.match('POST', '/slack/events')).toBeNull();
  });
});

describe('Socket Mode', () => {
  it('connects with the app token, acknowledges an event envelope and answers in the thread', async () => {
    const api = new FakeSlackApi();
    await api.start();
    running.push(api);
    const socket = new FakeSocketMode();
    const url = await socket.start();
    running.push(socket);
    api.replyOnce('apps.connections.open', { body: { ok: true, url } });

    const slack = await startSlackApp({ api, env: { SLACK_APP_TOKEN: 'xapp-1-A0APP-1-socketsecret', SLACK_SIGNING_SECRET: '' } });
    running.push(slack);
    expect(slack.app.slack?.mode).toBe('socket');
    await socket.connection();
    expect(api.of('apps.connections.open')[0]?.authorization).toBe('Bearer xapp-1-A0APP-1-socketsecret');

    const mention = appMention({ text: '<@U0BOT> my emails are stuck in the outbox' });
    socket.sendJson({ envelope_id: 'env-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: mention });
    const post = await api.nth('chat.postMessage', 1);
    expect(post.args.thread_ts).toBe(mention.event.ts);
    expect(wordsOf(post)).toMatch(/Are you a Microsoft 365 admin/);
    expect(socket.received).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));

    // Slack redelivers an envelope it thinks was lost: the event id is already handled
    socket.sendJson({ envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload: mention });
    await new Promise((r) => setTimeout(r, 300));
    expect(socket.received).toContainEqual(expect.objectContaining({ envelope_id: 'env-2' }));
    expect(api.of('chat.postMessage')).toHaveLength(1);
    expect(slack.logs.text).not.toContain('socketsecret');
  });
});
