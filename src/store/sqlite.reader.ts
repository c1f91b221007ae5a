import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { stopWorker } from './stop-worker.js';

/** The reading thread: its own read-only connection to the file; runs one query per message and posts the rows back. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
parentPort.on('message', (message) => {
  if (message === 'stop') {
    try { db.close(); } finally { parentPort.close(); }
    return;
  }
  try {
    parentPort.postMessage({ id: message.id, rows: db.prepare(message.sql).all(...message.params) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String((error && error.message) || error) });
  }
});
`;

interface Pending {
  resolve: (rows: unknown[]) => void;
  reject: (error: Error) => void;
}

/**
 * Runs the operators' long reads (the /api/stats grouping over every session of a period) on a worker thread with
 * its own read-only connection, so that the event loop keeps answering /healthz, Slack acks and Teams while SQLite
 * reads. Started at the first read; WAL lets it read while the store writes.
 */
export class SqliteReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  constructor(private readonly file: string) {}

  all<T>(sql: string, params: ReadonlyArray<string | number | null>): Promise<T[]> {
    const worker = this.worker ?? this.start();
    const id = this.next++;
    return new Promise<T[]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
      worker.postMessage({ id, sql, params });
    });
  }

  private start(): Worker {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, driver } });
    worker.unref();
    worker.on('message', (message: { id: number; rows?: unknown[]; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.rows ?? []);
    });
    const gone = (error?: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error ?? new Error('the reading thread stopped'));
      this.pending.clear();
    };
    worker.on('error', gone);
    worker.on('exit', () => gone());
    this.worker = worker;
    return worker;
  }

  /** Stops the thread (its connection closes first); reads still under way fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await stopWorker(worker);
  }
}
