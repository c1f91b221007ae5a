import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('the operations configuration', () => {
  it('is optional: with no DATABASE_URL the service keeps its SQLite file', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATABASE_POOL_SIZE).toBe(10);
    expect(config.FOLLOW_UP_LEASE_MS).toBe(60_000);
    expect(config.OPERATOR_API_KEY).toBeUndefined();
  });

  it('takes a postgres:// or postgresql:// URL and refuses anything else, naming the variable', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://app:pw@db:5432/doctor' }).DATABASE_URL).toBe('postgresql://app:pw@db:5432/doctor');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/doctor' })).toThrow(/DATABASE_URL: write a postgres:\/\/user@host:5432\/database URL/);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('refuses a short operator key', () => {
    expect(() => loadConfig({ OPERATOR_API_KEY: 'short' })).toThrow(/OPERATOR_API_KEY: use at least 24 characters/);
  });
});
