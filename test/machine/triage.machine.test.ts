import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { eventsFor, serializeState } from '../helpers/triage-model.js';
import { en } from '../../src/content/en.js';
import { present, toPlainText } from '../../src/content/present.js';
import { triageMachine } from '../../src/machine/triage.machine.js';
import { offeredChoices, viewOf } from '../../src/machine/view.js';
import { VIEW_KEYS } from '../../src/machine/view-keys.js';
import type { TriageContext } from '../../src/machine/triage.context.js';

const settings = { closeIpListUrl: 'https://example.test/ips', followUpMinutes: 30, now: new Date('2026-11-26T10:00:00Z') };

const END_KEYS = new Set(['resolved', 'escalated', 'nextSteps', 'notMicrosoft365']);

function assertView(snapshot: AnyMachineSnapshot): void {
  const view = viewOf(snapshot);
  const p = present(view, en, settings);
  const text = toPlainText(p);
  expect(text.length, `${view.key} has words`).toBeGreaterThan(20);
  expect(text, `${view.key} renders no placeholder`).not.toMatch(/undefined|null|\[object/);
  for (const c of [...p.choices, ...p.exits]) expect(c.label.length, `${view.key}/${c.id} has a label`).toBeGreaterThan(1);
  if (view.status === 'resolved' || view.status === 'escalated') {
    expect(view.exits).toEqual(['start-over']);
  } else if (view.key === 'askingSymptom') {
    // the first question: a person, and nothing to start over
    expect(view.exits).toEqual(['human']);
  } else {
    // no dead end: a person can always reach a human or start again
    expect(view.exits).toEqual(['human', 'start-over']);
  }
  // the first message stays light: at most six buttons
  if (view.key === 'askingSymptom') expect(view.choices.length + view.exits.length).toBeLessThanOrEqual(6);
}

describe('the triage statechart, model-based', () => {
  const shortest = getShortestPaths(triageMachine, {
    events: (s: AnyMachineSnapshot) => eventsFor(s, false, true, true),
    serializeState: (s: AnyMachineSnapshot) => serializeState(s),
  });

  it('reaches every state that has a view', () => {
    const reached = new Set(shortest.map((p) => viewOf(p.state).key));
    expect([...reached].sort()).toEqual([...VIEW_KEYS].sort().filter((k) => k !== 'escalated'));
  });

  it('skips every question a fact can answer, saying why, when the fact came first', () => {
    const reasons = new Set(shortest.flatMap((p) => (p.state.context as TriageContext).skipped));
    expect([...reasons].sort()).toEqual(
      ['addresses-differ', 'addresses-match', 'changed-earlier', 'connection-method', 'is-admin', 'not-admin', 'provider-manages-it', 'self-managed', 'toggle-off', 'toggle-on'].sort(),
    );
  });

  it('has a leaf for every view key and a view key for every leaf a person can stop in', () => {
    const leaves: string[] = [];
    const walk = (node: typeof triageMachine.root) => {
      for (const child of Object.values(node.states)) {
        // a state with an unguarded eventless transition is only passed through; guarded ones (skips) can be stopped in
        const transient = child.always?.some((t) => !t.guard) ?? false;
        if (Object.keys(child.states).length === 0 && !transient && child.type !== 'history') leaves.push(child.key);
        walk(child);
      }
    };
    walk(triageMachine.root);
    expect(leaves.sort()).toEqual([...VIEW_KEYS].sort());
  });

  /** one path per view that reads differently: the same state with other remembered facts adds nothing here */
  const distinct = [
    ...new Map(
      shortest.map((p) => {
        const c = p.state.context as TriageContext;
        return [JSON.stringify([viewOf(p.state).key, c.path, c.lastDiagnosis, c.skipped, c.check?.outcome ?? null, c.provider, c.connectionMethod]), p];
      }),
    ).values(),
  ];

  it('shows a complete view, with a way out, in every reachable state', () => {
    // every reachable state ends one shortest path
    for (const path of distinct) assertView(path.state);
  });

  it('lets a person escalate to a human, and start over, from every reachable state', () => {
    for (const path of distinct) {
      const view = viewOf(path.state);
      if (view.status === 'resolved') continue;
      const escalated = createActor(triageMachine, { snapshot: path.state }).start();
      escalated.send({ type: 'human' });
      expect(viewOf(escalated.getSnapshot()).status).toBe('escalated');
      const restarted = createActor(triageMachine, { snapshot: path.state }).start();
      restarted.send({ type: 'start-over' });
      expect(viewOf(restarted.getSnapshot()).key).toBe('askingSymptom');
      expect(restarted.getSnapshot().context.diagnoses).toEqual([]);
    }
  });

  it('walks every simple path to an end, and each step is something the previous view offered', () => {
    // the live-check detour is covered by the shortest paths above; here the article's own paths
    const paths = getSimplePaths(triageMachine, {
      events: (s: AnyMachineSnapshot) => eventsFor(s, false, false),
      serializeState: (s: AnyMachineSnapshot) => serializeState(s),
      toState: (s: AnyMachineSnapshot) => END_KEYS.has(viewOf(s).key),
    });
    expect(paths.length).toBeGreaterThan(100);
    const ends = new Set<string>();
    for (const path of paths) {
      let previous: AnyMachineSnapshot | null = null;
      for (const step of path.steps) {
        if (previous && step.event.type !== 'error-reported' && step.event.type !== 'follow-up-due') {
          expect(offeredChoices(viewOf(previous))).toContain(step.event.type);
        }
        assertView(step.state);
        previous = step.state;
      }
      ends.add(viewOf(path.state).key);
      // never more steps than states: nothing loops
      expect(path.steps.length).toBeLessThan(VIEW_KEYS.length);
    }
    expect([...ends].sort()).toEqual(['nextSteps', 'notMicrosoft365', 'resolved']);
  });

  it('asks for a human from the dead ends of the article and ends escalated', () => {
    for (const key of ['nextSteps', 'notMicrosoft365'] as const) {
      const path = shortest.find((p) => viewOf(p.state).key === key);
      expect(path, key).toBeDefined();
      const actor = createActor(triageMachine, { snapshot: path?.state }).start();
      expect(offeredChoices(viewOf(actor.getSnapshot()))).toContain('human');
      actor.send({ type: 'human' });
      expect(viewOf(actor.getSnapshot()).key).toBe('escalated');
    }
  });
});
