import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/mailbox-doctor.js', import.meta.url));

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** everything it logged, one JSON line each */
  logs: string[];
  /** kill -9: no shutdown code runs */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** `mailbox-doctor serve` in a process of its own, on a loopback port it picks; resolves once it listens. */
export async function startChildServer(env: Record<string, string>, timeoutMs = 20_000): Promise<ChildServer> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let buffered = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in time:\n${logs.join('\n')}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(line);
        const found = /"port":(\d+)/.exec(line);
        if (found) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${logs.join('\n')}`));
    });
  });
  const exited = once(child, 'exit');
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    logs,
    crash: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
