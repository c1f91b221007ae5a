import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Presentation } from '../../content/present.js';
import type { TeamsContent } from '../../content/teams.en.js';
import type { Engine } from '../../engine/engine.js';
import type { Logger } from '../../logger.js';
import type { View } from '../../machine/view.js';
import type { SessionRecord } from '../../store/store.js';
import type { TeamsAdapter } from './adapter.js';
import { adminRequestCard, noteCard } from './cards.js';
import { teamsMetaOf, TEAMS_META } from './conversation.js';
import type { TeamsDirectory } from './directory.js';
import { safeError } from './errors.js';
import type { SubmitData } from './submit-data.js';
import { cardMessage, type TurnPoster } from './turn-poster.js';
import { isEmailAddress } from '../../probes/address.js';


interface CurrentTurn {
  session: SessionRecord;
  view: View;
  presentation: Presentation;
}

/**
 * The admin handoff in Teams: the person names their admin by email; if that admin has chatted with the bot 1:1,
 * the bot sends them the exact steps with a Done button, and Done moves the person's conversation on.
 */
export class AdminHandoff {
  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly engine: Engine,
    private readonly directory: TeamsDirectory,
    private readonly poster: TurnPoster,
    private readonly teams: TeamsContent,
    private readonly logger: Logger,
  ) {}

  /** Runs `logic` in another conversation; true when it completed (a connector error is a result, not a crash). */
  private async deliver(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<boolean> {
    let delivered = false;
    try {
      await this.adapter.continueIn(reference, async (context) => {
        try {
          await logic(context);
          delivered = true;
        } catch (error) {
          this.logger.warn({ teamsError: safeError(error) }, 'teams message to another conversation failed');
        }
      });
    } catch (error) {
      this.logger.warn({ teamsError: safeError(error) }, 'teams conversation could not be continued');
    }
    return delivered;
  }

  async request(context: TurnContext, current: CurrentTurn, rawEmail: string): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    if (!isEmailAddress(email)) {
      await context.sendActivity(this.teams.addressNotEmail(rawEmail.trim().slice(0, 100)));
      return;
    }
    const forward = current.presentation.forward;
    if (current.view.key !== 'bringingInAdmin' || !forward) {
      await context.sendActivity(this.teams.stale);
      return;
    }
    const admin = await this.directory.findByEmail(email);
    if (!admin) {
      await context.sendActivity(this.teams.adminNotFound(email));
      return;
    }
    const adminName = admin.name ?? email;
    const requester = context.activity.from?.name ?? this.teams.someone;
    const card = adminRequestCard(requester, forward, { session: current.session.id, admin: admin.userId }, this.teams);
    const sent = await this.deliver(admin.reference, async (adminContext) => {
      await adminContext.sendActivity(cardMessage(card, this.teams.adminCardTitle(requester)));
    });
    if (!sent) {
      await context.sendActivity(this.teams.adminUnreachable(adminName));
      return;
    }
    await this.engine.patchMetaPart(current.session.id, TEAMS_META, { admin: { userId: admin.userId, name: adminName } });
    await context.sendActivity(this.teams.adminSent(adminName));
  }

  /** The admin selected Done: only the admin it was sent to may, and only while the conversation still waits for it. */
  async onDone(context: TurnContext, data: Extract<SubmitData, { md: 'admin-done' }>): Promise<void> {
    if (context.activity.from?.id !== data.admin) {
      await context.sendActivity(this.teams.adminNotYours);
      return;
    }
    const before = await this.engine.current(data.session);
    const outcome = before ? await this.engine.send(data.session, { choice: 'admin-done' }) : null;
    const cardId = context.activity.replyToId;
    if (!before || !outcome?.ok) {
      if (cardId) await this.poster.replaceCard(context, cardId, noteCard(this.teams.adminDoneLabel, [this.teams.adminAlreadyMovedOn]));
      else await context.sendActivity(this.teams.adminAlreadyMovedOn);
      return;
    }
    const meta = teamsMetaOf(outcome.session.meta);
    const requester = meta?.userName ?? this.teams.someone;
    const thanks = this.teams.adminThanks(requester);
    if (cardId) await this.poster.replaceCard(context, cardId, noteCard(this.teams.adminDoneLabel, [thanks]));
    else await context.sendActivity(thanks);
    if (!meta) return;
    const adminName = context.activity.from?.name ?? meta.admin?.name ?? this.teams.someone;
    await this.deliver(meta.reference, (userContext) =>
      this.poster.show(userContext, outcome, {
        answered: { cardId: meta.cardId, previous: before.presentation, line: this.teams.adminDoneForUser(adminName) },
      }),
    );
  }
}
