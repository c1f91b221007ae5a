import { join } from 'node:path';
import { afterEach, describe } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers/engine.js';
import { storeContract } from './store.contract.js';

const opened: Store[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()?.close();
});

describe('the SQLite store', () => {
  storeContract(async () => {
    const store = new SqliteStore(join(tempDir(), 'contract.sqlite'));
    opened.push(store);
    return store;
  });
});
