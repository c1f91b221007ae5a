import type { HelpdeskContent } from '../content/helpdesk.en.js';
import type { LinkReplyPayload, OutboxItem, OutboxTarget } from '../store/helpdesk-records.js';
import type { HelpdeskPayload } from './helpdesk-payload.js';
import { HELPDESK_WORDS } from '../content/catalog.js';
import { isLocale } from '../content/locales.js';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature.js';
import { noteBody } from './zendesk-note.js';

export type DeliveryResult = { ok: true } | { ok: false; error: string };
/** Sends one outbox item. Network outcomes come back as results; only a bug throws. */
export type Sender = (item: OutboxItem, now: number) => Promise<DeliveryResult>;
export type Senders = Partial<Record<OutboxTarget, Sender>>;

const TIMEOUT_MS = 10_000;

async function attempt(url: string, init: RequestInit): Promise<DeliveryResult> {
  try {
    const res = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? { ok: true } : { ok: false, error: `HTTP ${res.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, error: cause ?? (error instanceof Error ? error.name : 'network error') };
  }
}

/** POSTs the payload as JSON, signed (see webhook-signature.ts), with the idempotency key in a header. */
export function webhookSender(url: string, secret: string): Sender {
  return (item, now) => {
    const payload = item.payload as HelpdeskPayload;
    const body = JSON.stringify(payload);
    return attempt(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'mailbox-doctor',
        'idempotency-key': payload.idempotencyKey,
        'x-mailbox-doctor-event': payload.event,
        [SIGNATURE_HEADER]: signWebhook(secret, body, now),
      },
      body,
    });
  };
}

export interface ZendeskSettings {
  subdomain: string;
  email: string;
  apiToken: string;
}

const isLinkReply = (payload: unknown): payload is LinkReplyPayload => (payload as { kind?: unknown }).kind === 'link-reply';

/**
 * Zendesk ticket update API (PUT /api/v2/tickets/{id}.json, basic auth `email/token:api_token`): a summary becomes an
 * internal note; a handoff link becomes a public reply to the customer.
 */
/** The note's words: the conversation's language, else the ones the sender was given. */
function wordsFor(payload: HelpdeskPayload, fallback: HelpdeskContent): HelpdeskContent {
  return isLocale(payload.locale) && payload.locale !== 'en' ? HELPDESK_WORDS[payload.locale] : fallback;
}

export function zendeskSender(settings: ZendeskSettings, content: HelpdeskContent): Sender {
  const auth = `Basic ${Buffer.from(`${settings.email}/token:${settings.apiToken}`).toString('base64')}`;
  return (item) => {
    const comment = isLinkReply(item.payload)
      ? { ticketId: item.payload.ticketId, body: item.payload.body, public: true }
      : { ticketId: (item.payload as HelpdeskPayload).ticketId, body: noteBody(item.payload as HelpdeskPayload, wordsFor(item.payload as HelpdeskPayload, content)), public: false };
    if (!comment.ticketId || !/^\d+$/.test(comment.ticketId)) return Promise.resolve({ ok: false, error: 'not a Zendesk ticket id' });
    return attempt(`https://${settings.subdomain}.zendesk.com/api/v2/tickets/${comment.ticketId}.json`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: auth, 'user-agent': 'mailbox-doctor' },
      body: JSON.stringify({ ticket: { comment: { body: comment.body, public: comment.public } } }),
    });
  };
}
