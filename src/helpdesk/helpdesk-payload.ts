import type { Content } from '../content/types.js';
import { summarize } from '../content/summary.js';
import { HELPDESK_WORDS } from '../content/catalog.js';
import type { Locale } from '../content/locales.js';
import type { View } from '../machine/view.js';
import type { FeedbackAnswer } from '../machine/feedback.js';
import type { SessionRecord, TranscriptEntry } from '../store/store.js';

import type { HelpdeskEvent } from '../store/helpdesk-records.js';
export type { HelpdeskEvent };

/** A live check's outcome, if a channel recorded one in the session's meta (`meta.checks`). */
export interface HelpdeskCheck {
  name: string;
  outcome: string;
  detail?: string;
}

/** The JSON body POSTed to HELPDESK_WEBHOOK_URL (documented in the README). */
export interface HelpdeskPayload {
  event: HelpdeskEvent;
  /** unique per session and event; the same value as the Idempotency-Key header */
  idempotencyKey: string;
  occurredAt: string;
  ticketId: string | null;
  sessionId: string;
  channel: string;
  /** the conversation's language (en, es, de, fr, pt-BR): the summary and the ticket note are written in it */
  locale: string;
  status: View['status'];
  symptom: string | null;
  address: string | null;
  provider: string | null;
  diagnoses: Array<{ code: string; title: string }>;
  checks: HelpdeskCheck[];
  steps: Array<{ question: string; answer: string }>;
  summary: string;
  transcript: Array<{ at: string; role: 'user' | 'bot'; text: string; followUp?: true }>;
  /** event `feedback`: the customer's answer to "did this help?" and their comment (redacted), if any */
  feedback?: { answer: FeedbackAnswer; comment: string | null };
}

function checksFrom(meta: Record<string, unknown>): HelpdeskCheck[] {
  const raw = meta.checks;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null)
    .map((c) => ({ name: String(c.name ?? ''), outcome: String(c.outcome ?? ''), ...(typeof c.detail === 'string' ? { detail: c.detail } : {}) }))
    .filter((c) => c.name !== '');
}

export function buildHelpdeskPayload(input: {
  event: HelpdeskEvent;
  idempotencyKey: string;
  at: number;
  ticketId: string | null;
  session: SessionRecord;
  view: View;
  transcript: readonly TranscriptEntry[];
  content: Content;
  locale?: Locale;
  feedback?: { answer: FeedbackAnswer; comment: string | null };
}): HelpdeskPayload {
  const locale = input.locale ?? 'en';
  const summary = summarize(input.session, input.view, input.transcript, input.content, HELPDESK_WORDS[locale].summary);
  return {
    event: input.event,
    idempotencyKey: input.idempotencyKey,
    occurredAt: new Date(input.at).toISOString(),
    ticketId: input.ticketId,
    sessionId: input.session.id,
    channel: input.session.channel,
    locale,
    status: summary.status,
    symptom: summary.symptom,
    address: summary.address,
    provider: summary.provider,
    diagnoses: summary.diagnoses,
    checks: checksFrom(input.session.meta),
    steps: summary.answers,
    summary: summary.text,
    transcript: input.transcript.map((e) => ({
      at: new Date(e.at).toISOString(),
      role: e.role,
      text: e.text,
      ...(e.proactive ? { followUp: true as const } : {}),
    })),
    ...(input.feedback ? { feedback: input.feedback } : {}),
  };
}
