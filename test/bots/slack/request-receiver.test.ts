import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, ReceiverEvent } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackRequestReceiver, verifySlackSignature } from '../../../src/bots/slack/request-receiver.js';
import { createLogger } from '../../../src/logger.js';
import { FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { LogCapture, loopbackOnly, startSlackApp, type RunningSlackApp } from '../../helpers/slack-app.js';
import { appMention, SIGNING_SECRET, sendInteraction, sendJson, sendToSlackEndpoint, sign } from '../../helpers/slack-requests.js';

let api: FakeSlackApi;
let slack: RunningSlackApp;
beforeAll(async () => {
  loopbackOnly();
  api = new FakeSlackApi();
  await api.start();
  slack = await startSlackApp({ api });
});
afterAll(async () => {
  await slack.close();
  await api.close();
});

describe('a Slack request body that is not an object', () => {
  it('is refused with a 400 even when correctly signed, and the server goes on serving', async () => {
    for (const [body, type] of [
      ['null', 'application/json'],
      ['payload=null', 'application/x-www-form-urlencoded'],
      ['42', 'application/json'],
    ] as const) {
      const res = await sendToSlackEndpoint(slack.base, body, type);
      expect(res.status, body).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ error: 'invalid_body', message: expect.stringMatching(/JSON object or a form/) });
    }
    const challenge = await sendJson(slack.base, { token: 'x', challenge: 'still-here', type: 'url_verification' });
    expect(challenge.text).toContain('still-here');
  });
});

describe('a signed event callback of the wrong shape', () => {
  it('gets a 400 naming the problem, not a 500 or a stack trace, and nothing is posted', async () => {
    const posted = api.calls.length;
    const cases: Array<[unknown, RegExp]> = [
      [null, /"event" object/],
      [{ type: 'message', channel: 'D1', user: 'U1', text: 42, ts: '1.2', channel_type: 'im' }, /"text" must be a string/],
      [{ type: 'app_mention', channel: 'C1', user: { id: 'U1' }, text: 'hi', ts: '1.3' }, /"user" must be a string/],
      [{ text: 'no type' }, /no "type"/],
    ];
    for (const [event, message] of cases) {
      const res = await sendJson(slack.base, { type: 'event_callback', team_id: 'T0TEAM', event_id: `Ev${Math.random()}`, event });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ error: 'invalid_event', message: expect.stringMatching(message) });
    }
    expect(api.calls.length).toBe(posted);
    expect(slack.logs.text).not.toMatch(/TypeError|at .*\.ts:\d+/);
  });
});

describe('the signature check', () => {
  const body = Buffer.from('{"type":"event_callback"}');
  const now = 1_790_000_000;
  const headers = (timestamp: number | string, signature: string) => ({ 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature });
  const good = sign(SIGNING_SECRET, now, body.toString());

  it('accepts a request signed with the secret within five minutes, either side of now', () => {
    expect(verifySlackSignature(SIGNING_SECRET, headers(now, good), body, now)).toEqual({ ok: true });
    expect(verifySlackSignature(SIGNING_SECRET, headers(now, good), body, now + 299)).toEqual({ ok: true });
    expect(verifySlackSignature(SIGNING_SECRET, headers(now, good), body, now - 299)).toEqual({ ok: true });
  });

  it.each([
    ['no headers at all', {}, 'missing_signature'],
    ['a timestamp that is not a number', headers('soon', good), 'missing_signature'],
    ['a timestamp six minutes old', headers(now - 360, sign(SIGNING_SECRET, now - 360, body.toString())), 'stale_timestamp'],
    ['a timestamp six minutes ahead', headers(now + 360, sign(SIGNING_SECRET, now + 360, body.toString())), 'stale_timestamp'],
    ['another secret', headers(now, sign('another-secret', now, body.toString())), 'invalid_signature'],
    ['the signature of another body', headers(now, sign(SIGNING_SECRET, now, '{"type":"x"}')), 'invalid_signature'],
    ['a signature cut short', headers(now, good.slice(0, -2)), 'invalid_signature'],
    ['another version prefix', headers(now, good.replace('v0=', 'v1=')), 'invalid_signature'],
  ])('refuses %s', (_, given, problem) => {
    expect(verifySlackSignature(SIGNING_SECRET, given, body, now)).toEqual({ ok: false, problem });
  });
});

describe('the Slack endpoint as a transport', () => {
  it('says why a request was refused, and never processes it', async () => {
    const mention = JSON.stringify(appMention({ text: '<@U0BOT> hello' }));
    const forged = await sendToSlackEndpoint(slack.base, mention, 'application/json', { secret: 'forged' });
    expect(forged.status).toBe(401);
    expect(JSON.parse(forged.text)).toMatchObject({ error: 'invalid_signature', message: expect.stringMatching(/SLACK_SIGNING_SECRET/) });
    const unsigned = await fetch(`${slack.base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: mention });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'missing_signature' });
    expect(slack.logs.text).not.toContain(SIGNING_SECRET);
  });

  it("answers Slack's unsigned certificate check, but a smuggled payload next to it is still verified", async () => {
    const check = await fetch(`${slack.base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ssl_check=1&token=x' });
    expect(check.status).toBe(200);
    const smuggled = new URLSearchParams({ ssl_check: '1', payload: JSON.stringify({ type: 'block_actions' }) }).toString();
    const res = await fetch(`${slack.base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: smuggled });
    expect(res.status).toBe(401);
  });

  it('answers at once, with 404, a signed request that nothing acknowledges', async () => {
    const started = Date.now();
    const res = await sendInteraction(slack.base, { type: 'block_actions', team: { id: 'T0TEAM' }, user: { id: 'U0ALICE' }, actions: [{ action_id: 'another_app_button', value: 'x' }] });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toMatchObject({ error: 'not_handled' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reports how long the acknowledgement took in /metrics', async () => {
    const count = async () => Number(/^mailbox_doctor_ack_seconds_count\{channel="slack"\} (\d+)/m.exec(await (await fetch(`${slack.base}/metrics`)).text())?.[1] ?? 0);
    const before = await count();
    expect((await sendJson(slack.base, appMention({ text: '<@U0BOT> hello' }))).status).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a body over one megabyte with 413 before reading it all', async () => {
    const res = await sendToSlackEndpoint(slack.base, JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(1_100_000) }), 'application/json');
    expect(res.status).toBe(413);
  });
});

describe('the receiver when Bolt does not answer', () => {
  async function serve(processEvent: (event: ReceiverEvent) => Promise<void>) {
    const logs = new LogCapture();
    const receiver = new SlackRequestReceiver(SIGNING_SECRET, createLogger('info', logs));
    receiver.init({ processEvent } as unknown as App);
    const server: Server = createServer((req, res) => void receiver.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { base, logs, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('answers a request nobody acknowledged before Slack gives up on it (3 s), and says so in the log', async () => {
    const running = await serve(() => new Promise(() => undefined));
    const res = await sendJson(running.base, { type: 'block_actions', actions: [] });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    expect(running.logs.text).toMatch(/not acknowledged in time/);
    await running.close();
  });

  it('answers 500 when Bolt fails before acknowledging, and a later request is served again', async () => {
    let fail = true;
    const running = await serve(async (event) => {
      if (fail) throw new Error('listener exploded');
      await event.ack({ text: 'fine' });
    });
    const first = await sendJson(running.base, { type: 'block_actions', actions: [] });
    expect(first.status).toBe(500);
    expect(JSON.parse(first.text)).toMatchObject({ error: 'internal_error' });
    fail = false;
    const second = await sendJson(running.base, { type: 'block_actions', actions: [] });
    expect(second.status).toBe(200);
    expect(JSON.parse(second.text)).toEqual({ text: 'fine' });
    await running.close();
  });

  it('passes Slack retry headers on to Bolt', async () => {
    const seen: ReceiverEvent[] = [];
    const running = await serve(async (event) => {
      seen.push(event);
      await event.ack();
    });
    await sendJson(running.base, { type: 'event_callback', event_id: 'Ev1', event: { type: 'app_home_opened', user: 'U1' } }, { retryNum: 2 });
    expect(seen[0]).toMatchObject({ retryNum: 2, retryReason: 'http_timeout', body: { event_id: 'Ev1' } });
    await running.close();
  });
});
