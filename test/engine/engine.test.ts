import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock, makeEngine, tempDir } from '../helpers/engine.js';
import type { Store } from '../../src/store/store.js';
import { waitingOnFaultyStore } from '../helpers/faulty-store.js';

const open: Store[] = [];
afterEach(async () => {
  while (open.length) await open.pop()?.close();
});

function engineAt(file: string, clock = fakeClock(), followUpDelayMs = 60_000) {
  const made = makeEngine({ file, now: clock.now, followUpDelayMs });
  open.push(made.store);
  return made;
}

describe('the engine', () => {
  it('starts a conversation with the symptom question and its choices', async () => {
    const { engine } = engineAt(join(tempDir(), 'a.sqlite'));
    const started = await engine.start('web', 'c1');
    expect(started.view.key).toBe('askingSymptom');
    expect(started.session.status).toBe('active');
    expect(started.messages.at(-1)?.choices.map((c) => c.id)).toContain('sending-fails');
    expect(started.messages.map((m) => m.text).join('\n')).toMatch(/What are you seeing/);
  });

  it('resumes a conversation from the store after the engine is stopped', async () => {
    const file = join(tempDir(), 'b.sqlite');
    const first = engineAt(file);
    const started = await first.engine.start('web', 'c2');
    await first.engine.send(started.session.id, { text: 'my emails are stuck in the outbox' });
    await first.store.close();
    open.pop();

    const second = engineAt(file);
    const turn = await second.engine.send(started.session.id, { text: "I'm not an admin" });
    expect(turn.ok && turn.view.key).toBe('bringingInAdmin');
    const transcript = await second.engine.transcript(started.session.id);
    expect(transcript.map((e) => e.role)).toEqual(['bot', 'user', 'bot', 'user', 'bot']);
  });

  it('refuses a choice that is not offered and leaves the session unchanged', async () => {
    const { engine } = engineAt(join(tempDir(), 'c.sqlite'));
    const started = await engine.start('web', 'c3');
    const outcome = await engine.send(started.session.id, { choice: 'toggle-on' });
    expect(outcome).toMatchObject({ ok: false, error: 'choice-not-offered' });
    const current = await engine.current(started.session.id);
    expect(current?.session.version).toBe(1);
    expect(current?.view.key).toBe('askingSymptom');
  });

  it('fires a follow-up that fell due while the process was down, exactly once', async () => {
    const file = join(tempDir(), 'd.sqlite');
    const clock = fakeClock();
    const first = engineAt(file, clock);
    const started = await first.engine.start('web', 'c4');
    const id = started.session.id;
    for (const choice of ['sending-fails', 'yes', 'no', 'toggle-off', 'done']) await first.engine.send(id, { choice });
    expect((await first.engine.current(id))?.session.status).toBe('waiting');
    await first.store.close();
    open.pop();

    clock.advance(61_000);
    const second = engineAt(file, clock);
    const heard: string[] = [];
    second.engine.onProactive('web', (result) => void heard.push(result.view.key));
    expect(await second.engine.fireDueFollowUps('instance-b')).toBe(1);
    expect(await second.engine.fireDueFollowUps('instance-b')).toBe(0);
    expect(heard).toEqual(['askingReconnectResult']);
    const transcript = await second.engine.transcript(id);
    expect(transcript.filter((e) => e.proactive)).toHaveLength(1);
    expect((await second.engine.current(id))?.session.status).toBe('active');
  });

  it('keeps a follow-up whose turn lost the compare-and-set three times, and fires it on a later pass', async () => {
    const { real, faulty, engine, heard, id, clock } = await waitingOnFaultyStore(join(tempDir(), 'busy.sqlite'));
    open.push(real);
    faulty.answer('saveTurn', false, 3); // three other writers got there first
    expect(await engine.fireDueFollowUps('me', 30_000)).toBe(0);
    expect(await real.pendingFollowUp(id)).not.toBeNull();
    clock.advance(31_000);
    expect(await engine.fireDueFollowUps('me', 30_000)).toBe(1);
    expect(heard).toEqual(['askingReconnectResult']);
  });

  it('keeps a meta change made while a turn is being saved (a Slack message to update), never reverting it', async () => {
    const { real, faulty, engine } = await waitingOnFaultyStore(join(tempDir(), 'meta.sqlite'));
    open.push(real);
    const id = (await engine.start('web', 'meta', { user: 'U1' })).session.id;
    faulty.slow('saveTurn', 40);
    const turn = engine.send(id, { choice: 'sending-fails' });
    await new Promise((r) => setTimeout(r, 10)); // the turn has read the session and is writing
    await engine.patchMeta(id, () => ({ checkMessage: { ts: '1.2', text: 'Checking…' } }));
    expect((await turn).ok).toBe(true);
    expect((await real.getSession(id))?.meta).toEqual({ user: 'U1', checkMessage: { ts: '1.2', text: 'Checking…' } });
  });

  it('understands an error pasted as the first message of a new session', async () => {
    const { engine } = engineAt(join(tempDir(), 'e.sqlite'));
    const started = await engine.start('web', 'c5');
    const turn = await engine.send(started.session.id, { text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant' });
    expect(turn.ok && turn.view.key).toBe('askingIsAdmin');
    expect(turn.ok && turn.view.facts.diagnoses).toEqual(['smtp-auth-disabled']);
  });

  it('starts a session with its first message in one go, as start and send would', async () => {
    const { engine } = engineAt(join(tempDir(), 'f.sqlite'));
    const outcome = await engine.startWith('web', 'c6', { where: 'here' }, { text: 'my emails are stuck in the outbox' });
    expect(outcome.ok && outcome.view.key).toBe('askingIsAdmin');
    expect(outcome.ok && outcome.session.version).toBe(2);
    const id = outcome.ok ? outcome.session.id : '';
    const transcript = await engine.transcript(id);
    expect(transcript.map((e) => [e.role, e.viewKey])).toEqual([
      ['bot', 'askingSymptom'],
      ['user', 'askingSymptom'],
      ['bot', 'askingIsAdmin'],
    ]);
    const next = await engine.send(id, { choice: 'no', version: 2 });
    expect(next.ok && next.view.key).toBe('bringingInAdmin');
    expect((await engine.current(id))?.session.meta).toEqual({ where: 'here' });
  });

  it('keeps conversations that start with the same words apart: one moving on leaves the others where they are', async () => {
    const { engine } = engineAt(join(tempDir(), 'same-start.sqlite'));
    const first = await engine.startWith('web', 'same-1', {}, { text: 'my emails are stuck in the outbox' });
    const second = await engine.startWith('web', 'same-2', {}, { text: 'my emails are stuck in the outbox' });
    if (!first.ok || !second.ok) throw new Error('not started');
    expect((await engine.send(first.session.id, { choice: 'yes', version: 2 })).ok).toBe(true);
    expect((await engine.send(first.session.id, { text: 'talk to a human' })).ok).toBe(true);
    const third = await engine.startWith('web', 'same-3', {}, { text: 'my emails are stuck in the outbox' });
    expect(third.ok && third.view.key).toBe('askingIsAdmin');
    expect((await engine.current(second.session.id))?.view.key).toBe('askingIsAdmin');
    expect((await engine.current(first.session.id))?.view.key).toBe('escalated');
    // restored from the store, the second goes on from its own state
    const answered = await engine.send(second.session.id, { choice: 'no', version: 2 });
    expect(answered.ok && answered.view.key).toBe('bringingInAdmin');
    expect((await engine.transcript(third.ok ? third.session.id : '')).filter((e) => e.role === 'user')).toHaveLength(1);
  });
});

describe('a first message whose caller believed the conversation new', () => {
  it('goes to the session that was there all the same, whether it is open or a later one follows an ended one', async () => {
    const { engine } = engineAt(join(tempDir(), 'known.sqlite'));
    const open = await engine.start('slack', 'T:C:1700000000.000100');
    const outcome = await engine.startWith('slack', 'T:C:1700000000.000100', {}, { text: 'my emails are stuck in the outbox' }, { latest: null });
    expect(outcome.ok && outcome.session.id).toBe(open.session.id);
    expect(outcome.ok && outcome.view.key).toBe('askingIsAdmin');
    // the caller read an ended session, and meanwhile another instance started the next one: that one takes it
    const ended = await engine.start('slack', 'T:C:2');
    await engine.send(ended.session.id, { text: 'talk to a human' });
    const before = await engine.latestSession('slack', 'T:C:2');
    expect(before?.status).toBe('escalated');
    const next = await engine.start('slack', 'T:C:2');
    const late = await engine.startWith('slack', 'T:C:2', {}, { text: 'Close does not sync my inbox' }, { latest: before });
    expect(before?.id).toBe(ended.session.id);
    expect(next.session.id).not.toBe(ended.session.id);
    expect(late.ok && late.session.id).toBe(next.session.id);
  });

  it('starts the next session when the one that was there all the same has ended', async () => {
    const { engine } = engineAt(join(tempDir(), 'known-ended.sqlite'));
    const ended = await engine.start('slack', 'T:C:3');
    await engine.send(ended.session.id, { text: 'talk to a human' });
    const outcome = await engine.startWith('slack', 'T:C:3', {}, { text: 'my emails are stuck in the outbox' }, { latest: null });
    expect(outcome.ok && outcome.session.id).not.toBe(ended.session.id);
    expect(outcome.ok && outcome.view.key).toBe('askingIsAdmin');
    expect((await engine.latestSession('slack', 'T:C:3'))?.id).toBe(outcome.ok ? outcome.session.id : '');
  });
});

describe('a session started with its first message', () => {
  const FIRST_MESSAGES = [
    'my emails are stuck in the outbox',
    'Close does not sync my inbox',
    '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    '535 5.7.3 Authentication unsuccessful',
    '504 5.7.4 Unrecognized authentication type',
    'sales@contoso.example',
    'our email is with GoDaddy',
    'hi',
    'talk to a human',
    'start over',
    '1',
    'yes',
  ];

  it.each(FIRST_MESSAGES)('ends where start and then send would, stored alike: %s', async (text) => {
    const clock = fakeClock();
    const one = engineAt(join(tempDir(), 'one.sqlite'), clock);
    const two = engineAt(join(tempDir(), 'two.sqlite'), clock);
    const together = await one.engine.startWith('web', 'k', { m: 1 }, { text });
    const started = await two.engine.start('web', 'k', { m: 1 });
    const apart = await two.engine.send(started.session.id, { text });
    expect(together.ok).toBe(apart.ok);
    if (!together.ok || !apart.ok) {
      expect(together).toEqual(apart);
      return;
    }
    expect(together.view).toEqual(apart.view);
    expect(together.presentation).toEqual(apart.presentation);
    expect(together.session.status).toBe(apart.session.status);
    expect(together.session.version).toBe(apart.session.version);
    const [a, b] = await Promise.all([one.store.getSession(together.session.id), two.store.getSession(apart.session.id)]);
    expect(a?.snapshot).toEqual(b?.snapshot);
    const strip = (entries: Array<{ at: number }>) => entries.map(({ at: _at, ...rest }) => rest);
    expect(strip(await one.engine.transcript(together.session.id))).toEqual(strip(await two.engine.transcript(apart.session.id)));
    expect((await one.engine.current(together.session.id))?.view).toEqual((await two.engine.current(apart.session.id))?.view);
  });
});

describe('the engine with a pasted error', () => {
  it('routes an error pasted after the first answer to its diagnosis', async () => {
    const { engine } = engineAt(join(tempDir(), 'e.sqlite'));
    const started = await engine.start('web', 'c5');
    await engine.send(started.session.id, { choice: 'sending-fails' });
    const turn = await engine.send(started.session.id, { text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.' });
    expect(turn.ok && turn.view.key).toBe('askingIsAdmin');
    expect(turn.ok && turn.view.facts.diagnoses).toEqual(['smtp-auth-disabled']);
  });
});
