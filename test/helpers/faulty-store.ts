import type { Store } from '../../src/store/store.js';

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
