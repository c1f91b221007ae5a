import { describe, expect, it } from 'vitest';
import { appPerTest } from '../../helpers/slack-app.js';
import { choiceIds, wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, sendJson } from '../../helpers/slack-requests.js';

const { setUp } = appPerTest();

describe('Web API failures', () => {
  it('waits as long as Retry-After says when Slack answers 429, then posts the reply; /metrics counts the 429', async () => {
    const { api, slack } = await setUp();
    const rateLimited = async () => Number(/^mailbox_doctor_slack_rate_limited_total\{method="chat.postMessage"\} (\d+)$/m.exec(await (await fetch(`${slack.base}/metrics`)).text())?.[1] ?? 0);
    const before = await rateLimited();
    api.replyOnce('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const res = await sendJson(slack.base, appMention({ text: '<@U0BOT> hello' }));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    await api.waitFor((c) => c.method === 'chat.postMessage' && c.reply?.ok === true, 8000);
    const [limited, retried] = api.of('chat.postMessage');
    expect(limited?.reply?.ok).toBe(false);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(wordsOf(retried!)).toMatch(/What are you seeing/);
    expect(await rateLimited()).toBe(before + 1); // operators see it in /metrics
  });

  for (const error of ['not_in_channel', 'channel_not_found', 'is_archived']) {
    it(`logs ${error} clearly, keeps serving, and keeps the session consistent`, async () => {
      const { api, slack } = await setUp();
      api.replyOnce('chat.postMessage', { body: { ok: false, error } });
      const mention = appMention({ text: '<@U0BOT> mail is stuck in the outbox' });
      await sendJson(slack.base, mention);
      await api.nth('chat.postMessage', 1);
      await slack.app.slack?.idle();
      const line = slack.logs.lines.find((l) => l.includes(`"slackError":"${error}"`));
      expect(line).toBeDefined();
      expect(JSON.parse(line!)).toMatchObject({ level: 40, method: 'chat.postMessage', channel: 'C0SUPPORT', slackError: error });

      // the turn was saved; once the bot can post again, the thread carries on from there
      await sendJson(slack.base, appMention({ text: "<@U0BOT> I'm the admin", threadTs: mention.event.ts }));
      const next = await api.nth('chat.postMessage', 2);
      expect(wordsOf(next)).toMatch(/another company, such as GoDaddy/);
      expect(choiceIds(next)).toContain('yes');
      expect((await fetch(`${slack.base}/healthz`)).status).toBe(200);
    });
  }
});
