import { describe, expect, it } from 'vitest';
import { seedEvents } from '../../src/handoff/seed-events.js';

describe('seed events', () => {
  it('note the address first and then answer the symptom question', () => {
    expect(seedEvents({ address: 'a@b.co', symptom: 'sending', errorText: null })).toEqual([
      { type: 'address-known', address: 'a@b.co' },
      { type: 'sending-fails' },
    ]);
  });

  it('map each symptom to its choice', () => {
    expect(seedEvents({ address: null, symptom: 'syncing', errorText: null })).toEqual([{ type: 'sync-fails' }]);
    expect(seedEvents({ address: null, symptom: 'smtp-auth-not-supported', errorText: null })).toEqual([{ type: 'smtp-auth-not-supported' }]);
    expect(seedEvents({ address: null, symptom: 'error', errorText: null })).toEqual([{ type: 'have-error' }]);
  });

  it('report a known error with its classification', () => {
    const events = seedEvents({ address: null, symptom: 'error', errorText: 'AADSTS50126: Error validating credentials due to invalid username or password.' });
    expect(events).toEqual([{ type: 'error-reported', classification: expect.objectContaining({ code: 'bad-credentials' }) }]);
  });

  it('leave out an unknown error when the symptom already says where to go', () => {
    expect(seedEvents({ address: null, symptom: 'sending', errorText: 'something odd happened' })).toEqual([{ type: 'sending-fails' }]);
  });
});
