import { describe, expect, it } from 'vitest';
import { clip, escapeMrkdwn, isChannelId, isUserId, slackToPlain } from '../../../src/bots/slack/mrkdwn.js';

describe('mrkdwn escaping', () => {
  it('escapes &, < and > so that text cannot form a mention, a broadcast or a link', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <https://evil.example|click> a&b')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt; a&amp;b',
    );
  });

  it('accepts only real-looking Slack ids for mentions it builds itself', () => {
    expect(isUserId('U0ALICE')).toBe(true);
    expect(isUserId('U0ALICE> <!channel')).toBe(false);
    expect(isChannelId('C0SUPPORT')).toBe(true);
    expect(isChannelId('#general')).toBe(false);
  });

  it('clips text to Slack’s limit with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});

describe('reading what a person typed', () => {
  it('turns Slack’s markup back into the words it stands for and drops the bot’s own mention', () => {
    expect(slackToPlain('<@U0BOT> my address is <mailto:jo@contoso.com|jo@contoso.com>', 'U0BOT')).toBe('my address is jo@contoso.com');
    expect(slackToPlain('see <https://example.com/a?b=1&amp;c=2> and <!here>')).toBe('see https://example.com/a?b=1&c=2 and @here');
    expect(slackToPlain('550 5.7.1 &lt;jo@contoso.com&gt; rejected &amp; logged')).toBe('550 5.7.1 <jo@contoso.com> rejected & logged');
  });
});
