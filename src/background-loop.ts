/** Where a background pass failed and when the loop tries again. */
export interface LoopFailure {
  /** the loop's name, for logs and the `mailbox_doctor_background_errors_total{loop}` metric */
  loop: string;
  /** failures in a row, this one included */
  failures: number;
  retryInMs: number;
}

export type LoopErrorHandler = (error: unknown, failure: LoopFailure) => void;

export interface BackgroundLoopOptions {
  name: string;
  intervalMs: number;
  /** the longest wait after failures in a row (default: 32 intervals, at most five minutes, never less than one) */
  maxBackoffMs?: number;
  onError: LoopErrorHandler;
}

/**
 * Runs one kind of background work (follow-ups, the helpdesk outbox, housekeeping) on a timer. Passes follow each
 * other and never overlap; a pass that throws is reported with the loop's name, and the next waits twice as long
 * each time it fails again (back to the interval after a pass that succeeds). Nothing a pass throws leaves the loop.
 */
export class BackgroundLoop<T> {
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  /** the pass under way or the last one */
  private last: Promise<T>;
  private failures = 0;

  constructor(
    private readonly options: BackgroundLoopOptions,
    private readonly pass: () => Promise<T>,
    /** what a failed pass gives back */
    private readonly failed: T,
  ) {
    this.last = Promise.resolve(failed);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.run().then(() => this.schedule());
  }

  /** One pass, after any pass under way. Never throws: a failure is reported and `failed` returned. */
  run(): Promise<T> {
    this.last = this.last.then(() => this.guarded());
    return this.last;
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.last;
  }

  private async guarded(): Promise<T> {
    try {
      const result = await this.pass();
      this.failures = 0;
      return result;
    } catch (error) {
      this.failures++;
      try {
        this.options.onError(error, { loop: this.options.name, failures: this.failures, retryInMs: this.delay() });
      } catch {
        // a failing report must not stop the loop either
      }
      return this.failed;
    }
  }

  private delay(): number {
    const { intervalMs } = this.options;
    const max = Math.max(intervalMs, this.options.maxBackoffMs ?? Math.min(32 * intervalMs, 300_000));
    return this.failures === 0 ? intervalMs : Math.min(max, intervalMs * 2 ** Math.min(this.failures, 30));
  }

  private schedule(): void {
    if (!this.started) return;
    this.timer = setTimeout(() => void this.run().then(() => this.schedule()), this.delay());
    this.timer.unref();
  }
}
