import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { slackEn } from '../../../src/content/slack.en.js';
import { probeRunner } from '../../../src/engine/probe-runner.js';
import { tempDir } from '../../helpers/engine.js';
import { FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { HEALTHY_TENANT, startFakeTenant } from '../../helpers/probes/fake-tenants.js';
import { controllableSignIn } from '../../helpers/probes/fake-sign-in.js';
import { LogCapture, loopbackOnly, startSlackApp } from '../../helpers/slack-app.js';
import { click, wordsOf } from '../../helpers/slack-clicks.js';
import { appMention, channelMessage, sendJson } from '../../helpers/slack-requests.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});
beforeAll(loopbackOnly);

describe('a live check in Slack with two instances behind one request URL', () => {
  it('asks a person whose message reaches the other instance to wait for the check, and the check’s result still comes', async () => {
    const tenant = await startFakeTenant(HEALTHY_TENANT);
    running.push(tenant);
    const signIn = controllableSignIn({ username: HEALTHY_TENANT.address });
    const api = new FakeSlackApi();
    await api.start();
    running.push(api);
    const dataDir = tempDir();
    const env = { SIGN_IN_CODE_SECRET: 'the two instances share this secret, 32+ chars' };
    const logs = new LogCapture();
    const a = await startSlackApp({ api, dataDir, env, logs, overrides: { probe: probeRunner(tenant.deps({ signIn: signIn.provider })) } });
    running.push(a);
    const b = await startSlackApp({ api, dataDir, env, logs });
    running.push(b);

    const mention = appMention({ text: '<@U0BOT> hello' });
    const thread = mention.event.ts;
    await sendJson(a.base, mention);
    await api.nth('chat.postMessage', 1);
    await sendJson(a.base, channelMessage({ text: `it is <mailto:${HEALTHY_TENANT.address}|${HEALTHY_TENANT.address}>`, threadTs: thread }));
    const offer = await api.nth('chat.postMessage', 2);
    await click(a.base, offer, 'run-check-signed-in');
    await api.nth('chat.postMessage', 3);
    const code = (await signIn.prompted).userCode;
    await api.waitFor((c) => c.method === 'chat.postEphemeral' && String(c.args.text).includes(code), 8000, 'the sign-in code');

    // the next message goes to B: it does not decide anything the check's result would undo
    await sendJson(b.base, channelMessage({ text: 'talk to a human please', threadTs: thread }));
    const wait = await api.waitFor((c) => c.method === 'chat.postEphemeral' && c.args.text === slackEn.stillChecking, 8000, 'the still-checking answer');
    expect(wait.args).toMatchObject({ user: 'U0ALICE', thread_ts: thread });
    const session = await b.app.store.findLatestSession('slack', `thread:T0TEAM:C0SUPPORT:${thread}`);
    expect(session?.status).toBe('active');
    expect((await b.app.engine.checkState(session?.id ?? ''))?.deviceCode?.userCode).toBe(code);

    signIn.complete();
    const result = await api.nth('chat.postMessage', 4, 15_000);
    expect(wordsOf(result)).toMatch(/looks fine|found for/);
    expect(wordsOf(result)).not.toMatch(/interrupted/);

    // the code was shown to the person, and nowhere else: not in a log line of either instance, not in the database
    await a.app.slack?.idle();
    await b.app.slack?.idle();
    expect(logs.text).not.toContain(code);
    const db = new Database(join(dataDir, 'mailbox-doctor.sqlite'), { readonly: true });
    const rows = ['sessions', 'transcript', 'live_checks'].map((t) => db.prepare(`select * from ${t}`).all());
    db.close();
    expect(JSON.stringify(rows)).not.toContain(code);
  }, 40_000);
});
