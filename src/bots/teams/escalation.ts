import type { ConversationReference } from 'botbuilder';
import type { Content } from '../../content/types.js';
import type { TeamsContent } from '../../content/teams.en.js';
import { summarize } from '../../content/summary.js';
import type { Engine, TurnResult } from '../../engine/engine.js';
import type { Logger } from '../../logger.js';
import type { SessionRecord } from '../../store/store.js';
import type { TeamsAdapter } from './adapter.js';
import { noteCard } from './cards.js';
import { TEAMS_CHANNEL } from './conversation.js';
import type { TeamsDirectory } from './directory.js';
import { safeError } from './errors.js';
import { cardMessage } from './turn-poster.js';

export interface EscalationTarget {
  /** TEAMS_ESCALATION_CONVERSATION: a channel (`19:…@thread.tacv2`) or chat id the bot is installed in */
  conversationId: string | undefined;
  /** used until the bot has heard from that conversation (then the service URL Teams sent is used) */
  defaultServiceUrl: string;
}

/**
 * When a Teams conversation is escalated, its summary is posted to the IT team's Teams conversation; the person
 * is told whether that worked (the note is picked up by the turn that escalated).
 */
export class Escalation {
  private readonly notes = new Map<string, string>();

  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly engine: Engine,
    private readonly directory: TeamsDirectory,
    private readonly content: Content,
    private readonly teams: TeamsContent,
    private readonly target: EscalationTarget,
    private readonly logger: Logger,
  ) {}

  readonly onStatusChange = async (result: TurnResult, previous: SessionRecord['status']): Promise<void> => {
    if (result.session.channel !== TEAMS_CHANNEL || result.session.status !== 'escalated' || previous === 'escalated') return;
    const conversationId = this.target.conversationId;
    if (!conversationId) return;
    const summary = summarize(result.session, result.view, await this.engine.transcript(result.session.id), this.content);
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: this.directory.serviceUrlFor(conversationId) ?? this.target.defaultServiceUrl,
      conversation: { id: conversationId, isGroup: true } as ConversationReference['conversation'],
    };
    let posted = false;
    try {
      await this.adapter.continueIn(reference, async (context) => {
        try {
          await context.sendActivity(cardMessage(noteCard(this.teams.escalationTitle, summary.text.split('\n')), this.teams.escalationTitle));
          posted = true;
        } catch (error) {
          this.logger.warn({ teamsError: safeError(error) }, 'teams escalation summary could not be posted');
        }
      });
    } catch (error) {
      this.logger.warn({ teamsError: safeError(error) }, 'teams escalation conversation could not be reached');
    }
    this.notes.set(result.session.id, posted ? this.teams.escalationPosted : this.teams.escalationFailed);
  };

  /** The sentence for the person whose conversation was just escalated, once. */
  takeNote(sessionId: string): string | null {
    const note = this.notes.get(sessionId) ?? null;
    this.notes.delete(sessionId);
    return note;
  }
}
