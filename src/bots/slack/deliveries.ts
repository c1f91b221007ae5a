import type { Engine } from '../../engine/engine.js';

/** One delivery being handled: its key, and whether the turn it led to has recorded it already. */
export interface Delivery {
  key: string;
  recorded: boolean;
}

/**
 * Slack retries an event it thinks was missed and may deliver one twice, to any instance: each event id (and each
 * slash command's trigger id) is handled once, ever. The key is claimed in the store before handling, with a lease,
 * so a retry racing the original on another instance is refused, and one that comes after a crash mid-handling is
 * handled once the lease has run out. The turn the event leads to records it as handled in its own write; an event
 * that leads to no turn is recorded once handled.
 */
export class EventDeliveries {
  constructor(
    private readonly engine: Pick<Engine, 'claimDelivery' | 'finishDelivery'>,
    private readonly leaseMs = 60_000,
  ) {}

  /** The delivery to handle, or null when it was handled before or is being handled now. */
  async claim(key: string): Promise<Delivery | null> {
    return (await this.engine.claimDelivery(key, this.leaseMs)) ? { key, recorded: false } : null;
  }

  /** The delivery has been handled: recorded now if no turn recorded it. */
  async finish(delivery: Delivery): Promise<void> {
    if (!delivery.recorded) await this.engine.finishDelivery(delivery.key);
  }
}
