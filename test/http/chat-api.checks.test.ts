import { afterEach, describe, expect, it } from 'vitest';
import { probeRunner } from '../../src/engine/probe-runner.js';
import { HEALTHY_TENANT, startFakeTenant, type RunningTenant } from '../helpers/probes/fake-tenants.js';
import { controllableSignIn } from '../helpers/probes/fake-sign-in.js';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/server.js';
import { tempDir } from '../helpers/engine.js';

let server: RunningApp | null = null;
let tenant: RunningTenant | null = null;
afterEach(async () => {
  await server?.close();
  await tenant?.close();
  server = null;
  tenant = null;
});

describe('a live check over the chat API', () => {
  it('shows progress and the sign-in code while the check runs, then the report in the transcript, without the code', async () => {
    tenant = await startFakeTenant(HEALTHY_TENANT);
    const signIn = controllableSignIn({ username: HEALTHY_TENANT.address });
    server = await startApp({}, tempDir(), { probe: probeRunner(tenant.deps({ signIn: signIn.provider })) });
    const { body } = await postJson(`${server.url}/api/chat/sessions`, {});
    const url = `${server.url}/api/chat/sessions/${body.id}`;
    await postJson(`${url}/messages`, { text: HEALTHY_TENANT.address });
    const running = await postJson(`${url}/messages`, { choice: 'run-check-signed-in' });
    expect(running.body.messages.map((m: { text: string }) => m.text).join('\n')).toMatch(/Checking/);

    let during = await getJson(url);
    for (let i = 0; i < 100 && !during.checking?.signIn; i++) {
      await new Promise((r) => setTimeout(r, 50));
      during = await getJson(url);
    }
    expect(during.checking.total).toBeGreaterThan(0);
    const code: string = during.checking.signIn?.userCode ?? '';
    expect(code).toBe((await signIn.prompted).userCode);
    signIn.complete();

    let after = await getJson(url);
    for (let i = 0; i < 200 && after.checking; i++) {
      await new Promise((r) => setTimeout(r, 50));
      after = await getJson(url);
    }
    expect(after.checking).toBeNull();
    const last = after.transcript[after.transcript.length - 1];
    expect(last.text).toMatch(/looks fine|found for/);
    expect(JSON.stringify(after.transcript)).not.toContain(code);
  }, 30_000);
});
