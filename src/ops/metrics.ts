import type { Engine } from '../engine/engine.js';
import type { Store } from '../store/store.js';

/**
 * The Prometheus figures of this process (GET /metrics). Channels and probes report through the small functions
 * below (`observeAck`, `observeProbe`, `countSlackRateLimit`); the engine's turns are counted by `instrumentEngine`;
 * the store's live counts are read at each scrape.
 *
 * prom-client (with the OpenTelemetry API it loads) is not part of the start-up: `prometheus.ts` is loaded by
 * `loadMetrics()`, which the server calls shortly after it listens, or by the first figure reported or scraped before
 * that. Figures reported meanwhile wait in a queue and are recorded once it is loaded: none is lost.
 */
type Prometheus = typeof import('./prometheus.js');

let prometheus: Prometheus | null = null;
let loading: Promise<Prometheus> | null = null;
const pending: Array<(p: Prometheus) => void> = [];

/** Loads prom-client and records what was reported before; resolves with the registry. */
export async function loadMetrics(): Promise<Prometheus['metricsRegistry']> {
  loading ??= import('./prometheus.js').then((loaded) => {
    prometheus = loaded;
    for (const apply of pending.splice(0)) apply(loaded);
    return loaded;
  });
  return (await loading).metricsRegistry;
}

function record(apply: (p: Prometheus) => void): void {
  if (prometheus) return apply(prometheus);
  pending.push(apply);
  void loadMetrics();
}

/** A channel acknowledged a message `seconds` after it arrived (Slack: the 3-second ack; web: the HTTP answer). */
export function observeAck(channel: string, seconds: number): void {
  record((p) => p.observeAck(channel, seconds));
}

/** A connection check took `seconds`. */
export function observeProbe(check: string, seconds: number): void {
  record((p) => p.observeProbe(check, seconds));
}

/** A background pass failed: counted by loop name. */
export function countBackgroundError(loop: string): void {
  record((p) => p.countBackgroundError(loop));
}

/** Slack answered a Web API call with 429: counted by method. */
export function countSlackRateLimit(method: string): void {
  record((p) => p.countSlackRateLimit(method));
}

/** Counts the engine's turns and diagnoses, and the scheduler's lag. */
export function instrumentEngine(engine: Engine): void {
  engine.onTurn((result, info) => {
    const kind = info.created ? 'start' : info.proactive ? 'follow-up' : 'user';
    const notice = result.view.notice;
    const diagnosed = notice?.kind === 'diagnosed' ? notice.code : null;
    const answered = info.feedback ? { path: result.view.facts.path ?? 'unknown', answer: info.feedback } : null;
    record((p) => {
      p.countTurn(result.session.channel, kind);
      if (diagnosed) p.countDiagnosis(diagnosed);
      if (answered) p.countFeedback(result.session.channel, answered.path, answered.answer);
    });
  });
  engine.onFollowUpLag((lagMs) => record((p) => p.observeFollowUpLag(lagMs / 1000)));
}

/** The text a Prometheus scrape gets, with the store's counts read now. */
export async function renderMetrics(store: Store, now = Date.now()): Promise<string> {
  const [counts] = await Promise.all([store.operationalCounts(now), loadMetrics()]);
  return (prometheus as Prometheus).render(counts);
}

/** prom-client's `Registry.PROMETHEUS_CONTENT_TYPE`, known without loading it. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
