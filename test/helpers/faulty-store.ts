import { en } from '../../src/content/en.js';
import { Engine } from '../../src/engine/engine.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import type { Store } from '../../src/store/store.js';
import { fakeClock } from './engine.js';

type Method = { [K in keyof Store]: Store[K] extends (...args: never[]) => unknown ? K : never }[keyof Store];

/**
 * A real store whose methods can be told to fail (throw, or return a given value) a number of times, or to answer
 * late, the way a database under load or during a restart does. Everything else goes to the real store.
 */
export function faultyStore<S extends Store>(real: S) {
  const failures = new Map<string, Array<{ kind: 'throw' } | { kind: 'return'; value: unknown }>>();
  const delays = new Map<string, number>();
  const calls = new Map<string, number>();
  const store = new Proxy(real, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return async (...args: unknown[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        const delay = delays.get(name);
        if (delay) await new Promise((r) => setTimeout(r, delay));
        const next = failures.get(name)?.shift();
        if (next?.kind === 'throw') throw new Error(`the store failed in ${name} (test)`);
        if (next?.kind === 'return') return next.value;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as S;
  return {
    store,
    /** the next `times` calls of `method` throw */
    fail(method: Method, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => ({ kind: 'throw' as const }))]);
    },
    /** the next `times` calls of `method` answer `value` without reaching the store */
    answer(method: Method, value: unknown, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => ({ kind: 'return' as const, value }))]);
    },
    /** every call of `method` answers `ms` late */
    slow(method: Method, ms: number) {
      delays.set(method, ms);
    },
    calls: (method: Method) => calls.get(method) ?? 0,
  };
}

/**
 * An engine on a faulty SQLite store with one web session waiting for its follow-up, which is due now; `heard` gets
 * the view key of each turn handed to the web channel.
 */
export async function waitingOnFaultyStore(file: string) {
  const clock = fakeClock();
  const real = new SqliteStore(file);
  const faulty = faultyStore(real);
  const engine = new Engine({ store: faulty.store, content: en, followUpDelayMs: 60_000, now: clock.now });
  const heard: string[] = [];
  engine.onProactive('web', (result) => void heard.push(result.view.key));
  const id = (await engine.start('web', 'waiting')).session.id;
  for (const choice of ['sending-fails', 'yes', 'no', 'toggle-off', 'done']) await engine.send(id, { choice });
  clock.advance(61_000);
  return { real, faulty, engine, heard, id, clock };
}
