/** Why a probe was not started. */
export type ProbeRefusalReason = 'invalid-address' | 'rate-limited-user' | 'rate-limited-global' | 'too-many-running';

export interface ProbeRefusal {
  reason: ProbeRefusalReason;
  /** when trying again may work (rate limits only) */
  retryAfterMs?: number;
}

export interface ProbeGateLimits {
  /** probes one requester may start per window */
  perUser: number;
  /** probes everyone together may start per window */
  global: number;
  /**
   * probes requesters no chat workspace vouches for (web clients: addresses are cheap to change) may start together
   * per window: the rest of the global budget stays for Slack and Teams users
   */
  anonymous: number;
  windowMs: number;
  /** probes running at once */
  maxConcurrent: number;
}

export const DEFAULT_GATE_LIMITS: ProbeGateLimits = { perUser: 5, global: 60, anonymous: 30, windowMs: 10 * 60_000, maxConcurrent: 4 };

/** Requester keys of anonymous people (see engine/person-key.ts): the web, or a session with no known person. */
const ANONYMOUS = /^(web|session):/;

export type GateTicket = { ok: true; release: () => void } | { ok: false; refusal: ProbeRefusal };

/** In-memory sliding-window rate limits and a cap on concurrent probes. One gate per process. */
export class ProbeGate {
  private running = 0;
  private readonly starts: number[] = [];
  private readonly anonymousStarts: number[] = [];
  private readonly startsByUser = new Map<string, number[]>();

  constructor(
    private readonly limits: ProbeGateLimits = DEFAULT_GATE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a slot for `requester`, or says why not. Call `release()` when the probe ends. */
  acquire(requester: string): GateTicket {
    const now = this.now();
    const cutoff = now - this.limits.windowMs;
    prune(this.starts, cutoff);
    const mine = this.startsByUser.get(requester) ?? [];
    prune(mine, cutoff);
    if (mine.length >= this.limits.perUser) {
      return { ok: false, refusal: { reason: 'rate-limited-user', retryAfterMs: mine[0]! + this.limits.windowMs - now } };
    }
    if (this.starts.length >= this.limits.global) {
      return { ok: false, refusal: { reason: 'rate-limited-global', retryAfterMs: this.starts[0]! + this.limits.windowMs - now } };
    }
    const anonymous = ANONYMOUS.test(requester);
    prune(this.anonymousStarts, cutoff);
    if (anonymous && this.anonymousStarts.length >= this.limits.anonymous) {
      return { ok: false, refusal: { reason: 'rate-limited-global', retryAfterMs: this.anonymousStarts[0]! + this.limits.windowMs - now } };
    }
    if (this.running >= this.limits.maxConcurrent) return { ok: false, refusal: { reason: 'too-many-running' } };
    this.running++;
    this.starts.push(now);
    if (anonymous) this.anonymousStarts.push(now);
    mine.push(now);
    this.startsByUser.set(requester, mine);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.running--;
      },
    };
  }

  get runningCount(): number {
    return this.running;
  }
}

function prune(times: number[], cutoff: number): void {
  while (times.length > 0 && times[0]! <= cutoff) times.shift();
}
