import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { Engine, type TurnResult } from '../../src/engine/engine.js';
import type { CheckUpdate, ProbeRunner } from '../../src/engine/live-checks.js';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { tempDir } from '../helpers/engine.js';
import { join } from 'node:path';

describe('live checks of several sessions at once', () => {
  it('report each check’s progress, and its requester, under the session that started it', async () => {
    const requesters: string[] = [];
    const runner: ProbeRunner = async (input, hooks) => {
      requesters.push(hooks.requester);
      hooks.onProgress({ running: [input.address], done: [], total: 1 });
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('no network in this test');
    };
    const store = new SqliteStore(join(tempDir(), 'sessions.sqlite'));
    const engine = new Engine({ store, content: en, followUpDelayMs: 60_000, probe: runner });
    const updates: CheckUpdate[] = [];
    const finished: TurnResult[] = [];
    engine.onCheckUpdate((u) => updates.push(u));
    engine.onProactive('web', (r) => void finished.push(r));
    const people = ['ana@contoso.com', 'bo@fabrikam.com'];
    const ids = await Promise.all(
      people.map(async (address, i) => {
        const id = (await engine.start('web', `check-${i}`)).session.id;
        await engine.send(id, { text: `it's ${address}` });
        return { id, address };
      }),
    );
    await Promise.all(ids.map(({ id }) => engine.send(id, { choice: 'run-check' })));
    for (let waited = 0; finished.length < 2 && waited < 5000; waited += 25) await new Promise((r) => setTimeout(r, 25));
    expect([...requesters].sort()).toEqual(ids.map((s) => `session:${s.id}`).sort());
    for (const { id, address } of ids) {
      const mine = updates.filter((u) => u.sessionId === id && 'progress' in u);
      expect(mine.map((u) => ('progress' in u ? u.progress.running : []))).toEqual([[address]]);
    }
    await engine.stop();
    await store.close();
  });
});
