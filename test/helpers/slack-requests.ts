import { createHmac, randomUUID } from 'node:crypto';

export const TEAM = 'T0TEAM';
export const BOT_USER = 'U0BOT';
export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  /** seconds since the epoch; now unless given */
  timestamp?: number;
  signature?: string;
  retryNum?: number;
}

export interface SlackResponse {
  status: number;
  text: string;
  ms: number;
}

/** POSTs a body to /slack/events the way Slack does: signed, with its content type. */
export async function sendToSlackEndpoint(base: string, body: string, contentType: string, options: SendOptions = {}): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? sign(options.secret ?? SIGNING_SECRET, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const res = await fetch(`${base}/slack/events`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

export const sendJson = (base: string, payload: unknown, options?: SendOptions) =>
  sendToSlackEndpoint(base, JSON.stringify(payload), 'application/json', options);

/** Interactivity payloads arrive form-encoded as `payload=<json>`. */
export const sendInteraction = (base: string, payload: unknown, options?: SendOptions) =>
  sendToSlackEndpoint(base, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);

/** Slash commands arrive form-encoded, one field per property. */
export const sendCommand = (base: string, fields: Record<string, string>, options?: SendOptions) =>
  sendToSlackEndpoint(base, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);

let tsCounter = 0;
export function nextTs(): string {
  tsCounter += 1;
  return `1761000000.${String(tsCounter).padStart(6, '0')}`;
}

export function eventCallback<E extends Record<string, unknown>>(event: E, eventId = `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    api_app_id: 'A0APP',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export function appMention(options: { user?: string; channel?: string; text: string; ts?: string; threadTs?: string; eventId?: string }) {
  const ts = options.ts ?? nextTs();
  return eventCallback(
    {
      type: 'app_mention',
      user: options.user ?? 'U0ALICE',
      text: options.text,
      ts,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
      channel: options.channel ?? 'C0SUPPORT',
      event_ts: ts,
      team: TEAM,
    },
    options.eventId,
  );
}

export function channelMessage(options: { user?: string; channel?: string; text: string; threadTs?: string; channelType?: 'channel' | 'group' | 'im'; extra?: Record<string, unknown> }) {
  const ts = nextTs();
  return eventCallback({
    type: 'message',
    channel_type: options.channelType ?? 'channel',
    user: options.user ?? 'U0ALICE',
    text: options.text,
    ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    channel: options.channel ?? 'C0SUPPORT',
    event_ts: ts,
    team: TEAM,
    ...options.extra,
  });
}

export const dmMessage = (options: { user?: string; channel?: string; text: string; extra?: Record<string, unknown> }) =>
  channelMessage({ ...options, channel: options.channel ?? 'D0ALICE', channelType: 'im' });

/** A person opened the app's Home tab, or its Messages tab (the direct message: the agent experience's entry). */
export function appHomeOpened(user = 'U0ALICE', tab: 'home' | 'messages' = 'home', channel = 'D0ALICE') {
  return eventCallback({ type: 'app_home_opened', user, channel, tab, event_ts: nextTs() });
}

/** A block_actions payload for a click on one of the elements of a message the bot posted. */
export function blockAction(options: {
  user?: string;
  channel: string;
  message: { ts: string; thread_ts?: string; blocks: unknown[] };
  action: Record<string, unknown>;
}) {
  return {
    type: 'block_actions',
    user: { id: options.user ?? 'U0ALICE', username: 'alice', name: 'alice', team_id: TEAM },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: options.message.ts, channel_id: options.channel, is_ephemeral: false, ...(options.message.thread_ts ? { thread_ts: options.message.thread_ts } : {}) },
    trigger_id: '1000.2000.abc',
    team: { id: TEAM, domain: 'example' },
    channel: { id: options.channel, name: 'support' },
    message: { type: 'message', user: BOT_USER, bot_id: 'B0BOT', text: 'fallback', ...options.message },
    response_url: 'http://127.0.0.1:9/unused',
    actions: [{ type: 'button', block_id: 'b', action_ts: '1761000000.1', ...options.action }],
  };
}

export function slashCommand(options: { user?: string; text?: string; channel?: string; triggerId?: string }) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    team_domain: 'example',
    channel_id: options.channel ?? 'C0SUPPORT',
    channel_name: 'support',
    user_id: options.user ?? 'U0ALICE',
    user_name: 'alice',
    command: '/mailbox-doctor',
    text: options.text ?? '',
    api_app_id: 'A0APP',
    response_url: 'http://127.0.0.1:9/unused',
    // Slack's id of this one invocation: the same for a retry of it, never for another
    trigger_id: options.triggerId ?? `1000.2000.${randomUUID().slice(0, 8)}`,
  };
}

export function messageShortcut(options: { user?: string; channel?: string; message: { ts: string; text: string; thread_ts?: string; user?: string } }) {
  return {
    type: 'message_action',
    token: 'legacy-verification-token',
    action_ts: '1761000000.2',
    team: { id: TEAM, domain: 'example' },
    user: { id: options.user ?? 'U0ALICE', name: 'alice', team_id: TEAM },
    channel: { id: options.channel ?? 'C0SUPPORT', name: 'support' },
    callback_id: 'diagnose_error',
    trigger_id: '1000.2000.abc',
    message_ts: options.message.ts,
    message: { type: 'message', user: options.message.user ?? 'U0BOB', ...options.message },
    response_url: 'http://127.0.0.1:9/unused',
  };
}

export function viewSubmission(options: { user?: string; privateMetadata: string; address: string }) {
  return {
    type: 'view_submission',
    team: { id: TEAM, domain: 'example' },
    user: { id: options.user ?? 'U0ALICE', name: 'alice', team_id: TEAM },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    trigger_id: '1000.2000.abc',
    view: {
      id: 'V0MODAL',
      type: 'modal',
      callback_id: 'mbd_address_modal',
      private_metadata: options.privateMetadata,
      state: { values: { mbd_address: { address: { type: 'email_text_input', value: options.address } } } },
      hash: '1761.abc',
    },
  };
}
