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
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Keeps the store from growing where nothing needs the data: delivery keys (Slack event ids, Teams activity ids) are
 * only there to recognise a retry, and a retry comes within the hour. Runs at start and then hourly, on every
 * instance (the delete is the same on each). Sessions and transcripts stay until an operator removes them.
 */
export class Housekeeping {
  private timer: NodeJS.Timeout | null = null;
  /** the pass under way or the last one: passes follow each other, never overlap */
  private last: Promise<number> = Promise.resolve(0);

  constructor(private readonly options: HousekeepingOptions) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.run(), this.options.intervalMs ?? HOUR);
    this.timer.unref();
    void this.run();
  }

  /** One pass, after any pass under way: how many delivery keys were forgotten. Failures are logged, never thrown. */
  run(): Promise<number> {
    this.last = this.last.then(() => this.prune());
    return this.last;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.last;
  }

  private async prune(): Promise<number> {
    const { store, logger } = this.options;
    const now = this.options.now?.() ?? Date.now();
    try {
      const pruned = await store.pruneDeliveries(now - (this.options.keepDeliveriesMs ?? 7 * DAY));
      if (pruned > 0) logger.info({ pruned }, `housekeeping: forgot ${pruned} delivery keys older than the retention`);
      return pruned;
    } catch (error) {
      logger.warn({ err: error }, 'housekeeping: delivery keys could not be pruned this time; the next pass tries again');
      return 0;
    }
  }
}
