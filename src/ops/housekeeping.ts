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
  now?: () => number;
  /** a pass that failed (the store away): reported, and the next one backs off (default: a warning in the log) */
  onError?: LoopErrorHandler;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Keeps the store from growing where nothing needs the data: delivery keys (Slack event ids, Teams activity ids) are
 * only there to recognise a retry, and a retry comes within the hour. Runs at start and then hourly, on every
 * instance (the delete is the same on each). Sessions and transcripts stay until an operator removes them.
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
    const pruned = await store.pruneDeliveries(now - (this.options.keepDeliveriesMs ?? 7 * DAY));
    if (pruned > 0) logger.info({ pruned }, `housekeeping: forgot ${pruned} delivery keys older than the retention`);
    return pruned;
  }
}
