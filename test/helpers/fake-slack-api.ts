import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the fake received it, with its arguments decoded (blocks and views parsed from JSON). */
export interface ApiCall {
  method: string;
  args: Record<string, any>;
  authorization: string | undefined;
  at: number;
  /** what the fake answered */
  reply?: Record<string, any>;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
}

type Handler = (args: Record<string, any>, call: ApiCall) => FakeReply;

function decode(raw: string, type: string | undefined): Record<string, any> {
  if (type?.includes('json')) return raw ? (JSON.parse(raw) as Record<string, any>) : {};
  const out: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

/**
 * A local stand-in for Slack's Web API (SLACK_API_URL points here): it records every call and answers like Slack
 * does. A test can queue a different answer for the next call of a method (an error, a 429).
 */
export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  private server: Server | null = null;
  private readonly once = new Map<string, Handler[]>();
  private readonly refusedBlocks = new Set<string>();
  private readonly waiters: Array<{ test: (c: ApiCall) => boolean; resolve: (c: ApiCall) => void }> = [];
  private seq = 0;
  url = '';

  constructor(private readonly options: { record?: boolean; onCall?: (method: string) => void } = {}) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 10_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
    return this.url;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** The language each user set in Slack (users.info with include_locale); en-US for anyone else. */
  readonly userLocales = new Map<string, string>();

  /** The next call of `method` gets this answer instead of the usual one. */
  replyOnce(method: string, reply: FakeReply | Handler): void {
    const list = this.once.get(method) ?? [];
    list.push(typeof reply === 'function' ? reply : () => reply);
    this.once.set(method, list);
  }

  /** From now on, a message posted or updated with a block of this type is refused as Slack does (`invalid_blocks`). */
  refuseBlockType(type: string): void {
    this.refusedBlocks.add(type);
  }

  of(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call (already made or still to come) that matches. */
  waitFor(test: (c: ApiCall) => boolean, timeoutMs = 8000, label = 'a Web API call'): Promise<ApiCall> {
    const seen = this.calls.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}; calls so far: ${this.calls.map((c) => c.method).join(', ')}`)), timeoutMs);
      this.waiters.push({
        test,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  /** Waits for the n-th call of a method (1-based) counted from the start. */
  nth(method: string, n: number, timeoutMs?: number): Promise<ApiCall> {
    return this.waitFor(() => this.of(method).length >= n, timeoutMs, `${method} #${n}`).then(() => this.of(method)[n - 1] as ApiCall);
  }

  private usual(method: string, args: Record<string, any>): FakeReply {
    const blocks: Array<{ type?: string }> = Array.isArray(args.blocks) ? args.blocks : [];
    if ((method === 'chat.postMessage' || method === 'chat.update') && blocks.some((b) => this.refusedBlocks.has(String(b?.type)))) {
      return { body: { ok: false, error: 'invalid_blocks' } };
    }
    this.seq += 1;
    const ts = `1760000000.${String(this.seq).padStart(6, '0')}`;
    switch (method) {
      case 'chat.postMessage':
        return { body: { ok: true, channel: args.channel, ts, message: { ts } } };
      case 'chat.update':
        return { body: { ok: true, channel: args.channel, ts: args.ts } };
      case 'chat.postEphemeral':
        return { body: { ok: true, message_ts: ts } };
      case 'conversations.open':
        return { body: { ok: true, channel: { id: `D${String(args.users).slice(1)}` } } };
      case 'chat.getPermalink':
        return { body: { ok: true, channel: args.channel, permalink: `https://example.slack.com/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}` } };
      case 'users.info':
        return { body: { ok: true, user: { id: args.user, locale: this.userLocales.get(String(args.user)) ?? 'en-US' } } };
      case 'auth.test':
        return { body: { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEAM' } };
      default:
        return { body: { ok: true } };
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const args = decode(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
    const call: ApiCall = { method, args, authorization: req.headers.authorization, at: Date.now() };
    const override = this.once.get(method)?.shift();
    const reply = override ? override(args, call) : this.usual(method, args);
    call.reply = reply.body;
    if (this.options.record !== false) this.calls.push(call);
    this.options.onCall?.(method);
    const payload = JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...reply.headers });
    res.end(payload);
    if (this.options.record !== false && (reply.status ?? 200) === 200) {
      for (const waiter of [...this.waiters]) {
        if (waiter.test(call)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(call);
        }
      }
    }
  }
}

/** The n-th message (1-based) posted to a channel, waited for. */
export function postTo(api: FakeSlackApi, channel: string, n: number): Promise<ApiCall> {
  const list = () => api.of('chat.postMessage').filter((c) => c.args.channel === channel);
  return api.waitFor(() => list().length >= n, 8000, `post #${n} to ${channel}`).then(() => list()[n - 1] as ApiCall);
}
