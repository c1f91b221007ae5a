import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import nock from 'nock';

/** A locally made signing key, published the way login.botframework.com publishes its keys. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  jwk: Record<string, unknown>;
}

export function signingKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { n, e } = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { kid, privateKey, jwk: { kty: 'RSA', use: 'sig', kid, n, e, endorsements: ['msteams'] } };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An RS256 JWT like the one Bot Framework sends to a bot. */
export function channelToken(key: SigningKey, claims: Record<string, unknown>, kid = key.kid): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: 'https://api.botframework.com', nbf: now - 60, exp: now + 3600, ...claims };
  const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid, x5t: kid })}.${b64(payload)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key.privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}

export const OUTBOUND_TOKEN = 'outbound-access-token-not-to-be-logged';

/** Serves the Bot Framework OpenID metadata and keys, and the Entra token endpoint the bot uses to reply. */
export function serveBotFrameworkAuth(keys: SigningKey[]): { tokenRequests: () => number } {
  nock('https://login.botframework.com')
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, {
      issuer: 'https://api.botframework.com',
      authorization_endpoint: 'https://invalid.botframework.com',
      jwks_uri: 'https://login.botframework.com/v1/.well-known/keys',
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    })
    .get('/v1/.well-known/keys')
    .reply(200, { keys: keys.map((k) => k.jwk) });

  let tokens = 0;
  const tenant = 'botframework.com';
  const base = 'https://login.microsoftonline.com';
  nock(base)
    .persist()
    .get(/\/common\/discovery\/instance.*/)
    .reply(200, {
      tenant_discovery_endpoint: `${base}/${tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }],
    })
    .get(/\/[^/]+\/v2\.0\/\.well-known\/openid-configuration/)
    .reply(200, {
      token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
      issuer: `${base}/{tenantid}/v2.0`,
      jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
      response_types_supported: ['code', 'id_token', 'token'],
    })
    .post(/\/[^/]+\/oauth2\/v2\.0\/token/)
    .reply(() => {
      tokens += 1;
      return [200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: OUTBOUND_TOKEN }];
    });
  return { tokenRequests: () => tokens };
}

/** The bot the tests talk to, with the key Bot Framework signs its requests with in these tests. */
export const TEST_BOT = {
  appId: 'b6a5f0a4-1111-4222-8333-944455556666',
  password: 'app-password-that-must-never-be-logged',
  key: signingKey('test-channel-key'),
};

/** The metadata, keys and token endpoint for TEST_BOT, served again if a test cleared nock. */
export function ensureBotFrameworkAuth(): void {
  if (nock.activeMocks().some((m) => m.includes('login.botframework.com'))) return;
  serveBotFrameworkAuth([TEST_BOT.key]);
}

/** The Authorization header Bot Framework would send with an activity for TEST_BOT. */
export function authorizationFor(activity: { serviceUrl?: string }): string {
  return `Bearer ${channelToken(TEST_BOT.key, { aud: TEST_BOT.appId, serviceurl: activity.serviceUrl })}`;
}
