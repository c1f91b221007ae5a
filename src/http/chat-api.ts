import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { fromAcceptLanguage, LOCALES, matchLocale } from '../content/locales.js';
import type { Engine, TurnResult, TurnFailure } from '../engine/engine.js';
import { MAX_TEXT_LENGTH } from '../engine/engine.js';
import { FEEDBACK_ANSWERS, FEEDBACK_COMMENT_LIMIT, isFeedbackAnswer } from '../machine/feedback.js';
import { readJson } from './body.js';
import { badRequest, HttpError, notFound, tooLarge, tooManyRequests } from './errors.js';
import { clientAddress, RateLimiter, type RateRule } from './rate-limit.js';
import { textProblem } from '../engine/clean-text.js';
import { sendJson } from './respond.js';
import type { Router } from './router.js';
import { observeAck } from '../ops/metrics.js';

export const WEB_CHANNEL = 'web';

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function unsupportedLocale(): HttpError {
  return badRequest('unsupported_locale', `That language is not supported. Supported: ${LOCALES.join(', ')}.`, { supported: [...LOCALES] });
}

const createBody = z.object({ locale: z.string().max(35).optional() }).strict();
const localeBody = z.object({ locale: z.string().max(35) }).strict();
const messageBody = z.union([
  z.object({ text: z.string() }).strict(),
  z.object({ choice: z.string().min(1), version: z.number().int().positive().optional(), comment: z.string().max(FEEDBACK_COMMENT_LIMIT).optional() }).strict(),
]);
const sessionId = z.uuid();

function turnBody(result: TurnResult) {
  return {
    id: result.session.id,
    status: result.session.status,
    version: result.session.version,
    locale: result.locale,
    diagnoses: result.view.facts.diagnoses,
    messages: result.messages,
  };
}

function failure(f: TurnFailure): HttpError {
  switch (f.error) {
    case 'session-not-found':
      return notFound('There is no chat session with that id. Start a new one with POST /api/chat/sessions.');
    case 'choice-not-offered':
      return badRequest('choice_not_offered', `That choice is not offered at this point. Offered now: ${f.offered.join(', ')}.`, { offered: f.offered });
    case 'text-too-long':
      return tooLarge(`The text is longer than ${f.limit} characters. Please send a shorter message.`);
    case 'busy':
      return new HttpError(409, 'conflict', 'The session changed while this message was handled. Please send it again.');
    case 'checking':
      return new HttpError(409, 'still_checking', 'The mailbox check is still running. Its result comes in a moment; then send this again.');
    case 'not-expected':
      return badRequest('not_expected', 'The session is not expecting that now.');
    case 'stale':
      return new HttpError(409, 'stale_choice', 'That answer belongs to an earlier question; the conversation has moved on.', { version: f.current });
  }
}

const TEXT_PROBLEMS = {
  nul: 'The text contains a NUL character (\\u0000). Remove it and send the message again.',
  'lone-surrogate': 'The text contains a broken character (an unpaired UTF-16 surrogate). Remove it and send the message again.',
} as const;

function describeBodyProblem(body: unknown): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The body must be a JSON object.';
  const keys = Object.keys(body);
  if (keys.includes('text') && keys.includes('choice')) return 'Send either "text" or "choice", not both.';
  if ('text' in body && typeof (body as { text: unknown }).text !== 'string') return '"text" must be a string.';
  if ('choice' in body && (typeof (body as { choice: unknown }).choice !== 'string' || (body as { choice: string }).choice === ''))
    return '"choice" must be a non-empty string.';
  if ('comment' in body && typeof (body as { comment: unknown }).comment !== 'string') return '"comment" must be a string.';
  if ('comment' in body && (body as { comment: string }).comment.length > FEEDBACK_COMMENT_LIMIT)
    return `"comment" is longer than ${FEEDBACK_COMMENT_LIMIT} characters. Please shorten it.`;
  const unknownKeys = keys.filter((k) => k !== 'text' && k !== 'choice' && k !== 'version' && k !== 'comment');
  if (unknownKeys.length > 0) return `Unexpected field ${unknownKeys.map((k) => `"${k}"`).join(', ')}: send {"text": "…"} or {"choice": "<id>"}.`;
  return 'Send {"text": "…"} or {"choice": "<id>"}.';
}

/** Progress of a live check running now, on any instance (and its sign-in code, never stored in clear), or null. */
async function checkingState(engine: Engine, id: string, key: string) {
  if (key !== 'runningCheck') return null;
  const state = await engine.checkState(id);
  const progress = state?.progress ?? null;
  const signIn = state?.deviceCode ? { userCode: state.deviceCode.userCode, verificationUri: state.deviceCode.verificationUri } : null;
  return { done: progress?.done.length ?? 0, total: progress?.total ?? 0, running: progress?.running ?? [], signIn };
}

/** What one client address may do (WEB_SESSIONS_PER_HOUR, WEB_MESSAGES_PER_MINUTE, WEB_READS_PER_MINUTE). */
export interface ChatApiLimits {
  sessions: RateRule;
  messages: RateRule;
  reads: RateRule;
  /** TRUSTED_PROXY_HEADER */
  trustedHeader?: string;
}

/** A session of another channel (Slack, Teams) is not the web's to read or drive: it answers as if it did not exist. */
async function webSession(engine: Engine, id: string): Promise<void> {
  if (!sessionId.safeParse(id).success || (await engine.channelOf(id)) !== WEB_CHANNEL) throw failure({ error: 'session-not-found' });
}

/** The JSON chat API: create a session, send it a message or a choice, read it back with its transcript. */
export function registerChatApi(router: Router, engine: Engine, limits: ChatApiLimits): void {
  const limiters = { sessions: new RateLimiter(limits.sessions), messages: new RateLimiter(limits.messages), reads: new RateLimiter(limits.reads) };
  const admit = (req: IncomingMessage, kind: keyof typeof limiters) => {
    const wait = limiters[kind].take(clientAddress(req, limits.trustedHeader));
    if (wait > 0) throw tooManyRequests(`Too many requests from your address. Please wait ${wait} seconds and try again.`, wait);
  };

  router.add('POST', '/api/chat/sessions', async (req, res) => {
    const started = performance.now();
    admit(req, 'sessions');
    const body = await readJson(req);
    const parsed = createBody.safeParse(body);
    if (!parsed.success) throw badRequest('invalid_body', `Start a session with an empty JSON object {}, or {"locale": "<${LOCALES.join('|')}>"}.`);
    const asked = parsed.data.locale;
    const locale = asked === undefined ? fromAcceptLanguage(header(req, 'accept-language')) : matchLocale(asked);
    if (asked !== undefined && !locale) throw unsupportedLocale();
    // the client, for the per-person limit of live checks: a digest, never the address itself
    const webClient = createHash('sha256').update(clientAddress(req, limits.trustedHeader)).digest('base64url').slice(0, 16);
    const result = await engine.start(WEB_CHANNEL, crypto.randomUUID(), { webClient }, [], { locale });
    sendJson(res, 201, turnBody(result), { location: `/api/chat/sessions/${result.session.id}` });
    observeAck(WEB_CHANNEL, (performance.now() - started) / 1000);
  });

  router.add('POST', '/api/chat/sessions/:id/messages', async (req, res, params) => {
    const started = performance.now();
    admit(req, 'messages');
    const id = params.id ?? '';
    const body = await readJson(req, MAX_TEXT_LENGTH * 8 + 1024);
    const parsed = messageBody.safeParse(body);
    if (!parsed.success) throw badRequest('invalid_body', describeBodyProblem(body));
    if ('text' in parsed.data && parsed.data.text.trim() === '') throw badRequest('empty_text', '"text" is empty: type something, or send a "choice".');
    const problem = textProblem('text' in parsed.data ? parsed.data.text : `${parsed.data.choice}${parsed.data.comment ?? ''}`);
    if (problem) throw badRequest('invalid_text', TEXT_PROBLEMS[problem]);
    if ('comment' in parsed.data && !isFeedbackAnswer(parsed.data.choice)) {
      throw badRequest('invalid_body', `A "comment" goes only with the answer to "did this help?": {"choice": "${FEEDBACK_ANSWERS.join('" or "')}", "comment": "…"}.`);
    }
    await webSession(engine, id);
    const outcome = await engine.send(id, parsed.data);
    if (!outcome.ok) throw failure(outcome);
    sendJson(res, 200, turnBody(outcome));
    observeAck(WEB_CHANNEL, (performance.now() - started) / 1000);
  });

  // the page's language switch: the conversation carries on in the language picked
  router.add('PUT', '/api/chat/sessions/:id/locale', async (req, res, params) => {
    admit(req, 'messages');
    const id = params.id ?? '';
    const parsed = localeBody.safeParse(await readJson(req));
    if (!parsed.success) throw badRequest('invalid_body', `Send {"locale": "<${LOCALES.join('|')}>"}.`);
    const locale = matchLocale(parsed.data.locale);
    if (!locale) throw unsupportedLocale();
    await webSession(engine, id);
    const outcome = await engine.switchLanguage(id, locale);
    if (!outcome.ok) throw failure(outcome);
    sendJson(res, 200, turnBody(outcome));
  });

  router.add('GET', '/api/chat/sessions/:id', async (req, res, params) => {
    admit(req, 'reads');
    const id = params.id ?? '';
    const current = sessionId.safeParse(id).success ? await engine.current(id) : null;
    if (!current || current.session.channel !== WEB_CHANNEL) throw failure({ error: 'session-not-found' });
    sendJson(res, 200, {
      id: current.session.id,
      status: current.session.status,
      locale: current.locale,
      diagnoses: current.view.facts.diagnoses,
      createdAt: new Date(current.session.createdAt).toISOString(),
      updatedAt: new Date(current.session.updatedAt).toISOString(),
      checking: await checkingState(engine, current.session.id, current.view.key),
      choices: [...current.presentation.choices, ...current.presentation.exits],
      /** "did this help?" with its two answers, while it waits for one; null otherwise */
      feedback: current.presentation.feedback,
      /** what the current question expects: 'choice', or typed 'error-text' / 'free-text' */
      input: current.view.input,
      transcript: current.transcript.map((entry) => ({
        seq: entry.seq,
        at: new Date(entry.at).toISOString(),
        role: entry.role,
        text: entry.text,
        ...(entry.choice ? { choice: entry.choice } : {}),
        ...(entry.proactive ? { followUp: true } : {}),
      })),
    });
  });
}
