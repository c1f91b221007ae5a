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

type Call = { id: number; method: string; args: string };
type Answer = { id: number; result?: unknown; error?: ThreadError };

function failure(error: unknown): ThreadError {
  const e = error as { name?: unknown; message?: unknown; code?: unknown };
  const sent: ThreadError = { name: typeof e?.name === 'string' ? e.name : 'Error', message: typeof e?.message === 'string' ? e.message : String(error) };
  if (typeof e?.code === 'string') sent.code = e.code;
  return sent;
}

/** One write: every write method is synchronous inside, so each one has committed when its promise settles. */
async function make(call: Call): Promise<Answer> {
  const write = methods[call.method];
  try {
    if (typeof write !== 'function') throw new Error(`the store has no method ${call.method}`);
    return { id: call.id, result: await write.apply(store, JSON.parse(call.args) as unknown[]) };
  } catch (error) {
    return { id: call.id, error: failure(error) };
  }
}

// a batch is made in the order it came, each write in its own transaction, and answered in one message
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: 'stop' | Call[]) => {
  if (message === 'stop') {
    queue = queue.then(() => store.close()).finally(() => port.close());
    return;
  }
  queue = queue.then(async () => {
    const answers: Answer[] = [];
    for (const call of message) answers.push(await make(call));
    port.postMessage(answers);
  });
});
port.postMessage({ ready: true });
