/**
 * nock at the network edge for everything HTTP a probe talks to: realm discovery and the OpenID configuration, the
 * device code and token endpoints (@azure/msal-node), Microsoft Graph /me and the Close API.
 *
 * API:
 *   mockMicrosoft(script: FakeMicrosoftScript): { pending(): string[]; signInPrompts: DeviceCodePrompt-like[] }
 *     script.address          the mailbox (its domain is the tenant's domain)
 *     script.realm            getuserrealm answer fields (NameSpaceType, FederationBrandName, AuthURL, CloudInstanceName);
 *                             'unknown' answers NameSpaceType Unknown and a 400 from the OpenID configuration
 *     script.tenantId         the GUID in the OpenID token_endpoint (default TENANT_ID)
 *     script.signIn           { username, tokenError?: {error, error_description}, pendingPolls?: number }: the device code
 *                             flow; the access token is DEFAULT_TOKEN (what the fake SMTP/IMAP servers accept)
 *     script.me               Graph /me answer { userPrincipalName, mail, proxyAddresses }
 *     script.close            { accounts: object[] } (the data array), or { status, body } for an odd answer
 *     script.delayMs          delay every HTTP answer (benchmarks)
 *     script.loginUrl / graphUrl / closeUrl   hosts (defaults: Microsoft's worldwide ones, https://api.close.com)
 *   Every interceptor persists; call nock.cleanAll() in afterEach. Network is refused except 127.0.0.1.
 */
import nock from 'nock';
import { DEFAULT_TOKEN } from './fake-exchange-smtp.js';

export const TENANT_ID = '6b1f9f4c-1d2e-4c3b-9a8f-0e1d2c3b4a59';
export const CLIENT_ID = '00000000-1111-2222-3333-444444444444';
export const DEVICE_USER_CODE = 'FAKE-CODE-42';
export const GRAPH_TOKEN = 'fake-graph-token';

export interface FakeMicrosoftScript {
  address: string;
  realm: 'unknown' | { NameSpaceType: string; FederationBrandName?: string; AuthURL?: string; CloudInstanceName?: string };
  tenantId?: string;
  signIn?: { username: string; tokenError?: { error: string; error_description: string }; pendingPolls?: number };
  me?: { userPrincipalName: string; mail: string | null; proxyAddresses: string[] };
  close?: { accounts: object[] } | { status: number; body: unknown };
  delayMs?: number;
  loginUrl?: string;
  graphUrl?: string;
  closeUrl?: string;
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function idToken(username: string, tenantId: string, login: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: CLIENT_ID,
    iss: `${login}/${tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: username,
    oid: '11111111-2222-3333-4444-555555555555',
    preferred_username: username,
    sub: 'subject',
    tid: tenantId,
    ver: '2.0',
  };
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
}

export function mockMicrosoft(script: FakeMicrosoftScript): { pending: () => string[] } {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  const login = script.loginUrl ?? 'https://login.microsoftonline.com';
  const graph = script.graphUrl ?? 'https://graph.microsoft.com';
  const closeUrl = script.closeUrl ?? 'https://api.close.com';
  const delay = script.delayMs ?? 0;
  const tenantId = script.tenantId ?? TENANT_ID;
  const domain = script.address.split('@')[1]!;
  const scopes: nock.Scope[] = [];

  const realmBody =
    script.realm === 'unknown'
      ? { State: 4, UserState: 1, Login: script.address, NameSpaceType: 'Unknown' }
      : { State: 4, UserState: 1, Login: script.address, DomainName: domain, CloudInstanceName: 'microsoftonline.com', ...script.realm };
  const loginScope = nock(login).persist();
  loginScope.get('/getuserrealm.srf').query(true).delay(delay).reply(200, realmBody);
  if (script.realm === 'unknown') {
    loginScope.get(`/${domain}/v2.0/.well-known/openid-configuration`).delay(delay).reply(400, { error: 'invalid_tenant', error_description: 'AADSTS90002: Tenant not found.' });
  } else {
    loginScope
      .get(`/${domain}/v2.0/.well-known/openid-configuration`)
      .delay(delay)
      .reply(200, { token_endpoint: `${login}/${tenantId}/oauth2/v2.0/token`, issuer: `${login}/${tenantId}/v2.0` });
  }
  scopes.push(loginScope);

  if (script.signIn) {
    const signIn = script.signIn;
    let polls = 0;
    const authorityScope = nock(login).persist();
    authorityScope.get('/organizations/v2.0/.well-known/openid-configuration').reply(200, {
      token_endpoint: `${login}/organizations/oauth2/v2.0/token`,
      authorization_endpoint: `${login}/organizations/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${login}/organizations/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${login}/organizations/oauth2/v2.0/logout`,
      issuer: `${login}/{tenantid}/v2.0`,
      jwks_uri: `${login}/organizations/discovery/v2.0/keys`,
      response_types_supported: ['code'],
    });
    authorityScope.post('/organizations/oauth2/v2.0/devicecode').query(true).reply(200, {
      user_code: DEVICE_USER_CODE,
      device_code: 'fake-device-code-secret',
      verification_uri: 'https://microsoft.com/devicelogin',
      expires_in: 900,
      interval: 1,
      message: `To sign in, open https://microsoft.com/devicelogin and enter the code ${DEVICE_USER_CODE}.`,
    });
    authorityScope.post('/organizations/oauth2/v2.0/token').query(true).reply((_uri, body) => {
      const text = typeof body === 'string' ? body : new URLSearchParams(body as Record<string, string>).toString();
      const params = new URLSearchParams(text);
      if (params.get('grant_type') === 'refresh_token') {
        return [200, { token_type: 'Bearer', scope: params.get('scope'), expires_in: 3600, ext_expires_in: 3600, access_token: GRAPH_TOKEN, refresh_token: 'fake-refresh-2', id_token: idToken(signIn.username, tenantId, login), client_info: b64url({ uid: '11111111-2222-3333-4444-555555555555', utid: tenantId }) }];
      }
      if (polls++ < (signIn.pendingPolls ?? 0)) {
        return [400, { error: 'authorization_pending', error_description: 'AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.' }];
      }
      if (signIn.tokenError) return [400, { ...signIn.tokenError, error_codes: [65001] }];
      return [
        200,
        {
          token_type: 'Bearer',
          scope: params.get('scope'),
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: DEFAULT_TOKEN,
          refresh_token: 'fake-refresh',
          id_token: idToken(signIn.username, tenantId, login),
          client_info: b64url({ uid: '11111111-2222-3333-4444-555555555555', utid: tenantId }),
        },
      ];
    });
    scopes.push(authorityScope);
  }

  if (script.me) {
    const me = script.me;
    scopes.push(
      nock(graph)
        .persist()
        .get('/v1.0/me')
        .query(true)
        .delay(delay)
        .reply(function () {
          return this.req.headers.authorization === `Bearer ${GRAPH_TOKEN}` ? [200, me] : [401, { error: { code: 'InvalidAuthenticationToken' } }];
        }),
    );
  }

  if (script.close) {
    const close = script.close;
    const answer: [number, unknown] = 'accounts' in close ? [200, { data: close.accounts, has_more: false }] : [close.status, close.body];
    scopes.push(nock(closeUrl).persist().get('/api/v1/connected_account/').delay(delay).reply(answer[0], answer[1] as nock.Body));
  }
  return { pending: () => scopes.flatMap((s) => s.pendingMocks()) };
}
