import { createActor, fromPromise, type Actor, type Snapshot } from 'xstate';
import type { CheckInput } from '../machine/check-summary.js';
import { triageMachine } from '../machine/triage.machine.js';

export interface CheckProgress {
  running: string[];
  done: string[];
  total: number;
}

/** The code and link a person needs for the Microsoft sign-in. Shown live; never stored, logged or put in a transcript. */
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

/**
 * Keeps the actors of checks that are running in this process. While a check runs, its session's turns go to the
 * live actor (so the check is not started twice); a stored session caught mid-check without a live actor was
 * interrupted by a restart, and is told so.
 */
export class LiveChecks {
  private readonly live = new Map<string, TriageActor>();
  private readonly listeners: CheckListener[] = [];
  private readonly latest = new Map<string, CheckState>();

  /** which session an actor system belongs to, so that one machine serves every session */
  private readonly sessionOf = new WeakMap<object, string>();
  private readonly machine: ReturnType<typeof triageMachine.provide>;

  constructor(
    private readonly runner: ProbeRunner | undefined,
    /** the person a session's checks count against (personKey); the session itself when not given */
    private readonly personOf: (sessionId: string) => Promise<string> = async (sessionId) => `session:${sessionId}`,
  ) {
    this.machine = this.buildMachine();
  }

  onUpdate(listener: CheckListener): void {
    this.listeners.push(listener);
  }

  /** The latest progress or sign-in prompt of a check running now, for channels that poll. */
  latestFor(sessionId: string): CheckState | undefined {
    return this.latest.get(sessionId);
  }

  private emit(update: CheckUpdate): void {
    const state = this.latest.get(update.sessionId) ?? {};
    if ('progress' in update) state.progress = update.progress;
    else state.deviceCode = update.deviceCode;
    // the sign-in code is needed only until the sign-in is done
    if (state.progress?.done.includes('sign-in')) delete state.deviceCode;
    this.latest.set(update.sessionId, state);
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
          return runner(input, {
            signal,
            requester: await this.personOf(sessionId),
            onProgress: (progress) => this.emit({ sessionId, progress }),
            onDeviceCode: (deviceCode) => this.emit({ sessionId, deviceCode }),
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

  liveActor(sessionId: string): TriageActor | undefined {
    return this.live.get(sessionId);
  }

  /**
   * An actor for a stored snapshot. A snapshot stored mid-check with no live actor is first moved on with
   * `probe-interrupted` (in an actor that cannot start the check again); `interrupted` says so.
   */
  restore(sessionId: string, stored: unknown): { actor: TriageActor; interrupted: boolean } {
    const raw = stored as Snapshot<unknown> & { status?: string };
    let snapshot = (raw.status === 'stopped' ? { ...raw, status: 'active' } : raw) as Snapshot<unknown>;
    let interrupted = false;
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
   * Keeps an actor whose check has started; `onFinished` runs once when it leaves the checking state — also when it
   * left it already, while its turn was being saved (xstate does not replay the current state to a new subscriber).
   */
  keep(sessionId: string, actor: TriageActor, onFinished: () => void): void {
    this.live.set(sessionId, actor);
    const finishedBy = (snapshot: ReturnType<TriageActor['getSnapshot']>) => {
      if (snapshot.hasTag('probing')) return;
      subscription.unsubscribe();
      queueMicrotask(onFinished);
    };
    const subscription = actor.subscribe(finishedBy);
    finishedBy(actor.getSnapshot());
  }

  release(sessionId: string): void {
    const actor = this.live.get(sessionId);
    this.live.delete(sessionId);
    this.latest.delete(sessionId);
    actor?.stop();
  }

  async stopAll(): Promise<void> {
    for (const id of [...this.live.keys()]) this.release(id);
  }
}
