import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { Housekeeping } from '../../src/ops/housekeeping.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { tempDir } from '../helpers/engine.js';
import { LogCapture } from '../helpers/slack-app.js';
import { faultyStore } from '../helpers/faulty-store.js';
import { backgroundErrors } from '../../src/ops/background-errors.js';

const DAY = 24 * 3_600_000;
const NOW = Date.parse('2026-11-26T12:00:00Z');
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

function setUp(options: { intervalMs?: number } = {}) {
  const store = new SqliteStore(join(tempDir(), 'housekeeping.sqlite'));
  const logs = new LogCapture();
  const housekeeping = new Housekeeping({ store, logger: createLogger('info', logs), now: () => NOW, ...options });
  cleanup.push(() => store.close(), () => housekeeping.stop());
  return { store, logs, housekeeping };
}

describe('housekeeping', () => {
  it('forgets delivery keys older than a week and keeps the recent ones, saying how many went', async () => {
    const { store, logs, housekeeping } = setUp();
    await store.markDelivered('slack:event:EvOld', NOW - 8 * DAY);
    await store.markDelivered('teams:activity:old', NOW - 7 * DAY - 1);
    await store.markDelivered('slack:event:EvRecent', NOW - 6 * DAY);
    expect(await housekeeping.run()).toBe(2);
    expect(await store.wasDelivered('slack:event:EvOld')).toBe(false);
    expect(await store.wasDelivered('slack:event:EvRecent')).toBe(true);
    expect(logs.text).toMatch(/forgot 2 delivery keys/);
  });

  it('deletes sessions past the retention period with their transcripts, a batch at a time, and keeps the rest', async () => {
    const { store, logs, housekeeping } = setUp();
    const base = { channel: 'web', status: 'resolved' as const, snapshot: {}, version: 1, meta: {}, createdAt: NOW - 200 * DAY };
    for (let i = 0; i < 620; i++) {
      await store.createSession({ ...base, id: `old-${i}`, conversationKey: `old-${i}`, updatedAt: NOW - 91 * DAY }, [
        { at: NOW - 91 * DAY, role: 'user', text: 'my emails bounce', viewKey: null, choice: null, diagnoses: [], proactive: false },
      ]);
    }
    await store.createSession({ ...base, id: 'kept', conversationKey: 'kept', updatedAt: NOW - 89 * DAY }, []);
    await housekeeping.run();
    expect(await store.getSession('old-0')).toBeNull();
    expect(await store.getSession('old-619')).toBeNull();
    expect(await store.transcript('old-619')).toEqual([]);
    expect(await store.getSession('kept')).not.toBeNull();
    expect(logs.text).toMatch(/deleted 620 sessions past the retention period/);
  });

  it('runs when started and again on its interval', async () => {
    const { store, housekeeping } = setUp({ intervalMs: 30 });
    await store.markDelivered('slack:event:EvFirst', NOW - 30 * DAY);
    housekeeping.start();
    await expect.poll(() => store.wasDelivered('slack:event:EvFirst')).toBe(false);
    await store.markDelivered('slack:event:EvLater', NOW - 30 * DAY);
    await expect.poll(() => store.wasDelivered('slack:event:EvLater')).toBe(false);
  });

  it('logs a store that cannot be reached and carries on', async () => {
    const { store, logs, housekeeping } = setUp();
    await store.close();
    expect(await housekeeping.run()).toBe(0);
    expect(logs.text).toMatch(/could not be pruned this time/);
  });

  it('logs a failing store with its name, backs off, and prunes once the store is back', async () => {
    const store = new SqliteStore(join(tempDir(), 'flaky.sqlite'));
    const faulty = faultyStore(store);
    faulty.fail('pruneDeliveries', 2);
    const logs = new LogCapture();
    const logger = createLogger('info', logs);
    const housekeeping = new Housekeeping({ store: faulty.store, logger, now: () => NOW, intervalMs: 10, onError: backgroundErrors(logger) });
    cleanup.push(() => store.close(), () => housekeeping.stop());
    await store.markDelivered('slack:event:EvOld', NOW - 30 * DAY);
    housekeeping.start();
    await expect.poll(() => store.wasDelivered('slack:event:EvOld'), { timeout: 5000 }).toBe(false);
    expect(logs.text).toMatch(/housekeeping: a background pass failed; trying again in 1 s/);
    expect(logs.text.match(/"loop":"housekeeping"/g)).toHaveLength(2);
    expect(logs.text).toMatch(/"retryInMs":20.*"retryInMs":40/s);
  });
});
