import { ActivityTypes, TeamsInfo, type TurnContext } from 'botbuilder';
import type { TeamsContent } from '../../content/teams.en.js';
import { matchLocale, type Locale } from '../../content/locales.js';
import type { Engine, TurnFailure, UserInput } from '../../engine/engine.js';
import type { Notice, View } from '../../machine/view.js';
import { redact } from '../../engine/redact.js';
import { claimNow, EventDeliveries, type Delivery } from '../../engine/deliveries.js';
import type { Logger } from '../../logger.js';
import { isClaimMessage, type HandoffClaimer } from '../../handoff/handoff-claims.js';
import type { AdminHandoff } from './admin-handoff.js';
import { welcomeCard } from './cards.js';
import { belongsTo, conversationKeyOf, isPersonal, referenceOf, startsThread, teamsMetaOf, TEAMS_CHANNEL, textWithoutMention } from './conversation.js';
import type { TeamsDirectory } from './directory.js';
import type { Escalation } from './escalation.js';
import { safeError } from './errors.js';
import { INPUT_IDS, parseSubmit } from './submit-data.js';
import { cardMessage, type TurnPoster } from './turn-poster.js';
import { showTyping } from './typing.js';
import { isEmailAddress } from '../../probes/address.js';
import { seenBefore } from './seen-before.js';

const ANSWER_SHOWN = 200;

export interface TeamsBotDeps {
  engine: Engine;
  /** the words of the default language */
  teams: TeamsContent;
  /** the words of a language (the default one's for a language the assistant does not speak) */
  words(locale: Locale | undefined): TeamsContent;
  directory: TeamsDirectory;
  poster: TurnPoster;
  admin: AdminHandoff;
  escalation: Escalation;
  logger: Logger;
  now?: () => number;
  /** picks up a helpdesk handoff from a "start CODE" message */
  claimHandoff?: HandoffClaimer;
}

/** Translates Teams activities into engine turns and engine turns into Adaptive Cards. */
export class TeamsBot {
  /** people whose email lookup was tried in this process (found or not): asked once each */
  private readonly looked = new Set<string>();
  private readonly seenConversations = new Set<string>();
  private readonly deliveries: EventDeliveries;

  constructor(private readonly d: TeamsBotDeps) {
    this.deliveries = new EventDeliveries(d.engine);
  }

  /** The words of the language Teams says the person uses (the activity's locale). */
  private teams(context: TurnContext): TeamsContent {
    return this.d.words(matchLocale(context.activity.locale));
  }

  private now(): number {
    return this.d.now ? this.d.now() : Date.now();
  }

  async onTurn(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message && activity.type !== ActivityTypes.ConversationUpdate) return;
    // claimed before it is handled, on any instance: a retry racing it is ignored, one after a crash is handled; a
    // post that starts a channel thread is claimed by its first turn's write (its retry meets the session it created)
    const key = activity.id ? `teams:${activity.conversation.id}:${activity.id}` : null;
    const textPost = activity.type === ActivityTypes.Message && (activity.value === undefined || activity.value === null);
    const delivery = key ? (textPost && startsThread(activity) ? this.deliveries.unclaimed(key) : await this.deliveries.claim(key)) : null;
    if (key && !delivery) return this.deliveredAgain(context);
    showTyping(context, this.d.logger);
    try {
      const newMember = await this.remember(context);
      if (activity.type === ActivityTypes.ConversationUpdate) await this.onConversationUpdate(context);
      else if (!textPost) await this.onSubmit(context);
      else await this.onText(context, delivery);
      // a message's turn records the key in its own write; anything else records it once handled
      if (delivery) await this.deliveries.finish(delivery);
      // after the reply, so that nobody waits for it
      if (newMember) await this.lookUpEmail(context);
    } catch (error) {
      // not handled: Teams' retry of this activity is (a claim this attempt does not hold is left to its holder)
      if (delivery?.claimed && !delivery.recorded) await this.d.engine.releaseDelivery(delivery.key).catch(() => undefined);
      throw error;
    }
  }

  private deliveredAgain(context: TurnContext): void {
    this.d.logger.info({ activityType: context.activity.type }, 'teams activity delivered again: ignored');
  }

  /**
   * Keeps what later turns need: where a conversation lives, and how to reach a person 1:1. True when the person
   * is new to this process and their email is not known yet.
   */
  private async remember(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    const conversationId = activity.conversation.id.split(';')[0] ?? activity.conversation.id;
    if (activity.serviceUrl && !seenBefore(this.seenConversations, conversationId)) {
      await this.d.directory.rememberConversation(conversationId, activity.serviceUrl, this.now());
    }
    const from = activity.from;
    if (!isPersonal(activity) || !from?.id || seenBefore(this.looked, from.id)) return false;
    await this.d.directory.rememberMember(
      { userId: from.id, aadObjectId: from.aadObjectId ?? null, name: from.name ?? null, email: null, reference: referenceOf(activity) },
      this.now(),
    );
    return !(await this.d.directory.hasEmail(from.id));
  }

  /** Asks Teams for the person's email or UPN, so that others can name them as their admin. */
  private async lookUpEmail(context: TurnContext): Promise<void> {
    const from = context.activity.from;
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      const email = member.email ?? member.userPrincipalName;
      if (email && isEmailAddress(email)) await this.d.directory.setEmail(from.id, email, this.now());
    } catch (error) {
      this.d.logger.warn({ teamsError: safeError(error) }, 'teams member email could not be read');
    }
  }

  private async onConversationUpdate(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
    if (!botAdded) return;
    if (!isPersonal(activity)) {
      await context.sendActivity(cardMessage(welcomeCard(this.teams(context).welcomeChannel, this.teams(context))));
      return;
    }
    await context.sendActivity(cardMessage(welcomeCard(this.teams(context).welcomePersonal, this.teams(context))));
    const { created, session } = await this.sessionOf(context);
    const current = created ?? (await this.d.engine.current(session.id));
    if (current) await this.d.poster.show(context, current);
  }

  private metaOf(activity: TurnContext['activity']) {
    return { teams: { reference: referenceOf(activity), ...(activity.from?.name ? { userName: activity.from.name } : {}) } };
  }

  private sessionOf(context: TurnContext) {
    const activity = context.activity;
    return this.d.engine.sessionFor(TEAMS_CHANNEL, conversationKeyOf(activity), this.metaOf(activity), undefined, matchLocale(activity.locale));
  }

  private async onText(context: TurnContext, delivery: Delivery | null): Promise<void> {
    const text = textWithoutMention(context.activity);
    // only a new conversation's first turn claims the delivery in its own write
    if ((!text || isClaimMessage(text)) && delivery && !(await claimNow(this.d.engine, delivery))) return this.deliveredAgain(context);
    if (text && this.d.claimHandoff && (await this.claimed(context, text))) return;
    if (!text) {
      const { session, created } = await this.sessionOf(context);
      const stored = created ? null : await this.d.engine.current(session.id);
      // a check running on another instance has its progress card already, posted by that instance
      if (stored?.checkElsewhere) return this.failed(context, { error: 'checking' });
      const current = created ?? stored;
      if (current) await this.d.poster.show(context, current, { before: created ? [] : [this.teams(context).emptyMention] });
      return;
    }
    const activity = context.activity;
    const options = { ...(delivery ? { deliveryKey: delivery.key } : {}), locale: matchLocale(activity.locale) };
    // a new channel post starts its own thread; a session there all the same is met by the new session's write
    const { latest, taking: session } = startsThread(activity) ? { latest: null, taking: null } : await this.d.engine.conversationOf(TEAMS_CHANNEL, conversationKeyOf(activity), text);
    // the card's id this process posted may not have reached the store yet
    const cardId = session ? this.d.poster.cardIdOf(session) : undefined;
    // the question being answered is only needed to redraw its card without buttons
    const previous = session && cardId ? await this.presentationOf(session.id, session.version) : undefined;
    // a new conversation's first message is created and answered in one write, the activity recorded in it
    const claimInTurn = delivery?.claimed === false;
    const outcome = session
      ? await this.d.engine.send(session.id, { text }, options)
      : await this.d.engine.startWith(TEAMS_CHANNEL, conversationKeyOf(activity), this.metaOf(activity), { text }, { ...options, latest, claimInTurn });
    if (delivery && (outcome.ok || outcome.error === 'delivered-before')) delivery.recorded = true;
    if (!outcome.ok) return outcome.error === 'delivered-before' ? this.deliveredAgain(context) : this.failed(context, outcome);
    await this.d.poster.show(context, outcome, {
      ...(previous && cardId ? { answered: { cardId, previous, line: typedLine(this.teams(context), outcome.view, shorten(redact(text))) } } : {}),
    });
    await this.escalationNote(context, outcome.session.id);
  }

  /** A "start CODE" message from a handoff link: the waiting session starts here, or the person hears why not. */
  private async claimed(context: TurnContext, text: string): Promise<boolean> {
    const activity = context.activity;
    const answer = await this.d.claimHandoff?.(text, conversationKeyOf(activity), this.metaOf(activity));
    if (!answer) return false;
    if ('claimed' in answer) await this.d.poster.show(context, answer.claimed);
    else await context.sendActivity(this.teams(context).handoffRefused[answer.refused]);
    return true;
  }

  /** What a session's last card shows: remembered when this process showed it, otherwise restored by the engine. */
  private async presentationOf(sessionId: string, version: number) {
    return this.d.poster.shownPresentation(sessionId, version) ?? (await this.d.engine.current(sessionId))?.presentation;
  }

  private async onSubmit(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const data = parseSubmit(activity.value);
    if (!data) {
      await context.sendActivity(this.teams(context).unreadableSubmit);
      return;
    }
    if (data.md === 'admin-done') return this.d.admin.onDone(context, data);
    const session = (await this.d.engine.session(data.session))?.session;
    if (!session || session.channel !== TEAMS_CHANNEL || !belongsTo(session.conversationKey, activity)) {
      await context.sendActivity(this.teams(context).unreadableSubmit);
      return;
    }
    // an answer to "did this help?" counts from any card that asked it, as the engine takes it
    const upToDate = session.version === data.version;
    if (!upToDate && data.md !== 'feedback') {
      await context.sendActivity(this.teams(context).stale);
      return;
    }
    if (data.md === 'notify-admin') {
      const current = await this.d.engine.current(session.id);
      if (current) await this.d.admin.request(context, current, data[INPUT_IDS.adminEmail] ?? '');
      return;
    }
    const presentation = await this.presentationOf(session.id, session.version);
    if (!presentation) {
      await context.sendActivity(this.teams(context).sessionGone);
      return;
    }

    let input: UserInput;
    let answer: string;
    let typed = false;
    // the comment line of the card that thanks for a "no"
    const comment = data.md === 'feedback' ? data[INPUT_IDS.feedbackComment]?.trim() : undefined;
    if (data.md === 'feedback' && comment !== undefined) {
      if (!comment) {
        await context.sendActivity(this.teams(context).feedbackComment.empty);
        return;
      }
      input = { choice: data.answer, comment };
      answer = shorten(redact(comment));
    } else if (data.md === 'feedback') {
      input = { choice: data.answer };
      answer = presentation.feedback?.choices.find((c) => c.id === data.answer)?.label ?? data.answer;
    } else if (data.md === 'text') {
      const text = (data[INPUT_IDS.text] ?? '').trim();
      if (!text) {
        await context.sendActivity(this.teams(context).emptyMention);
        return;
      }
      input = { text };
      answer = shorten(redact(text));
      typed = true;
    } else {
      const choice = data.md === 'choice' ? data.choice : data[INPUT_IDS.pickedChoice];
      if (!choice) {
        await context.sendActivity(this.teams(context).choiceSetEmpty);
        return;
      }
      input = { choice, version: data.version };
      answer = [...presentation.choices, ...presentation.exits].find((c) => c.id === choice)?.label ?? choice;
    }

    const notes: string[] = [];
    const address = (data[INPUT_IDS.address] ?? '').trim();
    if (address && isEmailAddress(address)) {
      const noted = await this.d.engine.noteAddress(session.id, address);
      if (noted.ok && 'choice' in input) input = { choice: input.choice, version: noted.session.version };
    } else if (address) {
      notes.push(this.teams(context).addressNotEmail(shorten(address)));
    }

    const outcome = await this.d.engine.send(session.id, input);
    if (!outcome.ok) return this.failed(context, outcome);
    await this.d.poster.show(context, outcome, {
      // a card clicked after the session moved on is left as it is: what it shows is not the session's latest
      ...(upToDate ? { answered: { cardId: activity.replyToId ?? this.d.poster.cardIdOf(session), previous: presentation, line: typed ? typedLine(this.teams(context), outcome.view, answer) : this.teams(context).answered(answer) } } : {}),
      before: notes,
    });
    await this.escalationNote(context, outcome.session.id);
  }

  private async escalationNote(context: TurnContext, sessionId: string): Promise<void> {
    const note = this.d.escalation.takeNote(sessionId);
    if (note) await context.sendActivity(note);
  }

  private async failed(context: TurnContext, failure: TurnFailure): Promise<void> {
    const t = this.d.teams;
    const reply = {
      stale: t.stale,
      'choice-not-offered': t.stale,
      'not-expected': t.stale,
      'text-too-long': 'limit' in failure ? t.textTooLong(failure.limit) : t.busy,
      busy: t.busy,
      checking: t.stillChecking,
      'session-not-found': t.sessionGone,
    }[failure.error];
    await context.sendActivity(reply);
  }
}

/** What typed words did to a card's question when they did not answer it. */
const NOT_AN_ANSWER = new Set<Notice['kind']>([
  'aside',
  'not-understood',
  'went-back',
  'nothing-to-go-back-to',
  'cannot-go-back',
  'ended-no-back',
  'restarted',
  'language-switched',
  'language-unsupported',
]);

/**
 * The line under a card whose question the person met with typed words: "You answered" when they answered it,
 * otherwise "You wrote" (a question of their own, words not understood, a step back: the question comes again below).
 */
function typedLine(words: TeamsContent, view: View, text: string): string {
  return view.notices.some((n) => NOT_AN_ANSWER.has(n.kind)) ? words.wrote(text) : words.answered(text);
}

function shorten(text: string): string {
  return text.length > ANSWER_SHOWN ? `${text.slice(0, ANSWER_SHOWN - 1)}…` : text;
}
