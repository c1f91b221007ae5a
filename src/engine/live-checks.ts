import { createActor, fromPromise, type Actor, type Snapshot } from 'xstate';
import type { CheckInput } from '../machine/check-summary.js';
import { triageMachine } from '../machine/triage.machine.js';
import type { CheckLeases } from './check-leases.js';

export interface CheckProgress {
  running: string[];
  done: string[];
  total: number;
}

/**
 * The code and link a person needs for the Microsoft sign-in. Shown live; never logged or put in a transcript, and
 * stored only sealed (check-leases.ts), for the other instances to show.
 */
export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
  expiresInSeconds?: number;
}

export interface CheckHooks {
  signal: AbortSignal;
  /** who asked (the session), for per-person rate limits */
  requester: string;
  onProgress: (progress: CheckProgress) => void;
  onDeviceCode: (prompt: DeviceCodePrompt) => void;
}

/** Runs the live check of a mailbox (src/probes), resolving with its report. */
export type ProbeRunner = (input: CheckInput, hooks: CheckHooks) => Promise<unknown>;

export type CheckUpdate = { sessionId: string; progress: CheckProgress } | { sessionId: string; deviceCode: DeviceCodePrompt };
export type CheckListener = (update: CheckUpdate) => void;

/** What a channel that polls can show of a running check. */
export interface CheckState {
  progress?: CheckProgress;
  deviceCode?: DeviceCodePrompt;
}

type TriageActor = Actor<typeof triageMachine>;

const neverFinishes = fromPromise<unknown, CheckInput>(() => new Promise<never>(() => undefined));
/** Built once: `provide` rebuilds every state node, which cost about 1 ms and much garbage per turn. */
const inertMachine = triageMachine.provide({ actors: { mailboxProbe: neverFinishes } });

export function isCheckingSnapshot(snapshot: unknown): boolean {
  const value = (snapshot as { value?: unknown } | null)?.value;
  return JSON.stringify(value ?? null).includes('"runningCheck"');
}

/** What the instance that runs a check does when the check runs past its watchdog. */
export interface Watchdog {
  afterMs: number;
  overdue: () => void;
}

/**
 * Keeps the actors of checks that are running in this process. While a check runs, its session's turns go to the
 * live actor (so the check is not started twice); its lease, progress and sealed sign-in prompt are in the store
 * (check-leases.ts), so that every instance shows it. A stored session caught mid-check with neither a live actor
 * here nor a live lease elsewhere was interrupted (a restart, an instance gone), and is told so.
 */
export class LiveChecks {
  private readonly live = new Map<string, TriageActor>();
  private readonly listeners: CheckListener[] = [];
  private readonly latest = new Map<string, CheckState>();
  private readonly watchdogs = new Map<string, NodeJS.Timeout>();

  /** which session an actor system belongs to, so that one machine serves every session */
  private readonly sessionOf = new WeakMap<object, string>();
  private readonly machine: ReturnType<typeof triageMachine.provide>;

  constructor(
    private readonly runner: ProbeRunner | undefined,
    /** the person a session's checks count against (personKey) */
    private readonly personOf: (sessionId: string) => Promise<string>,
    private readonly leases: CheckLeases,
  ) {
    this.machine = this.buildMachine();
  }

  onUpdate(listener: CheckListener): void {
    this.listeners.push(listener);
  }

  /** The latest progress or sign-in prompt of a check running now in this process. */
  latestFor(sessionId: string): CheckState | undefined {
    return this.latest.get(sessionId);
  }

  /** The latest progress or sign-in prompt of a check running now, here or on another instance, for channels that poll. */
  async stateOf(sessionId: string): Promise<CheckState | undefined> {
    return this.latest.get(sessionId) ?? (await this.leases.elsewhere(sessionId)) ?? undefined;
  }

  /** Whether another instance runs the session's check under a live lease. */
  async runsElsewhere(sessionId: string): Promise<boolean> {
    return (await this.leases.elsewhere(sessionId)) !== null;
  }

  /**
   * Takes a session's check for this process before the turn that starts it is saved: false when another instance
   * runs it. What the check reported meanwhile goes to the store at once.
   */
  async claim(sessionId: string): Promise<boolean> {
    if (!(await this.leases.claim(sessionId))) return false;
    const state = this.latest.get(sessionId);
    if (state) this.leases.report(sessionId, state);
    return true;
  }

  /** A claim whose turn was not saved: given back. */
  async unclaim(sessionId: string): Promise<void> {
    if (!this.live.has(sessionId)) this.latest.delete(sessionId);
    await this.leases.release(sessionId);
  }

  /** After a check was reported interrupted: the lease its gone owner left is removed. */
  clearStale(sessionId: string): Promise<void> {
    return this.leases.clearStale(sessionId);
  }

  private emit(update: CheckUpdate): void {
    const state = this.latest.get(update.sessionId) ?? {};
    if ('progress' in update) state.progress = update.progress;
    else state.deviceCode = update.deviceCode;
    // the sign-in code is needed only until the sign-in is done
    if (state.progress?.done.includes('sign-in')) delete state.deviceCode;
    this.latest.set(update.sessionId, state);
    this.leases.report(update.sessionId, state);
    for (const listener of this.listeners) {
      try {
        listener(update);
      } catch {
        // a channel that cannot show progress must not break the check
      }
    }
  }

  private buildMachine() {
    const runner = this.runner;
    return triageMachine.provide({
      actors: {
        mailboxProbe: fromPromise<unknown, CheckInput>(async ({ input, signal, system }) => {
          if (!runner) throw new Error('live checks are not configured');
          const sessionId = this.sessionOf.get(system) ?? 'unknown';
          const requester = await this.personOf(sessionId);
          // a check stopped (its turn not saved, or the process shutting down) does not start, and reports nothing more
          signal.throwIfAborted();
          return runner(input, {
            signal,
            requester,
            onProgress: (progress) => {
              if (!signal.aborted) this.emit({ sessionId, progress });
            },
            onDeviceCode: (deviceCode) => {
              if (!signal.aborted) this.emit({ sessionId, deviceCode });
            },
          });
        }),
      },
    });
  }

  /**
   * A copy of a live actor that cannot start or stop anything (its check goes on in the original): a turn steps the
   * copy, and only once the turn is saved does the live actor take the same events.
   */
  copyOf(actor: TriageActor): TriageActor {
    return createActor(inertMachine, { snapshot: actor.getPersistedSnapshot() }).start() as unknown as TriageActor;
  }

  /**
   * The actor of a check running in this process, while this instance surely holds its lease. One whose lease may have
   * lapsed (renewals failed that long) is let go: another instance may have said it was interrupted and moved on, and
   * its result must not be saved over that.
   */
  liveActor(sessionId: string): TriageActor | undefined {
    const actor = this.live.get(sessionId);
    if (!actor || this.leases.holds(sessionId)) return actor;
    void this.release(sessionId);
    return undefined;
  }

  /**
   * An actor for a stored snapshot. A snapshot stored mid-check with no live actor is first moved on with
   * `probe-interrupted` (in an actor that cannot start the check again); `interrupted` says so. One whose check runs
   * `elsewhere` (another instance) stays as it is, in an actor that cannot start or stop anything.
   */
  restore(sessionId: string, stored: unknown, elsewhere = false): { actor: TriageActor; interrupted: boolean } {
    const raw = stored as Snapshot<unknown> & { status?: string };
    let snapshot = (raw.status === 'stopped' ? { ...raw, status: 'active' } : raw) as Snapshot<unknown>;
    let interrupted = false;
    if (elsewhere) return { actor: createActor(inertMachine, { snapshot }).start() as unknown as TriageActor, interrupted };
    if (isCheckingSnapshot(snapshot)) {
      const inert = createActor(inertMachine, { snapshot }).start();
      inert.send({ type: 'probe-interrupted' });
      snapshot = inert.getPersistedSnapshot() as Snapshot<unknown>;
      inert.stop();
      interrupted = true;
    }
    const actor = createActor(this.machine, { snapshot });
    this.sessionOf.set(actor.system, sessionId);
    return { actor: actor.start(), interrupted };
  }

  /**
   * Keeps an actor whose check has started (and was claimed); `onFinished` runs once when it leaves the checking
   * state — also when it left it already, while its turn was being saved (xstate does not replay the current state to
   * a new subscriber). The lease is renewed while it runs; a check whose lease another instance took is let go.
   */
  keep(sessionId: string, actor: TriageActor, onFinished: () => void, watchdog?: Watchdog): void {
    this.live.set(sessionId, actor);
    this.leases.hold(sessionId, () => void this.release(sessionId));
    if (watchdog) this.watchdogs.set(sessionId, setTimeout(watchdog.overdue, watchdog.afterMs).unref());
    const finishedBy = (snapshot: ReturnType<TriageActor['getSnapshot']>) => {
      if (snapshot.hasTag('probing')) return;
      subscription.unsubscribe();
      queueMicrotask(onFinished);
    };
    const subscription = actor.subscribe(finishedBy);
    finishedBy(actor.getSnapshot());
  }

  /** The check is over in this process: its actor stops, and its lease goes (another instance says it was interrupted). */
  async release(sessionId: string): Promise<void> {
    const actor = this.live.get(sessionId);
    this.live.delete(sessionId);
    this.latest.delete(sessionId);
    clearTimeout(this.watchdogs.get(sessionId));
    this.watchdogs.delete(sessionId);
    actor?.stop();
    await this.leases.release(sessionId);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.live.keys()].map((id) => this.release(id)));
  }
}
