import type { SessionRecord, Store } from '../store/store.js';
import { ANONYMOUS_PREFIXES, personKey } from './person-key.js';

/** Where the store keeps, per person, whether "did this help?" went unanswered (`rememberContact`'s channel). */
const FEEDBACK_CONTACTS = 'feedback';

interface AskRecord {
  /** the session whose question has not been answered yet */
  pending?: string;
  /** the person let a question go unanswered: they are not asked again */
  ignored?: boolean;
}

/**
 * Who is asked "did this help?". Everyone is asked when a conversation ends, once; a person who let the question go
 * unanswered (and ended another conversation since) is not asked again. Kept per person in the shared store, so
 * every instance and every later conversation agrees.
 */
export class FeedbackAsks {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /**
   * Whether the conversation that ends now asks, and whether that is because its person let an earlier question go
   * (to be remembered once the turn is saved: `ignored`). A web visitor is known only by an address that a whole office
   * may share, so they are always asked.
   */
  async decide(session: SessionRecord): Promise<{ ask: boolean; ignoring: boolean }> {
    const key = personKey(session);
    if (ANONYMOUS_PREFIXES.some((prefix) => key.startsWith(prefix))) return { ask: true, ignoring: false };
    const record = ((await this.store.findContact(FEEDBACK_CONTACTS, key)) ?? {}) as AskRecord;
    if (record.ignored) return { ask: false, ignoring: false };
    if (record.pending && record.pending !== session.id) return { ask: false, ignoring: true };
    return { ask: true, ignoring: false };
  }

  /** The person let a question go unanswered: they are not asked again. */
  async ignored(session: SessionRecord): Promise<void> {
    await this.store.rememberContact(FEEDBACK_CONTACTS, personKey(session), { ignored: true }, this.now());
  }

  /** The question was shown: unanswered, it counts as ignored when the person's next conversation ends. */
  async asked(session: SessionRecord): Promise<void> {
    await this.store.rememberContact(FEEDBACK_CONTACTS, personKey(session), { pending: session.id }, this.now());
  }

  async answered(session: SessionRecord): Promise<void> {
    await this.store.rememberContact(FEEDBACK_CONTACTS, personKey(session), {}, this.now());
  }
}
