import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { stringify } from 'node:querystring';
import { attempt, retryAfterSeconds, sleep, type Attempt } from '../../http/outbound-attempt.js';

/** What a Web API call came back with: Slack's reply when it said ok, otherwise Slack's error code (or ours). */
export type WebApiReply = { ok: true; body: Record<string, unknown> } | { ok: false; error: string };

export interface WebApiClientOptions {
  /** the bot token, sent only in the Authorization header */
  token: string;
  /** the Web API base, ending in `/` (SLACK_API_URL: tests, GovSlack); Slack's own by default */
  baseUrl?: string;
  /** one attempt's limit */
  timeoutMs?: number;
  /** further attempts after a network failure or a 5xx, with a doubling pause */
  retries?: number;
  /** further attempts after a 429, each after Retry-After */
  rateLimitRetries?: number;
  /** the longest Retry-After honoured; a longer one gives up at once (nothing waits half an hour) */
  maxRetryAfterSeconds?: number;
  /** the first pause between attempts after a failure, and the longest one */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** the largest reply read */
  maxReplyBytes?: number;
  /** told of each 429, with the method (counted in /metrics) */
  onRateLimited?: (method: string) => void;
}

/** How a method's arguments travel: JSON for the write methods that take it, a form for the rest. */
export type Encoding = 'json' | 'form';

/**
 * Methods that may be sent again after an attempt that may have reached Slack (a time-out, a connection lost, a 5xx):
 * reads, writes that leave the same result when repeated, and chat.postEphemeral (a note only one person sees, such as
 * a live check's sign-in code: shown twice is harmless, never shown keeps the person waiting). Every other method
 * (chat.postMessage, views.open, …) is sent again only when Slack did not act on it: after a 429, or when the request
 * never reached Slack (no connection made, or a kept-alive one Slack had closed, reset before any answer). A reply is
 * never posted twice.
 */
const REPEATABLE = new Set(['auth.test', 'users.info', 'chat.getPermalink', 'conversations.open', 'chat.update', 'views.publish', 'chat.postEphemeral']);

/**
 * Methods Slack rate-limits per channel (chat.postMessage: about one message per second per channel, with short
 * bursts): a 429 pauses the method in that channel only, so one busy channel does not hold up replies elsewhere.
 * Slack also keeps a workspace-wide limit; a 429 from it comes to each channel's next post, pausing that channel too.
 */
const PER_CHANNEL = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral']);

/** What a 429 pauses: the method in the request's channel for PER_CHANNEL methods, otherwise the method. */
function pauseKey(method: string, args: Record<string, unknown>): string {
  return PER_CHANNEL.has(method) && typeof args.channel === 'string' ? `${method} ${args.channel}` : method;
}

/**
 * A small Slack Web API client over node's http(s) with kept-alive connections, the one HTTP client for Slack in the
 * process (Bolt's own WebClients, used only by Socket Mode, send through it too: `fetch`). It does what this channel needs and no more: JSON or form
 * bodies, the token in a header, a time limit per attempt, and every failure returned as a code, never thrown.
 * - Slack's rate limits are per method, and per channel for posting (PER_CHANNEL): a 429 pauses that method (in that
 *   channel), for every caller, for Retry-After; other methods and channels carry on. Calls to a paused method wait for
 *   the pause (or fail as `ratelimited` at once if it is longer than `maxRetryAfterSeconds`).
 * - Network failures and 5xx are tried again briefly, but only for methods that may be repeated (REPEATABLE) or when
 *   the request never left.
 * (@slack/web-api's WebClient did the same with about six times the CPU per call: see docs/performance.md.)
 */
export class WebApiClient {
  private readonly base: URL;
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;
  private readonly options: Required<Omit<WebApiClientOptions, 'token' | 'baseUrl' | 'onRateLimited'>>;
  /** per method (and channel: pauseKey), until when it is paused after a 429 (epoch ms) */
  private readonly pausedUntil = new Map<string, number>();

  constructor(private readonly settings: WebApiClientOptions) {
    this.base = new URL(settings.baseUrl ?? 'https://slack.com/api/');
    if (!this.base.pathname.endsWith('/')) this.base.pathname += '/';
    const https = this.base.protocol === 'https:';
    this.agent = https ? new HttpsAgent({ keepAlive: true, maxSockets: 64 }) : new HttpAgent({ keepAlive: true, maxSockets: 64 });
    this.send = https ? httpsRequest : httpRequest;
    this.options = {
      timeoutMs: settings.timeoutMs ?? 10_000,
      retries: settings.retries ?? 3,
      rateLimitRetries: settings.rateLimitRetries ?? 3,
      maxRetryAfterSeconds: settings.maxRetryAfterSeconds ?? 120,
      minBackoffMs: settings.minBackoffMs ?? 200,
      maxBackoffMs: settings.maxBackoffMs ?? 3_000,
      maxReplyBytes: settings.maxReplyBytes ?? 2 * 1024 * 1024,
    };
  }

  async call(method: string, args: Record<string, unknown>, encoding: Encoding = 'json'): Promise<WebApiReply> {
    const body = encoding === 'json' ? JSON.stringify(args) : form(args);
    const type = encoding === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded';
    let failures = 0;
    let limited = 0;
    const key = pauseKey(method, args);
    for (;;) {
      if (this.pausedUntil.size > 0 && !(await this.pauseOver(key))) return { ok: false, error: 'ratelimited' };
      const attempt = await this.attempt(method, body, type);
      if (attempt.kind === 'reply' && attempt.status === 429) {
        this.settings.onRateLimited?.(method);
        const wait = retryAfterSeconds(attempt.retryAfter);
        this.pause(key, wait * 1000);
        if (limited >= this.options.rateLimitRetries || wait > this.options.maxRetryAfterSeconds) return { ok: false, error: 'ratelimited' };
        limited += 1;
        continue;
      }
      const transient = attempt.kind === 'failed' || attempt.status >= 500;
      const repeatable = REPEATABLE.has(method) || (attempt.kind === 'failed' && attempt.unsent === true);
      if (transient && repeatable && failures < this.options.retries) {
        await sleep(Math.min(this.options.maxBackoffMs, this.options.minBackoffMs * 2 ** failures));
        failures += 1;
        continue;
      }
      return outcome(attempt);
    }
  }

  /**
   * A `fetch` for @slack/web-api's WebClient (`clientOptions.fetch`: Bolt's own clients, Socket Mode's connection
   * calls), so that the process has one HTTP client for Slack: those calls go over this client's connections, with the
   * token the WebClient gives (Socket Mode's app-level one, say), wait out this client's pauses, and pause their
   * method for every caller on a 429 (counted like the others). The WebClient keeps its own retries; a network failure
   * is thrown as fetch throws it.
   */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    const headers = new Headers(init.headers);
    const body = init.body === undefined || init.body === null ? '' : typeof init.body === 'string' ? init.body : init.body instanceof URLSearchParams ? init.body.toString() : null;
    if (body === null) throw new TypeError(`this Slack client sends text bodies only (${method})`);
    if (this.pausedUntil.size > 0 && !(await this.pauseOver(method))) return reply(429, { ok: false, error: 'ratelimited' }, String(this.options.maxRetryAfterSeconds));
    const attempt = await this.attempt(method, body, headers.get('content-type') ?? 'application/x-www-form-urlencoded', headers.get('authorization') ?? undefined);
    if (attempt.kind === 'failed') throw new TypeError(`fetch failed: ${attempt.error}`);
    if (attempt.status === 429) {
      this.settings.onRateLimited?.(method);
      this.pause(method, retryAfterSeconds(attempt.retryAfter) * 1000);
    }
    return reply(attempt.status, attempt.body ?? {}, attempt.retryAfter);
  };

  /** Pauses a method (in a channel) for every caller (the later end wins when two 429s overlap). */
  private pause(key: string, ms: number): void {
    const until = Date.now() + ms;
    if (until > (this.pausedUntil.get(key) ?? 0)) this.pausedUntil.set(key, until);
  }

  /** Waits out the pause of a method (in a channel); false when it lasts longer than this client waits. */
  private async pauseOver(key: string): Promise<boolean> {
    for (;;) {
      const left = (this.pausedUntil.get(key) ?? 0) - Date.now();
      if (left <= 0) {
        this.pausedUntil.delete(key);
        return true;
      }
      if (left > this.options.maxRetryAfterSeconds * 1000) return false;
      await sleep(left);
    }
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  private attempt(method: string, body: string, type: string, authorization = `Bearer ${this.settings.token}`): Promise<Attempt> {
    return attempt({
      send: this.send,
      agent: this.agent,
      url: new URL(method, this.base),
      method: 'POST',
      headers: { authorization, 'content-type': type },
      body,
      timeoutMs: this.options.timeoutMs,
      maxReplyBytes: this.options.maxReplyBytes,
    });
  }
}

/** A reply as fetch gives one, from what an attempt read. */
function reply(status: number, body: Record<string, unknown>, retryAfter: string | undefined): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) } });
}

function form(args: Record<string, unknown>): string {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    flat[key] = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  }
  return stringify(flat);
}

function outcome(attempt: Attempt): WebApiReply {
  if (attempt.kind === 'failed') return { ok: false, error: attempt.error };
  const { status, body } = attempt;
  if (body?.ok === true && status < 300) return { ok: true, body };
  if (typeof body?.error === 'string' && body.error) return { ok: false, error: body.error };
  return { ok: false, error: body ? 'invalid_response' : status >= 300 ? `http_${status}` : 'invalid_response' };
}
