/// <reference lib="dom" />
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webEn } from '../../../src/content/web.en.js';
import { probeRunner } from '../../../src/engine/probe-runner.js';
import { launchBrowser } from '../../helpers/browser.js';
import { tempDir } from '../../helpers/engine.js';
import { controllableSignIn } from '../../helpers/probes/fake-sign-in.js';
import { HEALTHY_TENANT, startFakeTenant, type RunningTenant } from '../../helpers/probes/fake-tenants.js';
import { roundRobin } from '../../helpers/round-robin.js';
import { startApp, type RunningApp } from '../../helpers/server.js';

let browser: BrowserContext;
let tenant: RunningTenant;
const closing: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  browser = await launchBrowser();
  tenant = await startFakeTenant(HEALTHY_TENANT);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const c of closing.reverse()) await c.close();
  await tenant?.close();
});

describe('the web chat behind a round-robin balancer over two instances', () => {
  it('shows the sign-in code of a check running on either instance, never says it was interrupted, and asks to wait', async () => {
    const signIn = controllableSignIn({ username: HEALTHY_TENANT.address });
    const probe = probeRunner(tenant.deps({ signIn: signIn.provider }));
    const dataDir = tempDir();
    const env = { SIGN_IN_CODE_SECRET: 'the two instances share this secret, 32+ chars' };
    const apps: RunningApp[] = [await startApp(env, dataDir, { probe }), await startApp(env, dataDir, { probe })];
    closing.push(...apps);
    const balancer = await roundRobin(apps.map((a) => a.url));
    closing.push(balancer);

    const page = await browser.newPage();
    await page.goto(balancer.url);
    await page.getByLabel(webEn.inputLabel).fill(HEALTHY_TENANT.address);
    await page.getByRole('button', { name: webEn.send, exact: true }).click();
    await page.getByRole('button', { name: 'Check it, with my Microsoft sign-in' }).click();
    const { userCode, verificationUri } = await signIn.prompted;
    const shown = webEn.signInPrompt.replace('{uri}', verificationUri).replace('{code}', userCode);
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 5000 }).toBe(shown);

    // every status the page shows for a while, polling both instances in turn
    const before = [...balancer.served];
    const statuses = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          const timer = setInterval(() => seen.push(document.querySelector('#status')?.textContent ?? ''), 100);
          setTimeout(() => (clearInterval(timer), resolve(seen)), 3000);
        }),
    );
    expect(balancer.served.every((n, i) => n - (before[i] ?? 0) >= 2)).toBe(true);
    expect(new Set(statuses)).toEqual(new Set([shown]));

    // a message that reaches the instance not running the check is not taken, and the page says why
    const id = await page.evaluate(() => localStorage.getItem('mailbox-doctor-session') ?? '');
    const running = apps.findIndex((a) => a.app.engine.localCheckState(id) !== undefined);
    expect(running).toBeGreaterThanOrEqual(0);
    balancer.route = (req) => (req.method === 'POST' ? 1 - running : undefined);
    await page.getByLabel(webEn.inputLabel).fill('talk to a human');
    await page.getByRole('button', { name: webEn.send, exact: true }).click();
    await expect.poll(() => page.locator('#alert').textContent()).toBe(webEn.stillChecking);
    balancer.route = () => undefined;

    signIn.complete();
    await expect.poll(() => page.locator('#log').textContent(), { timeout: 15_000 }).toMatch(/looks fine|found for/);
    const log = (await page.locator('#log').textContent()) ?? '';
    expect(log).not.toMatch(/interrupted/);
    expect(log).not.toContain(userCode);
    expect(await page.locator('#status').textContent()).not.toContain(userCode);
    await page.close();
  }, 60_000);
});
