import { CardFactory, type TurnContext } from 'botbuilder';
import type { Presentation } from '../../content/present.js';
import type { TeamsContent } from '../../content/teams.en.js';
import type { Locale } from '../../content/locales.js';
import type { Engine } from '../../engine/engine.js';
import type { View } from '../../machine/view.js';
import type { SessionRecord } from '../../store/store.js';
import type { Logger } from '../../logger.js';
import { answeredCard, presentationCard, text, type AdaptiveCard } from './cards.js';
import { isPersonal, referenceOf, teamsMetaOf, TEAMS_META, type TeamsMeta } from './conversation.js';
import { safeError } from './errors.js';
import type { CheckProgressCards } from './progress.js';
import { suggestionsFor } from './suggestions.js';

export interface ShownTurn {
  session: SessionRecord;
  /** the conversation's language (the default one when not given) */
  locale?: Locale;
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

/** The longest the channel's close waits for card ids still being written. */
const SETTLE_LIMIT_MS = 5000;

/** Sessions whose last card is remembered in memory (the rest ask the engine). */
const MAX_SHOWN = 2000;

/** The check with a Microsoft sign-in shows a code: offered only in a 1:1 chat, never where others read along. */
const PERSONAL_ONLY_CHOICES = ['run-check-signed-in'];

export function optionsFor(turn: ShownTurn, personal = true) {
  const hidden = personal ? [] : [...turn.presentation.choices, ...turn.presentation.exits].filter((c) => PERSONAL_ONLY_CHOICES.includes(c.id));
  return {
    sessionId: turn.session.id,
    version: turn.session.version,
    askAddress: turn.view.key === 'askingSymptom' && !turn.view.facts.address,
    freeText: turn.view.input !== 'choice',
    offerAdminHandoff: turn.view.key === 'bringingInAdmin',
    hiddenChoices: hidden.map((c) => c.id),
    askFeedbackComment: turn.view.notices.some((n) => n.kind === 'feedback-thanks' && n.answer === 'not-helpful' && !n.comment),
  };
}

export interface ShowOptions {
  answered?: AnsweredCard;
  meta?: Partial<TeamsMeta>;
  before?: string[];
}

/** Shows a turn in Teams: the answered card loses its buttons, the new card is sent, its id kept in the session. */
export class TurnPoster {
  private readonly showing = new Map<string, Promise<void>>();
  /** the presentation of the last card shown per session, by version, so an answer need not restore the session */
  private readonly shown = new Map<string, { version: number; presentation: Presentation; cardId: string | undefined }>();
  /** the Teams part of a session's meta being written, per session, after its card went out */
  private readonly keeping = new Map<string, Promise<void>>();

  constructor(
    private readonly engine: Engine,
    /** the words of a conversation's language */
    private readonly words: (locale: Locale | undefined) => TeamsContent,
    private readonly logger: Logger,
    private readonly progress: CheckProgressCards,
  ) {}

  /**
   * What the last card of a session showed, if this process showed it at this version (the stored session has not
   * moved on since); otherwise undefined, and the caller asks the engine.
   */
  shownPresentation(sessionId: string, version: number): Presentation | undefined {
    const last = this.shown.get(sessionId);
    return last?.version === version ? last.presentation : undefined;
  }

  /**
   * The id of a session's last card: the one this process posted at the session's version (its write to the session
   * may still be under way, see `keep`; a card posted without an id has none), else the one the session keeps.
   */
  cardIdOf(session: SessionRecord): string | undefined {
    const last = this.shown.get(session.id);
    return last?.version === session.version ? last.cardId : teamsMetaOf(session.meta)?.cardId;
  }

  /**
   * Resolves once every change to the sessions' Teams meta started so far is written (or failed and was logged), or
   * after `limitMs`: a store that no longer answers does not hold up the channel's close.
   */
  async settled(limitMs = SETTLE_LIMIT_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, limitMs);
      timer.unref();
    });
    const all = (async () => {
      while (this.keeping.size > 0) await Promise.all(this.keeping.values());
    })();
    await Promise.race([all, late]);
    clearTimeout(timer);
  }

  private remember(turn: ShownTurn, cardId: string | undefined): void {
    this.shown.delete(turn.session.id);
    if (this.shown.size >= MAX_SHOWN) this.shown.delete(this.shown.keys().next().value as string);
    this.shown.set(turn.session.id, { version: turn.session.version, presentation: turn.presentation, cardId });
  }

  /**
   * Writes what a turn changed in the session's Teams meta (the new card's id above all) without holding up the
   * turn: Teams waits for the answer to its request until the turn is done, and the card is out already. The
   * session's next turn still sees it: the engine makes it in the session's lock, taken here before anything else,
   * and this process knows the card's id meanwhile (`cardIdOf`). A write that fails leaves the old card's buttons
   * in place, which answer as a stale card does; it is logged.
   */
  private keep(sessionId: string, change: Partial<TeamsMeta>): Promise<void> {
    const kept = this.engine.patchMetaPart(sessionId, TEAMS_META, change, change.reference !== undefined).catch((error: unknown) => {
      this.logger.warn({ storeError: safeError(error) }, 'teams card id could not be kept');
    });
    this.keeping.set(sessionId, kept);
    void kept.then(() => {
      if (this.keeping.get(sessionId) === kept) this.keeping.delete(sessionId);
    });
    return kept;
  }

  cardFor(turn: ShownTurn, personal = true): AdaptiveCard {
    const words = this.words(turn.locale);
    const card = presentationCard(turn.presentation, optionsFor(turn, personal), words);
    if (!personal && optionsFor(turn, personal).hiddenChoices.length > 0) card.body.push(text(words.checkSignedInInChatOnly, { isSubtle: true }));
    return card;
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

  /**
   * Shows a turn. A turn that starts a live check posts the check's progress card (updated in place until the
   * check reports back); the turn after it first finalises that card. Turns of one session are shown in order: a
   * quick check's result waits until the card of the turn that started it is out.
   */
  async show(context: TurnContext, turn: ShownTurn, options: ShowOptions = {}): Promise<void> {
    const id = turn.session.id;
    const current = (this.showing.get(id) ?? Promise.resolve()).catch(() => undefined).then(() => this.showNow(context, turn, options));
    this.showing.set(id, current);
    try {
      await current;
    } finally {
      if (this.showing.get(id) === current) this.showing.delete(id);
    }
  }

  private async showNow(context: TurnContext, turn: ShownTurn, options: ShowOptions): Promise<void> {
    const { answered } = options;
    const sessionId = turn.session.id;
    const stored = teamsMetaOf(turn.session.meta);
    const running = turn.view.key === 'runningCheck';
    const change: Partial<TeamsMeta> = { ...options.meta };
    const progressCardId = this.progress.cardIdOf(sessionId) ?? stored?.checkCardId;
    if (!running && (this.progress.isTracking(sessionId) || progressCardId)) {
      await this.progress.finish(context, sessionId, turn.view.facts.check, stored?.checkCardId);
      if (stored?.checkCardId) change.checkCardId = undefined;
    }
    // the progress card is finalised above, never turned into an answered question
    if (answered?.cardId && answered.cardId !== progressCardId) await this.replaceCard(context, answered.cardId, answeredCard(answered.previous, answered.line, this.words(turn.locale)));
    for (const line of options.before ?? []) await context.sendActivity(line);
    const personal = isPersonal(context.activity);
    const card = running ? this.progress.runningCard(sessionId, turn.presentation.text, personal) : this.cardFor(turn, personal);
    const sent = await context.sendActivity(cardMessage(card, turn.presentation.text.slice(0, 120)));
    const cardId = sent?.id || undefined;
    this.remember(turn, cardId);
    if (cardId) change.cardId = cardId;
    if (running) {
      if (cardId) change.checkCardId = cardId;
      const reference = stored?.reference ?? referenceOf(context.activity);
      this.progress.track({ sessionId, reference, personal, intro: turn.presentation.text, cardId });
    }
    const kept = Object.keys(change).length > 0 ? this.keep(sessionId, change) : null;
    // after the card's id is kept: a tap on a suggestion answers that card, on whichever instance takes the tap
    const suggestions = running ? null : suggestionsFor(turn.view.key, turn.presentation, personal, this.words(turn.locale).suggestionsIntro);
    if (suggestions) {
      await kept;
      await context.sendActivity(suggestions);
    }
  }
}
