/** Slack's mrkdwn needs &, < and > escaped; escaped text cannot form a mention, a channel ping or a link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack ids we put into `<@…>` or `<#…>` ourselves: anything else is refused. */
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const CHANNEL_ID = /^[CDG][A-Z0-9]{2,}$/;

export const isUserId = (value: unknown): value is string => typeof value === 'string' && USER_ID.test(value);
export const isChannelId = (value: unknown): value is string => typeof value === 'string' && CHANNEL_ID.test(value);

/**
 * What a person typed, as plain text for the engine: Slack's markup (`<mailto:a@b.c|a@b.c>`, `<https://…|label>`,
 * `<@U123>`, `<!here>`) becomes the words it stands for, and the entities Slack escaped are restored.
 */
export function slackToPlain(text: string, stripUser?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const [target = '', label] = inner.split('|');
      if (stripUser && target === `@${stripUser}`) return '';
      if (label !== undefined) return label;
      if (target.startsWith('mailto:')) return target.slice(7);
      if (target.startsWith('!')) return `@${target.slice(1).split('^')[0] ?? ''}`;
      return target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Section and context texts are limited to 3000 characters. */
export function clip(text: string, limit = 3000): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
