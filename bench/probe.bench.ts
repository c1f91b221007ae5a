/**
 * The whole unauthenticated probe against local servers that each add a delay (default 50 ms) before answering,
 * against its slowest single check run alone, in the same run. Independent checks run in parallel, so the ratio
 * should stay close to 1 (target ≤ 1.3).
 *
 *   runProbeBench({ runs?, delayMs? }): Promise<ProbeBenchFigures>
 *   npx tsx bench/probe.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { probeCloseStatus } from '../src/probes/close-status.probe.js';
import { probeImap } from '../src/probes/imap.probe.js';
import { probeMx } from '../src/probes/mx.probe.js';
import type { ProbeDeps } from '../src/probes/probe-deps.js';
import { runMailboxProbe } from '../src/probes/run-probe.js';
import { probeSmtp } from '../src/probes/smtp.probe.js';
import { probeTenant } from '../src/probes/tenant.probe.js';
import type { CheckContext, CheckResult } from '../src/probes/types.js';
import { HEALTHY_TENANT, startFakeTenant } from '../test/helpers/probes/fake-tenants.js';

export interface ProbeBenchFigures {
  runs: number;
  delayMs: number;
  /** median time of each check alone */
  aloneMs: Record<string, number>;
  slowestCheck: string;
  slowestAloneMs: number;
  /** median time of the whole unauthenticated probe */
  wholeMs: number;
  /** wholeMs / slowestAloneMs */
  ratio: number;
  target: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function singleChecks(deps: ProbeDeps, address: string): Record<string, (ctx: CheckContext) => Promise<CheckResult>> {
  const policy = { allowPrivate: deps.allowPrivate, lookup: deps.resolver.addresses };
  return {
    mx: (ctx) => probeMx({ domain: address.split('@')[1]!, resolver: deps.resolver }, ctx),
    tenant: (ctx) => probeTenant({ address, loginUrl: deps.loginUrl, fetch: deps.fetch, providerSignInHosts: deps.providerSignInHosts }, ctx),
    smtp: (ctx) => probeSmtp({ endpoint: deps.smtp, expectMicrosoft: true, policy, ca: deps.tlsCa, heloName: deps.heloName }, ctx),
    imap: (ctx) => probeImap({ endpoint: deps.imap, expectMicrosoft: true, policy, ca: deps.tlsCa }, ctx),
    'close-status': (ctx) => probeCloseStatus({ apiUrl: deps.close.apiUrl, apiKey: deps.close.apiKey, fetch: deps.fetch, closeAddress: address }, ctx),
  };
}

export async function runProbeBench(options: { runs?: number; delayMs?: number } = {}): Promise<ProbeBenchFigures> {
  const runs = options.runs ?? 7;
  const delayMs = options.delayMs ?? 50;
  const spec = { ...HEALTHY_TENANT, signIn: undefined };
  const tenant = await startFakeTenant(spec, { delayMs, deadlineMs: 15_000 });
  try {
    const deps = tenant.deps();
    const checks = singleChecks(deps, spec.address);
    const ctx = () => ({ signal: new AbortController().signal, deadline: Date.now() + 15_000 });
    // warm up: TLS, module loading, nock
    await runMailboxProbe({ address: spec.address }, deps);
    for (const check of Object.values(checks)) await check(ctx());

    const alone: Record<string, number[]> = Object.fromEntries(Object.keys(checks).map((id) => [id, []]));
    const whole: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const [id, check] of Object.entries(checks)) {
        alone[id]!.push(
          await timed(async () => {
            const result = await check(ctx());
            if (result.status !== 'pass') throw new Error(`bench check ${id} did not pass: ${result.summary}`);
          }),
        );
      }
      whole.push(
        await timed(async () => {
          const report = await runMailboxProbe({ address: spec.address }, deps);
          const failed = report.checks.filter((c) => c.status !== 'pass');
          if (failed.length) throw new Error(`bench probe did not pass: ${failed.map((c) => c.summary).join('; ')}`);
        }),
      );
    }
    const aloneMs = Object.fromEntries(Object.entries(alone).map(([id, times]) => [id, Math.round(median(times) * 10) / 10]));
    const [slowestCheck, slowestAloneMs] = Object.entries(aloneMs).sort((a, b) => b[1] - a[1])[0]!;
    const wholeMs = Math.round(median(whole) * 10) / 10;
    return { runs, delayMs, aloneMs, slowestCheck, slowestAloneMs, wholeMs, ratio: Math.round((wholeMs / slowestAloneMs) * 100) / 100, target: 1.3 };
  } finally {
    await tenant.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await runProbeBench();
  console.log(`probe: each check alone (median of ${figures.runs}, ${figures.delayMs} ms delay per server):`);
  for (const [id, ms] of Object.entries(figures.aloneMs)) console.log(`  ${id.padEnd(13)} ${ms} ms`);
  console.log(`probe: whole unauthenticated probe ${figures.wholeMs} ms; slowest check alone (${figures.slowestCheck}) ${figures.slowestAloneMs} ms`);
  console.log(`probe: ratio ${figures.ratio} (target ≤ ${figures.target}) ${figures.ratio <= figures.target ? 'OK' : 'OVER TARGET'}`);
}
