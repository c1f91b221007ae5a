import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { probeRunner } from '../../src/engine/probe-runner.js';
import { HEALTHY_TENANT, startFakeTenant, type RunningTenant } from '../helpers/probes/fake-tenants.js';
import { controllableSignIn } from '../helpers/probes/fake-sign-in.js';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/server.js';
import { tempDir } from '../helpers/engine.js';
import { freshSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';

const SECRET = 'a shared secret of the two instances, 32+ characters';

const servers: RunningApp[] = [];
let tenant: RunningTenant | null = null;
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await tenant?.close();
  tenant = null;
});

const schemas: Array<Awaited<ReturnType<typeof freshSchema>>> = [];
afterAll(async () => {
  await Promise.all(schemas.map((s) => s.drop()));
});

/** What two instances share: one SQLite data directory, or one Postgres schema; and the secret that seals codes. */
const setups: Array<[string, () => Promise<{ env: Record<string, string>; dataDir?: string }>]> = [
  // no SIGN_IN_CODE_SECRET: the key comes from the handoff signing secret both already share
  ['one SQLite file', async () => ({ env: { HANDOFF_SECRET: SECRET }, dataDir: tempDir() })],
];
if (TEST_DATABASE_URL) {
  const url = TEST_DATABASE_URL;
  setups.push([
    'one Postgres database',
    async () => {
      const schema = await freshSchema(url);
      schemas.push(schema);
      return { env: { SIGN_IN_CODE_SECRET: SECRET, DATABASE_URL: `${url}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}` } };
    },
  ]);
} else {
  console.warn('The web chat on two instances over Postgres skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does).');
}

async function poll(url: string, done: (body: Record<string, any>) => boolean, tries = 200): Promise<Record<string, any>> {
  let body = await getJson(url);
  for (let i = 0; i < tries && !done(body); i++) {
    await new Promise((r) => setTimeout(r, 50));
    body = await getJson(url);
  }
  return body;
}

for (const [name, setup] of setups) {
  describe(`the web chat behind a round-robin balancer, two instances on ${name}`, () => {
    it('shows the check running on A, with its sign-in code, through B; B asks to wait rather than saying it was interrupted', async () => {
      tenant = await startFakeTenant(HEALTHY_TENANT);
      const signIn = controllableSignIn({ username: HEALTHY_TENANT.address });
      const shared = await setup();
      const dataDir = shared.dataDir ?? tempDir();
      const a = await startApp(shared.env, dataDir, { probe: probeRunner(tenant.deps({ signIn: signIn.provider })) });
      servers.push(a);
      const b = await startApp(shared.env, shared.dataDir ?? tempDir());
      servers.push(b);

      const { body } = await postJson(`${a.url}/api/chat/sessions`, {});
      const onA = `${a.url}/api/chat/sessions/${body.id}`;
      const onB = `${b.url}/api/chat/sessions/${body.id}`;
      await postJson(`${onB}/messages`, { text: HEALTHY_TENANT.address });
      const running = await postJson(`${onA}/messages`, { choice: 'run-check-signed-in' });
      expect(running.status).toBe(200);
      const code = (await signIn.prompted).userCode;

      const during = await poll(onB, (s) => Boolean(s.checking?.signIn));
      expect(during.status).toBe('active');
      expect(during.checking.signIn).toEqual({ userCode: code, verificationUri: 'https://microsoft.com/devicelogin' });
      expect(during.checking.total).toBeGreaterThan(0);
      const refused = await postJson(`${onB}/messages`, { choice: 'human' });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toBe('still_checking');
      expect(refused.body.message).toMatch(/still running/);

      signIn.complete();
      const after = await poll(onB, (s) => s.checking === null);
      expect(after.checking).toBeNull();
      const text = after.transcript.map((e: { text: string }) => e.text).join('\n');
      expect(text).toMatch(/looks fine|found for/);
      expect(text).not.toMatch(/interrupted/);
      expect(text).not.toContain(code);
      expect((await getJson(onA)).transcript).toEqual(after.transcript);
    }, 30_000);
  });
}
