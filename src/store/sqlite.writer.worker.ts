/**
 * The writing thread of the SQLite store (see sqlite.writer.ts): its own connection to the file, on which it makes the
 * store's write methods one message at a time, in the order they came, and posts each result back once committed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStore } from './sqlite.store.js';
import type { ThreadError } from './sqlite.writer.js';

const port = parentPort;
if (!port) throw new Error('sqlite.writer.worker runs as a worker thread');
const store = new SqliteStore((workerData as { file: string }).file, { role: 'writer' });
const methods = store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;

port.on('message', (message: 'stop' | { id: number; method: string; args: unknown[] }) => {
  if (message === 'stop') {
    void store.close().finally(() => port.close());
    return;
  }
  const { id, method, args } = message;
  const write = methods[method];
  // every write method is synchronous inside: each one commits before the next message is taken
  (typeof write === 'function' ? write.apply(store, args) : Promise.reject(new Error(`the store has no method ${method}`))).then(
    (result) => port.postMessage({ id, result }),
    (error: unknown) => {
      const e = error as { name?: unknown; message?: unknown; code?: unknown };
      const sent: ThreadError = { name: typeof e?.name === 'string' ? e.name : 'Error', message: typeof e?.message === 'string' ? e.message : String(error) };
      if (typeof e?.code === 'string') sent.code = e.code;
      port.postMessage({ id, error: sent });
    },
  );
});
port.postMessage({ ready: true });
