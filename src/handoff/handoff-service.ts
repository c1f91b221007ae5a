import type { Locale } from '../content/locales.js';
import { randomInt } from 'node:crypto';
import type { Engine, TurnResult } from '../engine/engine.js';
import { redact } from '../engine/redact.js';
import { SessionLocks } from '../engine/session-locks.js';
import type { HandoffChannel, HandoffRecord } from '../store/helpdesk-records.js';
import type { Store } from '../store/store.js';
import { appDeepLink, type AppIds } from './deep-links.js';
import { parseDuration } from './duration.js';
import type { ParsedHandoffInput } from './handoff-input.js';
import type { HandoffKeys } from './handoff-keys.js';
import { newHandoffId, signHandoffToken, verifyHandoffToken } from './handoff-token.js';
import { seedEvents } from './seed-events.js';

export interface HandoffServiceOptions {
  store: Store;
  engine: Engine;
  keys: HandoffKeys | null;
  publicUrl: string;
  defaultExpiry: string;
  appIds?: AppIds;
  now?: () => number;
}

export interface CreatedHandoff {
  id: string;
  url: string;
  expiresAt: string;
  token: string;
  /** for Slack and Teams links: what the person gives the bot */
  claimCode: string | null;
}

export type OpenOutcome =
  | { kind: 'forbidden' }
  | { kind: 'expired' }
  | { kind: 'not-found' }
  | { kind: 'web'; sessionId: string; handoff: HandoffRecord; created: boolean }
  | { kind: 'app'; channel: Exclude<HandoffChannel, 'web'>; claimCode: string; deepLink: string | null; handoff: HandoffRecord };

export type ClaimOutcome = ({ ok: true } & TurnResult) | { ok: false; error: 'unknown-code' | 'expired' | 'already-used' | 'wrong-channel' };

export class HandoffNotConfiguredError extends Error {
  constructor() {
    super('Handoff links need a signing key: set HANDOFF_SECRET (or HANDOFF_SECRETS) of at least 32 characters.');
    this.name = 'HandoffNotConfiguredError';
  }
}

const CLAIM_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newClaimCode = () => Array.from({ length: 8 }, () => CLAIM_ALPHABET[randomInt(CLAIM_ALPHABET.length)]).join('');

/** Makes handoff links, opens them (starting or resuming the seeded session), and lets Slack/Teams claim theirs. */
export class HandoffService {
  private readonly locks = new SessionLocks();

  constructor(private readonly options: HandoffServiceOptions) {}

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  get configured(): boolean {
    return this.options.keys !== null;
  }

  async create(input: ParsedHandoffInput): Promise<CreatedHandoff> {
    const keys = this.options.keys;
    if (!keys) throw new HandoffNotConfiguredError();
    const now = this.now();
    const ttl = parseDuration(input.expires ?? this.options.defaultExpiry) ?? 7 * 86_400_000;
    // whole seconds, so the store and the token agree on the instant
    const expiresAt = Math.ceil((now + ttl) / 1000) * 1000;
    const record: HandoffRecord = {
      id: newHandoffId(),
      ticketId: input.ticket,
      address: input.address?.toLowerCase() ?? null,
      symptom: input.symptom ?? null,
      errorText: input.error ? redact(input.error) : null,
      channel: input.channel,
      singleUse: input.singleUse,
      expiresAt,
      createdAt: now,
      claimCode: input.channel === 'web' ? null : newClaimCode(),
      sessionId: null,
      openedAt: null,
    };
    await this.options.store.createHandoff(record);
    const token = signHandoffToken(keys, { id: record.id, expiresAt });
    const link = new URL(`/h/${token}`, this.options.publicUrl);
    // the ticket's language, a preference beside the signed token: the page and the conversation start in it
    if (input.lang) link.searchParams.set('lang', input.lang);
    const url = link.toString();
    return { id: record.id, url, expiresAt: new Date(expiresAt).toISOString(), token, claimCode: record.claimCode };
  }

  /** What opening `/h/<token>` leads to. A bad token is `forbidden` whatever is wrong with it. */
  async open(token: string, locale?: Locale): Promise<OpenOutcome> {
    const keys = this.options.keys;
    if (!keys) return { kind: 'forbidden' };
    const check = verifyHandoffToken(keys, token);
    if (!check.ok) return { kind: 'forbidden' };
    const now = this.now();
    if (check.expiresAt <= now) return { kind: 'expired' };
    const handoff = await this.options.store.getHandoff(check.id);
    if (!handoff) return { kind: 'not-found' };
    if (handoff.expiresAt <= now) return { kind: 'expired' };
    if (handoff.channel !== 'web') {
      const claimCode = handoff.claimCode ?? '';
      return { kind: 'app', channel: handoff.channel, claimCode, deepLink: appDeepLink(handoff.channel, claimCode, this.options.appIds ?? {}), handoff };
    }
    return this.locks.run(handoff.id, () => this.webSession(handoff, locale));
  }

  private async webSession(handoff: HandoffRecord, locale: Locale | undefined): Promise<OpenOutcome> {
    const { store, engine } = this.options;
    const fresh = (await store.getHandoff(handoff.id)) ?? handoff;
    // a web link always leads back to its one session (a reload, a second device); "Start over" begins anew inside it
    if (fresh.sessionId) {
      const session = await store.getSession(fresh.sessionId);
      if (session) return { kind: 'web', sessionId: session.id, handoff: fresh, created: false };
    }
    const started = await engine.start('web', `handoff:${fresh.id}`, { ticketId: fresh.ticketId, handoffId: fresh.id }, seedEvents(fresh), { locale });
    if (await store.attachHandoffSession(fresh.id, started.session.id, fresh.sessionId, this.now())) {
      return { kind: 'web', sessionId: started.session.id, handoff: { ...fresh, sessionId: started.session.id }, created: true };
    }
    // another instance opened it at the same moment: use the session it recorded
    const winner = await store.getHandoff(fresh.id);
    return { kind: 'web', sessionId: winner?.sessionId ?? started.session.id, handoff: winner ?? fresh, created: false };
  }

  /**
   * For the Slack and Teams channels: a person sent the bot a claim code. Starts the seeded session in that
   * conversation. A single-use handoff can be claimed once; a reusable one starts a new session each time.
   */
  async claim(code: string, channel: Exclude<HandoffChannel, 'web'>, conversationKey: string, meta: Record<string, unknown> = {}): Promise<ClaimOutcome> {
    const found = await this.options.store.findHandoffByClaimCode(code.toUpperCase());
    if (!found) return { ok: false, error: 'unknown-code' };
    if (found.channel !== channel) return { ok: false, error: 'wrong-channel' };
    if (found.expiresAt <= this.now()) return { ok: false, error: 'expired' };
    return this.locks.run(found.id, async () => {
      const handoff = (await this.options.store.getHandoff(found.id)) ?? found;
      if (handoff.singleUse && handoff.sessionId) return { ok: false as const, error: 'already-used' as const };
      const started = await this.options.engine.start(channel, conversationKey, { ...meta, ticketId: handoff.ticketId, handoffId: handoff.id }, seedEvents(handoff));
      const attached = await this.options.store.attachHandoffSession(handoff.id, started.session.id, handoff.sessionId, this.now());
      if (!attached) return { ok: false as const, error: 'already-used' as const };
      return { ok: true as const, ...started };
    });
  }
}
