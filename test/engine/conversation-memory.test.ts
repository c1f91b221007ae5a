import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { joinStored, splitStored, emptyMemory } from '../../src/engine/conversation-memory.js';
import { triageMachine } from '../../src/machine/triage.machine.js';

describe('what the engine keeps beside the statechart', () => {
  it('reads a snapshot stored before facts were remembered, and the conversation carries on', () => {
    const actor = createActor(triageMachine).start();
    const old = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as { context: Record<string, unknown> };
    actor.stop();
    delete old.context.known;
    delete old.context.skipped;
    const { snapshot, memory } = splitStored(old);
    expect(memory).toEqual(emptyMemory());
    const restored = createActor(triageMachine, { snapshot: snapshot as never }).start();
    // entering the admin question reads the remembered facts
    restored.send({ type: 'sending-fails' });
    expect(restored.getSnapshot().status).toBe('active');
    expect(restored.getSnapshot().value).toMatchObject({ conversation: { admin: 'askingIsAdmin' } });
  });

  it('keeps the trail and the count of misunderstandings beside the snapshot, and gives them back', () => {
    const actor = createActor(triageMachine).start();
    const snap = actor.getPersistedSnapshot();
    actor.stop();
    const memory = { trail: [snap], misses: 2, seen: ['askingSymptom'] };
    const back = splitStored(JSON.parse(JSON.stringify(joinStored(snap, memory))));
    expect(back.memory).toEqual(memory);
    expect((back.snapshot as { value: unknown }).value).toEqual((snap as unknown as { value: unknown }).value);
  });
});
