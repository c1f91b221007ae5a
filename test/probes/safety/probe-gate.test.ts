import { describe, expect, it } from 'vitest';
import { ProbeGate } from '../../../src/probes/safety/probe-gate.js';

describe('the probe gate', () => {
  it('refuses a requester over their limit and says when to try again', () => {
    let now = 1_000_000;
    const gate = new ProbeGate({ perUser: 2, global: 100, anonymous: 100, windowMs: 60_000, maxConcurrent: 10 }, () => now);
    gate.acquire('u1');
    now += 10_000;
    gate.acquire('u1');
    expect(gate.acquire('u1')).toEqual({ ok: false, refusal: { reason: 'rate-limited-user', retryAfterMs: 50_000 } });
    expect(gate.acquire('u2').ok).toBe(true);
    now += 50_001;
    expect(gate.acquire('u1').ok).toBe(true);
  });

  it('refuses everyone once the global limit is reached', () => {
    const gate = new ProbeGate({ perUser: 10, global: 2, anonymous: 2, windowMs: 60_000, maxConcurrent: 10 }, () => 0);
    gate.acquire('a');
    gate.acquire('b');
    expect(gate.acquire('c')).toMatchObject({ ok: false, refusal: { reason: 'rate-limited-global' } });
  });

  it('caps the probes running at once and frees a slot on release', () => {
    const gate = new ProbeGate({ perUser: 10, global: 10, anonymous: 10, windowMs: 60_000, maxConcurrent: 1 }, () => 0);
    const first = gate.acquire('a');
    expect(gate.acquire('b')).toEqual({ ok: false, refusal: { reason: 'too-many-running' } });
    if (first.ok) {
      first.release();
      first.release();
    }
    expect(gate.runningCount).toBe(0);
    expect(gate.acquire('b').ok).toBe(true);
  });

  it('keeps a share of the global budget that web clients together cannot take', () => {
    const gate = new ProbeGate({ perUser: 10, global: 10, anonymous: 4, windowMs: 60_000, maxConcurrent: 100 }, () => 0);
    const web = Array.from({ length: 6 }, (_, i) => gate.acquire(`web:client-${i}`).ok);
    expect(web).toEqual([true, true, true, true, false, false]);
    expect(gate.acquire('session:abc').ok).toBe(false);
    expect(gate.acquire('slack:T1:U1').ok).toBe(true);
    expect(gate.acquire('teams:29:abc').ok).toBe(true);
  });
});
