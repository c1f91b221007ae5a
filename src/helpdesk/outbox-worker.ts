import { BackgroundLoop, type LoopErrorHandler } from '../background-loop.js';
import type { Store } from '../store/store.js';
import type { Senders } from './delivery-targets.js';

export interface OutboxWorkerOptions {
  store: Store;
  senders: Senders;
  intervalMs: number;
  /** the first retry waits this long; each further one twice as long, up to maxDelayMs */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** how long a claimed item is held before another worker may try it (a crash mid-send) */
  leaseMs?: number;
  /** an item still failing this long after it was queued is given up (default 3 days: about 70 hourly tries) */
  giveUpAfterMs?: number;
  now?: () => number;
  /** runs before each pass (the abandoned-conversation check) */
  beforePass?: () => Promise<unknown>;
  /** `gaveUp`: this failure was the last try of a delivery that will never be sent */
  onError: (error: unknown, context: { key?: string; gaveUp?: boolean }) => void;
  /** a pass that failed (the store away): reported, and the next one backs off (default: `onError`) */
  onPassError?: LoopErrorHandler;
}

const DAY = 24 * 3_600_000;

/** Backoff after `attempts` failed tries: base · 2^(attempts-1), capped. */
export function retryDelay(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

/**
 * Sends what the outbox table holds. Items survive restarts (they are rows); a claim holds one for a lease so two
 * workers never send it at once; a sent item is marked and never sent again; a failure is retried with backoff, and
 * an item that has failed for days is given up (kept with its last error, counted in /metrics, logged as an error).
 */
export class OutboxWorker {
  private readonly loop: BackgroundLoop<number>;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.loop = new BackgroundLoop(
      { name: 'helpdesk-outbox', intervalMs: options.intervalMs, onError: options.onPassError ?? ((error) => options.onError(error, {})) },
      () => this.pass(),
      0,
    );
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  start(): void {
    this.loop.start();
  }

  /** One pass, after any pass under way; returns how many items were sent. */
  tick(): Promise<number> {
    return this.loop.run();
  }

  private async pass(): Promise<number> {
    const { store, senders } = this.options;
    try {
      await this.options.beforePass?.();
    } catch (error) {
      this.options.onError(error, {});
    }
    const base = this.options.baseDelayMs ?? 5_000;
    const max = this.options.maxDelayMs ?? 3_600_000;
    let sent = 0;
    const due = await store.claimDueOutbox(this.now(), this.options.leaseMs ?? 60_000, 25);
    for (const item of due) {
      const sender = senders[item.target];
      const result = sender ? await sender(item, this.now()) : { ok: false as const, error: `no ${item.target} target is configured` };
      if (result.ok) {
        await store.completeOutbox(item.key, this.now());
        sent++;
      } else if (this.now() - item.createdAt >= (this.options.giveUpAfterMs ?? 3 * DAY)) {
        const attempts = item.attempts + 1;
        await store.giveUpOutbox(item.key, this.now(), result.error);
        const days = ((this.now() - item.createdAt) / DAY).toFixed(1);
        this.options.onError(
          new Error(`helpdesk delivery given up after ${attempts} attempts over ${days} days (last: ${result.error}); its ticket will not get this result`),
          { key: item.key, gaveUp: true },
        );
      } else {
        const attempts = item.attempts + 1;
        await store.retryOutbox(item.key, this.now() + retryDelay(attempts, base, max), result.error);
        this.options.onError(new Error(`helpdesk delivery failed (${result.error}); attempt ${attempts}, will retry`), { key: item.key });
      }
    }
    return sent;
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
