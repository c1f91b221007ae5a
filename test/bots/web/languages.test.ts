/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { de } from '../../../src/content/de.js';
import { fr } from '../../../src/content/fr.js';
import { webDe } from '../../../src/content/web.de.js';
import { webFr } from '../../../src/content/web.fr.js';
import { startApp } from '../../helpers/app.js';
import { launchBrowser } from '../../helpers/browser.js';
import { first } from '../../helpers/first-sentence.js';

let app: App;
let base: string;
let browser: BrowserContext;

beforeAll(async () => {
  ({ app, base } = await startApp());
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const yesDe = de.choiceOverrides.askingIsAdmin?.yes ?? de.choices.yes;
const logText = (page: Page) => page.locator('#log').innerText();

async function waitForLog(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => (document.getElementById('log')?.textContent ?? '').includes(t), text, { timeout: 15_000 });
}

describe('the web page in five languages', () => {
  it('opens in the browser’s language, with a switch naming each language in its own words', async () => {
    const page = await browser.newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'fr-FR,fr;q=0.9' });
    await page.goto(`${base}/?new=1`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('h1').innerText()).toBe(webFr.heading);
    await waitForLog(page, first(fr.states.askingSymptom({} as never, {} as never).text));
    expect(await page.locator('nav.languages a').allInnerTexts()).toEqual(['English', 'Español', 'Deutsch', 'Français', 'Português (Brasil)']);
    expect(await page.locator('nav.languages a[aria-current]').innerText()).toBe('Français');
    await page.close();
  });

  it('switches language mid-conversation, and after a reload the page and the conversation are still in it', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?new=1`);
    await waitForLog(page, 'What are you seeing');
    await page.locator('#choices button', { hasText: 'It disconnects when I send' }).click();
    await waitForLog(page, 'admin');
    await page.locator('nav.languages a[hreflang="de"]').click();
    await page.waitForURL(`${base}/`);
    // the same question again, in German, with German buttons
    await waitForLog(page, first(de.states.askingIsAdmin({} as never, {} as never).text));
    await page.waitForSelector(`#choices button:has-text("${yesDe}")`);
    expect(await page.locator('h1').innerText()).toBe(webDe.heading);
    await page.reload();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.locator('h1').innerText()).toBe(webDe.heading);
    await page.waitForSelector(`#choices button:has-text("${yesDe}")`);
    // a typed answer carries on in German
    await page.locator('#text').fill('ja');
    await page.locator('#text').press('Enter');
    await waitForLog(page, first(de.states.askingProviderManaged({} as never, {} as never).text));
    expect(await logText(page)).not.toContain('Does a provider');
    await page.close();
  });
});
