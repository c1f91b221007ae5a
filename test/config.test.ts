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
    expect(() => loadConfig({ PORT: '70000', CLOSE_IP_LIST_URL: 'not a url' })).toThrow(/PORT[\s\S]*CLOSE_IP_LIST_URL[\s\S]*"not a url"/);
  });
});
