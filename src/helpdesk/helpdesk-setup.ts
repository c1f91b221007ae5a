import type { LoopErrorHandler } from '../background-loop.js';
import type { Config } from '../config.js';
import { helpdeskEn } from '../content/helpdesk.en.js';
import { HELPDESK_WORDS } from '../content/catalog.js';
import type { Locale } from '../content/locales.js';
import type { Content } from '../content/types.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from '../logger.js';
import type { LinkReplyPayload } from '../store/helpdesk-records.js';
import type { Store } from '../store/store.js';
import { webhookSender, zendeskSender, type Senders } from './delivery-targets.js';
import { HelpdeskReporter } from './helpdesk-reporter.js';
import { OutboxWorker } from './outbox-worker.js';

/** Queues a public reply with a handoff link on a Zendesk ticket; null when Zendesk is not configured. */
/** The public reply that gives a customer their link, in the ticket's language when the link names one. */
export type LinkReplies = { queue(link: { handoffId: string; ticketId: string; url: string; expiresAt: string; locale?: Locale | undefined }): Promise<void> } | null;

export interface Helpdesk {
  reporter: HelpdeskReporter;
  worker: OutboxWorker;
  linkReplies: LinkReplies;
}

/** Wires the reporter to the engine and builds the outbox worker for the configured targets (started by the app). */
export function setUpHelpdesk(
  config: Config,
  store: Store,
  engine: Engine,
  content: Content,
  logger: Logger,
  now?: () => number,
  onPassError?: LoopErrorHandler,
): Helpdesk {
  const senders: Senders = {};
  if (config.HELPDESK_WEBHOOK_URL && config.HELPDESK_WEBHOOK_SECRET) senders.webhook = webhookSender(config.HELPDESK_WEBHOOK_URL, config.HELPDESK_WEBHOOK_SECRET);
  if (config.ZENDESK_SUBDOMAIN && config.ZENDESK_EMAIL && config.ZENDESK_API_TOKEN) {
    senders.zendesk = zendeskSender({ subdomain: config.ZENDESK_SUBDOMAIN, email: config.ZENDESK_EMAIL, apiToken: config.ZENDESK_API_TOKEN }, helpdeskEn);
  }
  const reporter = new HelpdeskReporter({
    store,
    engine,
    content,
    targets: { webhook: Boolean(senders.webhook), zendesk: Boolean(senders.zendesk) },
    abandonAfterMs: config.ABANDON_AFTER_SECONDS * 1000,
    ...(now ? { now } : {}),
  });
  // an ending turn's reports are queued in the turn's own write: a crash or a store error cannot separate them
  engine.onTurnReports(reporter.reportsFor);
  const worker = new OutboxWorker({
    store,
    senders,
    intervalMs: config.OUTBOX_INTERVAL_MS,
    beforePass: () => reporter.checkAbandoned(),
    onError: (err, context) => (context.gaveUp ? logger.error({ err, ...context }, 'helpdesk outbox') : logger.warn({ err, ...context }, 'helpdesk outbox')),
    ...(now ? { now } : {}),
    ...(onPassError ? { onPassError } : {}),
  });
  const linkReplies: LinkReplies = senders.zendesk
    ? {
        queue: async ({ handoffId, ticketId, url, expiresAt, locale }) => {
          const words = locale ? HELPDESK_WORDS[locale] : helpdeskEn;
          const payload: LinkReplyPayload = { kind: 'link-reply', ticketId, body: words.linkReply(url, new Date(expiresAt)) };
          await store.enqueueOutbox({ key: `link-reply:${handoffId}`, target: 'zendesk', payload, createdAt: now ? now() : Date.now() });
        },
      }
    : null;
  return { reporter, worker, linkReplies };
}
