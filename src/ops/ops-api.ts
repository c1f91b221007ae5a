import { badRequest, HttpError } from '../http/errors.js';
import { bearerMatches } from '../http/bearer.js';
import { sendJson, sendText } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { Store } from '../store/store.js';
import { METRICS_CONTENT_TYPE, renderMetrics } from './metrics.js';
import { summarizeOutcomes } from './stats.js';
import { feedbackOf, summarizeFeedback } from './feedback-stats.js';
import { mostFrequent } from './misunderstood.js';

const DAY = 24 * 3600 * 1000;
const MAX_SPAN = 366 * DAY;
/** how many of the most frequent misunderstood messages /api/stats lists */
const TOP_MISUNDERSTOOD = 20;

export interface OpsOptions {
  store: Store;
  /** OPERATOR_API_KEY; /api/stats is switched off without it */
  operatorKey: string | undefined;
  abandonAfterMs: number;
  now?: () => number;
}

function instant(name: string, raw: string | null, fallback: number): number {
  if (raw === null || raw === '') return fallback;
  const value = /^\d{1,15}$/.test(raw) ? Number(raw) : /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) ? Date.parse(raw) : Number.NaN;
  if (!Number.isFinite(value)) throw badRequest('invalid_period', `"${name}" must be a date such as 2026-11-01, a date-time such as 2026-11-01T08:00:00Z, or epoch milliseconds.`);
  return value;
}

/** GET /metrics (Prometheus text; no secrets in it) and GET /api/stats?from&to (Bearer OPERATOR_API_KEY). */
export function registerOpsApi(router: Router, options: OpsOptions): void {
  const now = () => (options.now ? options.now() : Date.now());

  router.add('GET', '/metrics', async (_req, res) => {
    sendText(res, 200, await renderMetrics(options.store, now()), METRICS_CONTENT_TYPE);
  });

  router.add('GET', '/api/stats', async (req, res) => {
    if (!options.operatorKey) {
      throw new HttpError(503, 'stats_not_configured', 'The statistics API is switched off on this server: set OPERATOR_API_KEY, then restart.');
    }
    if (!bearerMatches(req, options.operatorKey)) {
      sendJson(res, 401, { error: 'unauthorized', message: 'Send the value of OPERATOR_API_KEY as "Authorization: Bearer <key>".' }, { 'www-authenticate': 'Bearer realm="stats"' });
      return;
    }
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const current = now();
    // without `to`, up to now inclusive: a conversation of this very millisecond is counted
    const to = instant('to', query.get('to'), current + 1);
    const from = instant('from', query.get('from'), to - 30 * DAY);
    if (from >= to) throw badRequest('invalid_period', '"from" must be before "to".');
    if (to - from > MAX_SPAN) throw badRequest('invalid_period', 'Ask for at most 366 days at a time.');
    const [counts, misunderstood, answers] = await Promise.all([
      options.store.outcomeCounts(from, to, current - options.abandonAfterMs),
      options.store.misunderstoodMessages(from, to),
      options.store.feedbackCounts(from, to),
    ]);
    const outcomes = summarizeOutcomes(counts, { from, to });
    const feedback = summarizeFeedback(answers);
    // a path that only has feedback (its conversations started before the period) is not listed: the same sessions
    // are counted for both
    sendJson(res, 200, {
      ...outcomes,
      total: { ...outcomes.total, feedback: feedback.total },
      byPath: outcomes.byPath.map((p) => ({ ...p, feedback: feedbackOf(feedback, p.path) })),
      byChannel: feedback.byChannel,
      misunderstood: { total: misunderstood.length, mostFrequent: mostFrequent(misunderstood, TOP_MISUNDERSTOOD) },
    });
  });
}
