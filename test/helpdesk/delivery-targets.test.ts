import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { helpdeskEn } from '../../src/content/helpdesk.en.js';
import { zendeskSender } from '../../src/helpdesk/delivery-targets.js';
import type { HelpdeskPayload } from '../../src/helpdesk/helpdesk-payload.js';
import type { OutboxItem } from '../../src/store/helpdesk-records.js';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const settings = { subdomain: 'acme', email: 'agent@acme.test', apiToken: 'zd-api-token-123' };
const payload: HelpdeskPayload = {
  event: 'resolved',
  idempotencyKey: 's1:resolved:9',
  occurredAt: '2026-11-26T10:30:00.000Z',
  ticketId: '4711',
  sessionId: 's1',
  channel: 'web',
  locale: 'en',
  status: 'resolved',
  symptom: 'sending',
  address: 'ana@example.com',
  provider: null,
  diagnoses: [{ code: 'smtp-auth-disabled', title: 'Authenticated SMTP is turned off' }],
  checks: [{ name: 'smtp', outcome: 'auth-failed', detail: '535 5.7.139' }],
  steps: [{ question: 'askingIsAdmin', answer: 'yes' }],
  summary: 'Conversation s1 (web), status resolved.',
  transcript: [
    { at: '2026-11-26T10:00:00.000Z', role: 'bot', text: 'Are you a Microsoft 365 admin?' },
    { at: '2026-11-26T10:01:00.000Z', role: 'user', text: 'yes' },
    { at: '2026-11-26T10:30:00.000Z', role: 'bot', text: 'Did it go out?', followUp: true },
  ],
};
const item = (p: HelpdeskPayload): OutboxItem => ({ key: `${p.idempotencyKey}:zendesk`, target: 'zendesk', payload: p, createdAt: 0, attempts: 0, nextAt: 0, sentAt: null, lastError: null, gaveUpAt: null });
const basic = `Basic ${Buffer.from('agent@acme.test/token:zd-api-token-123').toString('base64')}`;

describe('the Zendesk target', () => {
  it('adds the summary to the ticket as an internal note with the ticket update API', async () => {
    let sent: { ticket: { comment: { body: string; public: boolean } } } | undefined;
    const scope = nock('https://acme.zendesk.com')
      .matchHeader('authorization', basic)
      .matchHeader('content-type', 'application/json')
      .put('/api/v2/tickets/4711.json', (body: typeof sent) => {
        sent = body;
        return true;
      })
      .reply(200, { ticket: { id: 4711 }, audit: { id: 1 } });
    expect(await zendeskSender(settings, helpdeskEn)(item(payload), 0)).toEqual({ ok: true });
    expect(scope.isDone()).toBe(true);
    expect(Object.keys(sent?.ticket ?? {})).toEqual(['comment']);
    expect(sent?.ticket.comment.public).toBe(false);
    const body = sent?.ticket.comment.body ?? '';
    expect(body).toContain(helpdeskEn.noteTitle.resolved);
    expect(body).toContain('Conversation s1 (web), status resolved.');
    expect(body).toContain('  - smtp: auth-failed (535 5.7.139)');
    expect(body).toContain('[2026-11-26 10:01] Customer: yes');
    expect(body).toContain('[2026-11-26 10:30] Assistant (follow-up): Did it go out?');
  });

  it('adds the answer to "did this help?" as a short note of its own, in the conversation\'s language', async () => {
    let body = '';
    nock('https://acme.zendesk.com')
      .put('/api/v2/tickets/4711.json', (b: { ticket: { comment: { body: string } } }) => ((body = b.ticket.comment.body), true))
      .reply(200, {});
    const answered: HelpdeskPayload = { ...payload, event: 'feedback', idempotencyKey: 's1:feedback:11', locale: 'es', feedback: { answer: 'not-helpful', comment: 'Los menús eran otros.' } };
    expect(await zendeskSender(settings, helpdeskEn)(item(answered), 0)).toEqual({ ok: true });
    expect(body.split('\n\n').slice(0, 3)).toEqual([
      'Mailbox Doctor: el cliente respondió a «¿Te ha servido?» después de la conversación.',
      'Dijo que no le sirvió.',
      'Su comentario:\n    Los menús eran otros.',
    ]);
    expect(body).toContain('Conversation s1 (web), status resolved.');
    expect(body).not.toContain('Did it go out?');
  });

  it('reports a refusal as a failed attempt to retry, not a crash', async () => {
    nock('https://acme.zendesk.com').put('/api/v2/tickets/4711.json').reply(429, { error: 'rate limited' }, { 'retry-after': '30' });
    expect(await zendeskSender(settings, helpdeskEn)(item(payload), 0)).toEqual({ ok: false, error: 'HTTP 429' });
  });

  it('does not call Zendesk for a ticket id that is not a number', async () => {
    expect(await zendeskSender(settings, helpdeskEn)(item({ ...payload, ticketId: 'JIRA-12' }), 0)).toEqual({ ok: false, error: 'not a Zendesk ticket id' });
  });
});
