import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { slackEn } from '../../../src/content/slack.en.js';
import { slackEs } from '../../../src/content/slack.es.js';
import { probeRunner } from '../../../src/engine/probe-runner.js';
import { CheckMessages, progressLine } from '../../../src/bots/slack/check-progress.js';
import { ShownCodes } from '../../../src/bots/slack/shown-codes.js';
import type { SlackApi } from '../../../src/bots/slack/web-api.js';
import { tempDir } from '../../helpers/engine.js';
import { FakeSlackApi, postTo, type ApiCall } from '../../helpers/fake-slack-api.js';
import { FAKE_TENANTS, startFakeTenant, type RunningTenant } from '../../helpers/probes/fake-tenants.js';
import { controllableSignIn } from '../../helpers/probes/fake-sign-in.js';
import { loopbackOnly, startSlackApp } from '../../helpers/slack-app.js';
import { choiceIds, click, wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, channelMessage, dmMessage, sendJson } from '../../helpers/slack-requests.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});
beforeAll(loopbackOnly);

const tenantFor = (name: string) => {
  const spec = FAKE_TENANTS.find((t) => t.name === name);
  if (!spec) throw new Error(`no fake tenant ${name}`);
  return spec;
};

async function setUp(name: string, signedIn: boolean) {
  const spec = tenantFor(name);
  const tenant: RunningTenant = await startFakeTenant(spec);
  running.push(tenant);
  const signIn = controllableSignIn({ username: spec.signIn?.username ?? spec.address });
  const api = new FakeSlackApi();
  await api.start();
  running.push(api);
  const probe = probeRunner(tenant.deps(signedIn ? { signIn: signIn.provider } : {}));
  const slack = await startSlackApp({ api, overrides: { probe } });
  running.push(slack);
  return { spec, api, slack, signIn };
}

const posts = (api: FakeSlackApi) => api.of('chat.postMessage');
const updatesOf = (api: FakeSlackApi, post: ApiCall) => api.of('chat.update').filter((u) => u.args.ts === post.reply?.ts);
/** The thread statuses set, in order: [status, the first loading message]. */
const statusesOf = (api: FakeSlackApi, channel: string, threadTs: string | undefined): Array<[string, string | undefined]> =>
  api.of('assistant.threads.setStatus').filter((c) => c.args.channel_id === channel && c.args.thread_ts === threadTs).map((c) => [c.args.status, c.args.loading_messages?.[0]]);
/** Whether the status was cleared before the result was posted (posting in a thread clears it too, in Slack). */
const clearedBefore = (api: FakeSlackApi, result: ApiCall): boolean => {
  const clear = api.calls.findIndex((c) => c.method === 'assistant.threads.setStatus' && c.args.status === '');
  return clear >= 0 && clear < api.calls.indexOf(result);
};
/** The checks as the plan display of an update shows them: "name: status", or null without a plan. */
const planOf = (call: ApiCall): string[] | null => {
  const plan = (call.args.blocks as Array<{ type: string; tasks?: Array<{ title: string; status: string }> }>).find((b) => b.type === 'plan');
  return plan ? (plan.tasks ?? []).map((t) => `${t.title}: ${t.status}`) : null;
};
const progressText = (call: ApiCall): string =>
  (call.args.blocks as Array<{ block_id?: string; elements?: Array<{ text: string }> }>).find((b) => b.block_id === 'mbd_progress')?.elements?.[0]?.text ?? '';

describe('a live check in a Slack thread', () => {
  it('shows the checks running in one message, gives the sign-in code only to the person who asked, and posts the result routed by the finding', async () => {
    const { spec, api, slack, signIn } = await setUp('alias', true);
    const mention = appMention({ text: '<@U0BOT> hello' });
    const thread = mention.event.ts;
    await sendJson(slack.base, mention);
    await api.nth('chat.postMessage', 1);

    // the address typed in the thread, as Slack marks it up
    const typed = spec.closeAddress ?? spec.address;
    await sendJson(slack.base, channelMessage({ text: `it is <mailto:${typed}|${typed}>`, threadTs: thread }));
    const offer = await api.nth('chat.postMessage', 2);
    expect(wordsOf(offer)).toContain(`Shall I check ${typed} live?`);
    expect(choiceIds(offer)).toEqual(expect.arrayContaining(['run-check', 'run-check-signed-in']));

    // Bob presses "Check it, with my Microsoft sign-in": he started the check
    await click(slack.base, offer, 'run-check-signed-in', 'U0BOB');
    const checking = await api.nth('chat.postMessage', 3);
    expect(checking.args.thread_ts).toBe(thread);
    expect(wordsOf(checking)).toMatch(/Checking sales@alias\.test now/);
    expect(checking.args.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(false);
    expect(progressText(checking)).toBe(slackEn.check.starting);

    const prompt = await signIn.prompted;
    const code = prompt.userCode;
    const ephemeral = await api.waitFor((c) => c.method === 'chat.postEphemeral' && String(c.args.text).includes(code), 8000, 'the sign-in code');
    expect(ephemeral.args).toMatchObject({ user: 'U0BOB', channel: 'C0SUPPORT', thread_ts: thread });
    expect(ephemeral.args.text).toContain(prompt.verificationUri);

    // while the person signs in, the message says which check runs and how many are left
    const during = await api.waitFor((c) => c.method === 'chat.update' && c.args.ts === checking.reply?.ts && /Microsoft sign-in/.test(progressText(c)), 8000, 'progress naming the sign-in');
    expect(progressText(during)).toMatch(/Now checking: .*Microsoft sign-in.*\. (\d+ more after|That is the last)/);
    signIn.complete();

    // the result arrives in the thread by itself, routed by what the check found
    const result = await api.nth('chat.postMessage', 4, 15_000);
    expect(result.args.thread_ts).toBe(thread);
    expect(wordsOf(result)).toMatch(/Here is what I found for sales@alias\.test/);
    expect(wordsOf(result)).toMatch(/Are you a Microsoft 365 admin/);
    const session = await slack.app.store.findLatestSession('slack', `thread:T0TEAM:C0SUPPORT:${thread}`);
    expect(session?.status).toBe('active');
    const current = await slack.app.engine.current(session?.id ?? '');
    expect(current?.view.facts.diagnoses).toContain('address-mismatch');
    expect(current?.view.key).toBe('askingIsAdmin');

    // the progress message was updated in place only, and finally says it is done
    await slack.app.slack?.idle();
    const updates = updatesOf(api, checking);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(progressText(updates[updates.length - 1] as ApiCall)).toBe(slackEn.check.done);
    expect(posts(api)).toHaveLength(4);

    // the checks show as tasks of a plan, each marked complete as it finishes, all complete at the end
    const plans = updates.map(planOf);
    expect(plans.some((p) => p?.includes('Domain: complete') && p.some((t) => t.endsWith(': in_progress')))).toBe(true);
    const last = plans[plans.length - 1] ?? [];
    expect(last.length).toBeGreaterThanOrEqual(3);
    expect(last.every((t) => t.endsWith(': complete'))).toBe(true);
    expect(last).toContain('Microsoft sign-in: complete');

    // the thread's status says the same as the message while the check runs, and is cleared with the result
    const statuses = statusesOf(api, 'C0SUPPORT', thread);
    expect(statuses[0]).toEqual([slackEn.check.status, slackEn.check.starting]);
    expect(statuses.some(([status, line]) => status === slackEn.check.status && /^Now checking: .*Microsoft sign-in/.test(line ?? ''))).toBe(true);
    expect(statuses[statuses.length - 1]).toEqual(['', undefined]);
    expect(clearedBefore(api, result)).toBe(true);

    // the code went to Bob alone: never in a channel message, an update, a log line or the transcript
    const everywhere = [...posts(api), ...api.of('chat.update')].map((c) => JSON.stringify(c.args)).join('\n');
    expect(everywhere).not.toContain(code);
    expect(api.of('chat.postEphemeral').filter((c) => String(c.args.text).includes(code)).map((c) => c.args.user)).toEqual(['U0BOB']);
    expect(slack.logs.text).toMatch(/chat\.postEphemeral/);
    expect(slack.logs.text).not.toContain(code);
    expect(JSON.stringify(await slack.app.engine.transcript(session?.id ?? ''))).not.toContain(code);
  }, 30_000);

  it('runs a check without sign-in from the Check it button and routes to the fix it found', async () => {
    const { spec, api, slack } = await setUp('noauth', false);
    const mention = appMention({ text: `<@U0BOT> please look at ${spec.address}` });
    await sendJson(slack.base, mention);
    const offer = await api.nth('chat.postMessage', 1);
    await click(slack.base, offer, 'run-check');
    const checking = await api.nth('chat.postMessage', 2);
    expect(progressText(checking)).toBe(slackEn.check.starting);
    const result = await api.nth('chat.postMessage', 3, 15_000);
    expect(wordsOf(result)).toMatch(/did not offer Close a way to sign in/);
    await slack.app.slack?.idle();
    const updates = updatesOf(api, checking);
    expect(updates.some((u) => /^Now checking: /.test(progressText(u)))).toBe(true);
    expect(progressText(updates[updates.length - 1] as ApiCall)).toBe(slackEn.check.done);
    expect(api.of('chat.postEphemeral')).toHaveLength(0);
  }, 30_000);
});

describe('a live check in a direct message', () => {
  it('sets the status in the conversation’s language on the progress message’s thread, and clears it before the result', async () => {
    const { spec, api, slack } = await setUp('noauth', false);
    api.userLocales.set('U0ALICE', 'es-ES');
    await sendJson(slack.base, dmMessage({ text: `¿puedes revisar ${spec.address}?` }));
    const offer = await postTo(api, 'D0ALICE', 1);
    await click(slack.base, offer, 'run-check');
    const checking = await postTo(api, 'D0ALICE', 2);
    expect(checking.args.thread_ts).toBeUndefined();
    expect(progressText(checking)).toBe(slackEs.check.starting);
    const result = await postTo(api, 'D0ALICE', 3);
    await slack.app.slack?.idle();

    const statuses = statusesOf(api, 'D0ALICE', checking.reply?.ts);
    expect(statuses[0]).toEqual([slackEs.check.status, slackEs.check.starting]);
    expect(statuses.some(([, line]) => /^Comprobando ahora: /.test(line ?? ''))).toBe(true);
    expect(statuses[statuses.length - 1]).toEqual(['', undefined]);
    expect(clearedBefore(api, result)).toBe(true);
    // the progress message names the checks in Spanish too
    expect(updatesOf(api, checking).some((u) => /^Comprobando ahora: .*(Dominio|Servidor de envío)/.test(progressText(u)))).toBe(true);
    expect(progressText(updatesOf(api, checking).at(-1) as ApiCall)).toBe(slackEs.check.done);
    expect(planOf(updatesOf(api, checking).at(-1) as ApiCall)).toContain('Dominio: complete');
  }, 30_000);

  it('gives the sign-in code in the conversation’s language', async () => {
    const { spec, api, slack, signIn } = await setUp('alias', true);
    api.userLocales.set('U0ALICE', 'es-ES');
    const typed = spec.closeAddress ?? spec.address;
    await sendJson(slack.base, dmMessage({ text: `¿puedes revisar ${typed}?` }));
    const offer = await postTo(api, 'D0ALICE', 1);
    await click(slack.base, offer, 'run-check-signed-in');
    const prompt = await signIn.prompted;
    const ephemeral = await api.waitFor((c) => c.method === 'chat.postEphemeral' && String(c.args.text).includes(prompt.userCode), 8000, 'the sign-in code');
    expect(ephemeral.args.text).toBe(slackEs.check.signIn(prompt.verificationUri, prompt.userCode));
    signIn.complete();
    await postTo(api, 'D0ALICE', 3);
    await slack.app.slack?.idle();
  }, 30_000);

  it('keeps to the progress line alone when Slack refuses the plan display', async () => {
    const { spec, api, slack } = await setUp('noauth', false);
    // a workspace whose Slack does not take plan blocks: any update carrying one is refused
    const refusePlans = (args: Record<string, any>) => ({
      body: (args.blocks as Array<{ type: string }>).some((b) => b.type === 'plan') ? { ok: false, error: 'invalid_blocks' } : { ok: true, channel: args.channel, ts: args.ts },
    });
    for (let i = 0; i < 20; i++) api.replyOnce('chat.update', refusePlans);
    await sendJson(slack.base, dmMessage({ text: `please check ${spec.address}` }));
    await click(slack.base, await postTo(api, 'D0ALICE', 1), 'run-check');
    const checking = await postTo(api, 'D0ALICE', 2);
    expect(wordsOf(await postTo(api, 'D0ALICE', 3))).toMatch(/did not offer Close a way to sign in/);
    await slack.app.slack?.idle();
    const updates = updatesOf(api, checking);
    // the refused update was sent again at once without the plan, and no later one tried it
    expect(updates[0]?.reply?.ok).toBe(false);
    expect(planOf(updates[0] as ApiCall)).not.toBeNull();
    expect(updates.slice(1).map(planOf)).toEqual(updates.slice(1).map(() => null));
    expect(progressText(updates[1] as ApiCall)).toBe(progressText(updates[0] as ApiCall));
    expect(progressText(updates.at(-1) as ApiCall)).toBe(slackEn.check.done);
  }, 30_000);
});

describe('a live check cut off by a restart', () => {
  it('is reported in the thread after the restart, and its progress message says it stopped', async () => {
    const api = new FakeSlackApi();
    await api.start();
    running.push(api);
    const dataDir = tempDir();
    const never = () => new Promise<never>(() => undefined);
    const first = await startSlackApp({ api, dataDir, overrides: { probe: never } });
    const mention = appMention({ text: '<@U0BOT> can you check jo@contoso.com' });
    await sendJson(first.base, mention);
    const offer = await api.nth('chat.postMessage', 1);
    await click(first.base, offer, 'run-check');
    const checking = await api.nth('chat.postMessage', 2);
    const key = `thread:T0TEAM:C0SUPPORT:${mention.event.ts}`;
    for (let i = 0; i < 100 && !(await first.app.store.findLatestSession('slack', key))?.meta.checkMessage; i++) await new Promise((r) => setTimeout(r, 20));
    await first.close();

    // the check's watchdog falls due while the service is down
    const db = new Database(join(dataDir, 'mailbox-doctor.sqlite'));
    expect(db.prepare('update follow_ups set due_at = 0').run().changes).toBe(1);
    db.close();

    const second = await startSlackApp({ api, dataDir, overrides: { probe: never } });
    running.push(second);
    const report = await api.nth('chat.postMessage', 3, 10_000);
    expect(report.args.thread_ts).toBe(mention.event.ts);
    expect(wordsOf(report)).toMatch(/interrupted before it finished/);
    const stopped = await api.waitFor((c) => c.method === 'chat.update' && c.args.ts === checking.reply?.ts, 8000, 'the progress message marked as stopped');
    expect(progressText(stopped)).toBe(slackEn.check.stopped);
    expect(wordsOf(stopped)).toMatch(/Checking jo@contoso\.com now/);
  }, 30_000);
});

describe('the progress line', () => {
  it('names the checks running now and counts the ones after them', () => {
    expect(progressLine(slackEn, { running: ['mx', 'smtp'], done: ['tenant'], total: 5 })).toBe('Now checking: Domain, Sending server. 2 more after these.');
    expect(progressLine(slackEn, { running: ['imap'], done: ['mx', 'tenant', 'smtp'], total: 4 })).toBe('Now checking: Mail sync server. That is the last of them.');
    expect(progressLine(slackEn, { running: [], done: ['mx', 'tenant'], total: 2 })).toBe(slackEn.check.finishing);
  });
});

describe('the progress message', () => {
  it('sends only the newest progress once it is posted, one update at a time, then its last word', async () => {
    const updates: string[] = [];
    const statuses: string[] = [];
    let release: () => void = () => undefined;
    const api = {
      update: async (_channel: string, _ts: string, blocks: Array<{ block_id?: string; elements?: Array<{ text: string }> }>) => {
        updates.push(blocks.find((b) => b.block_id === 'mbd_progress')?.elements?.[0]?.text ?? '');
        if (updates.length === 1) await new Promise<void>((r) => (release = r));
        return { ok: true as const };
      },
      setStatus: async (_channel: string, threadTs: string, status: string, loading: string[] = []) => {
        statuses.push(`${threadTs} ${status} ${loading.join('|')}`.trim());
        return { ok: true as const };
      },
    } as unknown as SlackApi;
    const tasks: Promise<unknown>[] = [];
    const checks = new CheckMessages({
      api,
      engine: { session: async () => null },
      content: slackEn,
      codes: new ShownCodes(),
      placeOf: () => null,
      background: (task) => void tasks.push(task()),
    });
    const post = checks.begin('s1', { channel: 'C1', threadTs: '1.1' }, 'U1', [], 'Checking');
    expect(post).not.toBeNull();
    expect(checks.begin('s1', { channel: 'C1', threadTs: '1.1' }, 'U1', [], 'again')).toBeNull();
    checks.progress('s1', { running: ['mx'], done: [], total: 3 });
    checks.progress('s1', { running: ['tenant'], done: ['mx'], total: 3 });
    post?.posted('1.2');
    await new Promise((r) => setTimeout(r, 10));
    // the first update is still in flight: these two collapse into one
    checks.progress('s1', { running: ['smtp'], done: ['mx', 'tenant'], total: 3 });
    checks.progress('s1', { running: [], done: ['mx', 'tenant', 'smtp'], total: 3 });
    release();
    await Promise.all(tasks);
    await checks.end('s1', true);
    expect(updates).toEqual(['Now checking: Microsoft 365 organisation. 1 more after this one.', slackEn.check.finishing, slackEn.check.done]);
    // the thread's status follows the message, and is cleared at the end
    expect(statuses).toEqual([
      `1.1 ${slackEn.check.status} ${slackEn.check.starting}`,
      `1.1 ${slackEn.check.status} Now checking: Microsoft 365 organisation. 1 more after this one.`,
      `1.1 ${slackEn.check.status} ${slackEn.check.finishing}`,
      '1.1',
    ]);
    expect(checks.showing('s1')).toBe(false);
  });

  it('tries the thread status once where Slack refuses it, and then leaves it alone (nothing to clear)', async () => {
    const statuses: string[] = [];
    const api = {
      update: async () => ({ ok: true as const }),
      setStatus: async (_channel: string, _thread: string, status: string) => {
        statuses.push(status);
        return { ok: false as const, error: 'not_allowed' };
      },
    } as unknown as SlackApi;
    const tasks: Promise<unknown>[] = [];
    const checks = new CheckMessages({ api, engine: { session: async () => null }, content: slackEn, codes: new ShownCodes(), placeOf: () => null, background: (task) => void tasks.push(task()) });
    checks.begin('s1', { channel: 'D1', threadTs: null }, 'U1', [], 'Checking')?.posted('1.2');
    checks.progress('s1', { running: ['mx'], done: [], total: 2 });
    await Promise.all(tasks);
    checks.progress('s1', { running: ['smtp'], done: ['mx'], total: 2 });
    await Promise.all(tasks);
    await checks.end('s1', true);
    expect(statuses).toEqual([slackEn.check.status]);
  });

  it('marks a check stopped before a restart without clearing a thread status this process never set (nothing to clear, no error logged)', async () => {
    const calls: string[] = [];
    const api = {
      update: async (_channel: string, ts: string) => {
        calls.push(`update ${ts}`);
        return { ok: true as const };
      },
      setStatus: async (_channel: string, thread: string, status: string) => {
        calls.push(`status ${thread} ${status}`.trim());
        return { ok: false as const, error: 'not_allowed' };
      },
    } as unknown as SlackApi;
    const checks = new CheckMessages({ api, engine: { session: async () => null }, content: slackEn, codes: new ShownCodes(), placeOf: () => null, background: (task) => void task() });
    await checks.endStored({ channel: 'C1', threadTs: '1.1' }, { ts: '1.2', text: 'Checking' });
    expect(calls).toEqual(['update 1.2']);
  });
});
