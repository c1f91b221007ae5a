import { createActor, type ActorScope, type EventFromLogic, type SnapshotFrom } from 'xstate';
import { triageMachine } from '../machine/triage.machine.js';

type TriageSnapshot = SnapshotFrom<typeof triageMachine>;
type TriageEvent = EventFromLogic<typeof triageMachine>;

/**
 * Steps of the statechart computed without running an actor, for a turn that only needs the next state (the machine's
 * actions are all assignments). xstate's own pure `transition()` builds a throw-away actor, and with it the machine's
 * initial state, on every call: two thirds of its cost here. This keeps one inert scope (no actions executed, nothing
 * emitted, nothing started) and the initial state, and reuses them.
 */
export class PureSteps {
  private readonly scope: ActorScope<TriageSnapshot, TriageEvent>;
  /** the state every session starts in */
  readonly initial: TriageSnapshot;
  /** the initial state as the store keeps it (a first message that moves on leaves it in the conversation's trail) */
  readonly initialPersisted: unknown;
  private readonly firstSteps = new Map<string, FirstStep>();

  constructor() {
    const self = createActor(triageMachine);
    this.scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => undefined,
      defer: () => undefined,
      emit: () => undefined,
      system: self.system,
      stopChild: () => undefined,
      actionExecutor: () => undefined,
    };
    this.initial = triageMachine.getInitialSnapshot(this.scope);
    this.initialPersisted = triageMachine.getPersistedSnapshot(this.initial);
  }

  /** The state after `event`; a step that starts an actor (a live check) shows it in `children`, not started. */
  next(snapshot: TriageSnapshot, event: TriageEvent): TriageSnapshot {
    return triageMachine.transition(snapshot, event, this.scope);
  }

  /**
   * The state after a first message's events, from the initial state, and its persisted form. Most conversations
   * start with one of a few meanings ("mail is stuck in the outbox"), so the step (about 50 µs of statechart) is kept
   * per sequence of events and handed to every session that starts so: snapshots are never changed once made, and the
   * machine's steps depend on nothing but state and event. Only events whose every field is one of the assistant's own
   * names (a choice, an aside, a path) are kept: an address, a pasted error or anything a later event type carries
   * from what the person wrote is stepped each time and forgotten. A step that starts a check is not kept either.
   */
  first(events: TriageEvent[]): FirstStep {
    const kept = events.every(ownWordsOnly);
    const key = kept ? JSON.stringify(events) : '';
    const known = kept ? this.firstSteps.get(key) : undefined;
    if (known) return known;
    let next = this.initial;
    for (const event of events) next = this.next(next, event);
    const step = { next, persisted: triageMachine.getPersistedSnapshot(next) };
    if (kept && Object.keys(next.children).length === 0) {
      if (this.firstSteps.size >= MAX_FIRST_STEPS) this.firstSteps.delete(this.firstSteps.keys().next().value as string);
      this.firstSteps.set(key, step);
    }
    return step;
  }
}

export interface FirstStep {
  next: TriageSnapshot;
  /** `next` as the store keeps it */
  persisted: unknown;
}

/** First steps kept: more than the distinct meanings a first message has. */
const MAX_FIRST_STEPS = 256;

/** The fields of an event that only ever hold the assistant's own names (choice ids, asides, paths). */
const OWN_FIELDS = new Set(['type', 'aside', 'path', 'question']);

/** An event with nothing in it the person wrote: a choice, an aside, a path, facts-learned with no facts. */
function ownWordsOnly(event: TriageEvent): boolean {
  return Object.entries(event).every(([field, value]) => OWN_FIELDS.has(field) || (field === 'facts' && Object.keys(value as object).length === 0));
}
