import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { tempDir } from './engine.js';

/** Debian's chromium (`apt-get install -y chromium`); Playwright's own browser downloads are never used. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with a fresh profile (its own --user-data-dir), or a clear failure saying how to install it. */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`);
  return chromium.launchPersistentContext(tempDir('mailbox-doctor-chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
  });
}
