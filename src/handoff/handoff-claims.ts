import type { TurnResult } from '../engine/engine.js';
import type { HandoffChannel } from '../store/helpdesk-records.js';
import { RateLimiter, type RateRule } from '../http/rate-limit.js';
import type { HandoffService } from './handoff-service.js';

/** The message a handoff page asks the person to send in Slack or Teams: "start" and the claim code, nothing else. */
const CLAIM_MESSAGE = /^\s*start\s+([A-HJ-NP-Z2-9]{8})\s*$/i;

/** Whether a chat message is a claim ("start" and a code), whatever the code. */
export const isClaimMessage = (text: string): boolean => CLAIM_MESSAGE.test(text);

/**
 * What the person hears when a code does not start anything: one answer whether the code is unknown, expired, used
 * or for another app, so that trying codes tells nothing about which exist; and a pause after too many tries.
 */
export type ClaimRefusal = 'not-claimable' | 'too-many-attempts';

/** Codes one person may try: five, then one more every three minutes. */
export const CLAIM_ATTEMPTS: RateRule = { perWindow: 5, windowMs: 15 * 60_000 };

/** Who is trying a code: the Slack or Teams user when known, else the conversation. */
function claimant(conversationKey: string, meta: Record<string, unknown>): string {
  const teams = meta.teams as { reference?: { user?: { id?: unknown } } } | undefined;
  const user = typeof meta.slackUser === 'string' ? meta.slackUser : teams?.reference?.user?.id;
  return typeof user === 'string' ? `user:${user}` : `conversation:${conversationKey}`;
}

export type ClaimAnswer = { claimed: TurnResult } | { refused: ClaimRefusal } | null;

/** Picks up a waiting handoff from a chat message, for one channel; null when the message is not a claim. */
export type HandoffClaimer = (text: string, conversationKey: string, meta: Record<string, unknown>) => Promise<ClaimAnswer>;

export function handoffClaimer(handoffs: HandoffService, channel: Exclude<HandoffChannel, 'web'>, attempts: RateRule = CLAIM_ATTEMPTS): HandoffClaimer {
  const limiter = new RateLimiter(attempts);
  return async (text, conversationKey, meta) => {
    const code = CLAIM_MESSAGE.exec(text)?.[1];
    if (!code) return null;
    if (limiter.take(`${channel}:${claimant(conversationKey, meta)}`) > 0) return { refused: 'too-many-attempts' };
    const outcome = await handoffs.claim(code, channel, conversationKey, meta);
    if (outcome.ok) {
      const { ok: _ok, ...claimed } = outcome;
      return { claimed };
    }
    return { refused: 'not-claimable' };
  };
}
