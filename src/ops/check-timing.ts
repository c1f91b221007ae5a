import type { ProbeRunner } from '../engine/live-checks.js';

/**
 * Wraps the live-check runner so that each probe's duration is reported (`observe(check, seconds)`), read from the
 * progress the runner already gives: a probe starts when it first shows as running and ends when it shows as done.
 */
export function timeChecks(runner: ProbeRunner, observe: (check: string, seconds: number) => void, now: () => number = () => performance.now()): ProbeRunner {
  return (input, hooks) => {
    const started = new Map<string, number>();
    const finished = new Set<string>();
    return runner(input, {
      ...hooks,
      onProgress: (progress) => {
        const at = now();
        for (const check of progress.running) if (!started.has(check)) started.set(check, at);
        for (const check of progress.done) {
          if (finished.has(check)) continue;
          finished.add(check);
          observe(check, (at - (started.get(check) ?? at)) / 1000);
        }
        hooks.onProgress(progress);
      },
    });
  };
}
