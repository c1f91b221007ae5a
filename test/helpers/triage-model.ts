import type { AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { classifyError } from '../../src/machine/classifier.js';
import { DIAGNOSIS_CODES } from '../../src/machine/diagnosis-codes.js';
import type { TriageEvent } from '../../src/machine/events.js';
import { triageMachine } from '../../src/machine/triage.machine.js';
import { offeredChoices, viewOf } from '../../src/machine/view.js';
import type { TriageContext } from '../../src/machine/triage.context.js';

/** The statechart as a model: what a person can do in each state, and which states differ. Shared by the model tests. */
const FACTS: TriageEvent[] = [
  { type: 'facts-learned', facts: { known: { isAdmin: false } } },
  { type: 'facts-learned', facts: { known: { isAdmin: true, providerManaged: false, toggle: 'on', changedEarlier: true } } },
  { type: 'facts-learned', facts: { known: { isAdmin: true, providerManaged: true }, provider: 'GoDaddy' } },
  { type: 'facts-learned', facts: { known: { isAdmin: true, providerManaged: false, toggle: 'off' }, connectionMethod: 'password' } },
  { type: 'facts-learned', facts: { known: { isAdmin: true, closeAddress: 'jo@contoso.com', username: 'jo@contoso.onmicrosoft.com' } } },
  { type: 'facts-learned', facts: { known: { isAdmin: true, closeAddress: 'jo@contoso.com', username: 'jo@contoso.com' } } },
];

function factsGiven(snapshot: AnyMachineSnapshot): boolean {
  const known = (snapshot.context as TriageContext).known;
  return known.isAdmin !== null;
}

/** What a person can do in a state: pick any offered choice, or (where asked) paste an error or wait. */
export function eventsFor(snapshot: AnyMachineSnapshot, withExits: boolean, withChecks = true, withFacts = false): TriageEvent[] {
  const view = viewOf(snapshot);
  const picks = (withExits ? offeredChoices(view) : [...view.choices, ...view.typed]).filter((c) => c !== 'start-over' && (withChecks || c !== 'check-mailbox'));
  const events: TriageEvent[] = picks.map((type) => ({ type }));
  if (view.key === 'waitingForPropagation') events.push({ type: 'follow-up-due' });
  if (view.key === 'askingForError') {
    for (const code of DIAGNOSIS_CODES) events.push({ type: 'error-reported', classification: { code } });
    events.push({ type: 'error-reported', classification: classifyError('535 5.7.3 Authentication unsuccessful') });
    events.push({ type: 'error-reported', classification: classifyError('A1 BAD User is authenticated but not connected.') });
  }
  if (!withChecks) return events;
  if (view.key === 'askingSymptom' || view.key === 'askingForAddress') events.push({ type: 'address-given', address: 'jo@contoso.com' });
  if (view.key === 'askingSymptom' || view.key === 'describingProblem') events.push({ type: 'clarify-path' });
  // facts volunteered in the first message, which later questions then skip
  if (withFacts && view.key === 'askingSymptom' && !factsGiven(snapshot)) events.push(...FACTS);
  if (view.key === 'runningCheck') {
    events.push({ type: 'probe-interrupted' });
    events.push({ type: 'xstate.error.actor.probe', error: new Error('boom') } as unknown as TriageEvent);
    for (const found of [[], ['provider-managed'], ['smtp-auth-not-offered'], ['not-microsoft-365'], ['connection-failed'], ['imap-disabled']]) {
      const report = { address: 'jo@contoso.com', checks: [{ id: 'mx', status: found.length ? 'fail' : 'pass', summary: 'MX seen', diagnoses: found }], diagnoses: found };
      events.push({ type: 'xstate.done.actor.probe', output: report } as unknown as TriageEvent);
    }
  }
  return events;
}

/** Only what the machine's guards read, so that paths differ where behaviour differs. */
export function serializeState(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context as ReturnType<typeof viewOf>['facts'];
  const key = viewOf(snapshot).key;
  return JSON.stringify([
    snapshot.value,
    c.path,
    c.connectionMethod,
    c.imapTried,
    c.ambiguity?.question ?? null,
    c.check?.primary ?? c.check?.outcome ?? null,
    c.diagnoses.includes('address-mismatch'),
    c.diagnoses.includes('imap-disabled'),
    key === 'explainingDiagnosis' ? c.lastDiagnosis : null,
    c.known,
    c.skipped,
  ]);
}


/** One shortest path to each state that reads differently (view, path, diagnosis, skips, check, provider, method). */
export function distinctStates(options: { withFacts?: boolean } = {}): AnyMachineSnapshot[] {
  const shortest = getShortestPaths(triageMachine, {
    events: (s: AnyMachineSnapshot) => eventsFor(s, false, true, options.withFacts ?? true),
    serializeState: (s: AnyMachineSnapshot) => serializeState(s),
  });
  const byReading = new Map<string, AnyMachineSnapshot>();
  for (const p of shortest) {
    const c = p.state.context as TriageContext;
    byReading.set(JSON.stringify([viewOf(p.state).key, c.path, c.lastDiagnosis, c.skipped, c.check?.outcome ?? null, c.provider, c.connectionMethod]), p.state);
  }
  return [...byReading.values()];
}
