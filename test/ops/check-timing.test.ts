import { describe, expect, it } from 'vitest';
import type { CheckHooks, CheckProgress, ProbeRunner } from '../../src/engine/live-checks.js';
import { timeChecks } from '../../src/ops/check-timing.js';

describe('timing the probes of a live check', () => {
  it('reports each probe once, from when it first runs to when it is done, and passes the progress on', async () => {
    let clock = 0;
    const steps: Array<[number, CheckProgress]> = [
      [0, { running: ['dns', 'realm'], done: [], total: 3 }],
      [120, { running: ['realm', 'smtp'], done: ['dns'], total: 3 }],
      [900, { running: ['smtp'], done: ['dns', 'realm'], total: 3 }],
      [2400, { running: [], done: ['dns', 'realm', 'smtp'], total: 3 }],
    ];
    const runner: ProbeRunner = async (_input, hooks) => {
      for (const [at, progress] of steps) {
        clock = at;
        hooks.onProgress(progress);
      }
      return 'report';
    };
    const observed: Array<[string, number]> = [];
    const passedOn: CheckProgress[] = [];
    const hooks: CheckHooks = { signal: new AbortController().signal, requester: 's1', onProgress: (p) => passedOn.push(p), onDeviceCode: () => undefined };
    const timed = timeChecks(runner, (check, seconds) => observed.push([check, seconds]), () => clock);
    expect(await timed({ address: 'a@b.test', closeAddress: 'a@b.test', signIn: false }, hooks)).toBe('report');
    expect(observed).toEqual([
      ['dns', 0.12],
      ['realm', 0.9],
      ['smtp', 2.28],
    ]);
    expect(passedOn).toEqual(steps.map(([, p]) => p));
  });
});
