import type { FollowUpChange } from '../store/store.js';
import { triageMachine } from '../machine/triage.machine.js';
import type { TriageContext } from '../machine/triage.context.js';

type TimerKind = 'follow-up' | 'watchdog' | null;

/** Which timer a snapshot (live, or as stored) calls for, read from its states' tags. */
function timerOf(snapshot: unknown): TimerKind {
  const { value, context } = snapshot as { value: Parameters<typeof triageMachine.resolveState>[0]['value']; context: TriageContext };
  const state = triageMachine.resolveState({ value, context });
  if (state.hasTag('probing')) return 'watchdog';
  if (state.hasTag('waiting')) return 'follow-up';
  return null;
}

/**
 * The one timer a session may have: the follow-up while it waits for Microsoft, or the watchdog while a live check
 * runs (so a check cut off by a restart is reported, never left hanging). A turn that changes which timer applies
 * schedules the new one or cancels the old.
 */
export function timerChange(
  before: unknown,
  after: unknown,
  now: number,
  delays: { followUpDelayMs: number; watchdogMs: number },
): FollowUpChange {
  const was = timerOf(before);
  const is = timerOf(after);
  if (was === is) return { kind: 'keep' };
  if (is === 'follow-up') return { kind: 'schedule', dueAt: now + delays.followUpDelayMs };
  if (is === 'watchdog') return { kind: 'schedule', dueAt: now + delays.watchdogMs };
  return { kind: 'cancel' };
}
