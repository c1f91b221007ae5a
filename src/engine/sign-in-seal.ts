import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { DeviceCodePrompt } from './live-checks.js';

const VERSION = 'v1';

/** A 32-byte key for sign-in prompts, derived from a shared secret (every instance given it derives the same key). */
export function signInKeyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'mailbox-doctor', 'live-check sign-in prompts', 32));
}

/**
 * Seals a live check's sign-in prompt (AES-256-GCM, bound to its session) so that the store only ever holds it
 * encrypted; any instance with the same key opens it. A prompt that does not open (another key, or altered) is null.
 */
export class SignInSeal {
  private readonly key: Buffer;

  /** without a key, one of this process's own: only this process can open what it sealed */
  constructor(key: Buffer = randomBytes(32)) {
    if (key.length !== 32) throw new Error('a sign-in key has 32 bytes');
    this.key = key;
  }

  seal(sessionId: string, prompt: DeviceCodePrompt): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(sessionId));
    const body = Buffer.concat([cipher.update(JSON.stringify(prompt), 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sessionId: string, sealed: string): DeviceCodePrompt | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
      decipher.setAAD(Buffer.from(sessionId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      const prompt = JSON.parse(text) as Partial<DeviceCodePrompt>;
      if (typeof prompt.userCode !== 'string' || typeof prompt.verificationUri !== 'string') return null;
      return { userCode: prompt.userCode, verificationUri: prompt.verificationUri, ...(typeof prompt.expiresInSeconds === 'number' ? { expiresInSeconds: prompt.expiresInSeconds } : {}) };
    } catch {
      return null;
    }
  }
}
