import type { Worker } from 'node:worker_threads';

/**
 * Asks one of the store's threads to stop ('stop': it closes its connection first) and waits until it has; a thread
 * that has not stopped within `graceMs` is terminated.
 */
export async function stopWorker(worker: Worker, graceMs = 2_000): Promise<void> {
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.postMessage('stop');
  const timeout = setTimeout(() => void worker.terminate(), graceMs);
  await exited;
  clearTimeout(timeout);
}
