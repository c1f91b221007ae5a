import type { ConversationReference, TurnContext } from 'botbuilder';
import type { CheckUpdate, CheckState } from '../../engine/live-checks.js';
import type { Logger } from '../../logger.js';
import type { CheckSummary } from '../../machine/check-summary.js';
import type { TeamsAdapter } from './adapter.js';
import { finishedCheckCard, runningCheckCard, type CheckWords } from './check-cards.js';
import { safeError } from './errors.js';
import { cardMessage } from './turn-poster.js';

interface Tracked {
  reference: Partial<ConversationReference>;
  personal: boolean;
  intro: string;
  cardId: string | undefined;
  /** the card as last sent, to skip updates that change nothing */
  shown: string;
  /** a refresh is queued and will read the latest state when it runs */
  queued: boolean;
  closed: boolean;
  chain: Promise<void>;
}

/** Where the progress card of a check lives, known when the turn that started the check posts it. */
export interface ProgressTarget {
  sessionId: string;
  reference: Partial<ConversationReference>;
  personal: boolean;
  intro: string;
  cardId: string | undefined;
}

/**
 * The progress of live checks in Teams, as one card per check updated in place: the turn that starts a check posts
 * the card, each engine update replaces it (through the stored conversation reference), and the result finalises
 * it. Updates are coalesced: while one is being sent, at most one more is queued, and it shows the latest state.
 * The sign-in code only ever lives in the card of a 1:1 chat: it is not logged, stored or put in a channel.
 */
export class CheckProgressCards {
  private readonly tracked = new Map<string, Tracked>();

  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly state: (sessionId: string) => CheckState | undefined,
    private readonly words: CheckWords,
    private readonly logger: Logger,
  ) {}

  /** The card the turn that started a check posts, showing whatever the check has reported so far. */
  runningCard(sessionId: string, intro: string, personal: boolean) {
    return runningCheckCard(intro, this.state(sessionId), personal, this.words);
  }

  /** Starts updating the card just posted; without an id (replies returned in the response) the first update posts one. */
  track(target: ProgressTarget): void {
    const shown = JSON.stringify(this.runningCard(target.sessionId, target.intro, target.personal));
    const tracked: Tracked = { ...target, shown: target.cardId ? shown : '', queued: false, closed: false, chain: Promise.resolve() };
    this.tracked.set(target.sessionId, tracked);
    // the check may have moved on while the card was on its way
    this.schedule(tracked, target.sessionId);
  }

  cardIdOf(sessionId: string): string | undefined {
    return this.tracked.get(sessionId)?.cardId;
  }

  isTracking(sessionId: string): boolean {
    return this.tracked.has(sessionId);
  }

  /** For `engine.onCheckUpdate`: progress or a sign-in prompt of a running check. */
  readonly onUpdate = (update: CheckUpdate): void => {
    const tracked = this.tracked.get(update.sessionId);
    if (tracked && !tracked.closed) this.schedule(tracked, update.sessionId);
  };

  private schedule(tracked: Tracked, sessionId: string): void {
    if (tracked.queued) return;
    tracked.queued = true;
    tracked.chain = tracked.chain.then(async () => {
      tracked.queued = false;
      if (tracked.closed) return;
      await this.refresh(tracked, sessionId);
    });
  }

  private async refresh(tracked: Tracked, sessionId: string): Promise<void> {
    const card = this.runningCard(sessionId, tracked.intro, tracked.personal);
    const json = JSON.stringify(card);
    if (json === tracked.shown) return;
    tracked.shown = json;
    try {
      await this.adapter.continueIn(tracked.reference, async (context) => {
        if (tracked.cardId) {
          await context.updateActivity({ id: tracked.cardId, ...cardMessage(card) });
          return;
        }
        const sent = await context.sendActivity(cardMessage(card));
        tracked.cardId = sent?.id || undefined;
      });
    } catch (error) {
      this.logger.warn({ teamsError: safeError(error) }, 'teams check progress could not be shown');
    }
  }

  /** At shutdown: no more updates (the checks are being stopped; the next process finalises their cards). */
  stop(): void {
    for (const tracked of this.tracked.values()) tracked.closed = true;
    this.tracked.clear();
  }

  /**
   * The check has reported back (or the conversation left it): the progress card shows each check's outcome, with
   * no sign-in code left on it. `storedCardId` is the card a session kept, for a check cut off by a restart.
   */
  async finish(context: TurnContext, sessionId: string, check: CheckSummary | null, storedCardId?: string): Promise<void> {
    const tracked = this.tracked.get(sessionId);
    this.tracked.delete(sessionId);
    if (tracked) {
      tracked.closed = true;
      await tracked.chain;
    }
    const cardId = tracked?.cardId ?? storedCardId;
    if (!cardId) return;
    try {
      await context.updateActivity({ id: cardId, ...cardMessage(finishedCheckCard(check, this.words)) });
    } catch (error) {
      this.logger.warn({ teamsError: safeError(error) }, 'teams check progress could not be finalised');
    }
  }
}
