import { Writable } from 'node:stream';
import nock from 'nock';
import { afterEach, beforeAll } from 'vitest';
import { buildApp, type App, type AppOverrides } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { tempDir } from './engine.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { BOT_USER, SIGNING_SECRET } from './slack-requests.js';

export const BOT_TOKEN = 'xoxb-1111111111-2222222222-abcdefghijklmnopqrstuvwx';

/** Every log line an app wrote, as text. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export interface RunningSlackApp {
  app: App;
  base: string;
  logs: LogCapture;
  close(): Promise<void>;
}

/** Nothing may leave the machine: only loopback connections are allowed. */
export function loopbackOnly(): void {
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith('127.0.0.1'));
}

/** The real app (store, engine, HTTP server, Slack channel) on a loopback port, talking to a fake Web API. */
export async function startSlackApp(options: {
  api: FakeSlackApi;
  dataDir?: string;
  env?: Record<string, string>;
  logs?: LogCapture;
  /** parts built from configuration otherwise (the probe runner: a fake tenant) */
  overrides?: AppOverrides;
}): Promise<RunningSlackApp> {
  const logs = options.logs ?? new LogCapture();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir ?? tempDir(),
    LOG_LEVEL: 'debug',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.api.url,
    SLACK_ESCALATION_CHANNEL: 'C0ESCALATE',
    SLACK_BOT_ID: 'B0BOT',
    SLACK_BOT_USER_ID: BOT_USER,
    SCHEDULER_INTERVAL_MS: '100',
    ...options.env,
  });
  const app = buildApp(config, createLogger(config.LOG_LEVEL, logs), options.overrides);
  const port = await app.listen();
  return {
    app,
    base: `http://127.0.0.1:${port}`,
    logs,
    close: async () => {
      await app.slack?.idle();
      await app.close();
    },
  };
}

/**
 * For a test file whose tests each want their own app: `setUp(env)` starts a fake Web API and the app talking to it;
 * both are closed after the test. Only loopback connections are allowed.
 */
export function appPerTest(): { setUp(env?: Record<string, string>): Promise<{ api: FakeSlackApi; slack: RunningSlackApp }> } {
  const running: Array<{ close(): Promise<void> }> = [];
  beforeAll(loopbackOnly);
  afterEach(async () => {
    while (running.length) await running.pop()?.close();
  });
  return {
    setUp: async (env = {}) => {
      const api = new FakeSlackApi();
      await api.start();
      running.push(api);
      const slack = await startSlackApp({ api, env });
      running.push(slack);
      return { api, slack };
    },
  };
}
