import { hostname } from 'node:os';
import type { Engine } from './engine.js';

export interface SchedulerOptions {
  intervalMs: number;
  onError: (error: unknown) => void;
  /** how long a claimed follow-up is held before another instance may take it (default 60 s) */
  leaseMs?: number;
}

/**
 * Polls the store for follow-ups that have fallen due — also those that fell due while the process was down —
 * and fires each once. Several instances may poll: a claim holds a row for a lease.
 */
export class FollowUpScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly owner = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly engine: Engine,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
    void this.tick();
  }

  /** One pass; returns how many follow-ups fired. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    const pass = this.engine.fireDueFollowUps(this.owner, this.options.leaseMs).catch((error: unknown) => {
      this.options.onError(error);
      return 0;
    });
    this.running = pass;
    try {
      return await pass;
    } finally {
      this.running = null;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
