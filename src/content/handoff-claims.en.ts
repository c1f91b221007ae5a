import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** What a chat channel says when a handoff code cannot be picked up there; `otherApps` names where else it belongs. */
export function handoffRefusedEn(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'unknown-code': "I don't recognise that code. Check the link your support agent sent, or just tell me what's wrong.",
    'wrong-channel': `That code belongs to another app (${otherApps}). Open the link again, or tell me what’s wrong here.`,
    expired: 'That link has expired. Ask your support agent for a new one, or tell me what’s wrong and we’ll start fresh.',
    'already-used': 'That link was already used. Carry on in the conversation it started, or tell me what’s wrong.',
  };
}
