import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { loopbackOnly, startSlackApp, type RunningSlackApp } from '../../helpers/slack-app.js';
import { sendJson, sendToSlackEndpoint } from '../../helpers/slack-requests.js';

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
