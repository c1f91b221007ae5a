import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import type { Block } from './blocks.js';
import type { Encoding, WebApiClient } from './web-api-client.js';

type HomeView = webApi.ViewsPublishArguments['view'];
type ModalView = webApi.ViewsOpenArguments['view'];

/** A Web API call's outcome. Slack refusing something is a result, not an exception. */
export type ApiResult<T = Record<string, unknown>> = ({ ok: true } & T) | { ok: false; error: string };

/** Errors that mean "the bot cannot post there": an operator has to invite it or pick another channel. */
export const PLACEMENT_ERRORS = ['not_in_channel', 'channel_not_found', 'is_archived'] as const;

export function isPlacementError(error: string): boolean {
  return (PLACEMENT_ERRORS as readonly string[]).includes(error);
}

/** Slack's error code for a failed call (`not_in_channel`, `ratelimited`, `request_error`, …). */
export function slackErrorCode(error: unknown): string {
  const e = error as { data?: { error?: unknown }; code?: unknown } | null;
  if (e && typeof e.data?.error === 'string') return e.data.error;
  if (e && typeof e.code === 'string') return e.code;
  return 'unknown_error';
}

export interface Target {
  channel: string;
  threadTs: string | null;
}

/**
 * The Web API calls the channel makes. The client honours Retry-After on 429 by itself; every other failure is logged
 * once, with the method, the channel and Slack's code (never the token), and comes back as `{ok: false}`.
 */
export class SlackApi {
  constructor(
    private readonly client: WebApiClient,
    private readonly logger: Logger,
  ) {}

  private async call(method: string, channel: string | undefined, args: Record<string, unknown>, encoding?: Encoding): Promise<ApiResult<{ value: Record<string, unknown> }>> {
    const reply = await this.client.call(method, args, encoding);
    if (reply.ok) {
      this.logger.debug({ method, channel }, `Slack Web API call ${method} done`);
      return { ok: true, value: reply.body };
    }
    const code = reply.error;
    if (isPlacementError(code)) {
      this.logger.warn(
        { method, channel, slackError: code },
        `Slack refused ${method} in channel ${channel ?? '?'} (${code}): invite the app to the channel or check that it still exists and is not archived`,
      );
    } else {
      this.logger.error({ method, channel, slackError: code }, `Slack Web API call ${method} failed (${code})`);
    }
    return reply;
  }

  async post(target: Target, blocks: Block[], text: string): Promise<ApiResult<{ ts: string }>> {
    const result = await this.call('chat.postMessage', target.channel, {
      channel: target.channel,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      blocks,
      text,
      unfurl_links: false,
      unfurl_media: false,
    });
    return result.ok ? { ok: true, ts: String(result.value.ts ?? '') } : result;
  }

  /** Replaces a message's blocks in place (an answered question, probe progress). */
  async update(channel: string, ts: string, blocks: Block[], text: string): Promise<ApiResult> {
    const result = await this.call('chat.update', channel, { channel, ts, blocks, text });
    return result.ok ? { ok: true } : result;
  }

  async ephemeral(target: Target, user: string, text: string): Promise<ApiResult> {
    const result = await this.call('chat.postEphemeral', target.channel, {
      channel: target.channel,
      user,
      text,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    });
    return result.ok ? { ok: true } : result;
  }

  /** The id of the direct-message conversation with a user. */
  async openDm(user: string): Promise<ApiResult<{ channel: string }>> {
    const result = await this.call('conversations.open', undefined, { users: user });
    if (!result.ok) return result;
    const channel = (result.value.channel as { id?: unknown } | undefined)?.id;
    return typeof channel === 'string' && channel ? { ok: true, channel } : { ok: false, error: 'no_channel_in_response' };
  }

  async permalink(channel: string, ts: string): Promise<ApiResult<{ url: string }>> {
    const result = await this.call('chat.getPermalink', channel, { channel, message_ts: ts }, 'form');
    if (!result.ok) return result;
    const url = result.value.permalink;
    return typeof url === 'string' && url ? { ok: true, url } : { ok: false, error: 'no_permalink' };
  }

  async publishHome(user: string, view: HomeView): Promise<ApiResult> {
    const result = await this.call('views.publish', undefined, { user_id: user, view });
    return result.ok ? { ok: true } : result;
  }

  async openView(triggerId: string, view: ModalView): Promise<ApiResult> {
    const result = await this.call('views.open', undefined, { trigger_id: triggerId, view });
    return result.ok ? { ok: true } : result;
  }

  /**
   * Pins prompts in a person's Messages tab (agent experience): no thread_ts, which Slack's docs say makes the call
   * fail silently for an agent app; the prompts go to the latest message of the conversation.
   */
  async suggestPrompts(channel: string, title: string, prompts: ReadonlyArray<{ title: string; message: string }>): Promise<ApiResult> {
    const result = await this.call('assistant.threads.setSuggestedPrompts', channel, { channel_id: channel, title, prompts });
    return result.ok ? { ok: true } : result;
  }

  /** The "is working…" status under a thread, with loading messages that rotate; an empty status clears it. */
  async setStatus(channel: string, threadTs: string, status: string, loadingMessages: readonly string[] = []): Promise<ApiResult> {
    const result = await this.call('assistant.threads.setStatus', channel, {
      channel_id: channel,
      thread_ts: threadTs,
      status,
      ...(loadingMessages.length > 0 ? { loading_messages: loadingMessages.slice(0, 10) } : {}),
    });
    return result.ok ? { ok: true } : result;
  }

  /** The language a user set in Slack (`es-ES`, `pt-BR`…), from users.info with include_locale. */
  async userLocale(user: string): Promise<ApiResult<{ locale: string | null }>> {
    const result = await this.call('users.info', undefined, { user, include_locale: true }, 'form');
    if (!result.ok) return result;
    const locale = (result.value.user as { locale?: unknown } | undefined)?.locale;
    return { ok: true, locale: typeof locale === 'string' ? locale : null };
  }

  async whoAmI(): Promise<ApiResult<{ botId: string; botUserId: string }>> {
    const result = await this.call('auth.test', undefined, {}, 'form');
    if (!result.ok) return result;
    const { bot_id: botId, user_id: botUserId } = result.value;
    return typeof botId === 'string' && botId && typeof botUserId === 'string' && botUserId ? { ok: true, botId, botUserId } : { ok: false, error: 'not_a_bot_token' };
  }
}
