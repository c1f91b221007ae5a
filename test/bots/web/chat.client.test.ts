/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { diagnosesEn } from '../../../src/content/diagnoses.en.js';
import { webEn } from '../../../src/content/web.en.js';
import { verifyWebhook } from '../../../src/helpdesk/webhook-signature.js';
import { API_KEY, startApp } from '../../helpers/app.js';
import { launchBrowser } from '../../helpers/browser.js';
import { startReceiver } from '../../helpers/receiver.js';

const HOOK_SECRET = 'browser-hook-secret-browser-hook-secret';
const ERROR_TEXT = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
const SHOTS = 'test-results';

let app: App;
let base: string;
let hook: Awaited<ReturnType<typeof startReceiver>>;
let browser: BrowserContext;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  hook = await startReceiver();
  ({ app, base } = await startApp({
    FOLLOW_UP_DELAY_SECONDS: '1',
    SCHEDULER_INTERVAL_MS: '100',
    OUTBOX_INTERVAL_MS: '100',
    HELPDESK_WEBHOOK_URL: hook.url,
    HELPDESK_WEBHOOK_SECRET: HOOK_SECRET,
    CLOSE_IP_LIST_URL: 'https://close.example/ip-addresses',
  }));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await hook?.close();
});

async function handoffLink(ticket: string): Promise<string> {
  const res = await fetch(`${base}/api/handoffs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ ticket, symptom: 'sending', address: 'ana@example.com' }),
  });
  return `${base}${new URL(((await res.json()) as { url: string }).url).pathname}`;
}

const botMessages = (page: Page) => page.locator('#log li.bot');
const lastBot = (page: Page) => botMessages(page).last();

/** Waits for the newest bot turn (its bubbles since the person last wrote) to contain `text`. */
async function expectLastBot(page: Page, text: string | RegExp, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    ([source = '', flags = '']) => {
      const items = [...document.querySelectorAll('#log li')];
      const turn: string[] = [];
      for (let i = items.length - 1; i >= 0 && items[i]?.classList.contains('bot'); i--) turn.unshift(items[i]?.textContent ?? '');
      return turn.length > 0 && new RegExp(source, flags).test(turn.join(' '));
    },
    typeof text === 'string' ? [text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ''] : [text.source, text.flags],
    { timeout },
  );
}

/** Moves focus with Tab only until it is on the button with this label, then presses Enter. */
async function pressButton(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 25; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === label) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${label}" with Tab`);
}

async function tabToInput(page: Page): Promise<void> {
  for (let i = 0; i < 25 && (await page.evaluate(() => document.activeElement?.id)) !== 'text'; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('text');
}

/** WCAG contrast ratio between an element's text colour and the first opaque background behind it. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const el = document.querySelector(sel) as HTMLElement;
    let bgEl: HTMLElement | null = el;
    let bg = [255, 255, 255];
    while (bgEl) {
      const c = parse(getComputedStyle(bgEl).backgroundColor);
      if (c.length === 3 || (c[3] ?? 0) > 0) {
        bg = c.slice(0, 3);
        break;
      }
      bgEl = bgEl.parentElement;
    }
    const [a, b] = [lum(parse(getComputedStyle(el).color)), lum(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  }, selector);
}

describe('the web chat in a browser', () => {
  it('follows a handoff link from the ticket context to resolved, and keeps the transcript on reload', async () => {
    const page = await browser.newPage();
    await page.goto(await handoffLink('4711'));

    await expect.poll(() => page.locator('#context').textContent()).toBe('Support ticket 4711 · mail from Close is not going out · ana@example.com');
    await expectLastBot(page, 'Are you a Microsoft 365 admin');
    expect(await page.locator('#log').textContent()).not.toContain('What are you seeing');

    await page.getByLabel(webEn.inputLabel).fill(ERROR_TEXT);
    await page.getByRole('button', { name: webEn.send }).click();
    await expectLastBot(page, diagnosesEn['smtp-auth-disabled'].title);
    expect(await page.locator('#log li.user').last().textContent()).toContain(ERROR_TEXT);

    await page.getByRole('button', { name: "Yes, I'm an admin" }).click();
    await expectLastBot(page, 'Did you buy Microsoft 365 through another company');
    await page.getByRole('button', { name: 'No, we manage it' }).click();
    await expectLastBot(page, 'Is it ticked?');
    await page.getByRole('button', { name: "No, it isn't" }).click();
    await expectLastBot(page, 'Turn it on');
    await page.screenshot({ path: `${SHOTS}/web-chat-desktop.png`, fullPage: true });
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(webEn.status.waiting);

    // the follow-up arrives by itself once it is due
    await expectLastBot(page, 'Microsoft should have applied it by now', 10_000);
    await expect.poll(() => page.locator('#log li.follow-up').count()).toBe(1);
    await page.getByRole('button', { name: 'It works now' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(webEn.status.resolved);
    await expectLastBot(page, "that's fixed");

    const before = await page.locator('#log li').allTextContents();
    await page.reload();
    await expect.poll(() => page.locator('#log li').count()).toBe(before.length);
    expect(await page.locator('#log li').allTextContents()).toEqual(before);
    expect(await page.locator('#status').textContent()).toBe(webEn.status.resolved);

    // the ticket hears about it, signed
    await expect.poll(() => hook.received.filter((r) => r.body.includes('"ticketId":"4711"')).length, { timeout: 5000 }).toBe(1);
    const delivery = hook.received.find((r) => r.body.includes('"ticketId":"4711"'))!;
    expect(verifyWebhook(HOOK_SECRET, String(delivery.headers['x-mailbox-doctor-signature']), delivery.body, Date.now())).toBe(true);
    expect(JSON.parse(delivery.body)).toMatchObject({ event: 'resolved', status: 'resolved', diagnoses: [{ code: 'smtp-auth-disabled' }] });

    // "did this help?" ends it; "no" opens an optional comment, and the ticket hears both
    await expectLastBot(page, 'Did this help?');
    await page.getByRole('button', { name: "No, it didn't" }).click();
    await expectLastBot(page, "Thanks for telling us. We'll use it to do better.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('comment');
    await page.screenshot({ path: `${SHOTS}/web-chat-feedback.png` });
    await page.getByLabel(webEn.feedbackComment.label).fill('The admin centre looked different for me.');
    await page.getByRole('button', { name: webEn.feedbackComment.send }).click();
    await expectLastBot(page, 'Thanks, your comment is with the team now.');
    expect(await page.locator('#choices button.feedback').count()).toBe(0);
    expect(await page.locator('#comment').count()).toBe(0);
    const feedback = async () =>
      hook.received.map((r) => JSON.parse(r.body) as { event: string; ticketId: string; feedback?: unknown }).filter((b) => b.ticketId === '4711' && b.event === 'feedback');
    await expect.poll(async () => (await feedback()).length, { timeout: 5000 }).toBe(2);
    expect((await feedback()).map((b) => b.feedback)).toEqual([
      { answer: 'not-helpful', comment: null },
      { answer: 'not-helpful', comment: 'The admin centre looked different for me.' },
    ]);
    await page.close();
  });

  it('works with the keyboard alone, at phone width, with labelled controls and readable contrast', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(await handoffLink('4712'));
    await expectLastBot(page, 'Are you a Microsoft 365 admin');

    await tabToInput(page);
    await page.keyboard.type(ERROR_TEXT);
    await page.keyboard.press('Enter');
    await expectLastBot(page, diagnosesEn['smtp-auth-disabled'].title);
    // after an answer, focus lands on the first new choice, visibly
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Yes, I'm an admin");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');

    await pressButton(page, "Yes, I'm an admin");
    await expectLastBot(page, 'Did you buy Microsoft 365 through another company');
    await pressButton(page, 'No, we manage it');
    await expectLastBot(page, 'Is it ticked?');
    await pressButton(page, "No, it isn't");
    await expectLastBot(page, 'Turn it on');
    await pressButton(page, 'Done');
    await expectLastBot(page, 'Microsoft should have applied it by now', 10_000);
    await pressButton(page, 'It works now');
    await expect.poll(() => page.locator('#status').textContent()).toBe(webEn.status.resolved);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.getByLabel(webEn.inputLabel).count()).toBe(1);
    expect(await page.getByRole('group', { name: webEn.choicesLabel }).count()).toBe(1);
    for (const name of await page.locator('#choices button').allTextContents()) expect(name.trim()).not.toBe('');
    for (const selector of ['#log li.bot', '#log li.user', '#status', '#choices button', '#context', 'button[type=submit]']) {
      expect(await contrastOf(page, selector), selector).toBeGreaterThanOrEqual(4.5);
    }
    await page.screenshot({ path: `${SHOTS}/web-chat-375.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/web-chat-375-viewport.png` });
    await page.close();
  });

  it('shows links in bot text as safe links and what a person types as text', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?new=1`);
    await expectLastBot(page, 'What are you seeing');
    await page.getByLabel(webEn.inputLabel).fill('<img src=x onerror="window.pwned=1"> see https://example.com/x');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log li.user').count()).toBe(1);
    expect(await page.locator('#log li.user img').count()).toBe(0);
    expect(await page.locator('#log li.user a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

    await page.getByRole('button', { name: 'I have an error message' }).click();
    // a question that wants typing puts the cursor in the message box
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('text');
    await page.getByLabel(webEn.inputLabel).fill('554 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.');
    await page.keyboard.press('Enter');
    await expectLastBot(page, 'https://close.example/ip-addresses');
    const links = await page.locator('#log li.bot a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), text: a.textContent })));
    expect(links).toEqual([{ href: 'https://close.example/ip-addresses', rel: 'noopener noreferrer', text: 'https://close.example/ip-addresses' }]);
    await page.close();
  });

  it('shows a turn as short bubbles, and a message to forward as one block to copy', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?new=1`);
    await expectLastBot(page, 'What are you seeing');
    await page.getByLabel(webEn.inputLabel).fill("my emails are stuck in the outbox and i'm not the admin");
    await page.keyboard.press('Enter');
    await expectLastBot(page, 'Message for your Microsoft 365 admin');
    const bubbles = await page.locator('#log li.bot').allTextContents();
    expect(bubbles.length).toBeGreaterThan(4);
    const block = await page.locator('#log li.forward pre').textContent();
    expect(block).toMatch(/^Hi, could you help me[\s\S]*Authenticated SMTP/);
    expect(block).not.toContain('  |');
    await page.close();
  });
});

