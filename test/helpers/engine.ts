import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '../../src/content/en.js';
import { otherLocales } from '../../src/content/catalog.js';
import { Engine } from '../../src/engine/engine.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';

/** A fresh data directory for one test. */
export function tempDir(prefix = 'mailbox-doctor-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A controllable clock. */
export function fakeClock(start = Date.parse('2026-11-26T10:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** An engine on a fresh SQLite store; `all` makes it speak every language, not only English. */
export function makeEngine(options: { file?: string; followUpDelayMs?: number; now?: () => number; all?: boolean } = {}) {
  const store = new SqliteStore(options.file ?? join(tempDir(), 'test.sqlite'));
  const engine = new Engine({
    store,
    content: en,
    ...(options.all ? { locales: otherLocales() } : {}),
    closeIpListUrl: 'https://example.test/close-ips',
    followUpDelayMs: options.followUpDelayMs ?? 30 * 60 * 1000,
    ...(options.now ? { now: options.now } : {}),
  });
  return { store, engine };
}
