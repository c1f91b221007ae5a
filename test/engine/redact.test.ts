import { describe, expect, it } from 'vitest';
import { redact } from '../../src/engine/redact.js';

describe('redacting secrets from transcripts and logs', () => {
  it.each([
    ['my password is Hunter2!', 'Hunter2'],
    ['password: "correct horse battery"', 'correct horse'],
    ['Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl', 'eyJhbGciOiJSUzI1NiJ9'],
    ['token xoxb-1234567890-abcdefghij', 'xoxb-1234567890'],
    ['AUTH XOAUTH2 dXNlcj1tZUBjb250b3NvLmNvbQFhdXRoPUJlYXJlciBhYmMBAQ==', 'dXNlcj1tZUBjb250b3NvLmNvbQ'],
    ['enter the code F7KQ2M9XZ at microsoft.com/devicelogin', 'F7KQ2M9XZ'],
    ['api_key=sk_live_51Habcdefghijklmnopqrstuvwxyz0123456789', 'sk_live_51H'],
  ])('removes the secret from "%s"', (text, secret) => {
    expect(redact(text)).not.toContain(secret);
  });

  it('leaves an Exchange reply readable', () => {
    const reply = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. [DM6PR04CA0012.namprd04.prod.outlook.com]';
    expect(redact(reply)).toBe(reply);
  });
});
