import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse } from 'node:querystring';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { readBody } from '../../http/body.js';
import { sendJson } from '../../http/respond.js';
import type { Logger } from '../../logger.js';
import { observeAck } from '../../ops/metrics.js';
import { SLACK_CHANNEL } from './registrations.js';

/** How far a request's timestamp may be from now: Slack's own limit against replays. */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;
/** A request nobody acknowledged is answered anyway before Slack's 3-second limit. */
const UNACKED_AFTER_MS = 2_500;
const BODY_LIMIT = 1024 * 1024;

export type Verdict = { ok: true } | { ok: false; problem: 'missing_signature' | 'stale_timestamp' | 'invalid_signature' };

/**
 * Slack signs each request: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the app's signing secret.
 * A request is genuine when that matches (compared in constant time) and the timestamp is within five minutes of now.
 */
export function verifySlackSignature(secret: string, headers: IncomingMessage['headers'], raw: Buffer, nowSeconds: number): Verdict {
  const timestamp = headers['x-slack-request-timestamp'];
  const signature = headers['x-slack-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(timestamp)) return { ok: false, problem: 'missing_signature' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_REQUEST_AGE_SECONDS) return { ok: false, problem: 'stale_timestamp' };
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, problem: 'invalid_signature' };
}

const REFUSALS: Record<Exclude<Verdict, { ok: true }>['problem'], string> = {
  missing_signature: 'This request has no Slack signature (X-Slack-Signature and X-Slack-Request-Timestamp).',
  stale_timestamp: 'This request is signed more than five minutes away from now; Slack requests are answered only when fresh.',
  invalid_signature: "This request's Slack signature does not match: check SLACK_SIGNING_SECRET (Basic Information in the app settings).",
};

/** What Slack sent: JSON (events), a form with a JSON `payload` (interactivity), or a plain form (slash commands). */
function parseBody(raw: Buffer, contentType: string | undefined): Record<string, unknown> | null {
  try {
    const text = raw.toString('utf8');
    let value: unknown;
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const fields = parse(text);
      value = typeof fields.payload === 'string' ? JSON.parse(fields.payload) : { ...fields };
    } else {
      value = JSON.parse(text);
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Slack's certificate check for slash commands: unsigned, and answered without doing anything. */
function isSslCheck(raw: Buffer, contentType: string | undefined): boolean {
  if (!contentType?.startsWith('application/x-www-form-urlencoded') || !raw.includes('ssl_check=1')) return false;
  const fields = parse(raw.toString('utf8'));
  return fields.ssl_check === '1' && fields.payload === undefined && fields.command === undefined;
}

/** Fields of an event that listeners read as text: present, each must be a string (or null). */
const EVENT_TEXT_FIELDS = ['type', 'text', 'user', 'channel', 'channel_type', 'ts', 'thread_ts', 'event_ts', 'subtype', 'bot_id', 'team', 'tab'];

/**
 * What is wrong with an event callback's shape, or null: Slack never sends `"event": null` or a number as text, but
 * a signed request may (a leaked secret, a test tool), and a listener would fail on it with a stack trace.
 */
function eventProblem(body: Record<string, unknown>): string | null {
  if (body.type !== 'event_callback') return null;
  const event = body.event;
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return 'An event callback carries an "event" object; this one does not.';
  const record = event as Record<string, unknown>;
  if (typeof record.type !== 'string') return 'The event has no "type".';
  const wrong = EVENT_TEXT_FIELDS.find((field) => record[field] !== undefined && record[field] !== null && typeof record[field] !== 'string');
  return wrong ? `The event's "${wrong}" must be a string.` : null;
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The transport of the Slack channel over HTTP, and nothing else: it reads a request to /slack/events, checks its
 * signature and age, answers Slack's url_verification and ssl_check, and hands everything else to Bolt as a receiver
 * event whose `ack` writes the HTTP answer. Bolt's own HTTPReceiver does the same with several times the work per
 * request; this one shares our server and its body limits.
 */
export class SlackRequestReceiver implements Receiver {
  private app: App | null = null;

  constructor(
    private readonly signingSecret: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  /** Handles one request; never throws once it has answered. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const raw = await readBody(req, BODY_LIMIT);
    const type = header(req, 'content-type');
    if (isSslCheck(raw, type)) {
      res.writeHead(200).end(); // Slack checking the certificate: nothing to verify, nothing to do
      return;
    }
    const verdict = verifySlackSignature(this.signingSecret, req.headers, raw, Math.floor(this.now() / 1000));
    if (!verdict.ok) {
      this.logger.warn({ problem: verdict.problem }, 'Slack request refused: signature not verified');
      sendJson(res, 401, { error: verdict.problem, message: REFUSALS[verdict.problem] });
      return;
    }
    const body = parseBody(raw, type);
    if (!body) {
      sendJson(res, 400, { error: 'invalid_body', message: 'A Slack request body is a JSON object or a form; this one is neither.' });
      return;
    }
    const problem = eventProblem(body);
    if (problem) {
      sendJson(res, 400, { error: 'invalid_event', message: problem });
      return;
    }
    if (body.type === 'url_verification') {
      sendJson(res, 200, { challenge: typeof body.challenge === 'string' ? body.challenge : '' });
      return;
    }
    await this.dispatch(req, res, body, started);
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, started: number): Promise<void> {
    let acked = false;
    const answer = (response?: unknown) => {
      if (acked) return;
      acked = true;
      clearTimeout(unacked);
      observeAck(SLACK_CHANNEL, (performance.now() - started) / 1000);
      if (response === undefined || response === '') res.writeHead(200).end();
      else if (typeof response === 'string') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(response);
      else sendJson(res, 200, response);
    };
    const unacked = setTimeout(() => {
      if (acked) return;
      this.logger.warn({ type: body.type }, 'A Slack request was not acknowledged in time; answered with an empty 200');
      answer();
    }, UNACKED_AFTER_MS);
    const retry = header(req, 'x-slack-retry-num');
    const reason = header(req, 'x-slack-retry-reason');
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => answer(response),
      ...(retry && /^\d+$/.test(retry) ? { retryNum: Number(retry) } : {}),
      ...(reason ? { retryReason: reason } : {}),
    };
    try {
      if (!this.app) throw new Error('the Slack receiver was used before Bolt initialised it');
      await this.app.processEvent(event);
    } catch (error) {
      this.logger.error({ err: error, type: body.type }, 'Bolt failed on a Slack request');
      if (!acked) {
        acked = true;
        clearTimeout(unacked);
        sendJson(res, 500, { error: 'internal_error', message: 'The request could not be handled. Slack will try it again.' });
      }
      return;
    }
    // every handler has finished: a request none of them acknowledged is one this app does not handle
    if (!acked) {
      acked = true;
      clearTimeout(unacked);
      this.logger.info({ type: body.type }, 'A Slack request nothing here handles was answered with 404');
      sendJson(res, 404, { error: 'not_handled', message: 'This app does not handle this kind of Slack request.' });
    }
  }
}
