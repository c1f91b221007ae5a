import { randomUUID } from 'node:crypto';
import { createActor } from 'xstate';
import type { LoopErrorHandler } from '../background-loop.js';
import type { Content, ContentSettings } from '../content/types.js';
import { feedbackQuestion, labelFor, present, toBubbles, toPlainText, type FeedbackQuestion, type LabelledChoice, type Presentation } from '../content/present.js';
import { FEEDBACK_COMMENT_LIMIT, isFeedbackAnswer, type FeedbackAnswer } from '../machine/feedback.js';
import { FeedbackAsks } from './feedback-asks.js';
import { isChoiceId, type ChoiceId } from '../machine/choices.js';
import type { TriageEvent } from '../machine/events.js';
import { Interpreter } from '../understanding/interpreter.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../content/locales.js';
import { chooseLanguage } from './language-choice.js';
import { warmUpDetector } from '../understanding/language-detector.js';
import { planFor } from '../understanding/to-events.js';
import { triageMachine } from '../machine/triage.machine.js';
import { offeredChoices, viewOf, type Notice, type TurnInfo, type View } from '../machine/view.js';
import type { ViewKey } from '../machine/view-keys.js';
import type { NewOutboxItem } from '../store/helpdesk-records.js';
import { SessionConflictError, type NewTranscriptEntry, type SessionRecord, type Store, type TranscriptEntry } from '../store/store.js';
import { redact } from './redact.js';
import { cleanText } from './clean-text.js';
import { personKey } from './person-key.js';
import { MetaPartBatch } from './meta-part-batch.js';
import { SessionLocks } from './session-locks.js';
import { PureSteps } from './pure-step.js';
import { isCheckingSnapshot, LiveChecks, type CheckListener, type CheckState, type ProbeRunner } from './live-checks.js';
import { CheckLeases } from './check-leases.js';
import { SignInSeal } from './sign-in-seal.js';
import { timerChange } from './turn-timers.js';
import { emptyMemory, joinStored, remember, sawState, splitStored, type ConversationMemory } from './conversation-memory.js';

export const MAX_TEXT_LENGTH = 4000;

/** Whether a session's conversation is over (a new message starts the next one, unless it is an afterword). */
export const isEnded = (status: SessionRecord['status']): boolean => status === 'resolved' || status === 'escalated';

/** How long after a conversation ended a thank-you or a question still belongs to it. */
const AFTERWORD_MS = 24 * 60 * 60 * 1000;

/** What a person sent: words, or the id of a choice they picked. */
export type UserInput = { text: string } | { choice: string; version?: number; comment?: string };

export interface BotMessage {
  text: string;
  /** the buttons that go with the message: choices, or the two answers to "did this help?" */
  choices: Array<LabelledChoice | FeedbackQuestion['choices'][number]>;
}

export interface TurnResult {
  session: SessionRecord;
  /** the conversation's language: channels word their own strings in it */
  locale: Locale;
  view: View;
  presentation: Presentation;
  messages: BotMessage[];
}

export type TurnFailure =
  | { error: 'session-not-found' }
  | { error: 'choice-not-offered'; offered: ChoiceId[] }
  | { error: 'text-too-long'; limit: number }
  | { error: 'busy' }
  /** the session's live check runs on another instance: nothing can change until it reports back */
  | { error: 'checking' }
  | { error: 'not-expected' }
  /** a button from an older message: the session has moved on since */
  | { error: 'stale'; current: number };

export type TurnOutcome = ({ ok: true } & TurnResult) | ({ ok: false } & TurnFailure);

/** A first message delivered again (see `StartOptions.claimInTurn`): another attempt has handled it or is handling it. */
export interface DeliveredBefore {
  ok: false;
  error: 'delivered-before';
}
const DELIVERED_BEFORE: DeliveredBefore = { ok: false, error: 'delivered-before' };

export interface EngineOptions {
  store: Store;
  /** the words of the default language */
  content: Content;
  /** the words of every other language the assistant may speak (a conversation follows the person's language) */
  locales?: Partial<Record<Locale, Content>>;
  closeIpListUrl?: string | undefined;
  followUpDelayMs: number;
  now?: () => number;
  /** runs the live check of a mailbox; without it, a check ends as failed */
  probe?: ProbeRunner;
  /** how long a check may run before a restart is assumed (its watchdog), in ms, without and with a sign-in */
  probeWatchdogMs?: { plain: number; signedIn: number };
  /** called when a listener fails; the turn itself has been saved by then */
  onListenerError?: (error: unknown) => void;
  /** called when saving a finished check fails (the store away); it is tried again, later each time */
  onBackgroundError?: LoopErrorHandler;
  /** this instance, as the owner of the live checks it runs (default: a random id) */
  instanceId?: string;
  /** how long a running check's lease holds without a renewal (renewed every third of it); default 15 s */
  checkLeaseMs?: number;
  /**
   * the key (32 bytes) sealing a running check's sign-in prompt in the store: the same on every instance, so any of
   * them can show it (default: one of this process's own, for a single instance)
   */
  signInKey?: Buffer;
}

/** How long a running check's lease holds without a renewal, unless told otherwise. */
const CHECK_LEASE_MS = 15_000;
/** How long a claimed delivery is held for its handler before a retry may take it (its handler died, say). */
const DELIVERY_LEASE_MS = 60_000;

/** The longest wait between tries to save a finished check. */
const CHECK_RETRY_MAX_MS = 30_000;

/** What a turn does: events for the machine in order (none for a turn that only redraws), or a step back. */
interface Decision {
  events: TriageEvent[];
  userText: string | null;
  choice: ChoiceId | null;
  back?: boolean;
  extra?: Notice[];
  /** the conversation's language from this turn on */
  locale?: Locale;
  /** show the whole step again (it is now in another language) */
  redraw?: boolean;
  /** an answer to "did this help?" (the conversation stays as it is) */
  feedback?: GivenFeedback;
}

/** An answer to "did this help?", with the person's comment (redacted) if they added one. */
export interface GivenFeedback {
  answer: FeedbackAnswer;
  comment: string | null;
}

/** Where a person's message came from: a delivery key (a Slack event id) is recorded in the same write as the turn. */
export interface TurnOptions {
  deliveryKey?: string;
  /** the language the channel knows the person uses (Slack's or Teams's locale, the browser's): used by a new session */
  locale?: Locale | undefined;
}

export interface StartOptions extends TurnOptions {
  /**
   * The conversation's newest session as the caller has just read it (null: none), so that it is not read twice. A
   * session another instance creates after that read is still found: the new one must follow the same one, and the
   * store refuses a second successor (SessionConflictError), after which the message goes to the one that won.
   */
  latest?: SessionRecord | null;
  /**
   * The delivery key has not been claimed beforehand: the message starts a conversation of its own (the conversation
   * key names it: a new Slack thread, a new Teams channel post), so its first turn's session is its record, and a
   * second delivery, meeting that session, gets `delivered-before` rather than a second answer. A first turn that
   * needs more than one write claims the key first.
   */
  claimInTurn?: boolean;
}

/** The meta key of a session started by a message that starts a conversation of its own: that message's delivery key. */
const FIRST_DELIVERY = 'firstDelivery';
const firstDeliveryOf = (session: SessionRecord | null): unknown => session?.meta[FIRST_DELIVERY];

/** What a person typed, as the store can keep it (no NUL, no unpaired surrogate: see clean-text.ts). */
function storable(input: UserInput): UserInput {
  if ('text' in input) return { text: cleanText(input.text) };
  return input.comment === undefined ? input : { ...input, comment: cleanText(input.comment).trim().slice(0, FEEDBACK_COMMENT_LIMIT) };
}

/** Whether a turn's answer says the message was not understood, or asks which problem was meant. */
const wasMisunderstood = (view: View): boolean => view.key === 'clarifyingPath' || view.notices.some((n) => n.kind === 'not-understood');

/** The person's line of a turn for the transcript (none for a turn nobody typed), with secrets taken out. */
function userEntry(at: number, text: string | null, viewKey: ViewKey, choice: ChoiceId | null): NewTranscriptEntry[] {
  return text === null ? [] : [{ at, role: 'user', text: redact(text), viewKey, choice, diagnoses: [], proactive: false }];
}

/** Something that wants to hear about turns nobody asked for (follow-ups), to post them in its channel. */
export type ProactiveListener = (result: TurnResult) => void | Promise<void>;

/** Hears every saved turn whose status changed (to waiting, resolved, escalated…), in any channel. */
export type StatusListener = (result: TurnResult, previous: SessionRecord['status']) => void | Promise<void>;

/**
 * Hears every saved turn, including a session's first (metrics, logs); `proactive` for a follow-up; `feedback` for the
 * first answer to "did this help?" (a comment added later is not counted again).
 */
export type TurnListener = (result: TurnResult, info: TurnInfoForListeners) => void;

export interface TurnInfoForListeners {
  created: boolean;
  proactive: boolean;
  feedback?: FeedbackAnswer;
}

/**
 * Says what a turn that changes a session's status reports to a helpdesk (an escalation, a resolution), before it
 * is saved: the reports are queued in the turn's own write, so a turn is never saved without them.
 */
export type TurnReporter = (pending: {
  session: SessionRecord;
  view: View;
  previous: SessionRecord['status'];
  /** the lines this turn adds to the transcript */
  added: NewTranscriptEntry[];
  /** the person's answer to "did this help?", when this turn records one */
  feedback?: GivenFeedback;
}) => Promise<NewOutboxItem[]>;

/** Hears how late each claimed follow-up is handled, in milliseconds past its due time (scheduler lag). */
export type FollowUpLagListener = (lagMs: number) => void;

interface Restored {
  session: SessionRecord;
  view: View;
}

/**
 * Runs one conversation per session: a turn loads the stored snapshot, sends one event, stores the new snapshot
 * with the transcript and any follow-up in one write, and renders the view. A running live check's actor lives in
 * the instance that runs it; its lease, progress and sealed sign-in prompt are in the store, for every instance.
 */
export class Engine {
  private readonly store: Store;
  private readonly options: EngineOptions;
  private readonly locks = new SessionLocks();
  private readonly listeners = new Map<string, ProactiveListener>();
  private readonly statusListeners: StatusListener[] = [];
  private readonly turnListeners: TurnListener[] = [];
  private readonly lagListeners: FollowUpLagListener[] = [];
  private readonly reporters: TurnReporter[] = [];
  private readonly checks: LiveChecks;
  /** steps of new sessions without an actor, and the view of the state every session starts in */
  private readonly steps = new PureSteps();
  private readonly firstView = viewOf(this.steps.initial);
  private readonly contents: Partial<Record<Locale, Content>>;
  private readonly defaultLocale: Locale;
  private readonly interpreters = new Map<Locale, Interpreter>();
  private readonly feedbackAsks: FeedbackAsks;
  private readonly metaParts: MetaPartBatch;

  constructor(options: EngineOptions) {
    this.options = options;
    this.store = options.store;
    const leases = new CheckLeases({
      store: this.store,
      owner: options.instanceId ?? randomUUID(),
      leaseMs: options.checkLeaseMs ?? CHECK_LEASE_MS,
      seal: new SignInSeal(options.signInKey),
      now: () => this.now(),
      onError: options.onBackgroundError,
    });
    const personOf = async (sessionId: string) => {
      const session = await this.store.getSession(sessionId);
      return session ? personKey(session) : `session:${sessionId}`;
    };
    this.checks = new LiveChecks(options.probe, personOf, leases);
    this.defaultLocale = isLocale(options.content.understanding.locale) ? options.content.understanding.locale : DEFAULT_LOCALE;
    this.contents = { ...options.locales, [this.defaultLocale]: options.content };
    this.feedbackAsks = new FeedbackAsks(this.store, () => this.now());
    this.metaParts = new MetaPartBatch(this.store);
  }

  /** The languages this engine speaks. */
  get locales(): Locale[] {
    return Object.keys(this.contents).filter(isLocale);
  }

  /** The words of a language, or of the default one when the engine does not speak it. */
  contentOf(locale: Locale | undefined): Content {
    return (locale && this.contents[locale]) || this.options.content;
  }

  /** The language a stored session is held in. */
  localeOfSession(session: Pick<SessionRecord, 'snapshot'>): Locale {
    return this.localeOf(splitStored(session.snapshot).memory);
  }

  private localeOf(memory: ConversationMemory): Locale {
    return isLocale(memory.locale) && this.contents[memory.locale] ? memory.locale : this.defaultLocale;
  }

  /** The supported language nearest to a channel's hint, or the default. */
  private pick(locale: Locale | undefined): Locale {
    return locale && this.contents[locale] ? locale : this.defaultLocale;
  }

  private interpreterOf(locale: Locale): Interpreter {
    let interpreter = this.interpreters.get(locale);
    if (!interpreter) {
      interpreter = new Interpreter(this.contentOf(locale).understanding);
      this.interpreters.set(locale, interpreter);
    }
    return interpreter;
  }

  /**
   * Readies the default language's interpreter now (a saved model from the build loads in a fraction of a second;
   * otherwise it trains), so that the first message does not wait for it. The other languages are readied on their
   * first message: readying one blocks the process while it runs, which must not happen behind a running server.
   */
  async warmUp(): Promise<void> {
    await this.interpreterOf(this.defaultLocale).warmUp();
  }

  /** Progress and sign-in prompts of running checks, for channels that show them live. */
  onCheckUpdate(listener: CheckListener): void {
    this.checks.onUpdate(listener);
  }

  /** The latest progress and sign-in prompt of a check running now, in this process or another on the same store. */
  checkState(sessionId: string): Promise<CheckState | undefined> {
    return this.checks.stateOf(sessionId);
  }

  /** The latest progress of a check running now in this process, if any (for channels told of it by onCheckUpdate). */
  localCheckState(sessionId: string): CheckState | undefined {
    return this.checks.latestFor(sessionId);
  }

  /** Stops checks still running (at shutdown) and gives up their leases; their sessions report them as interrupted. */
  async stop(): Promise<void> {
    await this.checks.stopAll();
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  settings(followUpDueAt?: number | null, seen?: readonly string[]): ContentSettings {
    return {
      closeIpListUrl: this.options.closeIpListUrl,
      followUpMinutes: Math.max(1, Math.round(this.options.followUpDelayMs / 60000)),
      now: new Date(this.now()),
      ...(followUpDueAt ? { followUpDueAt: new Date(followUpDueAt) } : {}),
      ...(seen ? { seen: seen as readonly ViewKey[] } : {}),
    };
  }

  /** Registers the channel that delivers follow-ups for its own sessions. */
  onProactive(channel: string, listener: ProactiveListener): void {
    this.listeners.set(channel, listener);
  }

  /** Registers a listener for status changes (escalations to a helpdesk, metrics, …). */
  onStatusChange(listener: StatusListener): void {
    this.statusListeners.push(listener);
  }

  /** Registers what a status change reports to a helpdesk, queued with the turn (src/helpdesk). */
  onTurnReports(reporter: TurnReporter): void {
    this.reporters.push(reporter);
  }

  /** Registers a listener for every saved turn (src/ops: metrics and turn logs). */
  onTurn(listener: TurnListener): void {
    this.turnListeners.push(listener);
  }

  /** Registers a listener for the lateness of claimed follow-ups. */
  onFollowUpLag(listener: FollowUpLagListener): void {
    this.lagListeners.push(listener);
  }

  private notifyTurn(result: TurnResult, info: TurnInfoForListeners): void {
    for (const listener of this.turnListeners) {
      try {
        listener(result, info);
      } catch (error) {
        this.options.onListenerError?.(error);
      }
    }
  }

  /** Keeps, per person, whether "did this help?" was asked and answered (see FeedbackAsks); a failure is only reported. */
  private async rememberFeedback(session: SessionRecord, what: 'asked' | 'answered' | 'ignored' | null): Promise<void> {
    if (what === null) return;
    try {
      await this.feedbackAsks[what](session);
    } catch (error) {
      this.options.onListenerError?.(error);
    }
  }

  private async notifyStatus(result: TurnResult, previous: SessionRecord['status']): Promise<void> {
    if (result.session.status === previous) return;
    for (const listener of this.statusListeners) {
      try {
        await listener(result, previous);
      } catch (error) {
        this.options.onListenerError?.(error);
      }
    }
  }

  private render(
    view: View,
    proactive = false,
    settings = this.settings(),
    locale: Locale = this.defaultLocale,
    askFeedback = false,
  ): { presentation: Presentation; messages: BotMessage[]; entry: NewTranscriptEntry } {
    const shown = present(view, this.contentOf(locale), settings);
    const presentation = askFeedback ? { ...shown, feedback: feedbackQuestion(this.contentOf(locale)) } : shown;
    const text = toPlainText(presentation);
    const choices = [...presentation.choices, ...presentation.exits];
    const bubbles = toBubbles(presentation);
    const messages: BotMessage[] = bubbles.map((bubble, i) => ({ text: bubble, choices: i === bubbles.length - 1 ? choices : [] }));
    // "did this help?" comes last, on its own, with its two answers
    if (presentation.feedback) messages.push({ text: presentation.feedback.question, choices: presentation.feedback.choices });
    return {
      presentation,
      // short messages, one idea each; the choices go with the last
      messages,
      entry: {
        at: this.now(),
        role: 'bot',
        text: presentation.feedback ? `${text}\n\n${presentation.feedback.question}` : text,
        viewKey: view.key,
        choice: null,
        diagnoses: [...view.facts.diagnoses],
        proactive,
      },
    };
  }

  /**
   * Starts a new session for a conversation, optionally replaying events that seed it (a ticket's symptom, say), in
   * the language the channel knows (`locale`). It follows the conversation's latest session (`follows`: the one the
   * caller saw, else read now); when another was started after that one at the same moment (on another instance), that
   * one is returned instead.
   */
  async start(
    channel: string,
    conversationKey: string,
    meta: Record<string, unknown> = {},
    seed: TriageEvent[] = [],
    options: { locale?: Locale | undefined; follows?: string } = {},
  ): Promise<TurnResult> {
    return (await this.open(channel, conversationKey, meta, seed, options)).result;
  }

  private async open(
    channel: string,
    conversationKey: string,
    meta: Record<string, unknown>,
    seed: TriageEvent[],
    options: { locale?: Locale | undefined; follows?: string },
  ): Promise<{ result: TurnResult; created: boolean }> {
    const { follows } = options;
    const locale = this.pick(options.locale);
    // the language tables load once per process, while the person reads the greeting rather than after they answer
    if (this.locales.length > 1) void warmUpDetector().catch(() => undefined);
    const actor = createActor(triageMachine).start();
    let turn: TurnInfo | undefined;
    for (const event of seed) {
      const previousKey = viewOf(actor.getSnapshot()).key;
      actor.send(event);
      turn = { event, previousKey };
    }
    const snapshot = actor.getSnapshot();
    const view = viewOf(snapshot, turn);
    // persisted before stop(): a stopped snapshot stays stopped when restored, and then never takes `always` transitions
    const persisted = joinStored(actor.getPersistedSnapshot(), sawState({ ...emptyMemory(), locale }, view.key));
    actor.stop();
    const session = this.newSession(channel, conversationKey, meta, view, persisted, 1);
    const rendered = this.render(view, false, this.settings(), locale);
    const after = follows ?? (await this.store.findLatestSession(channel, conversationKey))?.id ?? '';
    try {
      await this.store.createSession(session, [rendered.entry], undefined, after);
    } catch (error) {
      // another instance started this conversation's next session at the same moment: that one is the conversation
      const winner = error instanceof SessionConflictError ? await this.current((await this.store.findLatestSession(channel, conversationKey))?.id ?? '') : null;
      if (!winner) throw error;
      const messages = this.render(winner.view, false, this.settings(), winner.locale).messages;
      return { result: { session: winner.session, locale: winner.locale, view: winner.view, presentation: winner.presentation, messages }, created: false };
    }
    const result: TurnResult = { session, locale, view, presentation: rendered.presentation, messages: rendered.messages };
    this.notifyTurn(result, { created: true, proactive: false });
    return { result, created: true };
  }

  /**
   * Starts a session whose first message is already known (a mention with words, a command with an address): the
   * greeting, the person's words and the answer are saved in one write, as if `start` and `send` had run.
   */
  async startWith(channel: string, conversationKey: string, meta: Record<string, unknown>, given: UserInput, startOptions: StartOptions = {}): Promise<TurnOutcome | DeliveredBefore> {
    const { latest: known, claimInTurn, ...options } = startOptions;
    const unclaimed = claimInTurn === true && options.deliveryKey !== undefined;
    // a first turn of more than one write claims the delivery before the first of them, as the channel would have
    const claimFirst = async () => !unclaimed || (await this.store.claimDelivery(options.deliveryKey ?? '', this.now(), DELIVERY_LEASE_MS));
    // a message that starts a conversation of its own is recorded by the session it starts (see below)
    const startedBefore = (session: SessionRecord | null) => unclaimed && firstDeliveryOf(session) === options.deliveryKey;
    // a refusal is given once too: the delivery is recorded as handled before it is
    const refuse = async <F extends TurnFailure>(failure: F): Promise<({ ok: false } & F) | DeliveredBefore> => {
      if (!(await claimFirst())) return DELIVERED_BEFORE;
      if (unclaimed) await this.store.markDelivered(options.deliveryKey ?? '', this.now());
      return { ok: false, ...failure };
    };
    const input = storable(given);
    if ('text' in input && input.text.length > MAX_TEXT_LENGTH) return refuse({ error: 'text-too-long', limit: MAX_TEXT_LENGTH });
    // the machine's actions are all assignments, so the first step is computed without an actor; an actor is only
    // needed when the step starts something (a live check) or waits (a follow-up to schedule)
    const before = this.firstView;
    const hinted = this.pick(options.locale);
    const decision = await this.toEvent(input, before, { ...emptyMemory(), locale: hinted });
    if ('error' in decision) return refuse(decision);
    const locale = decision.locale ?? hinted;
    // the greeting in the language the person wrote in, as if the conversation had started in it
    const greeting = this.render(before, false, this.settings(), locale);
    const { next, persisted: stepped } = this.steps.first(decision.events);
    const last = decision.events.find((e) => e.type !== 'facts-learned') ?? decision.events[0];
    const view = viewOf(next, {
      event: last ?? { type: 'unrecognized' },
      previousKey: before.key,
      previousSkipped: 0,
      misses: last?.type === 'unrecognized' ? 1 : 0,
      ...(decision.extra ? { extra: decision.extra } : {}),
    });
    const latest = known !== undefined ? known : await this.store.findLatestSession(channel, conversationKey);
    // the conversation this message starts is there already: its first delivery started it
    if (startedBefore(latest)) return DELIVERED_BEFORE;
    // a session opened meanwhile (on another instance) takes the message
    if (latest && !isEnded(latest.status)) return (await claimFirst()) ? this.send(latest.id, input, options) : DELIVERED_BEFORE;
    if (decision.back || view.status !== 'active' || Object.keys(next.children).length > 0) {
      if (!(await claimFirst())) return DELIVERED_BEFORE;
      // the ordinary two-write path (also for a first message that ends the conversation: its report goes with the turn)
      const started = await this.start(channel, conversationKey, meta, [], { locale, follows: latest?.id ?? '' });
      return this.send(started.session.id, input, options);
    }
    const left = view.key === before.key ? null : this.steps.initialPersisted;
    const memory = sawState(sawState(remember({ ...emptyMemory(), locale }, left, last?.type !== 'unrecognized'), before.key), view.key);
    const persisted = joinStored(stepped, memory);
    const rendered = this.render(view, false, this.settings(null, [before.key]), locale);
    // a message that starts a conversation of its own is recorded as delivered by the session it starts (three fewer
    // pages written per new conversation than a delivery row with its two indexes, issue 16): its second delivery
    // meets this session, whose meta names it
    const session = this.newSession(channel, conversationKey, unclaimed ? { ...meta, [FIRST_DELIVERY]: options.deliveryKey } : meta, view, persisted, 2);
    const user = userEntry(session.createdAt, decision.userText, before.key, decision.choice);
    try {
      await this.store.createSession(session, [greeting.entry, ...user, rendered.entry], unclaimed ? undefined : options.deliveryKey, latest?.id ?? '');
    } catch (error) {
      // two first messages at once (on two instances): the second goes to the session the first started
      const winner = error instanceof SessionConflictError ? await this.store.findLatestSession(channel, conversationKey) : null;
      if (!winner) throw error;
      // the same message delivered twice: the first delivery's session names it, or its claim fails (a first turn of
      // two writes recorded it), also when that session has ended since
      if (startedBefore(winner)) return DELIVERED_BEFORE;
      if (!(await claimFirst())) return DELIVERED_BEFORE;
      // one that has ended already (the caller had not read it): the message starts the next one after it
      if (isEnded(winner.status) && winner.id !== latest?.id) return this.startWith(channel, conversationKey, meta, given, { ...options, latest: winner });
      return this.send(winner.id, input, options);
    }
    const result: TurnResult = { session, locale, view, presentation: rendered.presentation, messages: rendered.messages };
    this.notifyTurn(result, { created: true, proactive: false });
    await this.notifyStatus(result, before.status);
    return { ok: true, ...result };
  }

  private newSession(channel: string, conversationKey: string, meta: Record<string, unknown>, view: View, snapshot: unknown, version: number): SessionRecord {
    const now = this.now();
    return { id: randomUUID(), channel, conversationKey, status: view.status, snapshot, version, meta, createdAt: now, updatedAt: now };
  }

  /**
   * The open session of a conversation, or a new one when there is none or the last one has ended. A message said
   * about a conversation that ended a little while ago ("thanks!", "what was IMAP again?") goes to that one.
   */
  async sessionFor(
    channel: string,
    conversationKey: string,
    meta: Record<string, unknown> = {},
    text?: string,
    locale?: Locale,
  ): Promise<{ session: SessionRecord; created: TurnResult | null }> {
    const { latest, taking } = await this.conversationOf(channel, conversationKey, text);
    if (taking) return { session: taking, created: null };
    const opened = await this.open(channel, conversationKey, meta, [], { locale, follows: latest?.id ?? '' });
    return { session: opened.result.session, created: opened.created ? opened.result : null };
  }

  /**
   * The session of a conversation that takes a message: the open one, or the one just ended when `text` is said about
   * it (isAfterword); null when the message starts a new session (`startWith` creates and answers it in one write).
   */
  async conversationOf(channel: string, conversationKey: string, text?: string): Promise<{ latest: SessionRecord | null; taking: SessionRecord | null }> {
    const latest = await this.store.findLatestSession(channel, conversationKey);
    if (latest && !isEnded(latest.status)) return { latest, taking: latest };
    if (latest && text !== undefined && (await this.isAfterword(latest, text))) return { latest, taking: latest };
    return { latest, taking: null };
  }

  /** Whether a message to a conversation that has ended is said about it (thanks, a question) rather than new trouble. */
  async isAfterword(session: SessionRecord, text: string): Promise<boolean> {
    if (session.status !== 'resolved' && session.status !== 'escalated') return false;
    if (this.now() - session.updatedAt > AFTERWORD_MS || text.length > MAX_TEXT_LENGTH) return false;
    const reading = await this.interpreterOf(this.localeOf(splitStored(session.snapshot).memory)).read(text, [], { key: null, path: null });
    // a greeting ("hi again") opens a new conversation; "got it", "ok, will do" belong to the one that ended
    return (reading.meaning.kind === 'aside' && reading.meaning.aside !== 'greeting') || reading.meaning.kind === 'acknowledged';
  }

  /**
   * The live actor of a session whose check runs in this process, or one restored from the store: as stored when its
   * check runs on another instance (`elsewhere`), moved on when nobody runs it any more (`interrupted`). A turn
   * (`locked`) lets go of a check here that another instance has reported interrupted meanwhile.
   */
  private async load(session: SessionRecord, locked = false) {
    const { snapshot, memory } = splitStored(session.snapshot);
    const checking = isCheckingSnapshot(snapshot);
    const live = this.checks.liveActor(session.id);
    if (live && (checking || !locked)) return { actor: live, live: true, interrupted: false, elsewhere: false, stored: snapshot, memory };
    if (live) await this.checks.release(session.id);
    const elsewhere = checking && (await this.checks.runsElsewhere(session.id));
    return { ...this.checks.restore(session.id, snapshot, elsewhere), live: false, elsewhere, stored: snapshot, memory };
  }

  /**
   * The current view of a stored session, without changing it; `checkElsewhere` when its live check runs on another
   * instance (a turn would answer `checking`).
   */
  async current(sessionId: string): Promise<(Restored & { locale: Locale; presentation: Presentation; transcript: TranscriptEntry[]; checkElsewhere: boolean }) | null> {
    const session = await this.store.getSession(sessionId);
    if (!session) return null;
    const { actor, live, memory, elsewhere } = await this.load(session);
    const view = viewOf(actor.getSnapshot());
    if (!live) actor.stop();
    const locale = this.localeOf(memory);
    const shown = present(view, this.contentOf(locale), this.settings());
    const presentation = memory.feedback === 'asked' && isEnded(view.status) ? { ...shown, feedback: feedbackQuestion(this.contentOf(locale)) } : shown;
    return { session, locale, view, presentation, transcript: await this.store.transcript(sessionId), checkElsewhere: elsewhere };
  }

  /** One turn of the conversation. Expected failures come back as values; the session is then unchanged. */
  async send(sessionId: string, given: UserInput, options: TurnOptions = {}): Promise<TurnOutcome> {
    const input = storable(given);
    if ('text' in input && input.text.length > MAX_TEXT_LENGTH) return { ok: false, error: 'text-too-long', limit: MAX_TEXT_LENGTH };
    return this.locks.run(sessionId, () =>
      this.turn(
        sessionId,
        (view, version, restored) =>
          'choice' in input && input.version !== undefined && input.version !== version && !isFeedbackAnswer(input.choice)
            ? { error: 'stale', current: version }
            : this.toEvent(input, view, restored.memory),
        false,
        undefined,
        options.deliveryKey,
      ),
    );
  }

  /**
   * Carries a conversation on in another language (a language switch on a page): the step shown again, whole, in
   * that language, with nothing added to what the person said.
   */
  async switchLanguage(sessionId: string, locale: Locale): Promise<TurnOutcome> {
    return this.locks.run(sessionId, () =>
      this.turn(sessionId, () => ({
        events: [{ type: 'facts-learned', facts: {} }],
        userText: null,
        choice: null,
        extra: [{ kind: 'language-switched', locale, asked: true }],
        locale: this.pick(locale),
        redraw: true,
      }), false),
    );
  }

  /** Remembers an address given beside an answer (a card's email box) without offering a check for it. */
  async noteAddress(sessionId: string, address: string): Promise<TurnOutcome> {
    return this.locks.run(sessionId, () =>
      this.turn(sessionId, () => ({ events: [{ type: 'address-known', address: address.toLowerCase() }], userText: address, choice: null }), false),
    );
  }

  /** A due timer: the follow-up of a waiting session, or the watchdog of a check that never reported back. */
  private async fireTimer(sessionId: string): Promise<TurnOutcome> {
    return this.locks.run(sessionId, () =>
      this.turn(
        sessionId,
        (view, _version, restored) => {
          if (restored.interrupted) return { events: [], userText: null, choice: null };
          if (restored.live) return { events: [{ type: 'probe-interrupted' }], userText: null, choice: null };
          if (view.status === 'waiting') return { events: [{ type: 'follow-up-due' }], userText: null, choice: null };
          return { error: 'not-expected' };
        },
        true,
      ),
    );
  }

  /**
   * Saves the result of a check that finished in this process and hands it to the session's channel. A store that
   * fails is reported and tried again, later each time, for as long as this process holds the check.
   */
  private async finishCheck(sessionId: string, actor: unknown, failures = 0): Promise<void> {
    let outcome: TurnOutcome | null;
    try {
      outcome = await this.locks.run(sessionId, async () => {
        if (this.checks.liveActor(sessionId) !== actor) return null;
        // a check another instance has reported interrupted meanwhile (this one's lease ran out) is not saved over it
        return this.turn(sessionId, (_view, _version, restored) => (restored.live ? { events: [], userText: null, choice: null } : { error: 'not-expected' }), true, 'runningCheck');
      });
    } catch (error) {
      const retryInMs = Math.min(CHECK_RETRY_MAX_MS, 500 * 2 ** Math.min(failures, 16));
      this.options.onBackgroundError?.(error, { loop: 'check-completion', failures: failures + 1, retryInMs });
      setTimeout(() => void this.finishCheck(sessionId, actor, failures + 1), retryInMs).unref();
      return;
    }
    if (outcome?.ok) await this.tellChannel(outcome);
  }

  /** How long a check may run before it is taken to be cut off, without and with a sign-in. */
  private watchdogMs(signedIn: boolean | undefined): number {
    return (signedIn ? this.options.probeWatchdogMs?.signedIn : this.options.probeWatchdogMs?.plain) ?? 60_000;
  }

  /**
   * A check that runs here past its watchdog is stopped here (the stored watchdog may fall to another instance, which
   * leaves a check alone while this one holds its lease).
   */
  private async checkOverdue(sessionId: string): Promise<void> {
    try {
      const outcome = await this.fireTimer(sessionId);
      if (outcome.ok) await this.tellChannel(outcome);
    } catch (error) {
      // the stored watchdog tries again
      this.options.onBackgroundError?.(error, { loop: 'check-watchdog', failures: 1, retryInMs: 0 });
    }
  }

  private async tellChannel(result: TurnResult): Promise<void> {
    const listener = this.listeners.get(result.session.channel);
    if (!listener) return;
    try {
      await listener(result);
    } catch (error) {
      this.options.onListenerError?.(error);
    }
  }

  private async toEvent(input: UserInput, view: View, memory: ConversationMemory): Promise<Decision | TurnFailure> {
    const offered = offeredChoices(view);
    const current = this.localeOf(memory);
    const labelsIn = (locale: Locale) =>
      offered.map((id) => ({ id, label: labelFor(this.contentOf(locale), view, id), ...(view.typed.includes(id) ? { hidden: true } : {}) }));
    const labelled = labelsIn(current);
    if ('choice' in input && isFeedbackAnswer(input.choice)) return this.feedbackGiven(input.choice, input.comment, view, memory);
    if ('choice' in input) {
      if (!isChoiceId(input.choice) || !offered.includes(input.choice)) return { error: 'choice-not-offered', offered };
      const label = labelled.find((c) => c.id === input.choice)?.label ?? input.choice;
      return { events: [{ type: input.choice }], userText: label, choice: input.choice };
    }
    const language = await chooseLanguage(input.text, current, this.locales);
    if (language.kind === 'asked') {
      // the same step again, whole, in the language asked for
      const extra: Notice[] = [{ kind: 'language-switched', locale: language.locale, asked: true }];
      return { events: [{ type: 'facts-learned', facts: {} }], userText: input.text, choice: null, extra, locale: language.locale, redraw: language.locale !== current };
    }
    const where = { key: view.key, path: view.facts.path };
    const readIn = (locale: Locale) => this.interpreterOf(locale).read(input.text, labelsIn(locale), where);
    let reading = await readIn(language.kind === 'followed' ? language.locale : current);
    let followed = language.kind === 'followed';
    if (followed && (reading.meaning.kind === 'unrecognized' || (language.kind === 'followed' && language.short))) {
      // a message that mixes in English labels ("where is connected accounts?") may look English: when the
      // conversation's own language understands it and the other does not, the conversation stays where it is
      const inCurrent = await readIn(current);
      if (inCurrent.meaning.kind !== 'unrecognized') {
        reading = inCurrent;
        followed = false;
      }
    }
    const locale = followed && language.kind === 'followed' ? language.locale : current;
    const plan = planFor(reading, { key: view.key, offered, probing: view.key === 'runningCheck' });
    const extra = [...(plan.extra ?? [])];
    if (followed) extra.unshift({ kind: 'language-switched', locale, asked: false });
    if (language.kind === 'unsupported' && reading.meaning.kind === 'unrecognized') extra.push({ kind: 'language-unsupported' });
    return { events: plan.events, userText: input.text, choice: plan.choice, back: plan.back, extra, locale, redraw: followed };
  }

  /**
   * An answer to "did this help?" (or a comment added to it), taken while the conversation that asked is over; the
   * conversation stays where it ended. Anywhere else, the two answers are not offered.
   */
  private feedbackGiven(answer: FeedbackAnswer, comment: string | undefined, view: View, memory: ConversationMemory): Decision | TurnFailure {
    const refused = { error: 'choice-not-offered', offered: offeredChoices(view) } as const;
    if (memory.feedback === undefined || !isEnded(view.status)) return refused;
    // once answered, only one comment to that answer is taken (a second click, another answer: nothing to report)
    if (memory.feedback !== 'asked' && (answer !== memory.feedback || !comment || memory.feedbackCommented)) return refused;
    const words = this.contentOf(this.localeOf(memory)).conversation.feedback;
    const noted = comment ? redact(comment) : null;
    return {
      events: [{ type: 'facts-learned', facts: {} }],
      userText: noted ? `${words.labels[answer]}\n${noted}` : words.labels[answer],
      choice: null,
      extra: [{ kind: 'feedback-thanks', answer, comment: noted !== null }],
      feedback: { answer, comment: noted },
    };
  }

  private async turn(
    sessionId: string,
    decide: (
      view: View,
      version: number,
      restored: { live: boolean; interrupted: boolean; memory: ConversationMemory },
    ) => Decision | TurnFailure | Promise<Decision | TurnFailure>,
    proactive: boolean,
    /** the state the last saved turn showed, when the actor has moved on by itself since (a finished check) */
    shownKey?: ViewKey,
    deliveryKey?: string,
  ): Promise<TurnOutcome> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const session = await this.store.getSession(sessionId);
      if (!session) return { ok: false, error: 'session-not-found' };
      const restored = await this.load(session, true);
      let { actor } = restored;
      if (restored.elsewhere) {
        // the person's words would be lost when the other instance saves its check: they are asked to wait for it
        actor.stop();
        return { ok: false, error: 'checking' };
      }
      const before = viewOf(actor.getSnapshot());
      const probing = actor.getSnapshot().hasTag('probing');
      const decision = await decide(before, session.version, restored);
      if (restored.live && probing && !actor.getSnapshot().hasTag('probing')) {
        // the check finished while the message was being read: its result is saved and shown first, and the message
        // is then read against the question the person sees next
        const finished = await this.turn(sessionId, () => ({ events: [], userText: null, choice: null }), true, 'runningCheck');
        if (finished.ok) void this.tellChannel(finished);
        continue;
      }
      if ('error' in decision) {
        if (!restored.live) actor.stop();
        return { ok: false, ...decision };
      }
      // a live actor takes the events only once the turn is saved: a turn that loses the compare-and-set and tries
      // again must find it as it was
      const stepped = this.step(sessionId, restored.live ? this.checks.copyOf(actor) : actor, restored, decision);
      actor = stepped.actor;
      const snapshot = actor.getSnapshot();
      const previousKey = restored.interrupted ? 'runningCheck' : before.key;
      const turnInfo: TurnInfo = stepped.event
        ? {
            event: stepped.event,
            previousKey,
            previousSkipped: before.facts.skipped.length,
            misses: stepped.memory.misses,
            ...(stepped.extra.length > 0 ? { extra: stepped.extra } : {}),
            ...(decision.redraw ? { redraw: true } : {}),
          }
        : { event: { type: restored.interrupted ? 'probe-interrupted' : 'check-finished' }, previousKey: shownKey ?? 'runningCheck' };
      const view = viewOf(snapshot, turnInfo);
      const checking = snapshot.hasTag('probing');
      // a check that starts now is claimed for this instance before its turn is saved, so that no other says it was
      // interrupted; another instance that has just started one for this session keeps it
      const starts = checking && !restored.live;
      // the actor that took this turn's events is not used again when the turn is not saved (a live one's copy, or
      // one restored for this try, whose check, if it started one, stops and gives its claim back)
      const abandon = async () => {
        actor.stop();
        if (starts) await this.checks.unclaim(sessionId);
      };
      const orAbandon = async <T>(work: Promise<T>): Promise<T> => {
        try {
          return await work;
        } catch (error) {
          await abandon();
          throw error;
        }
      };
      if (starts && !(await orAbandon(this.checks.claim(sessionId)))) {
        await abandon();
        return { ok: false, error: 'checking' };
      }
      const kept = decision.userText === null ? restored.memory : stepped.memory;
      const seenNow = sawState(decision.locale ? { ...kept, locale: decision.locale } : kept, view.key);
      // "did this help?" is asked once, by the turn that ends the conversation (unless this person ignores it)
      const ending = isEnded(view.status) && !isEnded(session.status) && seenNow.feedback === undefined;
      const feedbackPlan = ending ? await this.feedbackAsks.decide(session) : { ask: false, ignoring: false };
      const asking = feedbackPlan.ask;
      const memory: ConversationMemory = decision.feedback
        ? { ...seenNow, feedback: decision.feedback.answer, ...(decision.feedback.comment ? { feedbackCommented: true } : {}) }
        : asking
          ? { ...seenNow, feedback: 'asked' }
          : seenNow;
      const locale = this.localeOf(memory);
      const persisted = joinStored(actor.getPersistedSnapshot(), memory);

      const now = this.now();
      const dueAt = view.compact && view.status === 'waiting' ? await this.store.pendingFollowUp(sessionId) : null;
      // a step shown again in another language is shown whole, its explanations included
      const seen = decision.redraw ? [] : restored.memory.seen;
      const rendered = this.render(view, proactive, this.settings(dueAt, seen), locale, asking);
      const transcript = [...userEntry(now, decision.userText, before.key, decision.choice), rendered.entry];
      const updated: SessionRecord = { ...session, status: view.status, snapshot: persisted, version: session.version + 1, updatedAt: now };
      const outbox: NewOutboxItem[] = [];
      if (updated.status !== session.status || decision.feedback) {
        const pending = { session: updated, view, previous: session.status, added: transcript, ...(decision.feedback ? { feedback: decision.feedback } : {}) };
        for (const report of this.reporters) outbox.push(...(await report(pending)));
      }
      const saved = await orAbandon(this.store.saveTurn({
        session: updated,
        expectedVersion: session.version,
        transcript,
        followUp: timerChange(restored.stored, snapshot, now, {
          followUpDelayMs: this.options.followUpDelayMs,
          watchdogMs: this.watchdogMs(snapshot.context.checkSignIn),
        }),
        ...(deliveryKey ? { deliveryKey } : {}),
        ...(outbox.length > 0 ? { outbox } : {}),
        ...(decision.userText !== null && wasMisunderstood(view) ? { misunderstood: { state: before.key, locale, text: redact(decision.userText) } } : {}),
        ...(decision.feedback ? { feedback: { ...decision.feedback, at: now } } : {}),
      }));
      if (!saved) {
        // the next try restores the session as it is stored then
        await abandon();
        continue;
      }
      if (restored.interrupted) void this.checks.clearStale(sessionId).catch((error: unknown) => this.options.onListenerError?.(error));
      if (restored.live) {
        // the saved turn's events, now for the live actor; it is let go when they ended the check
        actor.stop();
        actor = restored.actor;
        if (!decision.back) for (const event of decision.events) actor.send(event);
        if (!checking) await this.checks.release(sessionId);
      } else if (checking) {
        const watchdog = { afterMs: this.watchdogMs(snapshot.context.checkSignIn), overdue: () => void this.checkOverdue(sessionId) };
        this.checks.keep(sessionId, actor, () => void this.finishCheck(sessionId, actor), watchdog);
      } else actor.stop();
      const result: TurnResult = { session: updated, locale, view, presentation: rendered.presentation, messages: rendered.messages };
      const firstAnswer = decision.feedback && restored.memory.feedback === 'asked' ? { feedback: decision.feedback.answer } : {};
      this.notifyTurn(result, { created: false, proactive, ...firstAnswer });
      await this.rememberFeedback(updated, feedbackPlan.ignoring ? 'ignored' : asking ? 'asked' : decision.feedback ? 'answered' : null);
      await this.notifyStatus(result, session.status);
      return { ok: true, ...result };
    }
    return { ok: false, error: 'busy' };
  }

  /**
   * Applies a decision: its events in order, or a step back to the snapshot before the last answer. Returns the actor
   * that now holds the conversation, the event the view describes, and the memory to store.
   */
  private step(
    sessionId: string,
    actor: ReturnType<LiveChecks['restore']>['actor'],
    restored: Awaited<ReturnType<Engine['load']>>,
    decision: Decision,
  ): { actor: typeof actor; event: TurnInfo['event'] | null; extra: Notice[]; memory: ConversationMemory } {
    const extra = [...(decision.extra ?? [])];
    if (decision.back) {
      const previous = restored.memory.trail[restored.memory.trail.length - 1];
      const memory = { ...restored.memory, misses: 0 };
      const event = { type: 'went-back' } as const;
      if (restored.live) return { actor, event, extra: [{ kind: 'cannot-go-back' }], memory };
      // an ended conversation stays ended: its escalation or resolution has been reported already
      if (actor.getSnapshot().hasTag('ended')) return { actor, event, extra: [{ kind: 'ended-no-back' }], memory };
      if (previous === undefined) return { actor, event, extra: [{ kind: 'nothing-to-go-back-to' }], memory };
      actor.stop();
      const back = this.checks.restore(sessionId, previous).actor;
      return { actor: back, event, extra: [{ kind: 'went-back' }], memory: { ...restored.memory, trail: restored.memory.trail.slice(0, -1), misses: 0 } };
    }
    const keyBefore = viewOf(actor.getSnapshot()).key;
    for (const event of decision.events) actor.send(event);
    const main = decision.events.find((e) => e.type !== 'facts-learned') ?? decision.events[0] ?? null;
    const moved = viewOf(actor.getSnapshot()).key !== keyBefore;
    const left = moved && !restored.live ? restored.stored : null;
    return { actor, event: main, extra, memory: remember(restored.memory, left, main?.type !== 'unrecognized') };
  }

  /**
   * Fires every follow-up that is due, once each, and hands the new turn to the session's channel. One whose turn
   * stays busy is fired again once its claim's lease has run out; one that no longer applies is dropped.
   */
  async fireDueFollowUps(owner: string, leaseMs = 60_000, limit = 50): Promise<number> {
    const due = await this.store.claimDueFollowUps(this.now(), owner, leaseMs, limit);
    let fired = 0;
    for (const item of due) {
      const lagMs = Math.max(0, this.now() - item.dueAt);
      for (const listener of this.lagListeners) listener(lagMs);
      const outcome = await this.fireTimer(item.sessionId);
      // other writers kept winning, or another instance runs the session's check and its watchdog: the claim lapses
      // after its lease and a later pass fires it
      if (!outcome.ok && (outcome.error === 'busy' || outcome.error === 'checking')) continue;
      if (!outcome.ok || outcome.view.status === 'waiting') {
        await this.store.dropFollowUp(item.sessionId, item.dueAt);
        continue;
      }
      fired++;
      await this.tellChannel(outcome);
    }
    return fired;
  }

  /**
   * Claims a delivery (a Slack event, a Teams activity) before handling it, for `leaseMs`: false when it was handled
   * already or is being handled now, on any instance. A turn given its key records it as handled in its own write;
   * otherwise `finishDelivery` does, or `releaseDelivery` lets the sender's retry through.
   */
  claimDelivery(key: string, leaseMs = DELIVERY_LEASE_MS): Promise<boolean> {
    return this.store.claimDelivery(key, this.now(), leaseMs);
  }

  async finishDelivery(key: string): Promise<void> {
    await this.store.markDelivered(key, this.now());
  }

  releaseDelivery(key: string): Promise<void> {
    return this.store.releaseDelivery(key);
  }

  /**
   * True the first time a channel asks about this person (for a greeting given once), false ever after: remembered
   * with the channel's contacts in the shared store, so every instance knows; of two asks at the same moment, on any
   * instance, only one gets true.
   */
  async firstMeeting(channel: string, person: string): Promise<boolean> {
    const key = `met:${person}`;
    if (await this.store.findContact(channel, key)) return false;
    if (!(await this.store.claimDelivery(`${channel}:${key}`, this.now(), 60_000))) return false;
    await this.store.rememberContact(channel, key, { at: this.now() }, this.now());
    return true;
  }

  /**
   * What a channel keeps about the people and places it talks to (a Teams member's 1:1 conversation, a conversation's
   * service URL), in the shared store, so every instance knows it; null when nothing is kept under that key.
   */
  findContact(channel: string, key: string): Promise<Record<string, unknown> | null> {
    return this.store.findContact(channel, key);
  }

  /** Keeps (or replaces) what a channel knows under a key: see `findContact`. */
  rememberContact(channel: string, key: string, record: Record<string, unknown>, now: number): Promise<void> {
    return this.store.rememberContact(channel, key, record, now);
  }

  /**
   * A stored session and its conversation's language, without loading its conversation (a channel checks whose it is
   * and where it lives, and words a note in its language); null when there is no such session.
   */
  async session(sessionId: string): Promise<{ session: SessionRecord; locale: Locale } | null> {
    const session = await this.store.getSession(sessionId);
    return session ? { session, locale: this.localeOfSession(session) } : null;
  }

  /** The newest session of a conversation, open or ended; null when the conversation has none. */
  latestSession(channel: string, conversationKey: string): Promise<SessionRecord | null> {
    return this.store.findLatestSession(channel, conversationKey);
  }

  /** A channel's sessions whose meta has `key` = `value`, newest first, at most `limit` (a person's, by a key the channel chose). */
  sessionsWithMeta(channel: string, key: string, value: string, limit: number): Promise<SessionRecord[]> {
    return this.store.findSessionsByMeta(channel, key, value, limit);
  }

  /** The channel a session belongs to, or null when there is no such session. */
  async channelOf(sessionId: string): Promise<string | null> {
    return (await this.store.getSession(sessionId))?.channel ?? null;
  }

  async transcript(sessionId: string): Promise<TranscriptEntry[]> {
    return this.store.transcript(sessionId);
  }

  /**
   * Changes top-level keys of a session's meta (a Slack message to update, a Teams card, an admin asked), under the
   * session's lock and from its meta as stored now; `change` may decline with null. A turn never writes meta, so no
   * turn running alongside can undo it, and keys it does not name stay as they are.
   */
  async patchMeta(sessionId: string, change: (meta: Record<string, unknown>) => Record<string, unknown> | null): Promise<void> {
    await this.locks.run(sessionId, async () => {
      const meta = await this.store.sessionMeta(sessionId);
      const patch = meta ? change(meta) : null;
      if (patch && Object.keys(patch).length > 0) await this.store.patchMeta(sessionId, patch);
    });
  }

  /**
   * Changes keys of one channel's part of a session's meta (`meta[part]`) in one write, without reading it first: a
   * key given undefined or null is removed, the others stay. A session without that part is left as it is unless
   * `create`. In the session's lock, so a `patchMeta` of the same session does not overwrite it.
   */
  async patchMetaPart(sessionId: string, part: string, change: Record<string, unknown>, create = false): Promise<void> {
    const removals = Object.fromEntries(Object.entries(change).map(([key, value]) => [key, value === undefined ? null : value]));
    // written with the other changes asked for meanwhile (one commit for them all under load), in the session's lock
    await this.locks.run(sessionId, () => this.metaParts.write({ id: sessionId, part, change: removals, create }));
  }
}
