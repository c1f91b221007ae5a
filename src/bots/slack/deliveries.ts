import type { Store } from '../../store/store.js';

/** One Events API delivery being handled: its key, and whether the turn it led to has recorded it already. */
export interface Delivery {
  key: string;
  recorded: boolean;
}

/**
 * Slack retries an event it thinks was missed and may deliver one twice: each event id is handled once, ever. The
 * key is recorded in the same write as the turn the event leads to (one SQLite commit per event instead of two);
 * an event that leads to no turn is recorded on its own once handled. While an event is being handled, a second
 * delivery of it is recognised in memory (this process owns the embedded store).
 */
export class EventDeliveries {
  private readonly handling = new Set<string>();

  constructor(private readonly store: Store) {}

  /** The delivery to handle, or null when this event was handled before or is being handled now. */
  async claim(eventId: string): Promise<Delivery | null> {
    const key = `slack:event:${eventId}`;
    if (this.handling.has(key)) return null;
    this.handling.add(key);
    let seen = true;
    try {
      seen = await this.store.wasDelivered(key);
    } finally {
      if (seen) this.handling.delete(key);
    }
    return seen ? null : { key, recorded: false };
  }

  /** The event has been handled: recorded now if no turn recorded it. */
  async finish(delivery: Delivery, now: number): Promise<void> {
    try {
      if (!delivery.recorded) await this.store.markDelivered(delivery.key, now);
    } finally {
      this.handling.delete(delivery.key);
    }
  }
}
