import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/engine.js';
import { FakeSlackApi, type ApiCall } from '../../helpers/fake-slack-api.js';
import { loopbackOnly, startSlackApp } from '../../helpers/slack-app.js';
import { choiceIds, click, wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, channelMessage, dmMessage, sendJson } from '../../helpers/slack-requests.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});
beforeAll(loopbackOnly);

async function fakeApi(): Promise<FakeSlackApi> {
  const api = new FakeSlackApi();
  await api.start();
  running.push(api);
  return api;
}

const posts = (api: FakeSlackApi, channel?: string) => api.of('chat.postMessage').filter((c) => !channel || c.args.channel === channel);

/** The n-th message posted to one channel. */
function nthPostTo(api: FakeSlackApi, channel: string, n: number): Promise<ApiCall> {
  return api.waitFor(() => posts(api, channel).length >= n, 8000, `post #${n} to ${channel}`).then(() => posts(api, channel)[n - 1] as ApiCall);
}

describe('a conversation in a Slack thread', () => {
  it('goes from a mention to resolved along the article, with the follow-up posted after a restart', async () => {
    const api = await fakeApi();
    const dataDir = tempDir();
    const env = { FOLLOW_UP_DELAY_SECONDS: '1' };
    const first = await startSlackApp({ api, dataDir, env });

    const mention = appMention({ text: '<@U0BOT> hi there' });
    const thread = mention.event.ts;
    await sendJson(first.base, mention);
    const greeting = await api.nth('chat.postMessage', 1);
    expect(greeting.args.thread_ts).toBe(thread);
    expect(wordsOf(greeting)).toMatch(/What are you seeing/);
    expect(wordsOf(greeting)).not.toMatch(/didn't get that/);
    expect(choiceIds(greeting)).toContain('sending-fails');

    await click(first.base, greeting, 'sending-fails');
    const isAdmin = await api.nth('chat.postMessage', 2);
    expect(wordsOf(isAdmin)).toMatch(/Are you a Microsoft 365 admin/);
    const answered = await api.nth('chat.update', 1);
    expect(answered.args.ts).toBe(greeting.reply?.ts);
    expect(answered.args.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(false);
    expect(wordsOf(answered)).toContain('<@U0ALICE> chose *It disconnects when I send, or mail is stuck in the outbox*');

    // a free-text reply in the thread works as well as a button
    await sendJson(first.base, channelMessage({ text: "yes, I'm the admin", threadTs: thread }));
    const provider = await api.nth('chat.postMessage', 3);
    expect(wordsOf(provider)).toMatch(/another company, such as GoDaddy/);

    await click(first.base, provider, 'no');
    const toggle = await api.nth('chat.postMessage', 4);
    const list = toggle.args.blocks.find((b: { type: string }) => b.type === 'rich_text').elements[0];
    expect(list).toMatchObject({ type: 'rich_text_list', style: 'ordered' });
    expect(list.elements).toHaveLength(3);

    await click(first.base, toggle, 'toggle-off');
    const enabling = await api.nth('chat.postMessage', 5);
    await click(first.base, enabling, 'done');
    const waiting = await api.nth('chat.postMessage', 6);
    expect(wordsOf(waiting)).toMatch(/check back with you in 1 minute/);
    const session = await first.app.store.findLatestSession('slack', `thread:T0TEAM:C0SUPPORT:${thread}`);
    expect(session?.status).toBe('waiting');
    await first.close();

    const second = await startSlackApp({ api, dataDir, env });
    running.push(second);
    const followUp = await api.nth('chat.postMessage', 7, 10_000);
    expect(followUp.args.thread_ts).toBe(thread);
    expect(wordsOf(followUp)).toMatch(/It's been a while/);
    expect(choiceIds(followUp)).toEqual(['it-worked', 'still-failing', 'human', 'start-over']);

    await click(second.base, followUp, 'it-worked');
    const resolved = await api.nth('chat.postMessage', 8);
    expect(wordsOf(resolved)).toMatch(/that's fixed/);
    expect(choiceIds(resolved)).toEqual(['start-over']);
    expect((await second.app.store.getSession(session?.id ?? ''))?.status).toBe('resolved');
    expect(await second.app.store.pendingFollowUp(session?.id ?? '')).toBeNull();
  });

  it('answers a click on an old button with a note only the clicker sees, and changes nothing', async () => {
    const api = await fakeApi();
    const app = await startSlackApp({ api });
    running.push(app);
    await sendJson(app.base, appMention({ text: '<@U0BOT>' }));
    const greeting = await api.nth('chat.postMessage', 1);
    await click(app.base, greeting, 'sending-fails');
    await api.nth('chat.postMessage', 2);
    await click(app.base, greeting, 'sync-fails', 'U0BOB');
    const note = await api.nth('chat.postEphemeral', 1);
    expect(note.args).toMatchObject({ user: 'U0BOB', channel: 'C0SUPPORT', thread_ts: greeting.args.thread_ts });
    expect(note.args.text).toMatch(/earlier question/);
    await app.app.slack?.idle();
    expect(posts(api)).toHaveLength(2);
  });

  it('shows user text back escaped, so a mention or a link in it cannot ping anyone', async () => {
    const api = await fakeApi();
    const app = await startSlackApp({ api });
    running.push(app);
    await sendJson(app.base, appMention({ text: '<@U0BOT> my address is <mailto:boss@example.com|boss@example.com> <!channel> <@U0CAROL>' }));
    const post = await api.nth('chat.postMessage', 1);
    expect(wordsOf(post)).toContain('boss@example.com');
    expect(JSON.stringify(post.args.blocks)).not.toMatch(/<!channel>|<@U0CAROL>|<mailto:/);
  });
});

describe('a conversation in a direct message', () => {
  async function dm(api: FakeSlackApi, base: string, text: string): Promise<ApiCall> {
    const before = posts(api, 'D0ALICE').length;
    await sendJson(base, dmMessage({ text }));
    return nthPostTo(api, 'D0ALICE', before + 1);
  }

  it('keeps one session per DM, answers at the top level, and starts a new one after the last ended', async () => {
    const api = await fakeApi();
    const app = await startSlackApp({ api });
    running.push(app);
    const first = await dm(api, app.base, 'hello');
    expect(first.args.channel).toBe('D0ALICE');
    expect(first.args.thread_ts).toBeUndefined();
    const admin = await dm(api, app.base, 'mail is stuck in my outbox');
    expect(wordsOf(admin)).toMatch(/Are you a Microsoft 365 admin/);
    const session = await app.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');

    const human = await dm(api, app.base, 'I want to talk to a human');
    expect(wordsOf(human)).toMatch(/passed this to a person/);
    expect((await app.app.store.getSession(session?.id ?? ''))?.status).toBe('escalated');

    const again = await dm(api, app.base, 'hi again');
    expect(wordsOf(again)).toMatch(/What are you seeing/);
    const next = await app.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');
    expect(next?.id).not.toBe(session?.id);
  });

  it('starts a new session when Start over is clicked after the conversation ended', async () => {
    const api = await fakeApi();
    const app = await startSlackApp({ api });
    running.push(app);
    const escalated = await dm(api, app.base, 'talk to a person please');
    const ended = await app.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');
    await click(app.base, escalated, 'start-over');
    const fresh = await nthPostTo(api, 'D0ALICE', 2);
    expect(wordsOf(fresh)).toMatch(/fresh start/);
    expect(wordsOf(fresh)).toMatch(/What are you seeing/);
    const latest = await app.app.store.findLatestSession('slack', 'dm:T0TEAM:D0ALICE');
    expect(latest?.id).not.toBe(ended?.id);
    expect((await app.app.store.getSession(ended?.id ?? ''))?.status).toBe('escalated');
  });

  it('ignores its own messages, edits and other bots', async () => {
    const api = await fakeApi();
    const app = await startSlackApp({ api });
    running.push(app);
    await sendJson(app.base, dmMessage({ text: 'hello', user: 'U0BOT' }));
    await sendJson(app.base, dmMessage({ text: 'hello', extra: { subtype: 'message_changed' } }));
    await sendJson(app.base, dmMessage({ text: 'hello', extra: { bot_id: 'B0OTHER' } }));
    await app.app.slack?.idle();
    await new Promise((r) => setTimeout(r, 150));
    expect(posts(api)).toHaveLength(0);
  });
});
