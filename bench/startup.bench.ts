/**
 * Start-up against bare node, rounds alternating, each in a process of its own, from the build in dist/ as `npm start`
 * and the bin run it:
 * - the CLI: `mailbox-doctor classify "<error>"` against `node -e 0` (target ≤ 4×);
 * - the server: spawn to the first answered GET /healthz, against a bare node HTTP server the same way (target ≤ 5× the
 *   bare server + 100 ms);
 * - the server's memory once started and idle: resident set size (target ≤ 110 MB).
 *
 *   runStartupBench({ rounds? }): Promise<StartupBenchFigures>
 *   npx tsx bench/startup.bench.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/mailbox-doctor.js', import.meta.url));
const ERROR = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('{"ok":true}')).listen(0, '127.0.0.1', function () { console.log(JSON.stringify({ port: this.address().port })); });`;

export interface StartupBenchFigures {
  rounds: number;
  cli: { bareNodeMs: number; classifyMs: number; ratio: number; target: number };
  /** readyCpuMs: the server's CPU time (user + system) until it answered, steadier than wall time on a busy machine */
  server: { bareServerMs: number; readyMs: number; limitMs: number; ratio: number; target: string; readyCpuMs: number; bareServerCpuMs: number };
  idleRssMb: { median: number; target: number };
  /** the 1-minute load average before and after (the machine may be shared) */
  loadAverage: { before: number; after: number };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

function timeCommand(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.toString()}`);
  return ms;
}

const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 1/100 s
};
const residentMb = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** Spawn to the first answered /healthz; then, if asked, the resident memory after `idleMs` of quiet. */
async function timeServer(args: string[], env: Record<string, string>, idleMs = 0): Promise<{ readyMs: number; cpuMs: number; rssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const found = /"port":(\d+)/.exec(out);
        if (found) resolve(Number(found[1]));
      });
      child.once('exit', (code) => reject(new Error(`the server exited ${code}: ${out}`)));
    });
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    if (!res.ok) throw new Error(`/healthz answered ${res.status}`);
    await res.text();
    const readyMs = performance.now() - started;
    const readyCpuMs = cpuMs(child.pid!);
    if (idleMs > 0) await new Promise((resolve) => setTimeout(resolve, idleMs));
    return { readyMs, cpuMs: readyCpuMs, rssMb: idleMs > 0 ? residentMb(child.pid!) : NaN };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function runStartupBench({ rounds = 7 }: { rounds?: number } = {}): Promise<StartupBenchFigures> {
  const bare: number[] = [];
  const classify: number[] = [];
  const bareServer: number[] = [];
  const ready: number[] = [];
  const rss: number[] = [];
  const readyCpu: number[] = [];
  const bareCpu: number[] = [];
  const loadBefore = loadavg()[0] ?? NaN;
  timeCommand([BIN, 'classify', ERROR]); // the file cache warmed for both sides alike
  for (let i = 0; i < rounds; i++) {
    bare.push(timeCommand(['-e', '0']));
    classify.push(timeCommand([BIN, 'classify', ERROR]));
    const bareRun = await timeServer(['-e', BARE_SERVER], {});
    bareServer.push(bareRun.readyMs);
    bareCpu.push(bareRun.cpuMs);
    const dataDir = mkdtempSync(join(tmpdir(), 'mailbox-doctor-bench-'));
    try {
      const served = await timeServer([BIN, 'serve'], { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' }, 2000);
      ready.push(served.readyMs);
      readyCpu.push(served.cpuMs);
      rss.push(served.rssMb);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const bareNodeMs = median(bare);
  const classifyMs = median(classify);
  const bareServerMs = median(bareServer);
  const readyMs = median(ready);
  return {
    rounds,
    cli: { bareNodeMs: round1(bareNodeMs), classifyMs: round1(classifyMs), ratio: round1(classifyMs / bareNodeMs), target: 4 },
    server: {
      bareServerMs: round1(bareServerMs),
      readyMs: round1(readyMs),
      limitMs: round1(5 * bareServerMs + 100),
      ratio: round1(readyMs / bareServerMs),
      target: '≤ 5× the bare server + 100 ms',
      readyCpuMs: round1(median(readyCpu)),
      bareServerCpuMs: round1(median(bareCpu)),
    },
    idleRssMb: { median: round1(median(rss)), target: 110 },
    loadAverage: { before: round1(loadBefore), after: round1(loadavg()[0] ?? NaN) },
  };
}

/** The figures as a few lines for a person, with the load average they were measured under. */
export function formatStartupBench(f: StartupBenchFigures): string {
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  return [
    `Start-up, ${f.rounds} alternating rounds, load average ${f.loadAverage.before} → ${f.loadAverage.after}`,
    `CLI classify ${f.cli.classifyMs} ms vs node -e 0 ${f.cli.bareNodeMs} ms: ${f.cli.ratio}× (target ≤ ${f.cli.target}×: ${met(f.cli.ratio <= f.cli.target)})`,
    `server ready ${f.server.readyMs} ms vs a bare node HTTP server ${f.server.bareServerMs} ms: ${f.server.ratio}× (limit 5× + 100 ms = ${f.server.limitMs} ms: ${met(f.server.readyMs <= f.server.limitMs)}); CPU to ready ${f.server.readyCpuMs} vs ${f.server.bareServerCpuMs} ms`,
    `idle memory ${f.idleRssMb.median} MB RSS (target ≤ ${f.idleRssMb.target} MB: ${met(f.idleRssMb.median <= f.idleRssMb.target)})`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await runStartupBench(), null, 2)}\n`);
}
