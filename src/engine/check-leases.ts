import type { LoopErrorHandler } from '../background-loop.js';
import type { Store } from '../store/store.js';
import type { CheckProgress, CheckState } from './live-checks.js';
import type { SignInSeal } from './sign-in-seal.js';

export interface CheckLeaseOptions {
  store: Store;
  /** this instance, as the owner of the checks it runs */
  owner: string;
  /** how long a check is held without a renewal; renewed every third of it */
  leaseMs: number;
  seal: SignInSeal;
  now: () => number;
  onError?: LoopErrorHandler | undefined;
}

interface Held {
  /** store writes of this check, one after another */
  chain: Promise<unknown>;
  renewal: NodeJS.Timeout | null;
  failures: number;
  /** the sign-in prompt as last sealed, so that each report does not seal it again */
  sealed: { code: string; text: string } | null;
  /**
   * Until when this instance surely holds the lease: the start of the last claim or renewal that succeeded, plus the
   * lease. Past it, another instance may have taken the check for gone (and said so), so this one must not save it.
   */
  until: number;
}

/**
 * The live checks this instance runs, as the store shows them to every instance: a lease (claimed before the turn
 * that starts a check is saved, renewed while it runs, released when it ends), the progress, and the sign-in prompt
 * sealed (never in clear). Another instance reads them while the lease holds; once it has run out, the owner is taken
 * to be gone and the check to be interrupted.
 */
export class CheckLeases {
  private readonly held = new Map<string, Held>();

  constructor(private readonly options: CheckLeaseOptions) {}

  get owner(): string {
    return this.options.owner;
  }

  /** Takes a session's check for this instance: false when another instance holds it under a live lease. */
  async claim(sessionId: string): Promise<boolean> {
    const { store, owner, now, leaseMs } = this.options;
    const asked = now();
    if (!(await store.claimLiveCheck(sessionId, owner, asked, leaseMs))) return false;
    const held = this.held.get(sessionId);
    if (held) held.until = asked + leaseMs;
    else this.held.set(sessionId, { chain: Promise.resolve(), renewal: null, failures: 0, sealed: null, until: asked + leaseMs });
    return true;
  }

  /** Whether this instance still surely holds a session's check (see `Held.until`). */
  holds(sessionId: string): boolean {
    const held = this.held.get(sessionId);
    return held !== undefined && this.options.now() < held.until;
  }

  /** Renews the lease while the check runs; `onLost` when another instance has taken it (this one was taken for gone). */
  hold(sessionId: string, onLost: () => void): void {
    const held = this.held.get(sessionId);
    if (!held || held.renewal) return;
    const { store, owner, now, leaseMs } = this.options;
    const every = Math.max(50, Math.floor(leaseMs / 3));
    // renewals that keep failing (the store away) until the lease has run out: the check is let go here, since another
    // instance may already have said it was interrupted
    const lapsed = () => this.held.get(sessionId) === held && now() >= held.until;
    held.renewal = setInterval(() => {
      if (lapsed()) return onLost();
      let asked = 0;
      held.chain = held.chain
        .then(() => store.updateLiveCheck(sessionId, owner, (asked = now()), leaseMs))
        .then(
          (kept) => {
            held.failures = 0;
            if (kept) held.until = asked + leaseMs;
            else if (this.held.get(sessionId) === held) onLost();
          },
          (error: unknown) => {
            this.options.onError?.(error, { loop: 'check-lease', failures: ++held.failures, retryInMs: every });
            if (lapsed()) onLost();
          },
        );
    }, every);
    held.renewal.unref();
  }

  /** Writes what a held check has reported so far (its progress, its sign-in prompt sealed). */
  report(sessionId: string, state: CheckState): void {
    const held = this.held.get(sessionId);
    if (!held) return;
    const { store, owner, now, leaseMs, seal } = this.options;
    const code = state.deviceCode;
    if (!code) held.sealed = null;
    else if (held.sealed?.code !== code.userCode) held.sealed = { code: code.userCode, text: seal.seal(sessionId, code) };
    const change = { progress: state.progress ?? null, signIn: held.sealed?.text ?? null };
    held.chain = held.chain
      .then(() => store.updateLiveCheck(sessionId, owner, now(), leaseMs, change))
      .catch((error: unknown) => this.options.onError?.(error, { loop: 'check-progress', failures: 1, retryInMs: 0 }));
  }

  /** The check is over here (finished, stopped, or taken by another instance): no more renewals, its row goes. */
  async release(sessionId: string): Promise<void> {
    const held = this.held.get(sessionId);
    if (!held) return;
    this.held.delete(sessionId);
    if (held.renewal) clearInterval(held.renewal);
    await held.chain;
    try {
      await this.options.store.releaseLiveCheck(sessionId, this.options.owner);
    } catch (error) {
      // the row stays until its lease runs out; then no instance takes it for running
      this.options.onError?.(error, { loop: 'check-lease', failures: 1, retryInMs: this.options.leaseMs });
    }
  }

  /** What a check another instance runs under a live lease shows now; null when none does. */
  async elsewhere(sessionId: string): Promise<CheckState | null> {
    const row = await this.options.store.getLiveCheck(sessionId);
    if (!row || row.owner === this.options.owner || row.leaseUntil < this.options.now()) return null;
    const deviceCode = row.signIn ? this.options.seal.open(sessionId, row.signIn) : null;
    return { ...(row.progress ? { progress: row.progress as CheckProgress } : {}), ...(deviceCode ? { deviceCode } : {}) };
  }

  /** After a check was reported interrupted: the row its gone owner left is removed. */
  async clearStale(sessionId: string): Promise<void> {
    const row = await this.options.store.getLiveCheck(sessionId);
    if (row && row.owner !== this.options.owner && row.leaseUntil < this.options.now()) await this.options.store.releaseLiveCheck(sessionId, row.owner);
  }
}
