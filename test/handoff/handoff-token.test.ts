import { describe, expect, it } from 'vitest';
import { handoffKeysFrom } from '../../src/handoff/handoff-keys.js';
import { newHandoffId, signHandoffToken, verifyHandoffToken } from '../../src/handoff/handoff-token.js';

const SECRET_1 = 'first-secret-first-secret-first-secret!!';
const SECRET_2 = 'second-secret-second-secret-second-secret';
const keysOld = handoffKeysFrom({ HANDOFF_SECRETS: `old:${SECRET_1}` })!;
const keysRotated = handoffKeysFrom({ HANDOFF_SECRETS: `new:${SECRET_2},old:${SECRET_1}` })!;
const keysNewOnly = handoffKeysFrom({ HANDOFF_SECRETS: `new:${SECRET_2}` })!;
const expiresAt = Date.parse('2027-01-01T00:00:00Z');

describe('handoff tokens', () => {
  it('round-trip the handoff id and expiry', () => {
    const id = newHandoffId();
    const token = signHandoffToken(keysOld, { id, expiresAt });
    expect(verifyHandoffToken(keysOld, token)).toEqual({ ok: true, id, expiresAt });
  });

  it('carry nothing but the key id, a random id, the expiry and the signature', () => {
    const token = signHandoffToken(keysOld, { id: newHandoffId(), expiresAt });
    const parts = token.split('.');
    expect(parts).toHaveLength(4);
    expect(parts[0]).toBe('old');
    expect(parts[2]).toBe(String(expiresAt / 1000));
    expect(token).not.toMatch(/@|ticket/i);
  });

  it('are refused when any single character is changed', () => {
    const token = signHandoffToken(keysOld, { id: newHandoffId(), expiresAt });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let i = 0; i < token.length; i++) {
      for (const replacement of [alphabet[(alphabet.indexOf(token[i]!) + 1) % alphabet.length]!, '.']) {
        if (replacement === token[i]) continue;
        const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
        expect(verifyHandoffToken(keysOld, tampered).ok, `position ${i} → ${replacement}`).toBe(false);
      }
    }
    expect(verifyHandoffToken(keysOld, token.slice(0, -1)).ok).toBe(false);
    expect(verifyHandoffToken(keysOld, `${token}A`).ok).toBe(false);
  });

  it('are refused when a later expiry is written into them', () => {
    const token = signHandoffToken(keysOld, { id: newHandoffId(), expiresAt });
    const [kid, id, , sig] = token.split('.');
    expect(verifyHandoffToken(keysOld, `${kid}.${id}.${expiresAt / 1000 + 86400}.${sig}`)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('keep working after a new key is added in front, and are signed with the new key from then on', () => {
    const oldToken = signHandoffToken(keysOld, { id: newHandoffId(), expiresAt });
    expect(verifyHandoffToken(keysRotated, oldToken).ok).toBe(true);
    const newToken = signHandoffToken(keysRotated, { id: newHandoffId(), expiresAt });
    expect(newToken.startsWith('new.')).toBe(true);
    expect(verifyHandoffToken(keysRotated, newToken).ok).toBe(true);
  });

  it('stop working once their key is removed', () => {
    const oldToken = signHandoffToken(keysOld, { id: newHandoffId(), expiresAt });
    expect(verifyHandoffToken(keysNewOnly, oldToken)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('signed with another secret under the same key id are refused', () => {
    const forged = signHandoffToken(handoffKeysFrom({ HANDOFF_SECRETS: `old:${SECRET_2}` })!, { id: newHandoffId(), expiresAt });
    expect(verifyHandoffToken(keysOld, forged)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
