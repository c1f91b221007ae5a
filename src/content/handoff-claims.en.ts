import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** What a chat channel says when a handoff code cannot be picked up there; `otherApps` names where else it belongs. */
export function handoffRefusedEn(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'not-claimable': `I can't start from that code here: it may be for another app (${otherApps}), expired or already used. Open the link your support agent sent again, or just tell me what's wrong.`,
    'too-many-attempts': "That's a lot of codes tried. Please wait a few minutes, or just tell me what's wrong.",
  };
}
