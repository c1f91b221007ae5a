import type { MetaPartChange, Store } from '../store/store.js';

/** How long a change waits for others to share its write, in milliseconds. */
export const META_PART_WINDOW_MS = 10;
/** A batch this large is written at once. */
const MAX_BATCH = 64;

type Waiting = { change: MetaPartChange; resolve: () => void; reject: (error: Error) => void };

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * Writes changes to sessions' channel parts of meta (a Teams card's id above all, noted after every card) together:
 * the changes asked for within a few milliseconds go to the store as one batch, which SQLite commits once. Under load
 * that is about one commit for ten cards instead of one each (issue 16). Each caller still hears of its own change
 * only once it is written, and of its own failure alone.
 */
export class MetaPartBatch {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Pick<Store, 'patchMetaParts'>,
    private readonly windowMs = META_PART_WINDOW_MS,
  ) {}

  /** Resolves once the change is written; rejects with why it was not. */
  write(change: MetaPartChange): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ change, resolve, reject });
      if (this.waiting.length >= MAX_BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.windowMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    this.store.patchMetaParts(batch.map((one) => one.change)).then(
      (outcomes) => batch.forEach((one, i) => (outcomes[i] == null ? one.resolve() : one.reject(new Error(outcomes[i] ?? 'not written')))),
      (error: unknown) => batch.forEach((one) => one.reject(asError(error))),
    );
  }
}
