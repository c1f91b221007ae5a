/**
 * Several instances (issue 7, items 4 and 5): chat turns per second through one `mailbox-doctor serve` process against
 * two, both on one Postgres database (a schema of its own, dropped afterwards), and each process's memory idle and
 * at its peak under that load (VmRSS / VmHWM from /proc).
 *
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/instances.bench.ts [--seconds 8] [--clients 16]
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { startChildServer, type ChildServer } from '../test/helpers/child-server.js';
import { tempDir } from '../test/helpers/engine.js';

export interface InstanceFigures {
  instances: number;
  turnsPerSecond: number;
  errors: number;
  /** per process, in MB */
  idleRssMb: number[];
  peakRssMb: number[];
}

export interface InstancesResult {
  one: InstanceFigures;
  two: InstanceFigures;
  /** two ÷ one */
  throughputRatio: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function post(url: string, body: unknown): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const found = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Math.round(Number(found?.[1] ?? 0) / 1024);
}

async function drive(servers: ChildServer[], clients: number, seconds: number): Promise<{ turns: number; errors: number }> {
  let turns = 0;
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const base = servers[i % servers.length]!.url;
      const created = await post(`${base}/api/chat/sessions`, {});
      const id = (JSON.parse(created.text) as { id: string }).id;
      while (Date.now() < end) {
        const res = await post(`${base}/api/chat/sessions/${id}/messages`, { text: 'not sure' });
        if (res.status === 200) turns++;
        else errors++;
      }
    }),
  );
  return { turns, errors };
}

async function measure(instances: number, databaseUrl: string, clients: number, seconds: number): Promise<InstanceFigures> {
  const schema = `md_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = new URL(databaseUrl);
  url.search = `?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const servers: ChildServer[] = [];
  try {
    for (let i = 0; i < instances; i++) servers.push(await startChildServer({ DATA_DIR: tempDir(), DATABASE_URL: url.toString(), LOG_LEVEL: 'info' }));
    await drive(servers, clients, 1); // warm-up
    await new Promise((r) => setTimeout(r, 500));
    const idleRssMb = servers.map((s) => memoryMb(s.child.pid!, 'VmRSS'));
    const { turns, errors } = await drive(servers, clients, seconds);
    const peakRssMb = servers.map((s) => memoryMb(s.child.pid!, 'VmHWM'));
    return { instances, turnsPerSecond: turns / seconds, errors, idleRssMb, peakRssMb };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

export async function runInstancesBench(databaseUrl: string, options: { seconds?: number; clients?: number } = {}): Promise<InstancesResult> {
  const seconds = options.seconds ?? 8;
  const clients = options.clients ?? 16;
  const one = await measure(1, databaseUrl, clients, seconds);
  const two = await measure(2, databaseUrl, clients, seconds);
  return { one, two, throughputRatio: two.turnsPerSecond / one.turnsPerSecond };
}

export function formatInstances(result: InstancesResult): string {
  const row = (f: InstanceFigures) =>
    `${f.instances} instance${f.instances > 1 ? 's' : ''}: ${f.turnsPerSecond.toFixed(0)} turns/s (${f.errors} errors); memory idle ${f.idleRssMb.join(' + ')} MB, peak ${f.peakRssMb.join(' + ')} MB`;
  return [row(result.one), row(result.two), `  throughput ratio (two ÷ one): ${result.throughputRatio.toFixed(2)}`].join('\n');
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

if (process.argv[1]?.endsWith('instances.bench.ts')) {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    process.stdout.write('Instances benchmark skipped: set TEST_DATABASE_URL=postgres://… to run it.\n');
  } else {
    process.stdout.write(`${formatInstances(await runInstancesBench(databaseUrl, { seconds: arg('seconds', 8), clients: arg('clients', 16) }))}\n`);
  }
  agent.destroy();
}
