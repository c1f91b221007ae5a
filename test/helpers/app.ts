import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { tempDir } from './engine.js';

export const SECRET_A = 'a-signing-secret-that-is-long-enough-1234';
export const SECRET_B = 'b-signing-secret-that-is-long-enough-5678';
export const API_KEY = 'helpdesk-api-key-0123456789abcdef';

/** The whole app on a loopback port with a fresh data directory; `base` is its address. */
export async function startApp(env: Record<string, string> = {}): Promise<{ app: App; base: string; dataDir: string }> {
  const dataDir = env.DATA_DIR ?? tempDir();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    HANDOFF_SECRET: SECRET_A,
    HANDOFF_API_KEY: API_KEY,
    ...env,
  });
  const app = buildApp(config, createLogger('silent'));
  const port = await app.listen();
  const base = `http://127.0.0.1:${port}`;
  return { app, base, dataDir };
}
