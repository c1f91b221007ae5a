/**
 * Starting and stopping the real mail servers the integration tests run: free loopback ports, a child process that is
 * always stopped, and waiting until a port answers.
 *
 * API:
 *   freePort(): Promise<number>                  a port free on 127.0.0.1 right now
 *   listeningAddresses(): Map<port, address>     the local address each TCP listener is bound to (from /proc)
 *   startDaemon(command, args, ports): Promise<Daemon>   runs it in the foreground; resolves when every port accepts
 *   Daemon: { pid; output(); stop() }            SIGTERM (SIGKILL after 3 s), then SIGKILL to any child left behind
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';

export interface Daemon {
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The IPv4 address each listening socket is bound to, by port, read once from /proc/net/tcp (state 0A = LISTEN). */
export function listeningAddresses(): Map<number, string> {
  const found = new Map<number, string>();
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const [, local, , state] = line.trim().split(/\s+/);
    if (state !== '0A' || !local) continue;
    const [ip = '', port = ''] = local.split(':');
    found.set(parseInt(port, 16), [6, 4, 2, 0].map((i) => parseInt(ip.slice(i, i + 2), 16)).join('.'));
  }
  return found;
}

/** The ids of the processes whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(entry));
    } catch {
      /* ended meanwhile */
    }
  }
  return children;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

export async function startDaemon(command: string, args: string[], ports: number[]): Promise<Daemon> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const daemon: Daemon = {
    pid: child.pid ?? -1,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // its own children, by id: a Postfix smtpd can outlive its master for minutes
      const children = childrenOf(child.pid ?? -1);
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(killer);
      for (const pid of children) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    },
  };
  const end = Date.now() + 10_000;
  for (const port of ports) {
    while (!(await accepts(port))) {
      if (child.exitCode !== null || Date.now() > end) {
        await daemon.stop();
        throw new Error(`${command} did not start listening on 127.0.0.1:${port}: ${output.slice(-2000)}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return daemon;
}
