import { CardFactory, type TurnContext } from 'botbuilder';
import type { Presentation } from '../../content/present.js';
import type { TeamsContent } from '../../content/teams.en.js';
import type { Engine } from '../../engine/engine.js';
import type { View } from '../../machine/view.js';
import type { SessionRecord, Store } from '../../store/store.js';
import type { Logger } from '../../logger.js';
import { answeredCard, presentationCard, type AdaptiveCard } from './cards.js';
import { teamsMetaOf, withTeamsMeta, type TeamsMeta } from './conversation.js';
import { safeError } from './errors.js';

export interface ShownTurn {
  session: SessionRecord;
  view: View;
  presentation: Presentation;
}

/** The card that was answered, to show it again without its buttons. */
export interface AnsweredCard {
  cardId: string | undefined;
  previous: Presentation;
  line: string;
}

export function cardMessage(card: AdaptiveCard, summary?: string): { type: 'message'; attachments: ReturnType<typeof CardFactory.adaptiveCard>[]; summary?: string } {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)], ...(summary ? { summary } : {}) };
}

export function optionsFor(turn: ShownTurn) {
  return {
    sessionId: turn.session.id,
    version: turn.session.version,
    askAddress: turn.view.key === 'askingSymptom' && !turn.view.facts.address,
    freeText: turn.view.input !== 'choice',
    offerAdminHandoff: turn.view.key === 'bringingInAdmin',
  };
}

/** Shows a turn in Teams: the answered card loses its buttons, the new card is sent, its id kept in the session. */
export class TurnPoster {
  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly content: TeamsContent,
    private readonly logger: Logger,
  ) {}

  cardFor(turn: ShownTurn): AdaptiveCard {
    return presentationCard(turn.presentation, optionsFor(turn), this.content);
  }

  /** Replaces a sent card; a card that cannot be updated any more (deleted, too old) is left as it is. */
  async replaceCard(context: TurnContext, cardId: string, card: AdaptiveCard): Promise<boolean> {
    try {
      await context.updateActivity({ id: cardId, ...cardMessage(card) });
      return true;
    } catch (error) {
      this.logger.warn({ teamsError: safeError(error) }, 'teams card could not be updated');
      return false;
    }
  }

  async show(context: TurnContext, turn: ShownTurn, options: { answered?: AnsweredCard; meta?: Partial<TeamsMeta>; before?: string[] } = {}): Promise<void> {
    const { answered } = options;
    if (answered?.cardId) await this.replaceCard(context, answered.cardId, answeredCard(answered.previous, answered.line, this.content));
    for (const line of options.before ?? []) await context.sendActivity(line);
    const sent = await context.sendActivity(cardMessage(this.cardFor(turn), turn.presentation.text.slice(0, 120)));
    const change: Partial<TeamsMeta> = { ...options.meta, ...(sent?.id ? { cardId: sent.id } : {}) };
    if (Object.keys(change).length === 0) return;
    const stored = await this.store.getSession(turn.session.id);
    const meta = stored?.meta ?? turn.session.meta;
    if (!teamsMetaOf(meta) && !change.reference) return;
    await this.engine.setMeta(turn.session.id, withTeamsMeta(meta, change));
  }
}
