import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handoffClaimer } from '../../src/handoff/handoff-claims.js';
import { handoffKeysFrom } from '../../src/handoff/handoff-keys.js';
import { handoffInput } from '../../src/handoff/handoff-input.js';
import { HandoffService } from '../../src/handoff/handoff-service.js';
import type { Store } from '../../src/store/store.js';
import { fakeClock, makeEngine, tempDir } from '../helpers/engine.js';

const open: Store[] = [];
afterEach(async () => {
  while (open.length) await open.pop()?.close();
});

async function setUp() {
  const clock = fakeClock();
  const made = makeEngine({ file: join(tempDir(), 'claims.sqlite'), now: clock.now });
  open.push(made.store);
  const service = new HandoffService({
    store: made.store,
    engine: made.engine,
    keys: handoffKeysFrom({ HANDOFF_SECRET: 'x'.repeat(40) }),
    publicUrl: 'https://doctor.example.com',
    defaultExpiry: '7d',
    appIds: {},
    now: clock.now,
  });
  const codeFor = async (channel: 'slack' | 'teams', expires = '7d') => {
    const link = await service.create(handoffInput.parse({ ticket: '9', channel, expires, singleUse: true }));
    const opened = await service.open(new URL(link.url).pathname.slice('/h/'.length));
    if (opened.kind !== 'app') throw new Error(opened.kind);
    return opened.claimCode;
  };
  return { clock, service, codeFor };
}

describe('claiming a handoff code in Slack', () => {
  it('gives one answer whether the code is unknown, for another app, expired or already used', async () => {
    const { clock, service, codeFor } = await setUp();
    const claim = handoffClaimer(service, 'slack', { perWindow: 100, windowMs: 60_000 });
    const used = await codeFor('slack');
    expect(await claim(`start ${used}`, 'T:D1:1', { slackUser: 'T:U1' })).toHaveProperty('claimed');
    const forTeams = await codeFor('teams');
    const expiring = await codeFor('slack', '1h');
    clock.advance(2 * 3600_000);
    const answers = [];
    for (const code of ['ABCDEFGH', forTeams, expiring, used]) answers.push(await claim(`start ${code}`, 'T:D2:1', { slackUser: 'T:U2' }));
    expect(answers).toEqual([{ refused: 'not-claimable' }, { refused: 'not-claimable' }, { refused: 'not-claimable' }, { refused: 'not-claimable' }]);
  }, 120_000);

  it('lets one person try five codes, then asks them to wait, even for a good code; others are not held up', async () => {
    const { service, codeFor } = await setUp();
    const claim = handoffClaimer(service, 'slack');
    for (let i = 0; i < 5; i++) expect(await claim(`start ZZZZZZZ${i + 2}`, `T:D1:${i}`, { slackUser: 'T:U1' })).toEqual({ refused: 'not-claimable' });
    const good = await codeFor('slack');
    expect(await claim(`start ${good}`, 'T:D1:9', { slackUser: 'T:U1' })).toEqual({ refused: 'too-many-attempts' });
    expect(await claim(`start ${good}`, 'T:D7:1', { slackUser: 'T:U7' })).toHaveProperty('claimed');
  }, 120_000);
});
