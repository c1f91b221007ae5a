import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoopFailure } from '../../src/background-loop.js';
import { FollowUpScheduler } from '../../src/engine/scheduler.js';
import { tempDir } from '../helpers/engine.js';
import { waitingOnFaultyStore } from '../helpers/faulty-store.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('the follow-up scheduler', () => {
  it('carries on through a store that throws, backing off and naming itself, and fires the follow-up once it is back', async () => {
    const { real, faulty, engine, heard } = await waitingOnFaultyStore(join(tempDir(), 'scheduler.sqlite'));
    faulty.fail('claimDueFollowUps', 3);
    const failures: LoopFailure[] = [];
    const scheduler = new FollowUpScheduler(engine, { intervalMs: 10, onError: (_error, failure) => void failures.push(failure) });
    cleanups.push(() => real.close(), () => scheduler.stop());
    scheduler.start();
    await expect.poll(() => heard, { timeout: 5000 }).toEqual(['askingReconnectResult']);
    expect(failures.map((f) => [f.loop, f.retryInMs])).toEqual([
      ['follow-ups', 20],
      ['follow-ups', 40],
      ['follow-ups', 80],
    ]);
  });
});
