import { lookup } from 'node:dns/promises';
import { Resolver } from 'node:dns/promises';
import type { AddressLookup } from './safety/target-guard.js';

export interface MxRecord {
  exchange: string;
  priority: number;
}

/** DNS as the probes see it; tests inject their own. */
export interface ProbeResolver {
  mx(domain: string, signal: AbortSignal): Promise<MxRecord[]>;
  addresses: AddressLookup;
}

function cancellable<T>(resolver: Resolver, signal: AbortSignal, work: Promise<T>): Promise<T> {
  const cancel = () => resolver.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  return work.finally(() => signal.removeEventListener('abort', cancel));
}

/**
 * The system resolver, or the given DNS servers (`ip` or `ip:port`, `[v6]:port`). With servers given, host names are
 * resolved through them too (A and AAAA), so the probe sees what those servers say.
 */
export function systemResolver(servers: readonly string[] = []): ProbeResolver {
  const make = () => {
    const resolver = new Resolver({ timeout: 3000, tries: 2 });
    if (servers.length > 0) resolver.setServers([...servers]);
    return resolver;
  };
  return {
    mx: (domain, signal) => {
      const resolver = make();
      return cancellable(resolver, signal, resolver.resolveMx(domain));
    },
    addresses: async (host, signal) => {
      if (servers.length === 0) return (await lookup(host, { all: true })).map((a) => a.address);
      const resolver = make();
      const settled = await cancellable(resolver, signal, Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]));
      const found = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value : []));
      if (found.length === 0 && settled[0].status === 'rejected') throw settled[0].reason;
      return found;
    },
  };
}
