import { isIP } from 'node:net';
import { blockedRange, type BlockedRange } from './address-policy.js';

/** Ports a probe may connect to: SMTP (25, 465, 587), IMAP (143, 993) and HTTPS (443). */
export const ALLOWED_PORTS: ReadonlySet<number> = new Set([25, 465, 587, 143, 993, 443]);

export type TargetRefusalReason = 'invalid-host' | 'port-not-allowed' | 'host-not-found' | `blocked-${BlockedRange}`;

/** Looks a host name up; returns every address (IPv4 and IPv6) it resolves to. */
export type AddressLookup = (host: string, signal: AbortSignal) => Promise<string[]>;

export interface TargetPolicy {
  /** allow loopback and private targets, on any port (tests, local servers) */
  allowPrivate: boolean;
  lookup: AddressLookup;
}

/** A checked target: connect to `ip` (never look the name up again), present `servername` in TLS. */
export type GuardedTarget =
  | { ok: true; ip: string; port: number; servername: string; addresses: string[] }
  | { ok: false; reason: TargetRefusalReason; host: string; port: number; address?: string; error?: string };

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i;
/** Names made only of digits, hex and dots are IPv4 in disguise (2130706433, 0x7f.1): refuse them. */
const NUMERIC_NAME = /^(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+))*\.?$/i;

/**
 * Decides whether a host and port may be probed: the port must be one of ALLOWED_PORTS and every address the host
 * resolves to must be public (unless allowPrivate). Returns the address to connect to, so no second lookup happens.
 */
export async function guardTarget(host: string, port: number, policy: TargetPolicy, signal: AbortSignal): Promise<GuardedTarget> {
  const bare = host.trim().replace(/^\[|\]$/g, '');
  const refuse = (reason: TargetRefusalReason, extra: { address?: string; error?: string } = {}): GuardedTarget => ({
    ok: false,
    reason,
    host: bare,
    port,
    ...extra,
  });
  if (!Number.isInteger(port) || port < 1 || port > 65535) return refuse('port-not-allowed');
  let addresses: string[];
  if (isIP(bare)) addresses = [bare];
  else {
    if (!HOST_NAME.test(bare) || NUMERIC_NAME.test(bare)) return refuse('invalid-host');
    try {
      addresses = await policy.lookup(bare.replace(/\.$/, ''), signal);
    } catch (error) {
      return refuse('host-not-found', { error: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
    if (addresses.length === 0) return refuse('host-not-found');
  }
  const blocked = addresses.map((address) => ({ address, range: blockedRange(address) })).find((a) => a.range !== null);
  if (blocked) {
    // Only reachable with allowPrivate (tests, local servers); such a target may use any port.
    if (!policy.allowPrivate) return refuse(`blocked-${blocked.range!}`, { address: blocked.address });
  } else if (!ALLOWED_PORTS.has(port)) return refuse('port-not-allowed');
  const ip = addresses[0]!;
  return { ok: true, ip, port, servername: isIP(bare) ? '' : bare.replace(/\.$/, ''), addresses };
}
