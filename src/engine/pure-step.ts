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
  }

  /** The state after `event`; a step that starts an actor (a live check) shows it in `children`, not started. */
  next(snapshot: TriageSnapshot, event: TriageEvent): TriageSnapshot {
    return triageMachine.transition(snapshot, event, this.scope);
  }
}
