import { isIPv6 } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** How many requests a client may make: `perWindow` at once, refilled evenly over `windowMs`. */
export interface RateRule {
  perWindow: number;
  windowMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Clients remembered at most; past it, the ones whose allowance has refilled are forgotten first. */
const MAX_CLIENTS = 50_000;

/**
 * A token bucket per client: each request takes one; the allowance refills continuously. In memory, per instance
 * (with several instances behind a balancer each allows its share: see docs/operations.md).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: RateRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from `client`'s allowance: 0 when allowed, else the seconds until one is free again. */
  take(client: string): number {
    const now = this.now();
    const perMs = this.rule.perWindow / this.rule.windowMs;
    const bucket = this.buckets.get(client) ?? { tokens: this.rule.perWindow, at: now };
    bucket.tokens = Math.min(this.rule.perWindow, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.delete(client); // re-inserted last: the map stays in order of last use
    this.buckets.set(client, bucket);
    if (this.buckets.size > MAX_CLIENTS) this.forgetOldest();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  private forgetOldest(): void {
    for (const key of this.buckets.keys()) {
      this.buckets.delete(key);
      if (this.buckets.size <= MAX_CLIENTS * 0.9) return;
    }
  }
}

/** An IPv6 address's first 64 bits: one client can pick any address in its /64, so that is what is counted. */
function ipv6Prefix(address: string): string {
  const [head = '', tail] = address.split('::');
  const groups = head ? head.split(':') : [];
  const rest = tail === undefined ? [] : tail ? tail.split(':') : [];
  const full = [...groups, ...Array<string>(Math.max(0, 8 - groups.length - rest.length)).fill('0'), ...rest];
  return `${full.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * The client a request comes from: the connection's address, or, behind a proxy, the last address the proxy wrote
 * in `trustedHeader` (TRUSTED_PROXY_HEADER, e.g. X-Forwarded-For; only the proxy's own entry is believed, the ones
 * before it are the client's to write). IPv4-mapped addresses read as IPv4; IPv6 counts by /64.
 */
export function clientAddress(req: IncomingMessage, trustedHeader?: string): string {
  const forwarded = trustedHeader ? req.headers[trustedHeader.toLowerCase()] : undefined;
  const listed = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((a) => a.trim()).filter(Boolean);
  const raw = listed.at(-1) ?? req.socket.remoteAddress ?? 'unknown';
  const address = raw.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIPv6(address) ? ipv6Prefix(address) : address;
}
