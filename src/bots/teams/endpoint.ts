import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { readJson } from '../../http/body.js';
import { badRequest, HttpError } from '../../http/errors.js';
import type { Router } from '../../http/router.js';
import type { Logger } from '../../logger.js';
import { observeAck } from '../../ops/metrics.js';
import { TEAMS_CHANNEL } from './conversation.js';
import type { TeamsAdapter, TurnLogic } from './adapter.js';
import { authenticationFailureStatus, safeError } from './errors.js';
import { MESSAGES_PATH } from './teams-settings.js';

export { MESSAGES_PATH };
export { registerDisabledEndpoint } from './teams-settings.js';

/** The least an activity needs before botbuilder sees it; the rest is botbuilder's to read. */
const inboundActivity = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  conversation: z.object({ id: z.string().min(1).max(1024) }),
});

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Without token checks anyone could name any serviceUrl and make the bot post there, so an unauthenticated endpoint
 * only talks back to a local one (the Bot Framework Emulator, the Teams App Test Tool).
 */
export function isLocalServiceUrl(serviceUrl: string): boolean {
  try {
    return LOOPBACK.has(new URL(serviceUrl).hostname);
  } catch {
    return false;
  }
}

/** `POST /api/messages`: authenticates the activity with botbuilder, runs the bot, answers with what it returns. */
export function registerMessagesEndpoint(router: Router, adapter: TeamsAdapter, logic: TurnLogic, logger: Logger): void {
  router.add('POST', MESSAGES_PATH, async (req, res) => {
    const started = performance.now();
    const body = await readJson(req);
    const parsed = inboundActivity.safeParse(body);
    if (!parsed.success) {
      throw badRequest('invalid_activity', 'The body is not a Bot Framework activity: it needs "type", "channelId", a "serviceUrl" URL and "conversation.id".');
    }
    if (!adapter.appId && !isLocalServiceUrl(parsed.data.serviceUrl)) {
      throw badRequest('service_url_not_local', 'Without MicrosoftAppId only a local serviceUrl (on localhost) is accepted. Set MicrosoftAppId to talk to Teams.');
    }
    let ran = false;
    let response;
    try {
      response = await adapter.run(String(req.headers.authorization ?? ''), body as Partial<Activity>, async (context) => {
        ran = true;
        await logic(context);
      });
    } catch (error) {
      logger.warn({ teamsError: safeError(error), authenticated: ran }, 'teams activity refused');
      if (ran) throw new HttpError(500, 'internal_error', 'The activity could not be handled. Please try again.');
      const status = authenticationFailureStatus(error);
      throw status === 401
        ? new HttpError(401, 'unauthorized', 'The request does not carry a valid Bot Framework token for this bot.')
        : new HttpError(503, 'auth_unavailable', 'The Bot Framework signing keys could not be fetched. Please try again shortly.');
    }
    const status = response?.status ?? 200;
    // Teams waits for this answer (with expectReplies, the replies are in it)
    observeAck(TEAMS_CHANNEL, (performance.now() - started) / 1000);
    if (response?.body === undefined) {
      res.writeHead(status, { 'content-length': 0 });
      res.end();
      return;
    }
    const payload = JSON.stringify(response.body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  });
}

