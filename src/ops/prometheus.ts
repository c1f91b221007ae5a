import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OperationalCounts } from '../store/operations-records.js';

/**
 * The Prometheus figures of this process, in prom-client. Loaded through `metrics.ts`, which everything else calls:
 * it queues what happens before this module is loaded (shortly after the server listens), so that prom-client is not
 * part of the start-up. Labels are bounded sets (channel names, diagnosis codes, check names): never user text.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'mailbox_doctor_' });

const turns = new Counter({
  name: 'mailbox_doctor_turns_total',
  help: 'Saved conversation turns, by channel and kind (start, user, follow-up).',
  labelNames: ['channel', 'kind'] as const,
  registers: [metricsRegistry],
});
const diagnoses = new Counter({
  name: 'mailbox_doctor_diagnoses_total',
  help: 'Diagnoses reached in conversations, by code.',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});
const feedback = new Counter({
  name: 'mailbox_doctor_feedback_total',
  help: 'Answers to "did this help?", by channel, path and answer (helpful, not-helpful).',
  labelNames: ['channel', 'path', 'answer'] as const,
  registers: [metricsRegistry],
});
const ackSeconds = new Histogram({
  name: 'mailbox_doctor_ack_seconds',
  help: 'Time from receiving a message to acknowledging it, by channel.',
  labelNames: ['channel'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
  registers: [metricsRegistry],
});
const probeSeconds = new Histogram({
  name: 'mailbox_doctor_probe_seconds',
  help: 'Duration of connection checks, by check.',
  labelNames: ['check'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20],
  registers: [metricsRegistry],
});
const schedulerLag = new Histogram({
  name: 'mailbox_doctor_scheduler_lag_seconds',
  help: 'How late a due follow-up was picked up, in seconds past its due time.',
  buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
  registers: [metricsRegistry],
});
const sessions = new Gauge({
  name: 'mailbox_doctor_sessions',
  help: 'Stored sessions by status (all instances, read from the store).',
  labelNames: ['status'] as const,
  registers: [metricsRegistry],
});
const outboxBacklog = new Gauge({
  name: 'mailbox_doctor_outbox_backlog',
  help: 'Helpdesk deliveries queued and not sent yet (all instances).',
  registers: [metricsRegistry],
});
const outboxGivenUp = new Gauge({
  name: 'mailbox_doctor_outbox_given_up',
  help: 'Helpdesk deliveries given up after failing for days: their tickets never got the result (all instances).',
  registers: [metricsRegistry],
});
const followUpsDue = new Gauge({
  name: 'mailbox_doctor_follow_ups_due',
  help: 'Follow-ups past their due time that no instance holds (all instances).',
  registers: [metricsRegistry],
});

const backgroundErrors = new Counter({
  name: 'mailbox_doctor_background_errors_total',
  help: 'Background passes that failed and were tried again later, by loop (follow-ups, helpdesk-outbox, housekeeping, check-completion, wal-checkpointer, sqlite-writer, unhandled).',
  labelNames: ['loop'] as const,
  registers: [metricsRegistry],
});
const slackRateLimits = new Counter({
  name: 'mailbox_doctor_slack_rate_limited_total',
  help: 'Slack Web API answers of 429 (rate limited), by method; each pauses that method for its Retry-After.',
  labelNames: ['method'] as const,
  registers: [metricsRegistry],
});

const STATUSES = ['active', 'waiting', 'resolved', 'escalated'] as const;

export const countTurn = (channel: string, kind: 'start' | 'user' | 'follow-up') => turns.inc({ channel, kind });
export const countDiagnosis = (code: string) => diagnoses.inc({ code });
export const countFeedback = (channel: string, path: string, answer: string) => feedback.inc({ channel, path, answer });
export const observeFollowUpLag = (seconds: number) => schedulerLag.observe(seconds);
export const observeAck = (channel: string, seconds: number) => ackSeconds.observe({ channel }, seconds);
export const observeProbe = (check: string, seconds: number) => probeSeconds.observe({ check }, seconds);
export const countBackgroundError = (loop: string) => backgroundErrors.inc({ loop });
export const countSlackRateLimit = (method: string) => slackRateLimits.inc({ method });

/** The text a Prometheus scrape gets, with the store's counts given. */
export function render(counts: OperationalCounts): Promise<string> {
  for (const status of STATUSES) sessions.set({ status }, counts.sessionsByStatus[status] ?? 0);
  outboxBacklog.set(counts.outboxBacklog);
  outboxGivenUp.set(counts.outboxGivenUp);
  followUpsDue.set(counts.followUpsDue);
  return metricsRegistry.metrics();
}
