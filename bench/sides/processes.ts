/**
 * The processes of a channel benchmark: each server (the assistant, a bare echo bot) and the reply sink run in a
 * process of their own, started here; the bench that starts them is the load generator.
 *
 *   startSink('slack' | 'teams'): the fake Web API / connector, and the replies it has seen since last asked
 *   startServer(name, args, env, profileDir?): a node process that prints its port ({"port": n}); its CPU time so far
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SINK = fileURLToPath(new URL('./reply-sink.mjs', import.meta.url));

export interface Sink {
  url: string;
  /** the replies that arrived since the last call: [key, arrival on the shared clock] */
  drain(): Promise<Array<[string, number]>>;
  close(): Promise<void>;
}

export interface Server {
  name: string;
  port: number;
  /** user + system CPU time of the process so far, in ms */
  cpuMs(): number;
  close(): Promise<void>;
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

export async function startSink(mode: 'slack' | 'teams'): Promise<Sink> {
  // plain node, whatever runs the bench (tsx's loader would only slow the sink down)
  const child = fork(SINK, [mode], { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { type: string; port: number }) => (m.type === 'ready' ? resolve(m.port) : reject(new Error('the sink did not start'))));
    child.once('exit', (code) => reject(new Error(`the sink exited ${code}`)));
  });
  let next = 0;
  const waiting = new Map<number, (arrived: Array<[string, number]>) => void>();
  child.on('message', (m: { type: string; id: number; arrived: Array<[string, number]> }) => {
    if (m.type === 'drained') {
      waiting.get(m.id)?.(m.arrived);
      waiting.delete(m.id);
    }
  });
  return {
    url: mode === 'slack' ? `http://127.0.0.1:${port}/api/` : `http://localhost:${port}/`,
    drain: () =>
      new Promise((resolve) => {
        next += 1;
        waiting.set(next, resolve);
        child.send({ type: 'drain', id: next });
      }),
    close: async () => {
      child.disconnect();
      await exited(child);
    },
  };
}

/** CPU time of a process from /proc (Linux), in ms. */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
}

/**
 * Starts `node <args>` with only `env` (and PATH) and waits for {"port": n} on its standard output, which goes to a
 * file (not a pipe this process would have to read). With `profileDir`, the process writes CPU profiles on exit into a
 * folder named after it there, one per thread (the main thread's, then the store's writing and checkpointing threads',
 * in node's own names, ordered by thread id).
 */
export async function startServer(name: string, args: string[], env: Record<string, string>, profileDir?: string): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const out = join(dir, 'stdout.log');
  const fd = openSync(out, 'w');
  const profiles = profileDir ? join(profileDir, name) : undefined;
  if (profiles) mkdirSync(profiles, { recursive: true });
  // no fixed file name: every thread would write its profile to the same file
  const profile = profiles ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : [];
  const child = spawn(process.execPath, [...profile, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', fd, 'inherit'] });
  closeSync(fd);
  const deadline = Date.now() + 60_000;
  let port = 0;
  while (!port) {
    if (child.exitCode !== null) throw new Error(`${name} exited ${child.exitCode}: ${readFileSync(out, 'utf8').slice(0, 2000)}`);
    if (Date.now() > deadline) throw new Error(`${name} did not print its port within 60 s`);
    port = Number(/"port":\s*(\d+)/.exec(readFileSync(out, 'utf8'))?.[1] ?? 0);
    if (!port) await new Promise((r) => setTimeout(r, 20));
  }
  return {
    name,
    port,
    cpuMs: () => processCpuMs(child.pid as number),
    close: async () => {
      child.kill('SIGTERM');
      await exited(child);
      // what went wrong during the run (a failed turn, a second reply's cause) is shown before the log goes
      const trouble = readFileSync(out, 'utf8').split('\n').filter((line) => /"level":\s*(40|50|60)\b/.test(line));
      for (const line of trouble.slice(0, 20)) process.stderr.write(`${name}: ${line.slice(0, 600)}\n`);
      if (trouble.length > 20) process.stderr.write(`${name}: … and ${trouble.length - 20} more warnings and errors\n`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
