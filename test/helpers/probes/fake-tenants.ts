/**
 * Fake Microsoft 365 tenants: one per diagnosis code a probe can find, plus a healthy one. Each starts the local
 * SMTP/IMAP servers and the nock answers it needs and hands back ready probe deps, CLI arguments and a resolver.
 *
 * API:
 *   FAKE_TENANTS: readonly TenantSpec[]          one tenant per code (spec.expects), spec.signIn set when the code
 *                                                needs the signed-in checks
 *   HEALTHY_TENANT: TenantSpec                   every check passes
 *   startFakeTenant(spec, options?): Promise<RunningTenant>
 *     options.delayMs   every server and answer waits this long first (benchmarks)
 *     options.deadlineMs  the probe deadline in deps/CLI (default 3000)
 *   RunningTenant:
 *     deps(overrides?)      ProbeDeps pointing at the fakes (private targets allowed, test CA trusted)
 *     cli                   { argv: string[] (flags after the address), env, overrides: {resolver} } for probeCommand
 *     request               a ProbeRequest for the tenant (address, closeAddress, signIn when needed)
 *     smtp / imap           the fake servers (see their files), for assertions
 *     close()               stops the servers and clears nock
 */
import nock from 'nock';
import type { DiagnosisCode } from '../../../src/machine/diagnosis-codes.js';
import { loadConfig } from '../../../src/config.js';
import { buildProbeDeps, type ProbeDeps } from '../../../src/probes/probe-deps.js';
import type { ProbeResolver } from '../../../src/probes/resolver.js';
import type { ProbeRequest } from '../../../src/probes/run-probe.js';
import { startBlackHole } from './black-hole.js';
import { startFakeExchangeImap, type FakeImap, type FakeImapScript } from './fake-exchange-imap.js';
import { startFakeExchangeSmtp, type FakeSmtp, type FakeSmtpScript } from './fake-exchange-smtp.js';
import { CLIENT_ID, mockMicrosoft, type FakeMicrosoftScript } from './fake-microsoft.js';
import { testCertificate } from './test-cert.js';

export interface TenantSpec {
  name: string;
  address: string;
  closeAddress?: string;
  mx: string[] | 'none';
  realm: FakeMicrosoftScript['realm'];
  smtp?: FakeSmtpScript | 'black-hole';
  imap?: FakeImapScript;
  /** the person signs in (and agrees to a test message) */
  signIn?: NonNullable<FakeMicrosoftScript['signIn']>;
  me?: FakeMicrosoftScript['me'];
  closeAccounts?: object[];
  /** the code this tenant is built to show; undefined for the healthy one */
  expects?: DiagnosisCode;
}

const suffix = ' [BN9PR03CA0123.namprd03.prod.outlook.com 2026-11-26T13:00:00.000Z 08DD0000000000]';
const msMx = (domain: string) => [`${domain.replace(/\./g, '-')}.mail.protection.outlook.com`];
const mailbox = (address: string) => ({ userPrincipalName: address, mail: address, proxyAddresses: [`SMTP:${address}`] });
const signedIn = (address: string, extra: Partial<TenantSpec> = {}): Partial<TenantSpec> => ({
  signIn: { username: address },
  me: mailbox(address),
  ...extra,
});
const closeAccount = (email: string, sendError: string) => ({
  id: 'emailacct_1',
  _type: 'microsoft',
  email,
  send_status: 'error',
  receive_status: 'ok',
  latest_send_error: sendError,
  latest_receive_error: null,
});

export const HEALTHY_TENANT: TenantSpec = {
  name: 'healthy',
  address: 'adele@contoso.test',
  mx: msMx('contoso.test'),
  realm: { NameSpaceType: 'Managed', FederationBrandName: 'Contoso' },
  ...signedIn('adele@contoso.test'),
  closeAccounts: [{ id: 'emailacct_1', _type: 'microsoft', email: 'adele@contoso.test', send_status: 'ok', receive_status: 'ok', latest_send_error: null }],
};

const base = (name: string, code: DiagnosisCode, extra: Partial<TenantSpec>): TenantSpec => {
  const address = `user@${name}.test`;
  return { name, address, mx: msMx(`${name}.test`), realm: { NameSpaceType: 'Managed' }, expects: code, ...extra };
};

export const FAKE_TENANTS: readonly TenantSpec[] = [
  base('elsewhere', 'not-microsoft-365', { mx: ['aspmx.l.google.com'], realm: 'unknown' }),
  base('reseller', 'provider-managed', {
    realm: { NameSpaceType: 'Federated', FederationBrandName: 'Reseller Co', AuthURL: 'https://sso.godaddy.com/?realm=pass&app=o365&login=user%40reseller.test' },
  }),
  base('noauth', 'smtp-auth-not-offered', { smtp: { authAfterTls: false } }),
  base('notls', 'tls-problem', { smtp: { startTls: false } }),
  base('silent', 'connection-failed', { smtp: 'black-hole' }),
  base('tenantoff', 'smtp-auth-disabled', {
    ...signedIn('user@tenantoff.test'),
    smtp: { authReply: `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.${suffix}` },
  }),
  base('nobasic', 'basic-auth-blocked', {
    ...signedIn('user@nobasic.test'),
    smtp: { authReply: `535 5.7.139 Authentication unsuccessful, basic authentication is disabled.${suffix}` },
  }),
  base('wrongpass', 'bad-credentials', {
    ...signedIn('user@wrongpass.test'),
    smtp: { authReply: `535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.${suffix}` },
  }),
  base('alias', 'address-mismatch', {
    ...signedIn('user@alias.test'),
    closeAddress: 'sales@alias.test',
    me: { userPrincipalName: 'user@alias.test', mail: 'user@alias.test', proxyAddresses: ['SMTP:user@alias.test', 'smtp:sales@alias.test'] },
    smtp: {
      dataReply: `554 5.2.252 SendAsDenied; user@alias.test not allowed to send as sales@alias.test; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.${suffix}`,
    },
  }),
  base('noimap', 'imap-disabled', { ...signedIn('user@noimap.test'), imap: { authFails: true, user: 'user@noimap.test' } }),
  base('consent', 'admin-consent-required', {
    signIn: {
      username: 'user@consent.test',
      tokenError: { error: 'invalid_grant', error_description: 'AADSTS65001: The user or administrator has not consented to use the application with ID 00000000-1111-2222-3333-444444444444.' },
    },
  }),
  base('restricted', 'sender-restricted', {
    ...signedIn('user@restricted.test'),
    smtp: { mailFromReply: `550 5.1.8 Access denied, bad outbound sender.${suffix}` },
  }),
  base('ipblock', 'ip-blocked', { closeAccounts: [closeAccount('user@ipblock.test', `550 5.7.708 Access denied, traffic not accepted from this IP.${suffix}`)] }),
  base('anon', 'client-not-authenticated', {
    closeAccounts: [closeAccount('user@anon.test', `530 5.7.57 Client not authenticated to send mail.${suffix}`)],
  }),
];

export interface RunningTenant {
  spec: TenantSpec;
  resolver: ProbeResolver;
  deps(overrides?: Partial<ProbeDeps>): ProbeDeps;
  cli: { argv: string[]; env: NodeJS.ProcessEnv; overrides: Partial<ProbeDeps> };
  request: ProbeRequest;
  smtp: FakeSmtp | undefined;
  imap: FakeImap;
  close(): Promise<void>;
}

/** Names the probe may resolve, all to 127.0.0.1; MX answers from the spec. */
export function fakeResolver(spec: Pick<TenantSpec, 'mx'>, delayMs = 0): ProbeResolver {
  const wait = () => new Promise((resolve) => setTimeout(resolve, delayMs));
  return {
    mx: async () => {
      await wait();
      if (spec.mx === 'none') throw Object.assign(new Error('queryMx ENODATA'), { code: 'ENODATA' });
      return spec.mx.map((exchange, i) => ({ exchange, priority: i * 10 }));
    },
    addresses: async (host) => {
      if (['smtp.office365.com', 'outlook.office365.com', 'smtp.example.test', 'localhost'].includes(host)) return ['127.0.0.1'];
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    },
  };
}

export async function startFakeTenant(spec: TenantSpec, options: { delayMs?: number; deadlineMs?: number } = {}): Promise<RunningTenant> {
  const delayMs = options.delayMs ?? 0;
  const deadlineMs = options.deadlineMs ?? 3000;
  const cert = testCertificate();
  const closers: Array<() => Promise<void>> = [];
  let smtp: FakeSmtp | undefined;
  let smtpPort: number;
  if (spec.smtp === 'black-hole') {
    const hole = await startBlackHole();
    closers.push(hole.close);
    smtpPort = hole.port;
  } else {
    smtp = await startFakeExchangeSmtp({ ...spec.smtp, ...(delayMs ? { connectDelayMs: delayMs } : {}) });
    closers.push(smtp.close);
    smtpPort = smtp.port;
  }
  const imap = await startFakeExchangeImap({ user: spec.signIn?.username ?? spec.address, ...spec.imap, ...(delayMs ? { connectDelayMs: delayMs } : {}) });
  closers.push(imap.close);
  mockMicrosoft({
    address: spec.address,
    realm: spec.realm,
    ...(spec.signIn ? { signIn: spec.signIn } : {}),
    ...(spec.me ? { me: spec.me } : {}),
    ...(spec.closeAccounts ? { close: { accounts: spec.closeAccounts } } : {}),
    delayMs,
  });
  const resolver = fakeResolver(spec, delayMs);
  const env: NodeJS.ProcessEnv = spec.closeAccounts ? { CLOSE_API_KEY: 'test-close-key' } : {};
  const config = loadConfig({
    ...env,
    MS_SMTP_PORT: String(smtpPort),
    MS_IMAP_PORT: String(imap.port),
    MS_OAUTH_CLIENT_ID: CLIENT_ID,
    PROBE_ALLOW_PRIVATE: 'true',
    PROBE_DEADLINE_MS: String(deadlineMs),
  });
  const argv = [
    '--smtp-port', String(smtpPort),
    '--imap-port', String(imap.port),
    '--allow-private',
    '--tls-ca', cert.caFile,
    '--client-id', CLIENT_ID,
    '--deadline-ms', String(deadlineMs),
    ...(spec.closeAddress ? ['--close-address', spec.closeAddress] : []),
    ...(spec.signIn ? ['--sign-in'] : []),
  ];
  return {
    spec,
    resolver,
    deps: (overrides = {}) => buildProbeDeps(config, { resolver, tlsCa: cert.cert, signInTimeoutSeconds: 30, ...overrides }),
    cli: { argv, env, overrides: { resolver } },
    request: {
      address: spec.address,
      ...(spec.closeAddress ? { closeAddress: spec.closeAddress } : {}),
      ...(spec.signIn ? { signIn: { testMessage: true } } : {}),
    },
    smtp,
    imap,
    close: async () => {
      nock.cleanAll();
      for (const close of closers.reverse()) await close();
    },
  };
}
