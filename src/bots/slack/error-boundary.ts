import { redact } from '../../engine/redact.js';
import type { Logger } from '../../logger.js';
import { isPlacementError, slackErrorCode } from './web-api.js';

/**
 * The Slack adapter's one error boundary: every handler, follow-up and background task runs through it. A failure is
 * logged once with where it happened and Slack's error code, and goes no further: the process keeps serving. The work
 * in flight is tracked so that shutting down can wait for it.
 */
export class ErrorBoundary {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly logger: Logger) {}

  report(error: unknown, where: string): void {
    const code = slackErrorCode(error);
    const message = redact(error instanceof Error ? error.message : String(error));
    if (isPlacementError(code)) this.logger.warn({ where, slackError: code }, `Slack refused a call in ${where} (${code})`);
    else this.logger.error({ where, slackError: code, message, stack: error instanceof Error ? error.stack : undefined }, `Slack ${where} failed`);
  }

  /** Runs a task inside the boundary; resolves when it has finished, never rejects. */
  run(where: string, task: () => Promise<unknown>): Promise<void> {
    const running: Promise<void> = (async () => {
      try {
        await task();
      } catch (error) {
        this.report(error, where);
      }
    })();
    this.inFlight.add(running);
    void running.finally(() => this.inFlight.delete(running));
    return running;
  }

  /** Waits until the work started so far has finished. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}
