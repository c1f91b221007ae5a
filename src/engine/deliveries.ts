import type { Engine } from './engine.js';

/** One delivery being handled: its key, whether it is claimed yet, and whether the turn it led to has recorded it already. */
export interface Delivery {
  key: string;
  /**
   * False for a message that starts a conversation of its own (a new Slack thread, a new Teams channel post): its
   * first turn's write claims it (`StartOptions.claimInTurn`), and anything else it leads to claims it first (`claimNow`).
   */
  claimed: boolean;
  recorded: boolean;
}

/**
 * Slack and Teams retry a message they think was missed and may deliver one twice, to any instance: each event or
 * activity is handled once, ever. The key is claimed in the store before handling, with a lease, so a retry racing the
 * original on another instance is refused, and one that comes after a crash mid-handling is handled once the lease has
 * run out. The turn the message leads to records it as handled in its own write; one that leads to no turn is recorded
 * once handled. A message that starts a conversation of its own need not be claimed first: the conversation is named
 * after it, so its second delivery meets the session the first one's write created, which names it.
 */
export class EventDeliveries {
  constructor(
    private readonly engine: Pick<Engine, 'claimDelivery' | 'finishDelivery'>,
    private readonly leaseMs = 60_000,
  ) {}

  /** The delivery to handle, or null when it was handled before or is being handled now. */
  async claim(key: string): Promise<Delivery | null> {
    return (await this.engine.claimDelivery(key, this.leaseMs)) ? { key, claimed: true, recorded: false } : null;
  }

  /** A delivery that its first turn's write claims, or `claimNow` before anything else it leads to. */
  unclaimed(key: string): Delivery {
    return { key, claimed: false, recorded: false };
  }

  /**
   * The delivery has been handled: recorded now if no turn recorded it. One never claimed is left alone: another
   * delivery of the message may hold the claim, and the engine records what it answers without a turn (a refusal).
   */
  async finish(delivery: Delivery): Promise<void> {
    if (delivery.claimed && !delivery.recorded) await this.engine.finishDelivery(delivery.key);
  }
}

/** Claims a delivery not claimed yet (see `Delivery.claimed`); false when it was handled before or is being handled now. */
export async function claimNow(engine: Pick<Engine, 'claimDelivery'>, delivery: Delivery, leaseMs?: number): Promise<boolean> {
  if (delivery.claimed) return true;
  if (!(await engine.claimDelivery(delivery.key, leaseMs))) {
    // a second delivery: nothing of it is to be recorded
    delivery.recorded = true;
    return false;
  }
  delivery.claimed = true;
  return true;
}
