import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.store.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/engine.js';

const DAY = 86_400_000;
const dataDir = tempDir();

/** A web conversation whose first message, `daysAgo` days ago, was not understood. */
async function misread(store: SqliteStore, text: string, daysAgo: number, locale = 'en'): Promise<void> {
  const at = Date.now() - daysAgo * DAY;
  const session = {
    id: randomUUID(),
    channel: 'web',
    conversationKey: randomUUID(),
    status: 'active' as const,
    snapshot: {},
    version: 1,
    meta: {},
    createdAt: at,
    updatedAt: at,
  };
  await store.createSession(session, []);
  await store.saveTurn({ session: { ...session, version: 2 }, expectedVersion: 1, transcript: [], followUp: { kind: 'keep' }, misunderstood: { state: 'askingSymptom', locale, text } });
}

beforeAll(async () => {
  const store = new SqliteStore(join(dataDir, 'mailbox-doctor.sqlite'));
  await misread(store, 'flibber wobble', 1);
  await misread(store, 'Flibber wobble!', 2);
  await misread(store, 'blubb', 3, 'de');
  await misread(store, 'long ago', 30);
  await store.close();
});

const run = (...args: string[]) => runCli(['misunderstood', ...args], { DATA_DIR: dataDir });

describe('mailbox-doctor misunderstood', () => {
  it('lists the last week’s misunderstood messages, most frequent first, as tab-separated lines', async () => {
    const { code, out, err } = await run();
    expect(code).toBe(0);
    expect(out).toBe('count\tlocale\tstate\ttext\n2\ten\taskingSymptom\tFlibber wobble!\n1\tde\taskingSymptom\tblubb\n');
    expect(err).toMatch(/2 different messages not understood in the last 7d/);
  });

  it('exports them as JSON, over the span given', async () => {
    const { code, out } = await run('--since', '60d', '--json');
    expect(code).toBe(0);
    const found = JSON.parse(out) as Array<{ text: string; count: number; locale: string; lastAt: string }>;
    expect(found.map((m) => [m.text, m.count])).toEqual([
      ['Flibber wobble!', 2],
      ['blubb', 1],
      ['long ago', 1],
    ]);
    expect(Date.parse(found[0]!.lastAt)).toBeGreaterThan(Date.now() - 2 * DAY);
  });

  it('says how to write a span it cannot read, and rejects unknown options', async () => {
    const bad = await run('--since', 'last week');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--since takes a span such as 30m, 12h or 7d/);
    const unknown = await run('--csv');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown option --csv\.\nUsage: mailbox-doctor misunderstood/);
  });
});
