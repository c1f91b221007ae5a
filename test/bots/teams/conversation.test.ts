import { describe, expect, it } from 'vitest';
import { belongsTo, conversationKeyOf, referenceOf, startsThread, textWithoutMention } from '../../../src/bots/teams/conversation.js';
import { mentionActivity as mention, messageActivity as message } from '../../helpers/teams.js';

// activities as they arrive on the wire (timestamps are strings there)
type Inbound = Parameters<typeof conversationKeyOf>[0];
const mentionActivity = (...args: Parameters<typeof mention>) => mention(...args) as unknown as Inbound;
const messageActivity = (...args: Parameters<typeof message>) => message(...args) as unknown as Inbound;

describe('Teams conversations', () => {
  it('gives a new channel post its own thread key, and a reply in a thread that thread', () => {
    expect(conversationKeyOf(mentionActivity('hi', { id: 'post-1' }))).toBe('19:general@thread.tacv2;messageid=post-1');
    expect(conversationKeyOf(mentionActivity('hi', { id: 'r', conversationId: '19:general@thread.tacv2;messageid=post-1' }))).toBe(
      '19:general@thread.tacv2;messageid=post-1',
    );
    expect(conversationKeyOf(messageActivity('hi', { conversationId: 'a:chat' }))).toBe('a:chat');
  });

  it('knows a new channel post from a reply in a thread or a chat message', () => {
    expect(startsThread(mentionActivity('hi', { id: 'post-1' }))).toBe(true);
    expect(startsThread(mentionActivity('hi', { id: 'post-1', conversationId: '19:general@thread.tacv2;messageid=post-1' }))).toBe(true);
    expect(startsThread(mentionActivity('hi', { id: 'r', conversationId: '19:general@thread.tacv2;messageid=post-1' }))).toBe(false);
    expect(startsThread(messageActivity('hi', { conversationId: 'a:chat' }))).toBe(false);
  });

  it('keeps a reference that points at the thread and names no old activity', () => {
    const reference = referenceOf(mentionActivity('hi', { id: 'post-2' }));
    expect(reference.conversation?.id).toBe('19:general@thread.tacv2;messageid=post-2');
    expect(reference.activityId).toBeUndefined();
    expect(reference.serviceUrl).toBe('https://smba.test/teams/');
  });

  it('takes the @mention out of the text', () => {
    expect(textWithoutMention(mentionActivity('my mail is stuck'))).toBe('my mail is stuck');
  });

  it('matches a session to its chat or channel, not to another one', () => {
    expect(belongsTo('19:general@thread.tacv2;messageid=post-1', mentionActivity('x', { conversationId: '19:general@thread.tacv2' }))).toBe(true);
    expect(belongsTo('19:general@thread.tacv2;messageid=post-1', mentionActivity('x', { conversationId: '19:other@thread.tacv2' }))).toBe(false);
  });
});
