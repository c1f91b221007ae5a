import type { FollowUpChange } from '../store/store.js';
import { isCheckingSnapshot } from './live-checks.js';

type TimerKind = 'follow-up' | 'watchdog' | null;

function timerOf(snapshot: unknown): TimerKind {
  const tags = (snapshot as { tags?: Iterable<string> | string[] } | null)?.tags;
  const hasTag = (tag: string) =>
    typeof (snapshot as { hasTag?: unknown }).hasTag === 'function'
      ? (snapshot as { hasTag: (t: string) => boolean }).hasTag(tag)
      : [...(tags ?? [])].includes(tag);
  if (isCheckingSnapshot(snapshot)) return 'watchdog';
  if (hasTag('waiting')) return 'follow-up';
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
