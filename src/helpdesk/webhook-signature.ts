import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Every webhook request carries `X-Mailbox-Doctor-Signature: t=<unix seconds>,v1=<hex>` where
 * hex = HMAC-SHA256(HELPDESK_WEBHOOK_SECRET, `<t>.<raw request body>`). A receiver recomputes it over the bytes it
 * received, compares in constant time, and refuses a `t` more than five minutes from its own clock.
 */
export const SIGNATURE_HEADER = 'x-mailbox-doctor-signature';
export const DEFAULT_TOLERANCE_SECONDS = 300;

const hmac = (secret: string, timestamp: number, body: string | Buffer) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');

export function signWebhook(secret: string, body: string, nowMs: number): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${hmac(secret, t, body)}`;
}

/** What a receiver runs; exported so tests (and anyone writing a receiver in TypeScript) use the same rule. */
export function verifyWebhook(secret: string, header: string | undefined, body: string | Buffer, nowMs: number, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS): boolean {
  const found = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!found) return false;
  const t = Number(found[1]);
  if (Math.abs(nowMs / 1000 - t) > toleranceSeconds) return false;
  return timingSafeEqual(Buffer.from(hmac(secret, t, body)), Buffer.from(found[2] ?? ''));
}
