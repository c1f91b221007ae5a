import { hostname } from 'node:os';
import { BackgroundLoop, type LoopErrorHandler } from '../background-loop.js';
import type { Engine } from './engine.js';

export interface SchedulerOptions {
  intervalMs: number;
  /** a pass that failed (the store away): reported, and the next one backs off */
  onError: LoopErrorHandler;
  /** how long a claimed follow-up is held before another instance may take it (default 60 s) */
  leaseMs?: number;
}

/**
 * Polls the store for follow-ups that have fallen due — also those that fell due while the process was down —
 * and fires each once. Several instances may poll: a claim holds a row for a lease.
 */
export class FollowUpScheduler {
  private readonly owner = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  private readonly loop: BackgroundLoop<number>;

  constructor(engine: Engine, options: SchedulerOptions) {
    this.loop = new BackgroundLoop(
      { name: 'follow-ups', intervalMs: options.intervalMs, onError: options.onError },
      () => engine.fireDueFollowUps(this.owner, options.leaseMs),
      0,
    );
  }

  start(): void {
    this.loop.start();
  }

  /** One pass; returns how many follow-ups fired. */
  tick(): Promise<number> {
    return this.loop.run();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
