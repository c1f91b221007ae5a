import { describe, expect, it } from 'vitest';
import { ProbeGate } from '../../../src/probes/safety/probe-gate.js';

describe('the probe gate', () => {
  it('refuses a requester over their limit and says when to try again', () => {
    let now = 1_000_000;
    const gate = new ProbeGate({ perUser: 2, global: 100, windowMs: 60_000, maxConcurrent: 10 }, () => now);
    gate.acquire('u1');
    now += 10_000;
    gate.acquire('u1');
    expect(gate.acquire('u1')).toEqual({ ok: false, refusal: { reason: 'rate-limited-user', retryAfterMs: 50_000 } });
    expect(gate.acquire('u2').ok).toBe(true);
    now += 50_001;
    expect(gate.acquire('u1').ok).toBe(true);
  });

  it('refuses everyone once the global limit is reached', () => {
    const gate = new ProbeGate({ perUser: 10, global: 2, windowMs: 60_000, maxConcurrent: 10 }, () => 0);
    gate.acquire('a');
    gate.acquire('b');
    expect(gate.acquire('c')).toMatchObject({ ok: false, refusal: { reason: 'rate-limited-global' } });
  });

  it('caps the probes running at once and frees a slot on release', () => {
    const gate = new ProbeGate({ perUser: 10, global: 10, windowMs: 60_000, maxConcurrent: 1 }, () => 0);
    const first = gate.acquire('a');
    expect(gate.acquire('b')).toEqual({ ok: false, refusal: { reason: 'too-many-running' } });
    if (first.ok) {
      first.release();
      first.release();
    }
    expect(gate.runningCount).toBe(0);
    expect(gate.acquire('b').ok).toBe(true);
  });
});
