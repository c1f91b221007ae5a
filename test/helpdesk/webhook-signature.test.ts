import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../src/helpdesk/webhook-signature.js';

const SECRET = 'receiver-secret-receiver-secret-receiver';
const now = Date.parse('2026-11-26T10:00:00Z');

describe('webhook signatures', () => {
  it('follow the documented recipe: hex HMAC-SHA256 of "<t>.<body>"', () => {
    const body = '{"event":"resolved"}';
    const t = now / 1000;
    const expected = createHmac('sha256', SECRET).update(`${t}.${body}`).digest('hex');
    expect(signWebhook(SECRET, body, now)).toBe(`t=${t},v1=${expected}`);
  });

  it('verify within five minutes and fail outside, or for any other body or secret', () => {
    const header = signWebhook(SECRET, 'body', now);
    expect(verifyWebhook(SECRET, header, 'body', now + 299_000)).toBe(true);
    expect(verifyWebhook(SECRET, header, 'body', now + 301_000)).toBe(false);
    expect(verifyWebhook(SECRET, header, 'Body', now)).toBe(false);
    expect(verifyWebhook(`${SECRET}x`, header, 'body', now)).toBe(false);
    expect(verifyWebhook(SECRET, undefined, 'body', now)).toBe(false);
    expect(verifyWebhook(SECRET, header.replace('v1=', 'v2='), 'body', now)).toBe(false);
  });
});
