import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HandoffRecord } from '../../src/store/helpdesk-records.js';
import { SessionConflictError, type NewTranscriptEntry, type SessionRecord, type Store, type TurnWrite } from '../../src/store/store.js';

const T0 = Date.parse('2026-11-26T10:00:00Z');

function session(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: randomUUID(),
    channel: 'web',
    conversationKey: `conv-${randomUUID()}`,
    status: 'active',
    snapshot: { status: 'active', value: { askingSymptom: {} }, context: { symptom: null, path: null, diagnoses: [] } },
    version: 1,
    meta: {},
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function entry(text: string, overrides: Partial<NewTranscriptEntry> = {}): NewTranscriptEntry {
  return { at: T0, role: 'bot', text, viewKey: 'askingSymptom', choice: null, diagnoses: [], proactive: false, ...overrides };
}

function handoff(overrides: Partial<HandoffRecord> = {}): HandoffRecord {
  return {
    id: randomUUID(),
    ticketId: '4711',
    address: 'ana@contoso.test',
    symptom: 'sending',
    errorText: null,
    channel: 'web',
    singleUse: true,
    expiresAt: T0 + 86_400_000,
    createdAt: T0,
    claimCode: null,
    sessionId: null,
    openedAt: null,
    ...overrides,
  };
}

/** A turn moving `s` from `from` to `from + 1`. */
function turn(s: SessionRecord, from: number, changes: Partial<SessionRecord> = {}) {
  return { ...s, ...changes, version: from + 1, updatedAt: (changes.updatedAt ?? s.updatedAt) + 1 };
}

/** The behaviour every Store must have; `open` gives a store with no rows in it. */
export function storeContract(open: () => Promise<Store>): void {
  describe('sessions and turns', () => {
    it('keeps a new session with its snapshot, metadata and opening transcript', async () => {
      const store = await open();
      const s = session({ meta: { thread: 'T1' } });
      await store.createSession(s, [entry('hello')]);
      expect(await store.getSession(s.id)).toEqual(s);
      expect((await store.transcript(s.id)).map((e) => [e.seq, e.text])).toEqual([[1, 'hello']]);
      expect(await store.getSession(randomUUID())).toBeNull();
    });

    it('finds the newest session of a conversation', async () => {
      const store = await open();
      const older = session({ conversationKey: 'same', createdAt: T0 });
      const newer = session({ conversationKey: 'same', createdAt: T0 + 1000, status: 'resolved' });
      await store.createSession(older, []);
      await store.createSession(newer, []);
      expect((await store.findLatestSession('web', 'same'))?.id).toBe(newer.id);
      expect(await store.findLatestSession('slack', 'same')).toBeNull();
    });

    it('saves a turn from the current version and appends its transcript in order', async () => {
      const store = await open();
      const s = session();
      await store.createSession(s, [entry('q1')]);
      const next = turn(s, 1, { status: 'waiting', snapshot: { changed: true } });
      expect(await store.saveTurn({ session: next, expectedVersion: 1, transcript: [entry('a1', { role: 'user' }), entry('q2')], followUp: { kind: 'keep' } })).toBe(true);
      expect(await store.saveTurn({ session: turn(next, 2), expectedVersion: 2, transcript: [entry('q3')], followUp: { kind: 'keep' } })).toBe(true);
      const stored = await store.getSession(s.id);
      expect(stored?.version).toBe(3);
      expect(stored?.snapshot).toEqual({ changed: true });
      expect((await store.transcript(s.id)).map((e) => `${e.seq}:${e.role}:${e.text}`)).toEqual(['1:bot:q1', '2:user:a1', '3:bot:q2', '4:bot:q3']);
    });

    it('refuses a turn from a stale version and leaves the session and transcript as they were', async () => {
      const store = await open();
      const s = session();
      await store.createSession(s, [entry('q1')]);
      await store.saveTurn({ session: turn(s, 1), expectedVersion: 1, transcript: [entry('first')], followUp: { kind: 'keep' } });
      const late = turn(s, 1, { status: 'resolved' });
      expect(await store.saveTurn({ session: late, expectedVersion: 1, transcript: [entry('lost')], followUp: { kind: 'schedule', dueAt: T0 } })).toBe(false);
      expect((await store.getSession(s.id))?.status).toBe('active');
      expect((await store.transcript(s.id)).map((e) => e.text)).toEqual(['q1', 'first']);
      expect(await store.pendingFollowUp(s.id)).toBeNull();
    });

    it('keeps every field of a transcript entry', async () => {
      const store = await open();
      const s = session();
      const full = entry('diagnosed', { at: T0 + 5, viewKey: 'explainingDiagnosis', choice: 'yes', diagnoses: ['smtp-auth-disabled', 'mfa'], proactive: true });
      await store.createSession(s, [full]);
      expect(await store.transcript(s.id)).toEqual([{ seq: 1, ...full }]);
    });

    it('finds a channel’s sessions by a metadata value, newest first', async () => {
      const store = await open();
      const older = session({ channel: 'slack', meta: { user: 'U1' }, updatedAt: T0 });
      const newer = session({ channel: 'slack', meta: { user: 'U1', thread: 't' }, updatedAt: T0 + 5 });
      await store.createSession(older, []);
      await store.createSession(newer, []);
      await store.createSession(session({ channel: 'slack', meta: { user: 'U2' } }), []);
      await store.createSession(session({ channel: 'teams', meta: { user: 'U1' } }), []);
      expect((await store.findSessionsByMeta('slack', 'user', 'U1', 10)).map((s) => s.id)).toEqual([newer.id, older.id]);
      expect((await store.findSessionsByMeta('slack', 'user', 'U1', 1)).map((s) => s.id)).toEqual([newer.id]);
      expect(await store.findSessionsByMeta('slack', 'user', 'U3', 10)).toEqual([]);
    });

    it('patches a session’s metadata key by key, and a turn saved from an older read never undoes it', async () => {
      const store = await open();
      const s = session({ meta: { a: 1, b: 'one' } });
      await store.createSession(s, []);
      const read = await store.getSession(s.id); // a turn starts
      await store.patchMeta(s.id, { b: 'two', c: { ts: '1.2' } }); // a channel notes the message it posted
      expect(await store.saveTurn({ session: turn(read!, 1), expectedVersion: 1, transcript: [], followUp: { kind: 'keep' } })).toBe(true);
      expect((await store.getSession(s.id))?.meta).toEqual({ a: 1, b: 'two', c: { ts: '1.2' } });
    });

    it('patches one channel’s part of the metadata without a read: keys set and removed, the rest kept, created only when asked', async () => {
      const store = await open();
      const s = session({ meta: { teams: { reference: { id: 'r' }, cardId: 'c1', checkCardId: 'p1' }, other: 1 } });
      await store.createSession(s, []);
      const read = await store.getSession(s.id); // a turn starts
      await store.patchMetaParts([{ id: s.id, part: 'teams', change: { cardId: 'c2', checkCardId: null, userName: 'Ana' }, create: false }]);
      expect(await store.saveTurn({ session: turn(read!, 1), expectedVersion: 1, transcript: [], followUp: { kind: 'keep' } })).toBe(true);
      expect(await store.sessionMeta(s.id)).toEqual({ teams: { reference: { id: 'r' }, cardId: 'c2', userName: 'Ana' }, other: 1 });
      // a part the session does not have is left out, unless it is to be created
      await store.patchMetaParts([{ id: s.id, part: 'slack', change: { ts: '1.2' }, create: false }]);
      expect(await store.sessionMeta(s.id)).not.toHaveProperty('slack');
      await store.patchMetaParts([{ id: s.id, part: 'slack', change: { ts: '1.2', gone: null }, create: true }]);
      expect((await store.sessionMeta(s.id))?.slack).toEqual({ ts: '1.2' });
      await store.patchMetaParts([{ id: 'no-such-session', part: 'teams', change: { cardId: 'x' }, create: true }]);
      expect(await store.sessionMeta('no-such-session')).toBeNull();
    });

    it('patches several sessions’ channel parts in one call, each as it would alone', async () => {
      const store = await open();
      const a = session({ meta: { teams: { reference: { id: 'a' }, cardId: 'old' } } });
      const b = session({ meta: { other: 1 } });
      for (const s of [a, b]) await store.createSession(s, []);
      const outcomes = await store.patchMetaParts([
        { id: a.id, part: 'teams', change: { cardId: 'new', checkCardId: null }, create: false },
        { id: b.id, part: 'teams', change: { cardId: 'x' }, create: false }, // b has no Teams part: left alone
        { id: b.id, part: 'slack', change: { ts: '1.2' }, create: true },
        { id: 'no-such-session', part: 'teams', change: { cardId: 'y' }, create: true },
      ]);
      expect(outcomes).toEqual([null, null, null, null]);
      expect(await store.sessionMeta(a.id)).toEqual({ teams: { reference: { id: 'a' }, cardId: 'new' } });
      expect(await store.sessionMeta(b.id)).toEqual({ other: 1, slack: { ts: '1.2' } });
      expect(await store.patchMetaParts([])).toEqual([]);
    });

    it('reads a session’s metadata alone as patched, and none for a session it does not have', async () => {
      const store = await open();
      const s = session({ meta: { a: 1 } });
      await store.createSession(s, []);
      await store.patchMeta(s.id, { b: { ts: '1.2' } });
      expect(await store.sessionMeta(s.id)).toEqual({ a: 1, b: { ts: '1.2' } });
      expect(await store.sessionMeta('no-such-session')).toBeNull();
    });
  });

  describe('several instances', () => {
    it('claims a delivery once, lets it go after a lease that ran out or a release, and never once handled', async () => {
      const store = await open();
      expect(await store.claimDelivery('d1', T0, 1000)).toBe(true);
      expect(await store.claimDelivery('d1', T0 + 500, 1000)).toBe(false);
      expect(await store.claimDelivery('d1', T0 + 1001, 1000)).toBe(true); // the first claimer died
      expect(await store.markDelivered('d1', T0 + 1100)).toBe(true);
      expect(await store.claimDelivery('d1', T0 + 9_999_999, 1000)).toBe(false);
      expect(await store.markDelivered('d1', T0 + 1200)).toBe(false);
      expect(await store.claimDelivery('d2', T0, 1000)).toBe(true);
      await store.releaseDelivery('d2'); // its handler failed: the sender's retry is welcome
      expect(await store.claimDelivery('d2', T0 + 1, 1000)).toBe(true);
      const s = session();
      await store.createSession(s, [], 'd2', '');
      expect(await store.claimDelivery('d2', T0 + 9_999_999, 1000)).toBe(false); // handled by the session's first turn
    });

    it('queues a turn’s helpdesk reports in its own write, and none for a turn that was refused', async () => {
      const store = await open();
      const s = session();
      await store.createSession(s, []);
      const report = (key: string) => ({ key, target: 'webhook' as const, payload: { event: 'escalated' }, createdAt: T0 });
      const write = { session: turn(s, 1, { status: 'escalated' }), transcript: [], followUp: { kind: 'keep' as const } };
      expect(await store.saveTurn({ ...write, expectedVersion: 1, outbox: [report('r1')] })).toBe(true);
      expect(await store.saveTurn({ ...write, expectedVersion: 1, outbox: [report('r2')] })).toBe(false);
      expect(await store.getOutboxItem('r1')).toMatchObject({ target: 'webhook', payload: { event: 'escalated' }, nextAt: T0, sentAt: null });
      expect(await store.getOutboxItem('r2')).toBeNull();
    });

    it('starts one next session per conversation, refusing a second started after the same one', async () => {
      const store = await open();
      const first = session();
      await store.createSession(first, [], undefined, '');
      await expect(store.createSession(session({ conversationKey: first.conversationKey }), [], undefined, '')).rejects.toBeInstanceOf(SessionConflictError);
      const next = session({ conversationKey: first.conversationKey });
      await store.createSession(next, [], undefined, first.id);
      await expect(store.createSession(session({ conversationKey: first.conversationKey }), [], undefined, first.id)).rejects.toBeInstanceOf(SessionConflictError);
      await store.createSession(session(), [], undefined, ''); // another conversation
      expect((await store.findLatestSession('web', first.conversationKey))?.id).toBe(next.id);
    });
  });

    it('keeps a live check’s owner, lease, progress and sealed sign-in, and lets another owner take it only once the lease ran out', async () => {
      const store = await open();
      const id = randomUUID();
      expect(await store.getLiveCheck(id)).toBeNull();
      expect(await store.claimLiveCheck(id, 'a', T0, 1000)).toBe(true);
      expect(await store.getLiveCheck(id)).toEqual({ sessionId: id, owner: 'a', leaseUntil: T0 + 1000, progress: null, signIn: null });
      const progress = { running: ['dns'], done: ['mx'], total: 4 };
      expect(await store.updateLiveCheck(id, 'a', T0 + 500, 1000, { progress })).toBe(true);
      expect(await store.updateLiveCheck(id, 'a', T0 + 600, 1000, { signIn: 'sealed-1' })).toBe(true);
      expect(await store.updateLiveCheck(id, 'a', T0 + 700, 1000)).toBe(true); // a renewal alone keeps what was reported
      expect(await store.getLiveCheck(id)).toEqual({ sessionId: id, owner: 'a', leaseUntil: T0 + 1700, progress, signIn: 'sealed-1' });
      expect(await store.claimLiveCheck(id, 'b', T0 + 1700, 1000)).toBe(false); // a holds it
      expect(await store.updateLiveCheck(id, 'b', T0 + 800, 1000, { signIn: 'other' })).toBe(false);
      expect(await store.updateLiveCheck(id, 'a', T0 + 900, 1000, { signIn: null })).toBe(true);
      expect((await store.getLiveCheck(id))?.signIn).toBeNull();
      expect(await store.claimLiveCheck(id, 'b', T0 + 1901, 1000)).toBe(true); // a died: its lease ran out
      expect(await store.getLiveCheck(id)).toEqual({ sessionId: id, owner: 'b', leaseUntil: T0 + 2901, progress: null, signIn: null });
      expect(await store.updateLiveCheck(id, 'a', T0 + 2000, 1000, { progress })).toBe(false); // a is back, too late
      await store.releaseLiveCheck(id, 'a'); // not a's any more: stays
      expect((await store.getLiveCheck(id))?.owner).toBe('b');
      await store.releaseLiveCheck(id, 'b');
      expect(await store.getLiveCheck(id)).toBeNull();
    });

  describe('follow-ups', () => {
    async function waiting(store: Store, dueAt: number) {
      const s = session();
      await store.createSession(s, []);
      await store.saveTurn({ session: turn(s, 1, { status: 'waiting' }), expectedVersion: 1, transcript: [], followUp: { kind: 'schedule', dueAt } });
      return s;
    }

    it('claims a follow-up only once it is due, and holds it for the lease', async () => {
      const store = await open();
      const s = await waiting(store, T0 + 60_000);
      expect(await store.pendingFollowUp(s.id)).toBe(T0 + 60_000);
      expect(await store.claimDueFollowUps(T0 + 59_999, 'a', 30_000, 10)).toEqual([]);
      expect(await store.claimDueFollowUps(T0 + 60_000, 'a', 30_000, 10)).toEqual([{ sessionId: s.id, dueAt: T0 + 60_000 }]);
      expect(await store.claimDueFollowUps(T0 + 70_000, 'b', 30_000, 10)).toEqual([]);
    });

    it('gives a follow-up to another instance when the claiming one let its lease run out', async () => {
      const store = await open();
      const s = await waiting(store, T0);
      expect(await store.claimDueFollowUps(T0, 'dead', 30_000, 10)).toHaveLength(1);
      expect(await store.claimDueFollowUps(T0 + 30_001, 'alive', 30_000, 10)).toEqual([{ sessionId: s.id, dueAt: T0 }]);
    });

    it('claims the oldest due follow-ups first, up to the limit', async () => {
      const store = await open();
      const late = await waiting(store, T0 + 2);
      const early = await waiting(store, T0 + 1);
      await waiting(store, T0 + 3);
      expect((await store.claimDueFollowUps(T0 + 10, 'a', 1000, 2)).map((d) => d.sessionId)).toEqual([early.id, late.id]);
    });

    it('drops a follow-up, and a turn that cancels it removes it', async () => {
      const store = await open();
      const a = await waiting(store, T0);
      await store.dropFollowUp(a.id, T0 + 1); // another due time: kept
      expect(await store.pendingFollowUp(a.id)).toBe(T0);
      await store.dropFollowUp(a.id, T0);
      expect(await store.pendingFollowUp(a.id)).toBeNull();
      const b = await waiting(store, T0);
      await store.saveTurn({ session: turn(b, 2, { status: 'active' }), expectedVersion: 2, transcript: [], followUp: { kind: 'cancel' } });
      expect(await store.claimDueFollowUps(T0 + 1, 'a', 1000, 10)).toEqual([]);
    });

    it('rescheduling a claimed follow-up releases the claim', async () => {
      const store = await open();
      const s = await waiting(store, T0);
      await store.claimDueFollowUps(T0, 'a', 60_000, 10);
      await store.saveTurn({ session: turn(s, 2), expectedVersion: 2, transcript: [], followUp: { kind: 'schedule', dueAt: T0 + 5 } });
      expect(await store.claimDueFollowUps(T0 + 5, 'b', 60_000, 10)).toEqual([{ sessionId: s.id, dueAt: T0 + 5 }]);
    });
  });

  describe('deliveries', () => {
    it('accepts a delivery key once and recognises the retry', async () => {
      const store = await open();
      expect(await store.markDelivered('slack:Ev123', T0)).toBe(true);
      expect(await store.markDelivered('slack:Ev123', T0 + 1)).toBe(false);
      expect(await store.markDelivered('teams:Ev123', T0)).toBe(true);
    });

    it('forgets delivery keys older than a given time, and only those', async () => {
      const store = await open();
      await store.markDelivered('slack:EvOld', T0);
      await store.markDelivered('teams:act-old', T0 + 999);
      await store.markDelivered('slack:EvNew', T0 + 1000);
      expect(await store.pruneDeliveries(T0 + 1000)).toBe(2);
      expect(await store.wasDelivered('slack:EvOld')).toBe(false);
      expect(await store.wasDelivered('teams:act-old')).toBe(false);
      expect(await store.wasDelivered('slack:EvNew')).toBe(true);
      expect(await store.pruneDeliveries(T0 + 1000)).toBe(0);
    });

    it('records the delivery a turn answers in the turn’s own write, and only if the turn is saved', async () => {
      const store = await open();
      const s = session();
      await store.createSession(s, [entry('hello')], 'slack:EvFirst');
      expect(await store.wasDelivered('slack:EvFirst')).toBe(true);
      expect(await store.markDelivered('slack:EvFirst', T0)).toBe(false);
      const saved = await store.saveTurn({ session: turn(s, 1), expectedVersion: 1, transcript: [entry('next')], followUp: { kind: 'keep' }, deliveryKey: 'slack:EvSecond' });
      expect(saved).toBe(true);
      expect(await store.wasDelivered('slack:EvSecond')).toBe(true);
      const stale = await store.saveTurn({ session: turn(s, 1), expectedVersion: 1, transcript: [entry('late')], followUp: { kind: 'keep' }, deliveryKey: 'slack:EvLost' });
      expect(stale).toBe(false);
      expect(await store.wasDelivered('slack:EvLost')).toBe(false);
    });
  });

  describe('channel contacts', () => {
    it('remembers a record per channel and key, replacing it on a second write', async () => {
      const store = await open();
      expect(await store.findContact('teams', 'email:ana@contoso.test')).toBeNull();
      await store.rememberContact('teams', 'email:ana@contoso.test', { userId: '29:ana' }, T0);
      await store.rememberContact('teams', 'email:ana@contoso.test', { userId: '29:ana', name: 'Ana' }, T0 + 1);
      await store.rememberContact('slack', 'email:ana@contoso.test', { userId: 'U0ANA' }, T0);
      expect(await store.findContact('teams', 'email:ana@contoso.test')).toEqual({ userId: '29:ana', name: 'Ana' });
      expect(await store.findContact('slack', 'email:ana@contoso.test')).toEqual({ userId: 'U0ANA' });
    });
  });

  describe('handoffs', () => {
    it('finds a handoff by id, claim code and session, and links a session only once', async () => {
      const store = await open();
      const h = handoff({ claimCode: 'KX7-42' });
      await store.createHandoff(h);
      expect(await store.getHandoff(h.id)).toEqual(h);
      expect((await store.findHandoffByClaimCode('KX7-42'))?.id).toBe(h.id);
      expect(await store.findHandoffByClaimCode('nope')).toBeNull();
      expect(await store.attachHandoffSession(h.id, 'session-1', null, T0 + 10)).toBe(true);
      expect(await store.attachHandoffSession(h.id, 'session-2', null, T0 + 20)).toBe(false);
      expect(await store.attachHandoffSession(h.id, 'session-3', 'session-1', T0 + 30)).toBe(true);
      const linked = await store.findHandoffBySession('session-3');
      expect(linked).toMatchObject({ id: h.id, sessionId: 'session-3', openedAt: T0 + 10 });
    });

    it('lists ticket sessions whose last turn is an unanswered follow-up', async () => {
      const store = await open();
      const quiet = session({ status: 'active' });
      const answered = session({ status: 'active' });
      for (const s of [quiet, answered]) {
        await store.createSession(s, [entry('q')]);
        await store.createHandoff(handoff({ sessionId: s.id }));
        await store.saveTurn({ session: turn(s, 1), expectedVersion: 1, transcript: [entry('did it work?', { at: T0 + 100, proactive: true })], followUp: { kind: 'keep' } });
      }
      await store.saveTurn({ session: turn(answered, 2), expectedVersion: 2, transcript: [entry('yes', { role: 'user', at: T0 + 200 })], followUp: { kind: 'keep' } });
      expect(await store.findUnansweredFollowUps(T0 + 100, 10)).toEqual([{ sessionId: quiet.id, seq: 2, at: T0 + 100 }]);
      expect(await store.findUnansweredFollowUps(T0 + 99, 10)).toEqual([]);
    });
  });

  describe('the outbox', () => {
    const item = (key: string, createdAt = T0) => ({ key, target: 'webhook' as const, payload: { event: 'resolved', n: 1 }, createdAt });

    it('queues a key once', async () => {
      const store = await open();
      expect(await store.enqueueOutbox(item('s1:resolved'))).toBe(true);
      expect(await store.enqueueOutbox(item('s1:resolved'))).toBe(false);
      expect(await store.getOutboxItem('s1:resolved')).toMatchObject({ key: 's1:resolved', payload: { event: 'resolved', n: 1 }, attempts: 0, sentAt: null });
    });

    it('hands a due delivery to one claimant until it is completed, retried or its lease runs out', async () => {
      const store = await open();
      await store.enqueueOutbox(item('a'));
      expect((await store.claimDueOutbox(T0, 10_000, 10)).map((o) => o.key)).toEqual(['a']);
      expect(await store.claimDueOutbox(T0 + 1, 10_000, 10)).toEqual([]);
      expect((await store.claimDueOutbox(T0 + 10_001, 10_000, 10)).map((o) => o.key)).toEqual(['a']);
      await store.retryOutbox('a', T0 + 60_000, 'HTTP 502 from the helpdesk');
      expect(await store.claimDueOutbox(T0 + 59_999, 10_000, 10)).toEqual([]);
      expect(await store.getOutboxItem('a')).toMatchObject({ attempts: 1, nextAt: T0 + 60_000, lastError: 'HTTP 502 from the helpdesk' });
      expect((await store.claimDueOutbox(T0 + 60_000, 10_000, 10)).map((o) => o.key)).toEqual(['a']);
      await store.completeOutbox('a', T0 + 60_001);
      expect(await store.getOutboxItem('a')).toMatchObject({ attempts: 2, sentAt: T0 + 60_001, lastError: null });
      expect(await store.claimDueOutbox(T0 + 999_999, 10_000, 10)).toEqual([]);
    });

    it('never hands out a delivery given up, and keeps it with its last error', async () => {
      const store = await open();
      await store.enqueueOutbox(item('lost'));
      await store.enqueueOutbox(item('kept'));
      await store.claimDueOutbox(T0, 10_000, 10);
      await store.giveUpOutbox('lost', T0 + 5, 'HTTP 410 from the helpdesk');
      expect(await store.getOutboxItem('lost')).toMatchObject({ attempts: 1, gaveUpAt: T0 + 5, sentAt: null, lastError: 'HTTP 410 from the helpdesk' });
      expect((await store.claimDueOutbox(T0 + 999_999, 10_000, 10)).map((o) => o.key)).toEqual(['kept']);
      expect(await store.operationalCounts(T0)).toMatchObject({ outboxBacklog: 1, outboxGivenUp: 1 });
    });
  });

  describe('retention', () => {
    it('deletes sessions untouched since the cutoff with their transcripts, never one with a follow-up still due', async () => {
      const store = await open();
      const old = session({ status: 'resolved', updatedAt: T0 - 1 });
      const quiet = session({ status: 'waiting', updatedAt: T0 - 1 });
      const due = session({ updatedAt: T0 - 5 });
      const recent = session({ status: 'resolved', updatedAt: T0 });
      for (const s of [old, quiet, due, recent]) await store.createSession(s, [entry('hello')]);
      await store.saveTurn({ session: turn(due, 1, { updatedAt: T0 - 5 }), expectedVersion: 1, transcript: [], followUp: { kind: 'schedule', dueAt: T0 + 1 } });
      expect(await store.pruneSessions(T0, 1)).toBe(1);
      expect(await store.pruneSessions(T0, 10)).toBe(1);
      expect(await store.getSession(old.id)).toBeNull();
      expect(await store.getSession(quiet.id)).toBeNull();
      expect(await store.transcript(old.id)).toEqual([]);
      expect(await store.getSession(due.id)).not.toBeNull();
      expect((await store.transcript(recent.id)).map((e) => e.text)).toEqual(['hello']);
      expect((await store.operationalCounts(T0)).sessionsByStatus).toMatchObject({ active: 1, resolved: 1 });
    });

    it('deletes the messages not understood in a session it deletes, and keeps the others', async () => {
      const store = await open();
      const gone = session({ updatedAt: T0 - 10 });
      const kept = session({ updatedAt: T0 - 10 });
      for (const s of [gone, kept]) await store.createSession(s, []);
      const misunderstood = { state: 'askingSymptom', locale: 'fr', text: 'blabla' };
      await store.saveTurn({ session: turn(gone, 1, { status: 'resolved', updatedAt: T0 - 5 }), expectedVersion: 1, transcript: [], followUp: { kind: 'keep' }, misunderstood });
      await store.saveTurn({ session: turn(kept, 1, { updatedAt: T0 + 5 }), expectedVersion: 1, transcript: [], followUp: { kind: 'keep' }, misunderstood });
      expect(await store.pruneSessions(T0, 10)).toBe(1);
      expect((await store.misunderstoodMessages(T0 - 100, T0 + 100)).map((m) => m.sessionId)).toEqual([kept.id]);
    });
  });

  describe('operators’ figures', () => {
    it('counts sessions by status, the outbox backlog and the due follow-ups', async () => {
      const store = await open();
      await store.createSession(session({ status: 'active' }), []);
      await store.createSession(session({ status: 'resolved' }), []);
      const w = session();
      await store.createSession(w, []);
      await store.saveTurn({ session: turn(w, 1, { status: 'waiting' }), expectedVersion: 1, transcript: [], followUp: { kind: 'schedule', dueAt: T0 } });
      await store.enqueueOutbox({ key: 'x', target: 'zendesk', payload: {}, createdAt: T0 });
      expect(await store.operationalCounts(T0)).toEqual({ sessionsByStatus: { active: 1, resolved: 1, waiting: 1 }, outboxBacklog: 1, outboxGivenUp: 0, followUpsDue: 1 });
      await store.claimDueFollowUps(T0, 'a', 1000, 10);
      expect((await store.operationalCounts(T0)).followUpsDue).toBe(0);
    });

    it('counts the sessions created in a period by entry symptom, path and outcome, resolved ones by the seconds taken', async () => {
      const store = await open();
      const snapshot = (symptom: string, path: string | null) => ({ status: 'active', value: 'x', context: { symptom, path, diagnoses: [] } });
      await store.createSession(session({ snapshot: snapshot('sending', 'smtp'), status: 'resolved', createdAt: T0, updatedAt: T0 + 90_400 }), []);
      await store.createSession(session({ snapshot: snapshot('sending', 'smtp'), status: 'resolved', createdAt: T0 + 10, updatedAt: T0 + 90_010 }), []);
      await store.createSession(session({ createdAt: T0 + 1000, updatedAt: T0 + 1000 }), []);
      const moved = session({ createdAt: T0 + 2000, updatedAt: T0 + 2000 });
      await store.createSession(moved, []);
      await store.saveTurn({ session: turn(moved, 1, { snapshot: snapshot('syncing', null), status: 'escalated', updatedAt: T0 + 3000 }), expectedVersion: 1, transcript: [], followUp: { kind: 'keep' } });
      await store.createSession(session({ createdAt: T0 + 4000, updatedAt: T0 + 9000 }), []);
      await store.createSession(session({ createdAt: T0 + 5000 }), []);
      const counts = await store.outcomeCounts(T0, T0 + 5000, T0 + 5000);
      const order = (c: { outcome: string; symptom: string | null }) => `${c.outcome}:${c.symptom}`;
      expect(counts.sort((a, b) => order(a).localeCompare(order(b)))).toEqual([
        { symptom: null, path: null, outcome: 'abandoned', seconds: null, count: 1 },
        { symptom: 'syncing', path: null, outcome: 'escalated', seconds: null, count: 1 },
        { symptom: null, path: null, outcome: 'open', seconds: null, count: 1 },
        { symptom: 'sending', path: 'smtp', outcome: 'resolved', seconds: 90, count: 2 },
      ]);
    });

    it('keeps a misunderstood message with its turn, and only when the turn is saved', async () => {
      const store = await open();
      const s = session();
      await store.createSession(s, []);
      const misunderstood = { state: 'askingSymptom', locale: 'de', text: 'blubb' };
      const saved = turn(s, 1, { updatedAt: T0 + 9 });
      expect(await store.saveTurn({ session: saved, expectedVersion: 1, transcript: [], followUp: { kind: 'keep' }, misunderstood })).toBe(true);
      // a turn that lost the race to another writer keeps nothing
      expect(await store.saveTurn({ session: turn(s, 1, { updatedAt: T0 + 20 }), expectedVersion: 1, transcript: [], followUp: { kind: 'keep' }, misunderstood })).toBe(false);
      await store.saveTurn({ session: turn(saved, 2, { updatedAt: T0 + 30 }), expectedVersion: 2, transcript: [], followUp: { kind: 'keep' } });
      expect(await store.misunderstoodMessages(T0, T0 + 1000)).toEqual([{ at: T0 + 10, sessionId: s.id, channel: s.channel, ...misunderstood }]);
      expect(await store.misunderstoodMessages(T0 + 11, T0 + 1000)).toEqual([]);
    });

    it('keeps one answer to "did this help?" per session (the latest, with any comment) and counts them by when the session started', async () => {
      const store = await open();
      const snapshot = { status: 'done', value: 'resolved', context: { symptom: 'sending', path: 'smtp', diagnoses: [] } };
      const a = session({ snapshot, status: 'resolved', createdAt: T0, updatedAt: T0 });
      const b = session({ snapshot, status: 'resolved', createdAt: T0 + 10, updatedAt: T0 + 10, channel: 'slack' });
      const before = session({ snapshot, status: 'resolved', createdAt: T0 - 10, updatedAt: T0 - 10 });
      for (const s of [a, b, before]) await store.createSession(s, []);
      const answer = (s: SessionRecord, from: number, feedback: NonNullable<TurnWrite['feedback']>) =>
        store.saveTurn({ session: turn(s, from, { snapshot, updatedAt: feedback.at }), expectedVersion: from, transcript: [], followUp: { kind: 'keep' }, feedback });
      await answer(a, 1, { answer: 'helpful', comment: null, at: T0 + 100 });
      await answer(a, 2, { answer: 'not-helpful', comment: 'too long', at: T0 + 200 });
      await answer(b, 1, { answer: 'helpful', comment: null, at: T0 + 300 });
      await answer(before, 1, { answer: 'helpful', comment: null, at: T0 + 400 });
      const order = (c: { channel: string; answer: string }) => `${c.channel}:${c.answer}`;
      expect((await store.feedbackCounts(T0, T0 + 1000)).sort((x, y) => order(x).localeCompare(order(y)))).toEqual([
        { channel: 'slack', path: 'smtp', answer: 'helpful', count: 1 },
        { channel: 'web', path: 'smtp', answer: 'not-helpful', count: 1 },
      ]);
      // the answer goes with its session at retention
      expect(await store.pruneSessions(T0 + 5000, 10)).toBe(3);
      expect(await store.feedbackCounts(T0 - 1000, T0 + 1000)).toEqual([]);
    });
  });
}
