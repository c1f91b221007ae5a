import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/content/en.js';
import { teamsEn } from '../../../src/content/teams.en.js';
import { probeRunner } from '../../../src/engine/probe-runner.js';
import { tempDir } from '../../helpers/engine.js';
import { controllableSignIn, type ControllableSignIn } from '../../helpers/probes/fake-sign-in.js';
import { FAKE_TENANTS, HEALTHY_TENANT, startFakeTenant, type RunningTenant, type TenantSpec } from '../../helpers/probes/fake-tenants.js';
import { buttons, cardText, mentionActivity, messageActivity, post, startApp, submitActivity, type CardReply, type RunningApp } from '../../helpers/teams.js';
import { fakeConnector, until, type Sent } from '../../helpers/teams-connector.js';

let r: RunningApp | null = null;
let tenant: RunningTenant | null = null;
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(async () => {
  await r?.app.close();
  await tenant?.close();
  r = null;
  tenant = null;
  nock.cleanAll();
});

/** A fake tenant first (its Microsoft answers take precedence over the bot's own login mocks), then the app on it. */
async function start(spec: TenantSpec, signIn?: ControllableSignIn) {
  tenant = await startFakeTenant(spec);
  r = await startApp({}, tempDir('teams-check-'), { probe: probeRunner(tenant.deps(signIn ? { signIn: signIn.provider } : {})) });
  return { app: r, connector: fakeConnector() };
}

/** Waits until the last card posted in a conversation is the one its session keeps (the turn is fully shown). */
async function settled(conversationKey: string, connector: { posts: () => Sent[] }): Promise<Record<string, unknown>> {
  let meta: Record<string, unknown> = {};
  await until(() => {
    void r!.app.store.findLatestSession('teams', conversationKey).then((s) => (meta = s?.meta ?? {}));
    const teams = meta.teams as { cardId?: string; checkCardId?: string } | undefined;
    return teams?.cardId === `card-${connector.posts().length}` && !teams.checkCardId;
  }, 'the turn to be shown');
  return meta;
}

async function accepted(activity: unknown): Promise<void> {
  const res = await post(r!.url, activity);
  expect(res.status).toBe(200);
}

function click(card: CardReply, title: string, opts: { conversationId: string; conversationType?: 'channel'; replyToId: string }) {
  const action = buttons(card).find((b) => b.title === title);
  if (!action) throw new Error(`no button "${title}" on ${JSON.stringify(buttons(card).map((b) => b.title))}`);
  return accepted(submitActivity(action.data, opts));
}

describe('live checks in Teams', () => {
  it('in a 1:1 chat: shows progress and the sign-in code on one card updated in place, then the result, with the code nowhere else', async () => {
    const signIn = controllableSignIn({ username: HEALTHY_TENANT.address });
    const { app, connector } = await start(HEALTHY_TENANT, signIn);
    const conv = { conversationId: 'a:check-personal' };

    await accepted(messageActivity(HEALTHY_TENANT.address, conv));
    await until(() => connector.posts().length === 1, 'the offer');
    const offer = connector.posts()[0]!.body;
    expect(cardText(offer)).toContain(HEALTHY_TENANT.address);
    expect(buttons(offer).map((b) => b.title)).toContain('Check it, with my Microsoft sign-in');

    await click(offer, 'Check it, with my Microsoft sign-in', { ...conv, replyToId: 'card-1' });
    await until(() => connector.posts().length === 2, 'the progress card');
    expect(cardText(connector.posts()[1]!.body)).toContain(teamsEn.progressTitle);
    expect(connector.updatesOf('card-1').at(-1)?.body && cardText(connector.updatesOf('card-1').at(-1)!.body)).toContain(
      teamsEn.answered('Check it, with my Microsoft sign-in'),
    );

    const { userCode } = await signIn.prompted;
    await until(() => connector.updatesOf('card-2').some((u) => JSON.stringify(u.body).includes(userCode)), 'the sign-in code on the card');
    const withCode = connector.updatesOf('card-2').find((u) => JSON.stringify(u.body).includes(userCode))!;
    expect(cardText(withCode.body)).toContain(teamsEn.checkSignIn('https://microsoft.com/devicelogin', userCode));
    expect(cardText(withCode.body)).toMatch(/check(s)? left/);

    signIn.complete();
    await until(() => connector.posts().length === 3, 'the result');
    // one progress card, updated: no other card was posted while the checks ran
    expect(connector.posts().filter((p) => cardText(p.body).includes(teamsEn.progressTitle))).toHaveLength(1);
    const last = connector.updatesOf('card-2').at(-1)!;
    expect(cardText(last.body)).toContain(teamsEn.checkFinishedTitle);
    expect(JSON.stringify(last.body)).not.toContain(userCode);
    expect(JSON.stringify(last.body)).toContain(JSON.stringify({ title: 'Microsoft sign-in', value: teamsEn.checkStatus.pass }));
    const result = connector.posts()[2]!.body;
    expect(cardText(result)).toMatch(/looks fine|found for/);

    const meta = await settled('a:check-personal', connector);
    const session = await app.app.store.findLatestSession('teams', 'a:check-personal');
    expect(JSON.stringify(await app.app.engine.transcript(session!.id))).not.toContain(userCode);
    expect(JSON.stringify(meta)).not.toContain(userCode);
    expect(app.logs.join('')).not.toContain(userCode);
  }, 30_000);

  it('in a channel thread: offers only the check without sign-in, and routes the conversation by what the check finds', async () => {
    const spec = FAKE_TENANTS.find((t) => t.expects === 'smtp-auth-not-offered')!;
    const { connector } = await start(spec);
    await accepted(mentionActivity(spec.address, { id: 'thread-1' }));
    await until(() => connector.posts().length === 1, 'the offer');
    const offer = connector.posts()[0]!.body;
    expect(buttons(offer).map((b) => b.title)).not.toContain('Check it, with my Microsoft sign-in');
    expect(cardText(offer)).toContain(teamsEn.checkSignedInInChatOnly);

    const thread = { conversationId: '19:general@thread.tacv2;messageid=thread-1', conversationType: 'channel' as const };
    await click(offer, 'Check it', { ...thread, replyToId: 'card-1' });
    await until(() => connector.posts().length === 3, 'the result');
    const [progress, result] = [connector.posts()[1]!, connector.posts()[2]!];
    expect(cardText(progress.body)).toContain(teamsEn.progressTitle);
    expect(progress.path).toContain(encodeURIComponent('19:general@thread.tacv2;messageid=thread-1'));
    await until(() => cardText((connector.updatesOf('card-2').at(-1) ?? progress).body).includes(teamsEn.checkFinishedTitle), 'the final card');
    const finished = JSON.stringify(connector.updatesOf('card-2').at(-1)!.body);
    expect(finished).toContain(JSON.stringify({ title: 'Sending server', value: teamsEn.checkStatus.fail }));
    // routed by the finding: straight to the IP allowlist steps
    expect(cardText(result.body)).toContain('did not offer Close a way to sign in');
    expect(buttons(result.body).map((b) => b.title)).toContain(en.choiceOverrides.checkingIpAllowlist?.done);
    const conversationOf = (sent: { path: string }) => sent.path.split('/activities')[0];
    expect(conversationOf(result)).toBe(conversationOf(progress));
    await settled(thread.conversationId, connector);
  }, 30_000);

  it('in a channel thread: never posts a sign-in code, and says to use a 1:1 chat for the signed-in check', async () => {
    const signIn = controllableSignIn({ username: HEALTHY_TENANT.address });
    const { app, connector } = await start(HEALTHY_TENANT, signIn);
    await accepted(mentionActivity(HEALTHY_TENANT.address, { id: 'thread-2' }));
    await until(() => connector.posts().length === 1, 'the offer');
    const checkIt = buttons(connector.posts()[0]!.body).find((b) => b.title === 'Check it')!;
    // an older or crafted card still asks for the signed-in check
    const thread = { conversationId: '19:general@thread.tacv2;messageid=thread-2', conversationType: 'channel' as const, replyToId: 'card-1' };
    await accepted(submitActivity({ ...checkIt.data, choice: 'run-check-signed-in' }, thread));
    const { userCode } = await signIn.prompted;
    await until(() => connector.updatesOf('card-2').some((u) => cardText(u.body).includes(teamsEn.checkSignInInChat)), 'the 1:1 hint');
    signIn.complete();
    await until(() => connector.posts().length === 3, 'the result');
    await settled(thread.conversationId, connector);
    expect(JSON.stringify(connector.sent)).not.toContain(userCode);
    expect(app.logs.join('')).not.toContain(userCode);
  }, 30_000);

  it('after a restart mid-check, finalises the progress card and says the check was cut off when the person writes again', async () => {
    const signIn = controllableSignIn({ username: HEALTHY_TENANT.address });
    tenant = await startFakeTenant(HEALTHY_TENANT);
    const dataDir = tempDir('teams-check-restart-');
    const overrides = { probe: probeRunner(tenant.deps({ signIn: signIn.provider })) };
    r = await startApp({}, dataDir, overrides);
    const connector = fakeConnector();
    const conv = { conversationId: 'a:check-restart' };
    await accepted(messageActivity(HEALTHY_TENANT.address, conv));
    await until(() => connector.posts().length === 1, 'the offer');
    await click(connector.posts()[0]!.body, 'Check it, with my Microsoft sign-in', { ...conv, replyToId: 'card-1' });
    await signIn.prompted;
    await until(() => connector.posts().length === 2, 'the progress card');
    await r.app.close();

    r = await startApp({}, dataDir, overrides);
    await accepted(messageActivity('hello?', conv));
    await until(() => connector.posts().length === 3, 'the answer after the restart');
    const final = connector.updatesOf('card-2').at(-1)!;
    expect(cardText(final.body)).toContain(teamsEn.checkStopped);
    expect(JSON.stringify(final.body)).not.toContain((await signIn.prompted).userCode);
    expect(cardText(connector.posts()[2]!.body)).toMatch(/interrupted|cut off|stopped|didn't finish|did not finish/i);
    await settled('a:check-restart', connector);
  }, 30_000);
});
