import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('the helpdesk configuration', () => {
  it('is optional: the server starts with none of it', () => {
    const config = loadConfig({});
    expect(config.HELPDESK_WEBHOOK_URL).toBeUndefined();
    expect(config.HANDOFF_DEFAULT_EXPIRY).toBe('7d');
    expect(config.ABANDON_AFTER_SECONDS).toBe(86400);
  });

  it('refuses a webhook without its signing secret, and half a Zendesk setup, naming the variables', () => {
    expect(() => loadConfig({ HELPDESK_WEBHOOK_URL: 'https://hd.example/hook' })).toThrow(/HELPDESK_WEBHOOK_SECRET: set it too/);
    expect(() => loadConfig({ ZENDESK_SUBDOMAIN: 'acme' })).toThrow(ConfigError);
    expect(() => loadConfig({ ZENDESK_SUBDOMAIN: 'acme' })).toThrow(/set all three, or none/);
  });

  it('refuses a Zendesk host in place of the subdomain, short secrets and malformed key lists', () => {
    expect(() => loadConfig({ ZENDESK_SUBDOMAIN: 'acme.zendesk.com', ZENDESK_EMAIL: 'a@b.co', ZENDESK_API_TOKEN: 't' })).toThrow(/only the subdomain/);
    expect(() => loadConfig({ HANDOFF_SECRET: 'short' })).toThrow(/HANDOFF_SECRET: use at least 32 characters/);
    expect(() => loadConfig({ HANDOFF_SECRETS: 'k1=abc' })).toThrow(/kid:secret pairs/);
  });
});
