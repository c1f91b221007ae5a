import { App, webApi, type Authorize } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Content } from '../../content/types.js';
import { slackEn, type SlackContent } from '../../content/slack.en.js';
import { SLACK_WORDS } from '../../content/catalog.js';
import type { Locale } from '../../content/locales.js';
import { UserLocales } from './user-locales.js';
import type { Engine } from '../../engine/engine.js';
import type { Router } from '../../http/router.js';
import type { Logger } from '../../logger.js';
import type { HandoffClaimer } from '../../handoff/handoff-claims.js';
import type { Block } from './blocks.js';
import { boltLogger } from './bolt-logger.js';
import { CheckMessages } from './check-progress.js';
import { placeOf, postTurn, targetOf, type SlackDeps, type SlackMeta } from './conversation.js';
import { slackDispatcher } from './dispatcher.js';
import { ErrorBoundary } from './error-boundary.js';
import { SlackRequestReceiver } from './request-receiver.js';
import { escalationListener } from './escalation.js';
import { EVENTS_PATH, SLACK_CHANNEL } from './registrations.js';
import { EventDeliveries } from '../../engine/deliveries.js';
import { ShownCodes } from './shown-codes.js';
import { SlackApi, type ApiResult } from './web-api.js';
import { WebApiClient } from './web-api-client.js';
import { slackConfigured } from './slack-settings.js';
import { countSlackRateLimit } from '../../ops/metrics.js';

export interface SlackOptions {
  config: Config;
  engine: Engine;
  logger: Logger;
  /** the conversation's words (for the escalation summary) */
  content: Content;
  slackContent?: SlackContent;
  /** picks up helpdesk handoffs sent to Slack */
  claimHandoff?: HandoffClaimer;
}

export interface SlackChannel {
  mode: 'http' | 'socket';
  app: App;
  /** connects Socket Mode; nothing to do over HTTP (the shared server already routes /slack/events) */
  start(): Promise<void>;
  /** disconnects and waits for the work already acknowledged */
  stop(): Promise<void>;
  /** replaces a message in place, for progress that changes (a probe running) */
  updateMessage(channel: string, ts: string, blocks: Block[], text: string): Promise<ApiResult>;
  /** resolves once every acknowledged request has been handled */
  idle(): Promise<void>;
}

export { slackConfigured, slackOffReason } from './slack-settings.js';

const apiBase = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/**
 * Bolt's own Web API clients (Socket Mode's connection calls); the channel's calls go through WebApiClient, and so do
 * theirs (`fetch`): one HTTP client for Slack, one set of rate-limit pauses.
 */
function clientOptions(config: Config, logger: ReturnType<typeof boltLogger>, client: WebApiClient): webApi.WebClientOptions {
  return {
    ...(config.SLACK_API_URL ? { slackApiUrl: apiBase(config.SLACK_API_URL) } : {}),
    fetch: client.fetch,
    logger,
    // 429s wait for Retry-After inside the client; other failures are retried briefly, never for half an hour
    retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 3000 },
    timeout: 10_000,
  };
}

/** The bot's identity: from the configuration when given, otherwise from one auth.test call, kept. */
function authorizer(config: Config, api: SlackApi, token: string): Authorize<boolean> {
  let known: Promise<{ botId: string; botUserId: string }> | null =
    config.SLACK_BOT_ID && config.SLACK_BOT_USER_ID ? Promise.resolve({ botId: config.SLACK_BOT_ID, botUserId: config.SLACK_BOT_USER_ID }) : null;
  return async () => {
    known ??= api.whoAmI().then((me) => {
      if (!me.ok) throw new Error(`auth.test failed (${me.error}): check SLACK_BOT_TOKEN`);
      return { botId: me.botId, botUserId: me.botUserId };
    });
    try {
      return { botToken: token, ...(await known) };
    } catch (error) {
      known = null;
      throw error;
    }
  };
}

/**
 * The Slack channel: Bolt handles the requests (signature, timestamp, ack); the listeners registered here translate
 * between Slack and the engine. Over HTTP it shares the app's server at POST /slack/events; with SLACK_APP_TOKEN it
 * connects over Socket Mode instead.
 */
export function registerSlack(router: Router, options: SlackOptions): SlackChannel {
  const { config, engine } = options;
  const token = config.SLACK_BOT_TOKEN;
  if (!token || !slackConfigured(config)) throw new Error('registerSlack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN');
  const logger = options.logger.child({ component: SLACK_CHANNEL });
  const codes = new ShownCodes();
  const bolt = boltLogger(logger, (text) => codes.scrub(text));
  const boundary = new ErrorBoundary(logger);
  const client = new WebApiClient({ token, ...(config.SLACK_API_URL ? { baseUrl: apiBase(config.SLACK_API_URL) } : {}), onRateLimited: countSlackRateLimit });
  const api = new SlackApi(client, logger);
  const content = options.slackContent ?? slackEn;
  const words = (locale: Locale | undefined) => (locale && locale !== 'en' ? SLACK_WORDS[locale] : content);
  const locales = new UserLocales(api);
  const background = (task: () => Promise<unknown>, where: string) => void boundary.run(where, task);
  const checks = new CheckMessages({ api, engine, content, words, codes, placeOf, background });
  const deps: SlackDeps = {
    engine,
    api,
    content,
    words,
    localeOf: (user) => locales.of(user),
    logger,
    escalationChannel: config.SLACK_ESCALATION_CHANNEL,
    checks,
    refusedBlocks: new Set(),
    background,
    slashInPlace: config.SLACK_SLASH_IN_PLACE,
    ...(options.claimHandoff ? { claimHandoff: options.claimHandoff } : {}),
  };

  const socket = Boolean(config.SLACK_APP_TOKEN);
  const receiver = socket ? undefined : new SlackRequestReceiver(config.SLACK_SIGNING_SECRET ?? '', logger);
  const app = new App({
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.SLACK_APP_TOKEN }),
    authorize: authorizer(config, api, token),
    logger: bolt,
    clientOptions: clientOptions(config, bolt, client),
    convoStore: false,
  });

  // every request goes to its handler through one middleware rather than a Bolt listener per kind (see slackDispatcher)
  app.use(slackDispatcher(deps, new EventDeliveries(engine), boundary, logger));

  app.error(async (error) => boundary.report(error, 'bolt'));

  // turns nobody asked for: the follow-up, and the result of a live check (its progress message is finished first)
  engine.onProactive(SLACK_CHANNEL, (result) =>
    boundary.run('follow-up', async () => {
      const place = placeOf(result.session);
      const check = result.view.facts.check;
      if (checks.showing(result.session.id)) await checks.end(result.session.id, check?.outcome === 'done');
      else if (place && result.view.key === 'reportingCheck' && check?.outcome === 'interrupted') {
        // cut off by a restart: the progress message was posted by the process before
        const stored = (result.session.meta as Partial<SlackMeta>).checkMessage;
        if (stored && typeof stored.ts === 'string') await checks.endStored(targetOf(place), stored);
      }
      if (place) await postTurn(deps, result, place);
    }),
  );
  // progress of the checks running now; updates of other channels' sessions find no Slack message and are ignored
  engine.onCheckUpdate((update) => {
    if ('progress' in update) checks.progress(update.sessionId, update.progress);
    else checks.signIn(update.sessionId, update.deviceCode);
  });
  engine.onStatusChange(escalationListener(deps, options.content));

  if (receiver) {
    router.add('POST', EVENTS_PATH, (req, res) => receiver.handle(req, res));
  }

  return {
    mode: socket ? 'socket' : 'http',
    app,
    start: async () => {
      if (socket) await app.start();
    },
    stop: async () => {
      if (socket) await app.stop();
      await boundary.drain();
      client.close();
    },
    updateMessage: (channel, ts, blocks, text) => api.update(channel, ts, blocks, text),
    idle: () => boundary.drain(),
  };
}
