import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Config } from './config.js';
import { en } from './content/en.js';
import { Engine } from './engine/engine.js';
import { FollowUpScheduler } from './engine/scheduler.js';
import { registerChatApi, type ChatApiLimits } from './http/chat-api.js';
import { sendJson, sendHtml, sendText } from './http/respond.js';
import { Router } from './http/router.js';
import { createHttpServer } from './http/server.js';
import type { Logger } from './logger.js';
import { CHAT_SCRIPT, chatPages } from './bots/web/page.js';
import { LOCALE_COOKIE, pageLocale } from './bots/web/page-locale.js';
import { otherLocales, WEB_WORDS } from './content/catalog.js';
import type { TeamsChannel } from './bots/teams/teams-channel.js';
import { missingCredentials, registerDisabledEndpoint, teamsWanted } from './bots/teams/teams-settings.js';
import { ConfigError } from './config-error.js';
import { Housekeeping } from './ops/housekeeping.js';
import type { SlackChannel } from './bots/slack/slack-app.js';
import { slackOffReason } from './bots/slack/slack-settings.js';
import { SqliteStore } from './store/sqlite.store.js';
import { PostgresStore } from './store/postgres.store.js';
import { registerHandoffPage } from './bots/web/handoff-page.js';
import { registerHandoffApi } from './handoff/handoff-api.js';
import type { HandoffService } from './handoff/handoff-service.js';
import { handoffServiceFor } from './handoff/handoff-setup.js';
import { handoffClaimer } from './handoff/handoff-claims.js';
import { setUpHelpdesk, type Helpdesk } from './helpdesk/helpdesk-setup.js';
import type { Store } from './store/store.js';
import { instrumentEngine, loadMetrics, observeProbe } from './ops/metrics.js';
import { timeChecks } from './ops/check-timing.js';
import { registerOpsApi } from './ops/ops-api.js';
import { logTurns } from './ops/turn-log.js';
import { probeRunner } from './engine/probe-runner.js';
import { signInKeyFrom } from './engine/sign-in-seal.js';
import { handoffKeysFrom } from './handoff/handoff-keys.js';
import type { ProbeRunner } from './engine/live-checks.js';
import { buildProbeDeps } from './probes/probe-deps.js';
import { ProbeGate } from './probes/safety/probe-gate.js';
import type { LoopErrorHandler } from './background-loop.js';
import { backgroundErrors } from './ops/background-errors.js';

export interface App {
  config: Config;
  store: Store;
  engine: Engine;
  scheduler: FollowUpScheduler;
  router: Router;
  server: Server;
  /** helpdesk handoff links (src/handoff) */
  handoffs: HandoffService;
  /** results sent back to the helpdesk: the reporter and the outbox worker (src/helpdesk) */
  helpdesk: Helpdesk;
  /** the Slack channel, when configured, once listen() has started it */
  readonly slack: SlackChannel | null;
  /** loads the configured channels (Teams, Slack) and adds their routes; listen() does it first */
  loadChannels(): Promise<void>;
  /** starts listening and the scheduler; resolves with the bound port */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Postgres when DATABASE_URL is set (several instances), else the SQLite file in DATA_DIR. Migrations start at once. */
export function openStore(config: Config, onBackgroundError?: LoopErrorHandler): Store {
  if (config.DATABASE_URL) return new PostgresStore({ connectionString: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  return new SqliteStore(join(config.DATA_DIR, 'mailbox-doctor.sqlite'), onBackgroundError ? { onError: onBackgroundError } : {});
}

/** Waits until the store's migrations are applied (SQLite applies them when it opens); throws if they fail. */
export async function storeReady(store: Store): Promise<number[]> {
  return store instanceof PostgresStore ? store.ready : [];
}

/** Parts a test or an embedding program may supply instead of the ones built from configuration. */
export interface AppOverrides {
  probe?: ProbeRunner;
}

/**
 * The secret every instance seals running checks' sign-in codes with: SIGN_IN_CODE_SECRET, else the handoff signing
 * secret (shared by every instance already); null when neither is set (each process then seals with a key of its own).
 */
function signInSecret(config: Config): string | null {
  return config.SIGN_IN_CODE_SECRET ?? handoffKeysFrom(config)?.signing.secret ?? null;
}

export function createEngine(config: Config, store: Store, now?: () => number, overrides: AppOverrides = {}, onBackgroundError?: LoopErrorHandler): Engine {
  const secret = signInSecret(config);
  return new Engine({
    store,
    content: en,
    // a conversation follows the language the person uses: Spanish, German, French, Brazilian Portuguese
    locales: otherLocales(),
    closeIpListUrl: config.CLOSE_IP_LIST_URL,
    followUpDelayMs: config.FOLLOW_UP_DELAY_SECONDS * 1000,
    // each probe's duration goes to /metrics (mailbox_doctor_probe_seconds{check})
    probe: timeChecks(overrides.probe ?? probeRunner(buildProbeDeps(config, { gate: new ProbeGate() })), observeProbe),
    // past its own deadline (and, signed in, the ten minutes a sign-in may take) a check was cut off by a restart
    probeWatchdogMs: { plain: config.PROBE_DEADLINE_MS + 10_000, signedIn: config.PROBE_DEADLINE_MS * 2 + 10 * 60_000 + 15_000 },
    checkLeaseMs: config.CHECK_LEASE_MS,
    ...(secret ? { signInKey: signInKeyFrom(secret) } : {}),
    ...(now ? { now } : {}),
    ...(onBackgroundError ? { onBackgroundError } : {}),
  });
}

/** The web API's limits per client address (docs/operations.md). */
function chatLimits(config: Config): ChatApiLimits {
  const hour = 3_600_000;
  const minute = 60_000;
  return {
    sessions: { perWindow: config.WEB_SESSIONS_PER_HOUR, windowMs: hour },
    messages: { perWindow: config.WEB_MESSAGES_PER_MINUTE, windowMs: minute },
    reads: { perWindow: config.WEB_READS_PER_MINUTE, windowMs: minute },
    ...(config.TRUSTED_PROXY_HEADER ? { trustedHeader: config.TRUSTED_PROXY_HEADER } : {}),
  };
}

/** How long after listening prom-client is loaded, when nothing needed it before: out of the way of the first requests. */
const METRICS_AFTER_MS = 500;

/** The composition root: configuration → store → engine → channels → one HTTP server. */
export function buildApp(config: Config, logger: Logger, overrides: AppOverrides = {}): App {
  // every background loop logs a failed pass with its name, counts it, backs off and carries on
  const loopFailed = backgroundErrors(logger);
  const store = openStore(config, loopFailed);
  const engine = createEngine(config, store, undefined, overrides, loopFailed);
  if (config.DATABASE_URL && !signInSecret(config)) {
    logger.warn('SIGN_IN_CODE_SECRET is not set: a live check shows its sign-in code only through the instance running it');
  }
  instrumentEngine(engine);
  logTurns(engine, logger);
  const scheduler = new FollowUpScheduler(engine, {
    intervalMs: Math.min(config.SCHEDULER_INTERVAL_MS, config.FOLLOW_UP_DELAY_SECONDS * 500),
    onError: loopFailed,
    leaseMs: config.FOLLOW_UP_LEASE_MS,
  });
  const router = new Router();
  router.add('GET', '/healthz', (_req, res) => sendJson(res, 200, { ok: true }));
  // the chat page in the language picked on it (?lang=, remembered in a cookie), else the browser's
  const pages = chatPages((locale) => WEB_WORDS[locale]);
  router.add('GET', '/', (req, res) => {
    const { locale, remember } = pageLocale(req);
    sendHtml(res, 200, pages[locale], {
      vary: 'Accept-Language, Cookie',
      ...(remember ? { 'set-cookie': `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax` } : {}),
    });
  });
  router.add('GET', '/chat.js', (_req, res) => sendText(res, 200, CHAT_SCRIPT, 'text/javascript; charset=utf-8'));
  registerChatApi(router, engine, chatLimits(config));
  // helpdesk handoffs: /h/<token>, POST /api/handoffs, results to the ticket through the outbox
  const handoffs = handoffServiceFor(config, store, engine);
  registerHandoffPage(router, handoffs, (locale) => WEB_WORDS[locale]);
  const helpdesk = setUpHelpdesk(config, store, engine, en, logger, undefined, loopFailed);
  registerHandoffApi(router, handoffs, config.HANDOFF_API_KEY, helpdesk.linkReplies);
  // operations: /metrics and /api/stats (docs/operations.md)
  registerOpsApi(router, { store, operatorKey: config.OPERATOR_API_KEY, abandonAfterMs: config.ABANDON_AFTER_SECONDS * 1000 });
  // Microsoft Teams (POST /api/messages) and Slack (POST /slack/events): checked here, their modules (botbuilder,
  // Bolt) loaded by listen() only when they are on, so that a server without them starts without loading them
  const teamsOn = teamsWanted(config);
  if (!teamsOn) registerDisabledEndpoint(router);
  else if (missingCredentials(config).length > 0) throw new ConfigError(missingCredentials(config));
  let teams: TeamsChannel | null = null;
  const slackOff = slackOffReason(config);
  let slack: SlackChannel | null = null;
  if (slackOff) logger.info(slackOff);
  let channelsLoaded: Promise<void> | null = null;
  const loadChannels = async () => {
    if (teamsOn) {
      const { registerTeamsChannel } = await import('./bots/teams/teams-channel.js');
      teams = registerTeamsChannel(router, { config, engine, content: en, logger, claimHandoff: handoffClaimer(handoffs, 'teams') });
    }
    if (slackOff === null) {
      const { registerSlack } = await import('./bots/slack/slack-app.js');
      slack = registerSlack(router, { config, engine, logger, content: en, claimHandoff: handoffClaimer(handoffs, 'slack') });
      logger.info(config.SLACK_APP_TOKEN ? 'Slack is on, over Socket Mode' : 'Slack is on: events, interactivity and the slash command at POST /slack/events');
    }
  };
  const server = createHttpServer(router, logger);
  const housekeeping = new Housekeeping({ store, logger, onError: loopFailed, keepSessionsMs: config.RETENTION_DAYS * 24 * 3_600_000 });
  // prom-client loads once the server answers (or with the first figure reported or scraped before that)
  let metricsTimer: NodeJS.Timeout | undefined;

  return {
    config,
    store,
    engine,
    scheduler,
    router,
    server,
    handoffs,
    helpdesk,
    get slack() {
      return slack;
    },
    loadChannels: () => (channelsLoaded ??= loadChannels()),
    listen: async () => {
      // the interpreter is ready before the first message arrives, alongside the store's first connection and the channels
      await Promise.all([storeReady(store), engine.warmUp(), (channelsLoaded ??= loadChannels())]);
      const port = await new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.HOST, () => {
          scheduler.start();
          helpdesk.worker.start();
          housekeeping.start();
          metricsTimer = setTimeout(() => void loadMetrics(), METRICS_AFTER_MS);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : config.PORT);
        });
      });
      await slack?.start();
      return port;
    },
    close: async () => {
      clearTimeout(metricsTimer);
      await slack?.stop();
      await scheduler.stop();
      await helpdesk.worker.stop();
      await housekeeping.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await teams?.close();
      await engine.stop();
      await store.close();
    },
  };
}
