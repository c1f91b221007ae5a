import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { HandoffKeys } from './handoff-keys.js';

/**
 * A handoff token is `<kid>.<id>.<expires>.<signature>`:
 * - kid: which key signed it (rotation), id: 16 random bytes (base64url) naming a row in the handoffs table,
 * - expires: unix seconds, signature: base64url HMAC-SHA256 over `mdh1.<kid>.<id>.<expires>`.
 * Nothing personal is in it; ticket, address and error stay in the store.
 */
const TOKEN = /^([A-Za-z0-9_-]{1,16})\.([A-Za-z0-9_-]{22})\.([1-9]\d{0,11})\.([A-Za-z0-9_-]{43})$/;

export interface TokenClaims {
  id: string;
  /** unix milliseconds */
  expiresAt: number;
}

export type TokenCheck = ({ ok: true } & TokenClaims) | { ok: false; reason: 'malformed' | 'unknown-key' | 'bad-signature' };

function signature(secret: string, kid: string, id: string, expires: string): string {
  return createHmac('sha256', secret).update(`mdh1.${kid}.${id}.${expires}`).digest('base64url');
}

export function newHandoffId(): string {
  return randomBytes(16).toString('base64url');
}

export function signHandoffToken(keys: HandoffKeys, claims: TokenClaims): string {
  const { kid, secret } = keys.signing;
  const expires = String(Math.ceil(claims.expiresAt / 1000));
  return `${kid}.${claims.id}.${expires}.${signature(secret, kid, claims.id, expires)}`;
}

/** Checks the form and the signature only; whether it has expired is the caller's question (it owns the clock). */
export function verifyHandoffToken(keys: HandoffKeys, token: string): TokenCheck {
  const parts = TOKEN.exec(token);
  if (!parts) return { ok: false, reason: 'malformed' };
  const [, kid = '', id = '', expires = '', given = ''] = parts;
  const secret = keys.byKid.get(kid);
  if (!secret) return { ok: false, reason: 'unknown-key' };
  const expected = signature(secret, kid, id, expires);
  // the string itself is compared, so a different spelling of the same bytes is refused too
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(given))) return { ok: false, reason: 'bad-signature' };
  return { ok: true, id, expiresAt: Number(expires) * 1000 };
}
