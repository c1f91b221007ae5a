import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { teamsEn } from '../../../src/content/teams.en.js';
import { probeRunner } from '../../../src/engine/probe-runner.js';
import { tempDir } from '../../helpers/engine.js';
import { controllableSignIn } from '../../helpers/probes/fake-sign-in.js';
import { HEALTHY_TENANT, startFakeTenant, type RunningTenant } from '../../helpers/probes/fake-tenants.js';
import { buttons, cardText, messageActivity, post, startApp, submitActivity, type RunningApp } from '../../helpers/teams.js';
import { fakeConnector, until } from '../../helpers/teams-connector.js';

const apps: RunningApp[] = [];
let tenant: RunningTenant | null = null;
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.app.close()));
  await tenant?.close();
  tenant = null;
  nock.cleanAll();
});

describe('a live check in Teams with two instances behind one messaging endpoint', () => {
  it('asks a person whose message reaches the other instance to wait, and the check’s result still comes', async () => {
    tenant = await startFakeTenant(HEALTHY_TENANT);
    const signIn = controllableSignIn({ username: HEALTHY_TENANT.address });
    const dataDir = tempDir('teams-instances-');
    const env = { SIGN_IN_CODE_SECRET: 'the two instances share this secret, 32+ chars' };
    const a = await startApp(env, dataDir, { probe: probeRunner(tenant.deps({ signIn: signIn.provider })) });
    apps.push(a);
    const b = await startApp(env, dataDir);
    apps.push(b);
    const connector = fakeConnector();
    const conv = { conversationId: 'a:check-two-instances' };

    expect((await post(a.url, messageActivity(HEALTHY_TENANT.address, conv))).status).toBe(200);
    await until(() => connector.posts().length === 1, 'the offer');
    const action = buttons(connector.posts()[0]!.body).find((x) => x.title === 'Check it, with my Microsoft sign-in');
    expect((await post(a.url, submitActivity(action!.data, { ...conv, replyToId: 'card-1' }))).status).toBe(200);
    const { userCode } = await signIn.prompted;
    await until(() => connector.updatesOf('card-2').some((u) => JSON.stringify(u.body).includes(userCode)), 'the sign-in code on the card');

    expect((await post(b.url, messageActivity('talk to a human please', conv))).status).toBe(200);
    await until(() => connector.posts().length === 3, 'the answer of the other instance');
    expect(connector.posts()[2]!.body.text).toBe(teamsEn.stillChecking);
    const session = await b.app.store.findLatestSession('teams', conv.conversationId);
    expect(session?.status).toBe('active');

    signIn.complete();
    await until(() => connector.posts().length === 4, 'the result');
    expect(cardText(connector.posts()[3]!.body)).not.toMatch(/interrupted/);
    expect(cardText(connector.updatesOf('card-2').at(-1)!.body)).toContain(teamsEn.checkFinishedTitle);
    expect([...a.logs, ...b.logs].join('\n')).not.toContain(userCode);
  }, 40_000);
});
