import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { stopWorker } from './stop-worker.js';
import { SessionConflictError, StaleVersionError, StoreUnavailableError } from './store.js';

export interface WriterOptions {
  /** writes before the thread starts: a store that barely writes never needs one (0: start at once) */
  startAfterWrites?: number;
  /**
   * How busy the event loop must be (its utilisation over the last few milliseconds, 0-1) for the thread to take a
   * write when it has none under way; 0: it takes every write. Default 0.5.
   */
  busyAbove?: number;
  /** the thread could not start or stopped: reported, and the store writes by itself until a later try */
  onError?: (error: unknown, failure: { loop: string; failures: number; retryInMs: number }) => void;
}

/** What crosses back from the thread when a write failed: enough to throw the same kind of error here. */
export interface ThreadError {
  name: string;
  message: string;
  code?: string;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** How often the event loop's utilisation is read, in milliseconds. */
const SAMPLE_MS = 20;

/**
 * A write's arguments as JSON text: V8 clones a string across threads for the cost of a copy, while cloning a
 * session's snapshot as objects cost the event loop about as much as the write it saved. They are plain data already
 * (what the store would write as JSON); trailing optional arguments left out stay left out, and a property set to
 * undefined arrives absent, which every write method treats alike (null is what clears a value).
 */
function serialized(args: unknown[]): string {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end -= 1;
  return JSON.stringify(end === args.length ? args : args.slice(0, end));
}

/** The errors callers tell apart by class, rebuilt with their class so that `instanceof` still holds. */
const KNOWN: Record<string, { prototype: Error }> = {
  SessionConflictError,
  StaleVersionError,
  StoreUnavailableError,
};

export function rebuildError(error: ThreadError): Error {
  const rebuilt = new Error(error.message);
  const known = KNOWN[error.name];
  if (known) Object.setPrototypeOf(rebuilt, known.prototype);
  rebuilt.name = error.name;
  if (error.code !== undefined) (rebuilt as Error & { code?: string }).code = error.code;
  return rebuilt;
}

/**
 * The worker: the module compiled beside this one, or, when this one runs as TypeScript (tests, `tsx` scripts), the
 * source loaded through tsx's loader, registered in the thread first.
 */
function newWorker(file: string): Worker {
  const here = import.meta.url;
  const workerData = { file };
  if (here.endsWith('.ts')) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const source = new URL('./sqlite.writer.worker.ts', here).href;
    return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`, { eval: true, workerData });
  }
  // dist/store/ (compiled) and dist/bundle/ (the bin's bundle) both sit two levels below the root
  return new Worker(new URL('../store/sqlite.writer.worker.js', here), { workerData });
}

/**
 * A thread of its own that makes the store's writes once the store is busy. Each write is a SQLite commit, which costs
 * the event loop more than anything else a turn does (WAL frames for every page of every index the rows touch, and
 * the checkpoints that follow); on this thread the event loop only hands the write over and hears its result, and keeps
 * answering requests meanwhile. Writes keep their order (one connection, one message at a time) and a caller still
 * hears of a write only once it is committed, so that a reply is never sent before its turn is saved. Reads stay on the
 * store's own connection, which sees every write the thread has committed.
 *
 * Until the thread says it is ready, and whenever it is gone, the store writes by itself: a thread that cannot start
 * costs speed, never a write. A write under way when the thread stops is failed (whether it committed is unknown, and
 * making it again could count a delivery twice); the caller's usual handling of a store error applies.
 */
export class SqliteWriter {
  private worker: Worker | null = null;
  private ready = false;
  private closed = false;
  private writes = 0;
  private failures = 0;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  /** writes asked for since the last message to the thread */
  private queued: Array<{ id: number; method: string; args: string }> = [];
  /** close() waiting for the writes under way */
  private drained: Array<() => void> = [];
  private readonly startAfter: number;
  private readonly busyAbove: number;
  /** the event loop's utilisation, sampled at most every SAMPLE_MS */
  private loop = { sample: performance.eventLoopUtilization(), at: 0, busy: false };

  constructor(
    private readonly file: string,
    private readonly options: WriterOptions = {},
  ) {
    this.startAfter = options.startAfterWrites ?? 256;
    this.busyAbove = options.busyAbove ?? 0.5;
    if (this.startAfter === 0) this.start();
  }

  /** Whether the thread runs (and takes writes when the event loop is busy). */
  get running(): boolean {
    return this.ready;
  }

  /**
   * Whether the thread takes the next write: always while it has writes under way (they must keep their order), and
   * otherwise when the event loop is busy. On an event loop with time to spare, a write made there answers sooner than
   * one handed to the thread and back (two wake-ups of a sleeping thread), and costs nothing anyone waits for.
   */
  takes(): boolean {
    if (!this.ready) return false;
    if (this.pending.size > 0 || this.busyAbove <= 0) return true;
    const now = performance.now();
    if (now - this.loop.at >= SAMPLE_MS) {
      const sample = performance.eventLoopUtilization();
      this.loop = { sample, at: now, busy: performance.eventLoopUtilization(sample, this.loop.sample).utilization > this.busyAbove };
    }
    return this.loop.busy;
  }

  /** Counts a write the store made itself; starts the thread once there were enough. */
  wroteLocally(): void {
    if (this.worker || this.closed) return;
    this.writes += 1;
    if (this.writes >= (this.failures === 0 ? this.startAfter : this.nextTryAfter)) this.start();
  }

  /**
   * Makes one of the store's write methods on the thread; settles once it committed (or failed there). Under load the
   * writes asked for while the event loop handles one batch of I/O go over together: each message wakes the thread, a
   * cost the event loop pays per message, not per write.
   */
  call(method: string, args: unknown[]): Promise<unknown> {
    const worker = this.worker;
    if (!worker || !this.ready) return Promise.reject(new StoreUnavailableError(new Error('the writing thread is not running')));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const idle = this.pending.size === 0;
      if (idle) worker.ref(); // a write under way keeps the process up until it is answered
      this.pending.set(id, { resolve, reject });
      const call = { id, method, args: serialized(args) };
      // a write to an idle thread goes at once; while the thread is busy, the writes asked for meanwhile wait for the
      // end of this turn of the event loop and go together
      if (idle) worker.postMessage([call]);
      else if (this.queued.push(call) === 1) setImmediate(() => this.flush(worker));
    });
  }

  private flush(worker: Worker): void {
    const batch = this.queued;
    this.queued = [];
    // a thread gone meanwhile has failed these already
    if (this.worker === worker && batch.length > 0) worker.postMessage(batch);
  }

  private start(): void {
    this.writes = 0;
    let worker: Worker;
    try {
      worker = newWorker(this.file);
    } catch (error) {
      this.failed(error);
      return;
    }
    worker.unref();
    this.worker = worker;
    worker.on('message', (message: { ready: true } | Array<{ id: number; result?: unknown; error?: ThreadError }>) => {
      if (!Array.isArray(message)) {
        if (this.worker === worker && !this.closed) this.ready = true;
        return;
      }
      for (const answer of message) {
        const waiting = this.pending.get(answer.id);
        if (!waiting) continue;
        this.pending.delete(answer.id);
        if (answer.error) waiting.reject(rebuildError(answer.error));
        else waiting.resolve(answer.result);
      }
      if (this.pending.size === 0) {
        worker.unref();
        this.wakeDrained();
      }
    });
    const gone = (error?: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.ready = false;
      const reason = new StoreUnavailableError(error ?? new Error('the writing thread stopped'));
      for (const waiting of this.pending.values()) waiting.reject(reason);
      this.pending.clear();
      this.queued = [];
      this.wakeDrained();
      if (error && !this.closed) this.failed(error);
    };
    worker.on('error', gone);
    worker.on('exit', () => gone(this.closed ? undefined : new Error('the writing thread exited')));
  }

  /** Reported; the store writes by itself again, and tries the thread again after twice as many writes as the last time. */
  private failed(error: unknown): void {
    this.failures += 1;
    this.options.onError?.(error, { loop: 'sqlite-writer', failures: this.failures, retryInMs: 0 });
  }

  /** Writes before the next try: doubling after each failure (a thread that cannot start is not started 1,000 times). */
  private get nextTryAfter(): number {
    return Math.max(1, this.startAfter) * 2 ** Math.min(this.failures, 10);
  }

  /**
   * Waits until no write is under way (writes asked for meanwhile still go to the thread and are waited for too), then
   * stops the thread (its connection closes first). Writes asked for after that are the store's own.
   */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    while (this.pending.size > 0 && this.worker === worker) await new Promise<void>((resolve) => this.drained.push(resolve));
    this.ready = false;
    if (this.worker !== worker) return; // it died meanwhile
    await stopWorker(worker);
    this.worker = null;
  }

  /** Tells whoever waits for the thread to have no write under way. */
  private wakeDrained(): void {
    const waiting = this.drained;
    this.drained = [];
    for (const resolve of waiting) resolve();
  }
}
