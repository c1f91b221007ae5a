/**
 * Error shapes met in the Teams channel, described without their request objects: a connector error carries the
 * outgoing request, whose Authorization header holds the bot's token, so errors are never logged whole.
 */

export type ConnectorProblem = 'throttled' | 'not-in-conversation' | 'conversation-gone' | 'unauthorized' | 'other';

export interface SafeError {
  name: string;
  status?: number;
  code?: string;
  problem: ConnectorProblem;
  message: string;
}

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

export function statusOf(error: unknown): number | undefined {
  const status = field(error, 'statusCode') ?? field(error, 'status');
  return typeof status === 'number' ? status : undefined;
}

export function problemOf(status: number | undefined): ConnectorProblem {
  switch (status) {
    case 429:
      return 'throttled';
    case 403:
      return 'not-in-conversation';
    case 404:
      return 'conversation-gone';
    case 401:
      return 'unauthorized';
    default:
      return 'other';
  }
}

const BEARER = /bearer\s+[a-z0-9._~+/=-]+/gi;
const JWT = /eyJ[a-z0-9_-]+\.[a-z0-9_-]+\.[a-z0-9_-]*/gi;

/** Name, status, code and the first line of the message, with anything token-shaped cut out. */
export function safeError(error: unknown): SafeError {
  const name = typeof field(error, 'name') === 'string' ? (field(error, 'name') as string) : 'Error';
  const raw = error instanceof Error ? error.message : String(error);
  const message = (raw.split('\n')[0] ?? '').replace(BEARER, 'Bearer [redacted]').replace(JWT, '[redacted]').slice(0, 300);
  const status = statusOf(error);
  const code = field(error, 'code');
  return {
    name,
    ...(status !== undefined ? { status } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    problem: problemOf(status),
    message,
  };
}

/**
 * The HTTP status for an inbound request that failed before the bot's logic ran, i.e. in token validation.
 * botbuilder reports most token problems with status 401 but a bad signature as a plain 500 error ("invalid
 * signature"): every failure here is an authentication failure (401), except that the Bot Framework keys could not
 * be fetched (503, try again).
 */
export function authenticationFailureStatus(error: unknown): 401 | 503 {
  const message = error instanceof Error ? error.message : '';
  return /^Failed to load (openID config|Keys)/.test(message) ? 503 : 401;
}
