import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sendToSlackEndpoint } from '../helpers/slack-requests.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'a-signing-secret-from-the-env-file-0123';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What a new user has after `npm ci`: the package, its build and its dependencies, and nothing configured. */
function cleanCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mailbox-doctor-start-'));
  for (const part of ['package.json', 'bin', 'dist']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

interface Started {
  child: ChildProcess;
  logs: string[];
  port: number;
}

/** `npm start` with no variables but PATH and HOME (plus `extra`); resolves once the server says where it listens. */
function npmStart(cwd: string, extra: Record<string, string> = {}): Promise<Started> {
  const child = spawn('npm', ['start'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...extra }, detached: true });
  running.push(child);
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not listen in time:\n${logs.join('')}`)), 20_000);
    const read = (chunk: Buffer) => {
      logs.push(chunk.toString('utf8'));
      const port = /"port":(\d+)/.exec(logs.join(''))?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, logs, port: Number(port) });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${logs.join('')}`)));
  });
}

const running: ChildProcess[] = [];
const copies: string[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode !== null || child.pid === undefined) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM'); // npm and the server it started: one process group
    await exited;
  }
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('reads .env: Slack is on and the server listens on the port the file names', async () => {
    const dir = cleanCopy();
    copies.push(dir);
    const port = await freePort();
    writeFileSync(
      join(dir, '.env'),
      `# as the README says to fill it\nPORT=${port}\nHOST=127.0.0.1\nSLACK_BOT_TOKEN=xoxb-1-2-from-env-file\nSLACK_SIGNING_SECRET="${SECRET}"\nSLACK_BOT_ID=B0BOT\nSLACK_BOT_USER_ID=U0BOT\n`,
    );
    const started = await npmStart(dir);

    expect(started.port).toBe(port);
    expect(started.logs.join('')).toMatch(/Slack is on/);
    expect(started.logs.join('')).not.toMatch(/Slack is off/);
    // Slack's URL check, signed with the secret from .env, is answered: the events endpoint is live
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123' });
    const answer = await sendToSlackEndpoint(`http://127.0.0.1:${port}`, body, 'application/json', { secret: SECRET });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('c-123');
  });

  it('lets a variable set in the environment win over the same one in .env', async () => {
    const dir = cleanCopy();
    copies.push(dir);
    const [filePort, envPort] = [await freePort(), await freePort()];
    writeFileSync(join(dir, '.env'), `PORT=${filePort}\nHOST=127.0.0.1\n`);
    const started = await npmStart(dir, { PORT: String(envPort) });

    expect(started.port).toBe(envPort);
    expect(started.logs.join('')).toMatch(/Slack is off/);
    expect((await fetch(`http://127.0.0.1:${envPort}/healthz`)).status).toBe(200);
  });
});
