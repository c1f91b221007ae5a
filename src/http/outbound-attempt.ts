import type { Agent as HttpAgent, IncomingMessage, request as httpRequest } from 'node:http';

/**
 * One HTTP request to a JSON API over a kept-alive connection, as the channels' own small clients make them (Slack's
 * Web API, the Bot Framework connector): a time limit, a bounded reply, and every failure returned, never thrown.
 */
export type Attempt =
  | { kind: 'reply'; status: number; body: Record<string, unknown> | null; retryAfter: string | undefined }
  | {
      kind: 'failed';
      error: 'request_timeout' | 'request_error' | 'reply_too_large';
      /** the request never reached the server: no connection was made, or a kept-alive one had been closed */
      unsent?: boolean;
    };

export interface AttemptRequest {
  send: typeof httpRequest;
  agent: HttpAgent;
  url: URL;
  method: string;
  headers: Record<string, string | number>;
  body: string;
  timeoutMs: number;
  maxReplyBytes: number;
}

/** Connection errors raised before a request could be sent. */
const UNSENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A kept-alive connection the server closed while it sat idle: the request written on it met a reset before any
 * answer (node's documented case for `reusedSocket`). The server closed it without reading the request, so it is sent
 * again on a fresh connection. (A server that crashed while handling the request would look the same; that is rare
 * enough, and a reply lost to every idle connection a proxy drops is not.)
 */
function staleSocket(req: { reusedSocket: boolean }, error: NodeJS.ErrnoException): boolean {
  return req.reusedSocket && error.code === 'ECONNRESET';
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function attempt(request: AttemptRequest): Promise<Attempt> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: Attempt) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const req = request.send(
      request.url,
      { method: request.method, agent: request.agent, headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) } },
      (res) => void readReply(res, request.maxReplyBytes).then(settle),
    );
    req.setTimeout(request.timeoutMs, () => {
      settle({ kind: 'failed', error: 'request_timeout' });
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) => settle({ kind: 'failed', error: 'request_error', unsent: UNSENT_CODES.has(error.code ?? '') || staleSocket(req, error) }));
    req.end(request.body);
  });
}

/** Retry-After in whole seconds; a missing or unreadable one counts as one second. */
export function retryAfterSeconds(header: string | undefined): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}

function readReply(res: IncomingMessage, limit: number): Promise<Attempt> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        res.destroy();
        resolve({ kind: 'failed', error: 'reply_too_large' });
        return;
      }
      chunks.push(chunk);
    });
    res.on('error', () => resolve({ kind: 'failed', error: 'request_error' }));
    res.on('end', () => {
      const retryAfter = res.headers['retry-after'];
      let body: Record<string, unknown> | null = null;
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
      } catch {
        body = null;
      }
      resolve({ kind: 'reply', status: res.statusCode ?? 0, body, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter });
    });
  });
}
