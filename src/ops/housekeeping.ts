import { BackgroundLoop, type LoopErrorHandler } from '../background-loop.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';

export interface HousekeepingOptions {
  store: Store;
  logger: Logger;
  /** how often it runs (default hourly) */
  intervalMs?: number;
  /** how long a delivery key is kept: Slack and Teams retry within the hour (default 7 days) */
  keepDeliveriesMs?: number;
  /** RETENTION_DAYS: sessions untouched for this long are deleted with their transcripts (default 90 days) */
  keepSessionsMs?: number;
  now?: () => number;
  /** a pass that failed (the store away): reported, and the next one backs off (default: a warning in the log) */
  onError?: LoopErrorHandler;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SESSION_BATCH = 500;
const BATCH_PAUSE_MS = 20;

/**
 * Keeps the store from growing where nothing needs the data: delivery keys (Slack event ids, Teams activity ids) are
 * only there to recognise a retry, and a retry comes within the hour. Runs at start and then hourly, on every
 * instance (the delete is the same on each). Sessions untouched for the retention period (RETENTION_DAYS: ended, or
 * abandoned long ago) go with their transcripts, a batch at a time so that no delete holds the store for long.
 */
export class Housekeeping {
  private readonly loop: BackgroundLoop<number>;

  constructor(private readonly options: HousekeepingOptions) {
    const warn: LoopErrorHandler = (err) => options.logger.warn({ err }, 'housekeeping: delivery keys could not be pruned this time; the next pass tries again');
    this.loop = new BackgroundLoop({ name: 'housekeeping', intervalMs: options.intervalMs ?? HOUR, onError: options.onError ?? warn }, () => this.prune(), 0);
  }

  start(): void {
    this.loop.start();
  }

  /** One pass, after any pass under way: how many delivery keys were forgotten. Failures are reported, never thrown. */
  run(): Promise<number> {
    return this.loop.run();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async prune(): Promise<number> {
    const { store, logger } = this.options;
    const now = this.options.now?.() ?? Date.now();
    // a failure goes to the background loop, which logs it with the loop's name, counts it and backs off
    const pruned = await store.pruneDeliveries(now - (this.options.keepDeliveriesMs ?? 7 * DAY));
    if (pruned > 0) logger.info({ pruned }, `housekeeping: forgot ${pruned} delivery keys older than the retention`);
    const before = now - (this.options.keepSessionsMs ?? 90 * DAY);
    let deleted = 0;
    for (let batch = SESSION_BATCH; batch === SESSION_BATCH; deleted += batch) {
      // a pause between batches: a first pass over a large store must not hold the event loop (SQLite is synchronous)
      if (deleted > 0) await new Promise((resolve) => setTimeout(resolve, BATCH_PAUSE_MS));
      batch = await store.pruneSessions(before, SESSION_BATCH);
    }
    if (deleted > 0) logger.info({ deleted }, `housekeeping: deleted ${deleted} sessions past the retention period, with their transcripts`);
    return pruned;
  }
}
