import type { Content } from '../content/types.js';
import type { Engine, GivenFeedback, TurnReporter, TurnResult } from '../engine/engine.js';
import type { HelpdeskEvent, NewOutboxItem, OutboxTarget } from '../store/helpdesk-records.js';
import type { NewTranscriptEntry, SessionRecord, Store } from '../store/store.js';
import { buildHelpdeskPayload } from './helpdesk-payload.js';
import { CONTENT } from '../content/catalog.js';

export interface HelpdeskReporterOptions {
  store: Store;
  engine: Engine;
  content: Content;
  /** the targets that are configured */
  targets: { webhook: boolean; zendesk: boolean };
  abandonAfterMs: number;
  now?: () => number;
}

/**
 * Decides what the helpdesk hears and queues it in the outbox:
 * - a conversation that came from a ticket: resolved, escalated, or abandoned after an unanswered follow-up → the
 *   ticket (Zendesk, when configured) and the webhook;
 * - any other conversation that escalates ("Talk to a person" in any channel) → the webhook.
 * The outbox key (session + event + turn) makes a second queueing of the same event a no-op.
 */
export class HelpdeskReporter {
  constructor(private readonly options: HelpdeskReporterOptions) {}

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  private async ticketOf(session: SessionRecord): Promise<string | null> {
    const handoff = await this.options.store.findHandoffBySession(session.id);
    if (handoff) return handoff.ticketId;
    return typeof session.meta.ticketId === 'string' ? session.meta.ticketId : null;
  }

  private targetsFor(event: HelpdeskEvent, ticketId: string | null): OutboxTarget[] {
    const { webhook, zendesk } = this.options.targets;
    // without a ticket only an escalation is news (someone has to pick it up); feedback has nowhere to go
    if (ticketId === null) return event === 'escalated' && webhook ? ['webhook'] : [];
    return [...(zendesk && /^\d+$/.test(ticketId) ? (['zendesk'] as const) : []), ...(webhook ? (['webhook'] as const) : [])];
  }

  /** The deliveries of one event: one per target, keyed by the event (so queueing one twice is a no-op). */
  private async items(
    event: HelpdeskEvent,
    eventKey: string,
    session: SessionRecord,
    view: TurnResult['view'],
    added: NewTranscriptEntry[] = [],
    feedback?: GivenFeedback,
  ): Promise<NewOutboxItem[]> {
    const ticketId = await this.ticketOf(session);
    const targets = this.targetsFor(event, ticketId);
    if (targets.length === 0) return [];
    const at = this.now();
    const stored = await this.options.store.transcript(session.id);
    const transcript = [...stored, ...added.map((e, i) => ({ ...e, seq: (stored.at(-1)?.seq ?? 0) + i + 1 }))];
    // the ticket's summary in the conversation's language, like everything the customer saw
    const locale = this.options.engine.localeOfSession(session);
    const content = locale === 'en' ? this.options.content : CONTENT[locale];
    const payload = buildHelpdeskPayload({ event, idempotencyKey: eventKey, at, ticketId, session, view, transcript, content, locale, ...(feedback ? { feedback } : {}) });
    return targets.map((target) => ({ key: `${eventKey}:${target}`, target, payload, createdAt: at }));
  }

  private async enqueue(event: HelpdeskEvent, eventKey: string, session: SessionRecord, view: TurnResult['view']): Promise<number> {
    let queued = 0;
    for (const item of await this.items(event, eventKey, session, view)) if (await this.options.store.enqueueOutbox(item)) queued++;
    return queued;
  }

  private static endingOf(session: SessionRecord): { event: HelpdeskEvent; key: string } | null {
    const status = session.status;
    return status === 'resolved' || status === 'escalated' ? { event: status, key: `${session.id}:${status}:${session.version}` } : null;
  }

  /**
   * The engine's turn reporter: what an ending turn queues, in its own write; and, for a ticket's conversation, the
   * customer's answer to "did this help?" (each answer once: a comment added later is a report of its own).
   */
  readonly reportsFor: TurnReporter = async ({ session, view, added, feedback }) => {
    if (feedback) return this.items('feedback', `${session.id}:feedback:${session.version}`, session, view, added, feedback);
    const ending = HelpdeskReporter.endingOf(session);
    return ending ? this.items(ending.event, ending.key, session, view, added) : [];
  };

  /** Queues the report of a saved turn again (a no-op when it is queued already). */
  readonly onStatusChange = async (result: TurnResult): Promise<void> => {
    const ending = HelpdeskReporter.endingOf(result.session);
    if (ending) await this.enqueue(ending.event, ending.key, result.session, result.view);
  };

  /** Queues an `abandoned` report for each ticket conversation whose follow-up has gone unanswered too long. */
  async checkAbandoned(): Promise<number> {
    const stale = await this.options.store.findUnansweredFollowUps(this.now() - this.options.abandonAfterMs, 50);
    let queued = 0;
    for (const found of stale) {
      const current = await this.options.engine.current(found.sessionId);
      if (current) queued += await this.enqueue('abandoned', `${found.sessionId}:abandoned:${found.seq}`, current.session, current.view);
    }
    return queued;
  }
}
