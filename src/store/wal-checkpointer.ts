import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { stopWorker } from './stop-worker.js';

/** The checkpointing thread: its own connection to the file, a passive checkpoint on a timer, closed when told. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or locked: the next tick tries again */ }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { db.close(); } finally { parentPort.close(); }
});
`;

export interface CheckpointerOptions {
  /** commits before the thread starts: a store that barely writes never needs one */
  startAfterCommits?: number;
  intervalMs?: number;
  /** the thread could not start or died: reported, and the store checkpoints by itself until a later try */
  onError?: (error: unknown, failure: { loop: string; failures: number; retryInMs: number }) => void;
}

/**
 * Moves SQLite's WAL checkpoints off the event loop. SQLite checkpoints on the committing connection every 1,000
 * pages by default, which stalls the event loop while pages are copied and synced: measured here as ~60 µs per
 * turn, the largest single cost of a new conversation's write. Once the store is busy, a worker thread with its own
 * connection runs passive checkpoints on a timer instead; the store keeps a high auto-checkpoint as a backstop in
 * case the thread stops or falls behind.
 */
export class WalCheckpointer {
  private worker: Worker | null = null;
  private commits = 0;
  private failures = 0;
  private closed = false;
  private readonly startAfter: number;
  private readonly intervalMs: number;

  constructor(
    private readonly file: string,
    /** sets the committing connection's auto-checkpoint, in pages */
    private readonly setAutoCheckpoint: (pages: number) => void,
    private readonly options: CheckpointerOptions = {},
  ) {
    this.startAfter = options.startAfterCommits ?? 256;
    this.intervalMs = options.intervalMs ?? 250;
  }

  /** Whether the checkpointing thread runs. */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Called after each write transaction (which has committed: nothing here may throw into it). */
  committed(): void {
    if (this.worker || this.closed) return;
    this.commits += 1;
    if (this.commits < this.startAfter) return;
    try {
      this.start();
    } catch (error) {
      this.failed(error);
    }
  }

  /** Reported; the store keeps checkpointing by itself, and the thread is tried again after as many commits again. */
  private failed(error: unknown): void {
    this.failures += 1;
    this.commits = 0;
    this.options.onError?.(error, { loop: 'wal-checkpointer', failures: this.failures, retryInMs: 0 });
  }

  private start(): void {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, driver, intervalMs: this.intervalMs } });
    worker.unref();
    this.worker = worker;
    this.setAutoCheckpoint(8_000);
    const fallBack = () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.commits = 0;
      if (!this.closed) this.setAutoCheckpoint(1_000); // the thread is gone: the store checkpoints by itself again
    };
    worker.on('error', (error) => {
      fallBack();
      this.failed(error);
    });
    worker.on('exit', fallBack);
  }

  /** Stops the thread (its connection closes first). */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    await stopWorker(worker);
  }
}
