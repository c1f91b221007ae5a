import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('starts with no configuration at all, on embedded defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.DATA_DIR).toBe('./data');
    expect(config.FOLLOW_UP_DELAY_SECONDS).toBe(1800);
  });

  it('names the variable and what it expects when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000', CLOSE_IP_LIST_URL: 'not a url' })).toThrow(/PORT[\s\S]*CLOSE_IP_LIST_URL: Invalid URL/);
  });

  it('never prints the value it refused: a mistyped secret stays out of logs and terminals', () => {
    const secret = 'hunter2-not-long-enough';
    const error = (() => {
      try {
        loadConfig({ HANDOFF_SECRET: secret, DATABASE_URL: `mysql://admin:${secret}@db/x`, OPERATOR_API_KEY: secret, SIGN_IN_CODE_SECRET: secret });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('the configuration was accepted');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems).toEqual([
      'HANDOFF_SECRET: use at least 32 characters',
      'DATABASE_URL: write a postgres://user@host:5432/database URL',
      'SIGN_IN_CODE_SECRET: use at least 32 characters',
      'OPERATOR_API_KEY: use at least 24 characters',
    ]);
    expect(error.message).not.toContain(secret);
  });
});
