import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True when the request carries `Authorization: Bearer <key>` with exactly this key (compared in constant time). */
export function bearerMatches(req: IncomingMessage, key: string): boolean {
  const found = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
  return found !== null && timingSafeEqual(digest(found[1] ?? ''), digest(key));
}
