import { randomUUID } from 'node:crypto';
import { createActor } from 'xstate';
import type { Content, ContentSettings } from '../content/types.js';
import { present, toPlainText, type LabelledChoice, type Presentation } from '../content/present.js';
import { isChoiceId, type ChoiceId } from '../machine/choices.js';
import type { TriageEvent } from '../machine/events.js';
import { interpretText } from '../machine/interpret.js';
import { triageMachine } from '../machine/triage.machine.js';
import { offeredChoices, viewOf, type TurnInfo, type View } from '../machine/view.js';
import type { ViewKey } from '../machine/view-keys.js';
import type { NewTranscriptEntry, SessionRecord, Store, TranscriptEntry } from '../store/store.js';
import { redact } from './redact.js';
import { SessionLocks } from './session-locks.js';
import { PureSteps } from './pure-step.js';
import { LiveChecks, type CheckListener, type CheckState, type ProbeRunner } from './live-checks.js';
import { timerChange } from './turn-timers.js';

export const MAX_TEXT_LENGTH = 4000;

/** What a person sent: words, or the id of a choice they picked. */
export type UserInput = { text: string } | { choice: string; version?: number };

export interface BotMessage {
  text: string;
  choices: LabelledChoice[];
}

export interface TurnResult {
  session: SessionRecord;
  view: View;
  presentation: Presentation;
  messages: BotMessage[];
}

export type TurnFailure =
  | { error: 'session-not-found' }
  | { error: 'choice-not-offered'; offered: ChoiceId[] }
  | { error: 'text-too-long'; limit: number }
  | { error: 'busy' }
  | { error: 'not-expected' }
  /** a button from an older message: the session has moved on since */
  | { error: 'stale'; current: number };

export type TurnOutcome = ({ ok: true } & TurnResult) | ({ ok: false } & TurnFailure);

export interface EngineOptions {
  store: Store;
  content: Content;
  closeIpListUrl?: string | undefined;
  followUpDelayMs: number;
  now?: () => number;
  /** runs the live check of a mailbox; without it, a check ends as failed */
  probe?: ProbeRunner;
  /** how long a check may run before a restart is assumed (its watchdog), in ms, without and with a sign-in */
  probeWatchdogMs?: { plain: number; signedIn: number };
  /** called when a listener fails; the turn itself has been saved by then */
  onListenerError?: (error: unknown) => void;
}

/** Where a person's message came from: a delivery key (a Slack event id) is recorded in the same write as the turn. */
export interface TurnOptions {
  deliveryKey?: string;
}

/** The person's line of a turn for the transcript (none for a turn nobody typed), with secrets taken out. */
function userEntry(at: number, text: string | null, viewKey: ViewKey, choice: ChoiceId | null): NewTranscriptEntry[] {
  return text === null ? [] : [{ at, role: 'user', text: redact(text), viewKey, choice, diagnoses: [], proactive: false }];
}

/** Something that wants to hear about turns nobody asked for (follow-ups), to post them in its channel. */
export type ProactiveListener = (result: TurnResult) => void | Promise<void>;

/** Hears every saved turn whose status changed (to waiting, resolved, escalated…), in any channel. */
export type StatusListener = (result: TurnResult, previous: SessionRecord['status']) => void | Promise<void>;

/** Hears every saved turn, including a session's first (metrics, logs); `proactive` for a follow-up. */
export type TurnListener = (result: TurnResult, info: { created: boolean; proactive: boolean }) => void;

/** Hears how late each claimed follow-up is handled, in milliseconds past its due time (scheduler lag). */
export type FollowUpLagListener = (lagMs: number) => void;

interface Restored {
  session: SessionRecord;
  view: View;
}

/**
 * Runs one conversation per session: a turn loads the stored snapshot, sends one event, stores the new snapshot
 * with the transcript and any follow-up in one write, and renders the view. Nothing lives only in memory.
 */
export class Engine {
  private readonly store: Store;
  private readonly content: Content;
  private readonly options: EngineOptions;
  private readonly locks = new SessionLocks();
  private readonly listeners = new Map<string, ProactiveListener>();
  private readonly statusListeners: StatusListener[] = [];
  private readonly turnListeners: TurnListener[] = [];
  private readonly lagListeners: FollowUpLagListener[] = [];
  private readonly checks: LiveChecks;
  /** steps of new sessions without an actor, and the view of the state every session starts in */
  private readonly steps = new PureSteps();
  private readonly firstView = viewOf(this.steps.initial);

  constructor(options: EngineOptions) {
    this.options = options;
    this.store = options.store;
    this.content = options.content;
    this.checks = new LiveChecks(options.probe);
  }

  /** Progress and sign-in prompts of running checks, for channels that show them live. */
  onCheckUpdate(listener: CheckListener): void {
    this.checks.onUpdate(listener);
  }

  /** The latest progress of a check running now in this process, if any. */
  checkState(sessionId: string): CheckState | undefined {
    return this.checks.latestFor(sessionId);
  }

  /** Stops checks still running (at shutdown); their sessions report them as interrupted later. */
  async stop(): Promise<void> {
    await this.checks.stopAll();
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  settings(): ContentSettings {
    return {
      closeIpListUrl: this.options.closeIpListUrl,
      followUpMinutes: Math.max(1, Math.round(this.options.followUpDelayMs / 60000)),
      now: new Date(this.now()),
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

  /** Registers a listener for every saved turn (src/ops: metrics and turn logs). */
  onTurn(listener: TurnListener): void {
    this.turnListeners.push(listener);
  }

  /** Registers a listener for the lateness of claimed follow-ups. */
  onFollowUpLag(listener: FollowUpLagListener): void {
    this.lagListeners.push(listener);
  }

  private notifyTurn(result: TurnResult, info: { created: boolean; proactive: boolean }): void {
    for (const listener of this.turnListeners) {
      try {
        listener(result, info);
      } catch (error) {
        this.options.onListenerError?.(error);
      }
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

  private render(view: View, proactive = false): { presentation: Presentation; messages: BotMessage[]; entry: NewTranscriptEntry } {
    const presentation = present(view, this.content, this.settings());
    const text = toPlainText(presentation);
    const choices = [...presentation.choices, ...presentation.exits];
    return {
      presentation,
      messages: [{ text, choices }],
      entry: {
        at: this.now(),
        role: 'bot',
        text,
        viewKey: view.key,
        choice: null,
        diagnoses: [...view.facts.diagnoses],
        proactive,
      },
    };
  }

  /** Starts a new session for a conversation, optionally replaying events that seed it (a ticket's symptom, say). */
  async start(channel: string, conversationKey: string, meta: Record<string, unknown> = {}, seed: TriageEvent[] = []): Promise<TurnResult> {
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
    const persisted = actor.getPersistedSnapshot();
    actor.stop();
    const session = this.newSession(channel, conversationKey, meta, view, persisted, 1);
    const rendered = this.render(view);
    await this.store.createSession(session, [rendered.entry]);
    const result: TurnResult = { session, view, presentation: rendered.presentation, messages: rendered.messages };
    this.notifyTurn(result, { created: true, proactive: false });
    return result;
  }

  /**
   * Starts a session whose first message is already known (a mention with words, a command with an address): the
   * greeting, the person's words and the answer are saved in one write, as if `start` and `send` had run.
   */
  async startWith(channel: string, conversationKey: string, meta: Record<string, unknown>, input: UserInput, options: TurnOptions = {}): Promise<TurnOutcome> {
    if ('text' in input && input.text.length > MAX_TEXT_LENGTH) return { ok: false, error: 'text-too-long', limit: MAX_TEXT_LENGTH };
    // the machine's actions are all assignments, so the first step is computed without an actor; an actor is only
    // needed when the step starts something (a live check) or waits (a follow-up to schedule)
    const before = this.firstView;
    const greeting = this.render(before);
    const decision = this.toEvent(input, before, greeting.presentation);
    if ('error' in decision) return { ok: false, ...decision };
    const next = this.steps.next(this.steps.initial, decision.event);
    const view = viewOf(next, { event: decision.event, previousKey: before.key });
    if (view.status === 'waiting' || Object.keys(next.children).length > 0) {
      // the ordinary two-write path
      const started = await this.start(channel, conversationKey, meta);
      return this.send(started.session.id, input, options);
    }
    const persisted = triageMachine.getPersistedSnapshot(next);
    const rendered = this.render(view);
    const session = this.newSession(channel, conversationKey, meta, view, persisted, 2);
    const user = userEntry(session.createdAt, decision.userText, before.key, decision.choice);
    await this.store.createSession(session, [greeting.entry, ...user, rendered.entry], options.deliveryKey);
    const result: TurnResult = { session, view, presentation: rendered.presentation, messages: rendered.messages };
    this.notifyTurn(result, { created: true, proactive: false });
    await this.notifyStatus(result, before.status);
    return { ok: true, ...result };
  }

  private newSession(channel: string, conversationKey: string, meta: Record<string, unknown>, view: View, snapshot: unknown, version: number): SessionRecord {
    const now = this.now();
    return { id: randomUUID(), channel, conversationKey, status: view.status, snapshot, version, meta, createdAt: now, updatedAt: now };
  }

  /** The open session of a conversation, or a new one when there is none or the last one has ended. */
  async sessionFor(channel: string, conversationKey: string, meta: Record<string, unknown> = {}): Promise<{ session: SessionRecord; created: TurnResult | null }> {
    const latest = await this.store.findLatestSession(channel, conversationKey);
    if (latest && latest.status !== 'resolved' && latest.status !== 'escalated') return { session: latest, created: null };
    const created = await this.start(channel, conversationKey, meta);
    return { session: created.session, created };
  }

  /** The live actor of a session whose check runs in this process, or one restored from the store. */
  private load(session: SessionRecord) {
    const live = this.checks.liveActor(session.id);
    if (live) return { actor: live, live: true, interrupted: false };
    return { ...this.checks.restore(session.id, session.snapshot), live: false };
  }

  /** The current view of a stored session, without changing it. */
  async current(sessionId: string): Promise<(Restored & { presentation: Presentation; transcript: TranscriptEntry[] }) | null> {
    const session = await this.store.getSession(sessionId);
    if (!session) return null;
    const { actor, live } = this.load(session);
    const view = viewOf(actor.getSnapshot());
    if (!live) actor.stop();
    const presentation = present(view, this.content, this.settings());
    return { session, view, presentation, transcript: await this.store.transcript(sessionId) };
  }

  /** One turn of the conversation. Expected failures come back as values; the session is then unchanged. */
  async send(sessionId: string, input: UserInput, options: TurnOptions = {}): Promise<TurnOutcome> {
    if ('text' in input && input.text.length > MAX_TEXT_LENGTH) return { ok: false, error: 'text-too-long', limit: MAX_TEXT_LENGTH };
    return this.locks.run(sessionId, () =>
      this.turn(
        sessionId,
        (view, presentation, version) =>
          'choice' in input && input.version !== undefined && input.version !== version
            ? { error: 'stale', current: version }
            : this.toEvent(input, view, presentation),
        false,
        undefined,
        options.deliveryKey,
      ),
    );
  }

  /** Remembers an address given beside an answer (a card's email box) without offering a check for it. */
  async noteAddress(sessionId: string, address: string): Promise<TurnOutcome> {
    return this.locks.run(sessionId, () =>
      this.turn(sessionId, () => ({ event: { type: 'address-known', address: address.toLowerCase() }, userText: address, choice: null }), false),
    );
  }

  /** A due timer: the follow-up of a waiting session, or the watchdog of a check that never reported back. */
  private async fireTimer(sessionId: string): Promise<TurnOutcome> {
    return this.locks.run(sessionId, () =>
      this.turn(
        sessionId,
        (view, _presentation, _version, restored) => {
          if (restored.interrupted) return { event: null, userText: null, choice: null };
          if (restored.live) return { event: { type: 'probe-interrupted' }, userText: null, choice: null };
          if (view.status === 'waiting') return { event: { type: 'follow-up-due' }, userText: null, choice: null };
          return { error: 'not-expected' };
        },
        true,
      ),
    );
  }

  /** Saves the result of a check that finished in this process and hands it to the session's channel. */
  private async finishCheck(sessionId: string, actor: unknown): Promise<void> {
    const outcome = await this.locks.run(sessionId, async () => {
      if (this.checks.liveActor(sessionId) !== actor) return null;
      return this.turn(sessionId, () => ({ event: null, userText: null, choice: null }), true, 'runningCheck');
    });
    if (outcome?.ok) await this.tellChannel(outcome);
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

  private toEvent(input: UserInput, view: View, presentation: Presentation): { event: TriageEvent; userText: string | null; choice: ChoiceId | null } | TurnFailure {
    const offered = offeredChoices(view);
    if ('choice' in input) {
      if (!isChoiceId(input.choice) || !offered.includes(input.choice)) return { error: 'choice-not-offered', offered };
      const label = [...presentation.choices, ...presentation.exits].find((c) => c.id === input.choice)?.label ?? input.choice;
      return { event: { type: input.choice }, userText: label, choice: input.choice };
    }
    const event = interpretText(input.text, [...presentation.choices, ...presentation.exits]);
    return { event, userText: input.text, choice: event.type !== 'unrecognized' && isChoiceId(event.type) ? event.type : null };
  }

  private async turn(
    sessionId: string,
    decide: (
      view: View,
      presentation: Presentation,
      version: number,
      restored: { live: boolean; interrupted: boolean },
    ) => { event: TriageEvent | null; userText: string | null; choice: ChoiceId | null } | TurnFailure,
    proactive: boolean,
    /** the state the last saved turn showed, when the actor has moved on by itself since (a finished check) */
    shownKey?: ViewKey,
    deliveryKey?: string,
  ): Promise<TurnOutcome> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const session = await this.store.getSession(sessionId);
      if (!session) return { ok: false, error: 'session-not-found' };
      const restored = this.load(session);
      const { actor } = restored;
      const before = viewOf(actor.getSnapshot());
      const decision = decide(before, present(before, this.content, this.settings()), session.version, restored);
      if ('error' in decision) {
        if (!restored.live) actor.stop();
        return { ok: false, ...decision };
      }
      if (decision.event) actor.send(decision.event);
      const snapshot = actor.getSnapshot();
      const turnInfo: TurnInfo = decision.event
        ? { event: decision.event, previousKey: restored.interrupted ? 'runningCheck' : before.key }
        : { event: { type: restored.interrupted ? 'probe-interrupted' : 'check-finished' }, previousKey: shownKey ?? 'runningCheck' };
      const view = viewOf(snapshot, turnInfo);
      const persisted = actor.getPersistedSnapshot();
      const checking = snapshot.hasTag('probing');

      const now = this.now();
      const rendered = this.render(view, proactive);
      const transcript = [...userEntry(now, decision.userText, before.key, decision.choice), rendered.entry];
      const updated: SessionRecord = { ...session, status: view.status, snapshot: persisted, version: session.version + 1, updatedAt: now };
      const saved = await this.store.saveTurn({
        session: updated,
        expectedVersion: session.version,
        transcript,
        followUp: timerChange(session.snapshot, snapshot, now, {
          followUpDelayMs: this.options.followUpDelayMs,
          watchdogMs: (snapshot.context.checkSignIn ? this.options.probeWatchdogMs?.signedIn : this.options.probeWatchdogMs?.plain) ?? 60_000,
        }),
        ...(deliveryKey ? { deliveryKey } : {}),
      });
      if (!saved) {
        if (!restored.live) actor.stop();
        continue;
      }
      if (checking && !restored.live) this.checks.keep(sessionId, actor, () => void this.finishCheck(sessionId, actor));
      else if (!checking && restored.live) this.checks.release(sessionId);
      else if (!checking) actor.stop();
      const result: TurnResult = { session: updated, view, presentation: rendered.presentation, messages: rendered.messages };
      this.notifyTurn(result, { created: false, proactive });
      await this.notifyStatus(result, session.status);
      return { ok: true, ...result };
    }
    return { ok: false, error: 'busy' };
  }

  /** Fires every follow-up that is due, once each, and hands the new turn to the session's channel. */
  async fireDueFollowUps(owner: string, leaseMs = 60_000, limit = 50): Promise<number> {
    const due = await this.store.claimDueFollowUps(this.now(), owner, leaseMs, limit);
    let fired = 0;
    for (const item of due) {
      const lagMs = Math.max(0, this.now() - item.dueAt);
      for (const listener of this.lagListeners) listener(lagMs);
      const outcome = await this.fireTimer(item.sessionId);
      if (!outcome.ok || outcome.view.status === 'waiting') {
        await this.store.dropFollowUp(item.sessionId, item.dueAt);
        continue;
      }
      fired++;
      await this.tellChannel(outcome);
    }
    return fired;
  }

  async transcript(sessionId: string): Promise<TranscriptEntry[]> {
    return this.store.transcript(sessionId);
  }

  async setMeta(sessionId: string, meta: Record<string, unknown>): Promise<void> {
    await this.store.updateMeta(sessionId, meta);
  }
}
