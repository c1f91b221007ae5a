import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SessionConflictError, StaleVersionError, StoreUnavailableError } from './store.js';

export interface WriterOptions {
  /** writes before the thread starts: a store that barely writes never needs one (0: start at once) */
  startAfterWrites?: number;
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
  private readonly startAfter: number;

  constructor(
    private readonly file: string,
    private readonly options: WriterOptions = {},
  ) {
    this.startAfter = options.startAfterWrites ?? 256;
    if (this.startAfter === 0) this.start();
  }

  /** Whether writes go to the thread now. */
  get running(): boolean {
    return this.ready;
  }

  /** Counts a write the store made itself; starts the thread once there were enough. */
  wroteLocally(): void {
    if (this.worker || this.closed) return;
    this.writes += 1;
    if (this.writes >= this.startAfter) this.start();
  }

  /** Makes one of the store's write methods on the thread; settles once it committed (or failed there). */
  call(method: string, args: unknown[]): Promise<unknown> {
    const worker = this.worker;
    if (!worker || !this.ready) return Promise.reject(new StoreUnavailableError(new Error('the writing thread is not running')));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) worker.ref(); // a write under way keeps the process up until it is answered
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args });
    });
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
    worker.on('message', (message: { ready?: true; id?: number; result?: unknown; error?: ThreadError }) => {
      if (message.ready) {
        if (this.worker === worker && !this.closed) this.ready = true;
        return;
      }
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting || message.id === undefined) return;
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.error) waiting.reject(rebuildError(message.error));
      else waiting.resolve(message.result);
    });
    const gone = (error?: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.ready = false;
      const reason = new StoreUnavailableError(error ?? new Error('the writing thread stopped'));
      for (const waiting of this.pending.values()) waiting.reject(reason);
      this.pending.clear();
      if (error && !this.closed) this.failed(error);
    };
    worker.on('error', gone);
    worker.on('exit', () => gone(this.closed ? undefined : new Error('the writing thread exited')));
  }

  /** Reported; the store writes by itself again, and the thread is tried again after as many writes again. */
  private failed(error: unknown): void {
    this.failures += 1;
    this.options.onError?.(error, { loop: 'sqlite-writer', failures: this.failures, retryInMs: 0 });
  }

  /** Waits for the writes under way, then stops the thread (its connection closes first). */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    await Promise.allSettled([...this.pending.values()].map((waiting) => new Promise<void>((settled) => {
      const { resolve, reject } = waiting;
      waiting.resolve = (value) => (resolve(value), settled());
      waiting.reject = (error) => (reject(error), settled());
    })));
    this.ready = false;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('stop');
    const timeout = setTimeout(() => void worker.terminate(), 2_000);
    await exited;
    clearTimeout(timeout);
    this.worker = null;
  }
}
