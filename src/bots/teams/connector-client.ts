import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Activity, ResourceResponse } from 'botbuilder';
import { attempt, retryAfterSeconds, sleep, type Attempt } from '../../http/outbound-attempt.js';

/**
 * The part of botbuilder's connector credentials used here: they sign a request (`AppCredentials` add the bot's token,
 * fetched and cached by botbuilder; no header without an app id).
 */
export interface RequestSigner {
  signRequest(resource: { headers?: { get(name: string): string | undefined } }): Promise<unknown>;
}

/** A failed connector call, shaped as botbuilder's are for `safeError`: the HTTP status and the connector's code. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';

  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export interface BotConnectorOptions {
  /** one attempt's limit */
  timeoutMs?: number;
  /** further attempts after a 429, each after Retry-After */
  throttleRetries?: number;
  /** the longest Retry-After honoured; a longer one fails at once */
  maxRetryAfterSeconds?: number;
  /** further attempts after a failure that may be repeated, with a doubling pause */
  retries?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** the largest reply read */
  maxReplyBytes?: number;
}

/** How long a kept-alive connection may sit idle. */
const IDLE_MS = 60_000;

/** What the connector is told the request comes from, as botbuilder tells it. */
const USER_AGENT = `Microsoft-BotFramework/3.1 mailbox-doctor (Node.js,Version=${process.version})`;

/** Origins (service URLs) a process talks to are few; the bound only guards against a flood of distinct ones. */
const MAX_ORIGINS = 64;

/**
 * Posts and updates activities on the Bot Framework connector (Teams' serviceUrl), over kept-alive connections:
 * the calls every turn makes. botbuilder's own ConnectorClient goes through Azure's request pipeline: leaving it took
 * about a fifth off the assistant's CPU per Teams reply (docs/performance.md, "A sixth pass"). The token, its cache
 * and every other connector call (members, conversations) stay botbuilder's.
 * - A 429 is waited out (Retry-After) and sent again: Teams did not act on it.
 * - A post is sent again only when it did not arrive (no connection made, or a kept-alive one that the connector had
 *   closed, reset before any answer); after a time-out, a connection lost otherwise or a 5xx it fails, as a reply
 *   posted twice is worse than an apology. An update (PUT) leaves the same
 *   card however often it is made, so it is also tried again after those.
 */
export class BotConnector {
  private readonly agents = new Map<string, HttpAgent>();
  private readonly options: Required<BotConnectorOptions>;

  constructor(options: BotConnectorOptions = {}) {
    this.options = {
      timeoutMs: options.timeoutMs ?? 15_000,
      throttleRetries: options.throttleRetries ?? 3,
      maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 60,
      retries: options.retries ?? 3,
      minBackoffMs: options.minBackoffMs ?? 500,
      maxBackoffMs: options.maxBackoffMs ?? 4_000,
      maxReplyBytes: options.maxReplyBytes ?? 1024 * 1024,
    };
  }

  /** Sends an activity to its conversation, as a reply to `replyToId` when it has one. */
  async post(serviceUrl: string, activity: Partial<Activity>, signer: RequestSigner): Promise<ResourceResponse> {
    const conversation = conversationIdOf(activity);
    const path = activity.replyToId ? `${conversation}/activities/${encodeURIComponent(activity.replyToId)}` : `${conversation}/activities`;
    return this.call('POST', serviceUrl, path, activity, signer);
  }

  /** Replaces an activity (`activity.id`) with this one. */
  async update(serviceUrl: string, activity: Partial<Activity>, signer: RequestSigner): Promise<ResourceResponse> {
    if (!activity.id) throw new ConnectorError('an update needs the id of the activity it replaces', undefined, 'BadArgument');
    return this.call('PUT', serviceUrl, `${conversationIdOf(activity)}/activities/${encodeURIComponent(activity.id)}`, activity, signer);
  }

  /** Closes the kept-alive connections. */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  private async call(method: 'POST' | 'PUT', serviceUrl: string, path: string, activity: Partial<Activity>, signer: RequestSigner): Promise<ResourceResponse> {
    const url = new URL(`${withoutTrailingSlashes(serviceUrl)}/v3/conversations/${path}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConnectorError(`the service URL is not http(s): ${url.protocol}`, undefined, 'BadArgument');
    const body = JSON.stringify(activity);
    let throttled = 0;
    let failures = 0;
    for (;;) {
      const authorization = await authorizationOf(signer);
      const outcome = await attempt({
        send: url.protocol === 'https:' ? httpsRequest : httpRequest,
        agent: this.agentFor(url),
        url,
        method,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': USER_AGENT,
          // botbuilder names the conversation in a header too (when it can go in one)
          ...headerSafe(activity.conversation?.id),
          ...(authorization ? { authorization } : {}),
        },
        body,
        timeoutMs: this.options.timeoutMs,
        maxReplyBytes: this.options.maxReplyBytes,
      });
      if (outcome.kind === 'reply' && outcome.status === 429) {
        const wait = retryAfterSeconds(outcome.retryAfter);
        if (throttled >= this.options.throttleRetries || wait > this.options.maxRetryAfterSeconds) throw failure(outcome);
        throttled += 1;
        await sleep(wait * 1000);
        continue;
      }
      const repeatable = (outcome.kind === 'failed' && outcome.unsent === true) || method === 'PUT';
      const transient = outcome.kind === 'failed' || outcome.status >= 500;
      if (transient && repeatable && failures < this.options.retries) {
        await sleep(Math.min(this.options.maxBackoffMs, this.options.minBackoffMs * 2 ** failures));
        failures += 1;
        continue;
      }
      if (outcome.kind === 'reply' && outcome.status >= 200 && outcome.status < 300) {
        return { id: typeof outcome.body?.id === 'string' ? outcome.body.id : '' };
      }
      throw failure(outcome);
    }
  }

  private agentFor(url: URL): HttpAgent {
    const known = this.agents.get(url.origin);
    if (known) return known;
    if (this.agents.size >= MAX_ORIGINS) {
      const [oldest, agent] = this.agents.entries().next().value as [string, HttpAgent];
      agent.destroy();
      this.agents.delete(oldest);
    }
    // idle connections are closed after a minute, before a server or a load balancer in between drops them
    const options = { keepAlive: true, maxSockets: 64, timeout: IDLE_MS };
    const agent = url.protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
    this.agents.set(url.origin, agent);
    return agent;
  }
}

/** The service URL without the slashes it ends with (a loop: a pattern such as /\/+$/ is quadratic on many slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url.charCodeAt(end - 1) === 47) end -= 1;
  return url.slice(0, end);
}

function conversationIdOf(activity: Partial<Activity>): string {
  const id = activity.conversation?.id;
  if (!id) throw new ConnectorError('the activity names no conversation', undefined, 'BadArgument');
  return encodeURIComponent(id);
}

/** The conversation id as botbuilder's header, when it is plain printable ASCII (anything else would not go in a header). */
function headerSafe(conversationId: string | undefined): Record<string, string> {
  return conversationId && /^[\x20-\x7e]+$/.test(conversationId) ? { 'x-ms-conversation-id': conversationId } : {};
}

/** The Authorization header botbuilder's credentials give a request (none without an app id). */
async function authorizationOf(signer: RequestSigner): Promise<string | undefined> {
  const resource: { headers?: { get(name: string): string | undefined } } = {};
  await signer.signRequest(resource);
  return resource.headers?.get('authorization') ?? undefined;
}

/** The connector's own error (`{ error: { code, message } }`) when it gave one; never the request, which holds the token. */
function failure(outcome: Attempt): ConnectorError {
  if (outcome.kind === 'failed') return new ConnectorError(`the connector could not be reached (${outcome.error})`, undefined, outcome.error);
  const error = outcome.body?.error as { code?: unknown; message?: unknown } | undefined;
  const code = typeof error?.code === 'string' ? error.code : undefined;
  const message = typeof error?.message === 'string' ? error.message.slice(0, 200) : '';
  return new ConnectorError(`the connector answered ${outcome.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`, outcome.status, code);
}
