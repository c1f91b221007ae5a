import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readJson } from '../http/body.js';
import { badRequest, HttpError } from '../http/errors.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { describeInputProblems, handoffInput } from './handoff-input.js';
import type { HandoffService } from './handoff-service.js';
import type { LinkReplies } from '../helpdesk/helpdesk-setup.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

function bearerMatches(req: IncomingMessage, apiKey: string): boolean {
  const found = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
  return found !== null && timingSafeEqual(digest(found[1] ?? ''), digest(apiKey));
}

/**
 * POST /api/handoffs: a helpdesk macro or trigger makes a link. Bearer HANDOFF_API_KEY; answers {url, expiresAt}.
 * With "replyOnTicket": true the link is also sent to the customer as a public reply on the Zendesk ticket.
 */
export function registerHandoffApi(router: Router, handoffs: HandoffService, apiKey: string | undefined, linkReplies: LinkReplies = null): void {
  router.add('POST', '/api/handoffs', async (req, res) => {
    if (!apiKey || !handoffs.configured) {
      throw new HttpError(
        503,
        'handoffs_not_configured',
        'Handoff links are switched off on this server: set HANDOFF_API_KEY and HANDOFF_SECRET (or HANDOFF_SECRETS), then restart.',
      );
    }
    if (!bearerMatches(req, apiKey)) {
      const message = req.headers.authorization
        ? 'The API key is not valid. Send the value of HANDOFF_API_KEY as "Authorization: Bearer <key>".'
        : 'Send the value of HANDOFF_API_KEY as "Authorization: Bearer <key>".';
      sendJson(res, 401, { error: 'unauthorized', message }, { 'www-authenticate': 'Bearer realm="handoffs"' });
      return;
    }
    const body = await readJson(req, 16 * 1024);
    const parsed = handoffInput.safeParse(body);
    if (!parsed.success) {
      const problem = typeof body === 'object' && body !== null && !Array.isArray(body) ? describeInputProblems(parsed.error) : 'the body must be a JSON object';
      throw badRequest('invalid_body', `The handoff could not be made: ${problem}. Example: {"ticket": "12345", "symptom": "sending", "address": "ana@example.com"}.`);
    }
    if (parsed.data.replyOnTicket && !linkReplies) {
      throw badRequest('zendesk_not_configured', '"replyOnTicket" needs Zendesk: set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN, or leave it out.');
    }
    if (parsed.data.replyOnTicket && !/^\d+$/.test(parsed.data.ticket)) {
      throw badRequest('invalid_body', '"replyOnTicket" needs a Zendesk ticket id: digits only.');
    }
    const created = await handoffs.create(parsed.data);
    if (parsed.data.replyOnTicket) await linkReplies?.queue({ handoffId: created.id, ticketId: parsed.data.ticket, url: created.url, expiresAt: created.expiresAt, locale: parsed.data.lang });
    sendJson(res, 201, { url: created.url, expiresAt: created.expiresAt });
  });
}
