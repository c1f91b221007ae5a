import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { redact } from '../engine/redact.js';
import type { Logger } from '../logger.js';
import { HttpError } from './errors.js';
import { StoreUnavailableError } from '../store/operations-records.js';
import { sendJson } from './respond.js';
import type { Router } from './router.js';

/**
 * The one HTTP server every channel shares. It routes, and it is the error boundary: a handler that fails
 * with an HttpError answers with its status; anything else is logged and answered with a plain 500.
 */
export function createHttpServer(router: Router, logger: Logger): Server {
  const server = createServer((req, res) => void handle(router, logger, req, res));
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  return server;
}

async function handle(router: Router, logger: Logger, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  let pathname: string;
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    decodeURIComponent(pathname);
  } catch {
    sendJson(res, 400, { error: 'bad_url', message: 'The request path could not be read.' });
    return;
  }
  try {
    const found = router.match(method, pathname);
    if (found === null) throw new HttpError(404, 'not_found', `Nothing is served at ${pathname}.`);
    if (found === 'method') throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${pathname}.`);
    await found.handler(req, res, found.params);
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (error instanceof HttpError) {
      sendJson(res, error.status, { error: error.code, message: error.message, ...error.details }, error.headers);
      return;
    }
    if (error instanceof StoreUnavailableError) {
      logger.warn({ method, path: redact(pathname), cause: String((error.cause as Error | undefined)?.message ?? '') }, 'store unavailable');
      sendJson(res, 503, { error: 'store_unavailable', message: 'The conversation store cannot be reached right now. Please try again in a few seconds.' }, { 'retry-after': '5' });
      return;
    }
    // a path can carry a credential (a handoff link's token): logged redacted
    logger.error({ err: error, method, path: redact(pathname) }, 'request failed');
    sendJson(res, 500, { error: 'internal_error', message: 'Something went wrong on our side. Please try again.' });
  }
}
