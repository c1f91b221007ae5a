import { describe, expect, it } from 'vitest';
import { authenticationFailureStatus, safeError } from '../../../src/bots/teams/errors.js';

describe('describing Teams errors for the log', () => {
  it('keeps the status, code and first line, and cuts out anything that looks like a token', () => {
    const error = Object.assign(new Error('Request failed: Authorization Bearer abc.def-ghi_jkl sent eyJhbGciOi.eyJzdWIiOjF9.c2ln\nmore lines'), {
      name: 'RestError',
      statusCode: 403,
      code: 'BotNotInConversationRoster',
      request: { headers: { authorization: 'Bearer eyJhbGciOi.eyJzdWIiOjF9.c2ln' } },
    });
    const described = safeError(error);
    expect(described).toEqual({
      name: 'RestError',
      status: 403,
      code: 'BotNotInConversationRoster',
      problem: 'not-in-conversation',
      message: 'Request failed: Authorization Bearer [redacted] sent [redacted]',
    });
    expect(JSON.stringify(described)).not.toMatch(/eyJ|abc\.def/);
  });

  it('names throttling and a conversation that is gone', () => {
    expect(safeError(Object.assign(new Error('slow down'), { statusCode: 429 })).problem).toBe('throttled');
    expect(safeError(Object.assign(new Error('gone'), { statusCode: 404 })).problem).toBe('conversation-gone');
  });

  it('treats a failed token check as 401, and keys that could not be fetched as 503', () => {
    expect(authenticationFailureStatus(Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' }))).toBe(401);
    expect(authenticationFailureStatus(new Error('Failed to load openID config: 500'))).toBe(503);
  });
});
