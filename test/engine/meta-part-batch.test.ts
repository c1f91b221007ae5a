import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { Engine } from '../../src/engine/engine.js';
import { MetaPartBatch } from '../../src/engine/meta-part-batch.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { faultyStore } from '../helpers/faulty-store.js';
import { tempDir } from '../helpers/engine.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

async function setUp() {
  const real = new SqliteStore(join(tempDir(), `meta-${randomUUID()}.sqlite`));
  stores.push(real);
  const faulty = faultyStore(real);
  const engine = new Engine({ store: faulty.store, content: en, followUpDelayMs: 60_000 });
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await engine.start('teams', `conv-${i}`, { teams: { reference: { id: `r${i}` } } })).session.id);
  return { real, faulty, engine, ids };
}

describe('changes to sessions’ channel parts written together', () => {
  it('writes the cards noted at about the same time in one store call, each caller answered once its own is written', async () => {
    const { real, faulty, engine, ids } = await setUp();
    await Promise.all(ids.map((id, i) => engine.patchMetaPart(id, 'teams', { cardId: `card-${i}` })));
    expect(faulty.calls('patchMetaParts')).toBe(1);
    for (const [i, id] of ids.entries()) expect((await real.sessionMeta(id))?.teams).toEqual({ reference: { id: `r${i}` }, cardId: `card-${i}` });
    // one noted later goes in a write of its own
    await engine.patchMetaPart(ids[0]!, 'teams', { cardId: 'card-9', gone: undefined });
    expect(faulty.calls('patchMetaParts')).toBe(2);
    expect((await real.sessionMeta(ids[0]!))?.teams).toEqual({ reference: { id: 'r0' }, cardId: 'card-9' });
  });

  it('tells each caller of its own failure only, and all of them when the store fails', async () => {
    const { faulty, engine, ids } = await setUp();
    faulty.answer('patchMetaParts', [null, 'the meta is not JSON', null]);
    const outcomes = await Promise.allSettled(ids.map((id) => engine.patchMetaPart(id, 'teams', { cardId: 'c' })));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('the meta is not JSON');
    faulty.fail('patchMetaParts');
    const failed = await Promise.allSettled(ids.map((id) => engine.patchMetaPart(id, 'teams', { cardId: 'd' })));
    expect(failed.every((o) => o.status === 'rejected')).toBe(true);
  });

  it('holds the session’s next change until its own is written, in the order asked', async () => {
    const { real, faulty, engine, ids } = await setUp();
    faulty.slow('patchMetaParts', 30);
    const id = ids[0]!;
    await Promise.all([engine.patchMetaPart(id, 'teams', { cardId: 'first' }), engine.patchMetaPart(id, 'teams', { cardId: 'second' })]);
    expect(faulty.calls('patchMetaParts')).toBe(2); // the second waited for the session's lock
    expect((await real.sessionMeta(id))?.teams).toMatchObject({ cardId: 'second' });
  });

  it('writes a full batch at once rather than waiting out the window', async () => {
    const written: number[] = [];
    const batch = new MetaPartBatch({ patchMetaParts: async (changes) => (written.push(changes.length), changes.map(() => null)) }, 60_000);
    await Promise.all(Array.from({ length: 64 }, (_, i) => batch.write({ id: `s${i}`, part: 'teams', change: {}, create: false })));
    expect(written).toEqual([64]);
  });
});
