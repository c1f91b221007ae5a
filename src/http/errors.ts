/** Every error the HTTP API can answer with: a stable code, a status and a sentence that says what to do. */
export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details?: Record<string, unknown>,
    /** response headers that go with it (Retry-After) */
    public readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) => new HttpError(400, code, message, details);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
export const tooLarge = (message: string, headers?: Record<string, string>) => new HttpError(413, 'payload_too_large', message, undefined, headers);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new HttpError(429, 'rate_limited', message, { retryAfterSeconds }, { 'retry-after': String(retryAfterSeconds) });
