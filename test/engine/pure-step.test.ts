import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { PureSteps } from '../../src/engine/pure-step.js';
import type { TriageEvent } from '../../src/machine/events.js';
import { triageMachine } from '../../src/machine/triage.machine.js';

const STORY: TriageEvent[] = [
  { type: 'sending-fails' },
  { type: 'no' },
  { type: 'address-given', address: 'sales@contoso.example' },
  { type: 'skip-check' },
  { type: 'human' },
];

describe('pure steps of the statechart', () => {
  it('start where an actor starts', () => {
    const actor = createActor(triageMachine).start();
    const steps = new PureSteps();
    expect(steps.initial.value).toEqual(actor.getSnapshot().value);
    expect(steps.initial.context).toEqual(actor.getSnapshot().context);
    actor.stop();
  });

  it('take each event where an actor would, however many times they are used', () => {
    const steps = new PureSteps();
    for (let round = 0; round < 3; round++) {
      const actor = createActor(triageMachine).start();
      let snapshot = steps.initial;
      for (const event of STORY) {
        actor.send(event);
        snapshot = steps.next(snapshot, event);
        expect(snapshot.value, `${round}: ${event.type}`).toEqual(actor.getSnapshot().value);
        expect(snapshot.context).toEqual(actor.getSnapshot().context);
        expect(triageMachine.getPersistedSnapshot(snapshot)).toEqual(actor.getPersistedSnapshot());
      }
      actor.stop();
    }
  });

  it('leave the steps before them untouched', () => {
    const steps = new PureSteps();
    const before = JSON.stringify(steps.initial);
    const after = steps.next(steps.initial, { type: 'sending-fails' });
    expect(JSON.stringify(steps.initial)).toBe(before);
    expect(after.value).not.toEqual(steps.initial.value);
  });

  it('show a step that starts a live check by its child, which the caller must run with an actor', () => {
    const steps = new PureSteps();
    const offered = steps.next(steps.initial, { type: 'address-given', address: 'sales@contoso.example' });
    expect(Object.keys(offered.children)).toEqual([]);
    const running = steps.next(offered, { type: 'run-check' });
    expect(running.hasTag('probing')).toBe(true);
    expect(Object.keys(running.children)).toEqual(['probe']);
  });

  it('keep a first message’s step for the next conversation that starts so, never one with what the person wrote in it', () => {
    const steps = new PureSteps();
    const stepped = (events: TriageEvent[]) => events.reduce((snapshot, event) => steps.next(snapshot, event), steps.initial);
    const common: TriageEvent[] = [{ type: 'facts-learned', facts: {} }, { type: 'sending-fails' }];
    const first = steps.first(common);
    expect(first.next.value).toEqual(stepped(common).value);
    expect(first.persisted).toEqual(triageMachine.getPersistedSnapshot(stepped(common)));
    expect(steps.first(common)).toBe(first);
    const told: TriageEvent[][] = [
      [{ type: 'address-given', address: 'jo@contoso.example' }],
      [{ type: 'error-reported', classification: { code: 'connection-failed', matched: 'etimedout' } }],
      [{ type: 'facts-learned', facts: { address: 'jo@contoso.example' } }, { type: 'sending-fails' }],
    ];
    for (const events of told) {
      const once = steps.first(events);
      expect(once.next.context).toEqual(stepped(events).context);
      expect(steps.first(events)).not.toBe(once); // stepped again: not kept
    }
  });
});
