import type { ServerResponse } from 'node:http';
import type { WebContent } from '../../content/web.en.js';
import type { Locale } from '../../content/locales.js';
import { pageLocale } from './page-locale.js';
import { claimMessage } from '../../handoff/deep-links.js';
import type { HandoffService, OpenOutcome } from '../../handoff/handoff-service.js';
import { sendHtml } from '../../http/respond.js';
import type { Router } from '../../http/router.js';
import { escapeHtml, renderChatPage, renderInfoPage } from './page.js';

function appPage(outcome: Extract<OpenOutcome, { kind: 'app' }>, content: WebContent, locale: Locale): string {
  const words = content.app[outcome.channel];
  const page = { title: words.title, text: outcome.deepLink ? words.withLink : words.withoutLink, action: words.open };
  const code = `<p><strong>${escapeHtml(words.codeLabel)}</strong></p><p class="code">${escapeHtml(claimMessage(outcome.claimCode))}</p>`;
  return renderInfoPage(page, outcome.deepLink, code, locale);
}

/** Handoff pages carry a session and personal details: never stored by a cache. */
const PRIVATE = { 'cache-control': 'no-store' };

function render(res: ServerResponse, outcome: OpenOutcome, content: WebContent, locale: Locale): void {
  switch (outcome.kind) {
    case 'forbidden':
      return sendHtml(res, 403, renderInfoPage(content.forbidden, undefined, '', locale), PRIVATE);
    case 'expired':
      return sendHtml(res, 410, renderInfoPage(content.expired, undefined, '', locale), PRIVATE);
    case 'not-found':
      return sendHtml(res, 404, renderInfoPage(content.notFound, undefined, '', locale), PRIVATE);
    case 'app':
      return sendHtml(res, 200, appPage(outcome, content, locale), PRIVATE);
    case 'web': {
      const { ticketId, symptom, address } = outcome.handoff;
      return sendHtml(res, 200, renderChatPage(content, { sessionId: outcome.sessionId, ticketLine: content.ticketContext({ ticketId, symptom, address }) }, locale), PRIVATE);
    }
  }
}

/**
 * `/h/<token>`: the chat page opened on the handoff's session, or a page that says why not; in the link's language
 * (`?lang=`, from the ticket), else the one picked before or the browser's.
 */
export function registerHandoffPage(router: Router, handoffs: HandoffService, words: (locale: Locale) => WebContent): void {
  router.add('GET', '/h/:token', async (req, res, params) => {
    const { locale } = pageLocale(req);
    render(res, await handoffs.open(params.token ?? '', locale), words(locale), locale);
  });
}
