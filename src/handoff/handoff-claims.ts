import type { TurnResult } from '../engine/engine.js';
import type { HandoffChannel } from '../store/helpdesk-records.js';
import type { HandoffService } from './handoff-service.js';

/** The message a handoff page asks the person to send in Slack or Teams: "start" and the claim code, nothing else. */
const CLAIM_MESSAGE = /^\s*start\s+([A-HJ-NP-Z2-9]{8})\s*$/i;

export type ClaimRefusal = 'unknown-code' | 'wrong-channel' | 'expired' | 'already-used';

export type ClaimAnswer = { claimed: TurnResult } | { refused: ClaimRefusal } | null;

/** Picks up a waiting handoff from a chat message, for one channel; null when the message is not a claim. */
export type HandoffClaimer = (text: string, conversationKey: string, meta: Record<string, unknown>) => Promise<ClaimAnswer>;

export function handoffClaimer(handoffs: HandoffService, channel: Exclude<HandoffChannel, 'web'>): HandoffClaimer {
  return async (text, conversationKey, meta) => {
    const code = CLAIM_MESSAGE.exec(text)?.[1];
    if (!code) return null;
    const outcome = await handoffs.claim(code, channel, conversationKey, meta);
    if (outcome.ok) {
      const { ok: _ok, ...claimed } = outcome;
      return { claimed };
    }
    return { refused: outcome.error };
  };
}
