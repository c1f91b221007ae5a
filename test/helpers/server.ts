import { buildApp, type App, type AppOverrides } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { tempDir } from './engine.js';

export interface RunningApp {
  app: App;
  url: string;
  close(): Promise<void>;
}

/** The real server on a loopback port with its own data directory. */
export async function startApp(env: Record<string, string> = {}, dataDir = tempDir(), overrides: AppOverrides = {}): Promise<RunningApp> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  const app = buildApp(config, createLogger('silent'), overrides);
  const port = await app.listen();
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, any> };
}

export async function getJson(url: string): Promise<Record<string, any>> {
  return (await (await fetch(url)).json()) as Record<string, any>;
}
