import { describe, expect, it } from 'vitest';
import { instrumentEngine, loadMetrics, observeAck, observeProbe, renderMetrics } from '../../src/ops/metrics.js';
import { fakeClock, makeEngine } from '../helpers/engine.js';

async function sample(name: string): Promise<number> {
  const text = await (await loadMetrics()).getSingleMetricAsString(name.replace(/_(sum|count)$/, ''));
  return Number(new RegExp(`^${name}(\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[2] ?? 0);
}

describe('the metrics module', () => {
  it('keeps what is reported before prom-client is loaded, and records it once loaded', async () => {
    observeAck('teams', 0.05);
    const text = await (await loadMetrics()).metrics();
    expect(text).toMatch(/^mailbox_doctor_ack_seconds_count\{channel="teams"\} 1$/m);
  });

  it('records how late a follow-up was picked up', async () => {
    const clock = fakeClock();
    const { engine, store } = makeEngine({ now: clock.now, followUpDelayMs: 60_000 });
    instrumentEngine(engine);
    const id = (await engine.start('web', 'lag')).session.id;
    for (const choice of ['sending-fails', 'yes', 'no', 'toggle-off', 'done']) await engine.send(id, { choice });
    const before = await sample('mailbox_doctor_scheduler_lag_seconds_sum');
    clock.advance(60_000 + 7_000);
    expect(await engine.fireDueFollowUps('me')).toBe(1);
    expect((await sample('mailbox_doctor_scheduler_lag_seconds_sum')) - before).toBeCloseTo(7, 3);
    expect(await (await loadMetrics()).getSingleMetricAsString('mailbox_doctor_turns_total')).toMatch(/^mailbox_doctor_turns_total\{channel="web",kind="follow-up"\} 1$/m);
    await store.close();
  });

  it('lets channels and probes report their timings', async () => {
    observeAck('slack', 0.2);
    observeProbe('smtp', 1.5);
    const text = await (await loadMetrics()).metrics();
    expect(text).toMatch(/^mailbox_doctor_ack_seconds_count\{channel="slack"\} [1-9]/m);
    expect(text).toMatch(/^mailbox_doctor_probe_seconds_bucket\{le="2",check="smtp"\} [1-9]/m);
  });

  it('reads the store’s counts at each scrape', async () => {
    const { engine, store } = makeEngine();
    await engine.start('web', 'count-1');
    await engine.start('web', 'count-2');
    const text = await renderMetrics(store);
    expect(text).toMatch(/^mailbox_doctor_sessions\{status="active"\} 2$/m);
    expect(text).toMatch(/^mailbox_doctor_sessions\{status="resolved"\} 0$/m);
    expect(text).toMatch(/^mailbox_doctor_follow_ups_due 0$/m);
    await store.close();
  });
});
