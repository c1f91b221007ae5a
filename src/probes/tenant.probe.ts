import { z } from 'zod';
import { deadlineSignal } from './net/net-failure.js';
import { fetchJson, type FetchFn } from './net/fetch-json.js';
import { checkResult, type CheckContext, type CheckResult } from './types.js';

/** Reseller sign-in host families that mean the tenant is managed by a provider (GoDaddy). */
export const DEFAULT_PROVIDER_SIGNIN_HOSTS = ['godaddy.com', 'secureserver.net'] as const;

export type CloudName = 'worldwide' | 'us-government' | 'china' | 'germany' | 'other';

const CLOUDS: ReadonlyArray<[RegExp, CloudName]> = [
  [/^microsoftonline\.com$/i, 'worldwide'],
  [/microsoftonline\.us$/i, 'us-government'],
  [/(chinacloudapi\.cn|microsoftonline\.cn)$/i, 'china'],
  [/microsoftonline\.de$/i, 'germany'],
];

export const cloudOf = (instance: string | undefined): CloudName | undefined =>
  instance ? (CLOUDS.find(([pattern]) => pattern.test(instance))?.[1] ?? 'other') : undefined;

const realmSchema = z
  .object({
    NameSpaceType: z.string().optional(),
    FederationBrandName: z.string().optional(),
    AuthURL: z.string().optional(),
    CloudInstanceName: z.string().optional(),
    DomainName: z.string().optional(),
  })
  .passthrough();

const openIdSchema = z.object({ token_endpoint: z.string() }).passthrough();

export interface TenantProbeInput {
  address: string;
  /** e.g. https://login.microsoftonline.com */
  loginUrl: string;
  fetch: FetchFn;
  /** host names (and their subdomains) of reseller sign-in pages */
  providerSignInHosts: readonly string[];
}

export function matchesHostFamily(url: string | undefined, families: readonly string[]): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return families.find((family) => host === family.toLowerCase() || host.endsWith(`.${family.toLowerCase()}`));
}

const TENANT_ID = /^https?:\/\/[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\//i;

/** Tenant check: realm discovery (managed or federated, to whom, which cloud) and the tenant id. */
export async function probeTenant(input: TenantProbeInput, ctx: CheckContext): Promise<CheckResult> {
  const signal = deadlineSignal(ctx);
  const base = input.loginUrl.replace(/\/+$/, '');
  const domain = input.address.split('@')[1] ?? '';
  const realmUrl = `${base}/getuserrealm.srf?login=${encodeURIComponent(input.address)}&json=1`;
  const openIdUrl = `${base}/${encodeURIComponent(domain)}/v2.0/.well-known/openid-configuration`;
  const [realm, openId] = await Promise.all([fetchJson(input.fetch, realmUrl, signal), fetchJson(input.fetch, openIdUrl, signal)]);
  if (!realm.ok) {
    return checkResult('tenant', 'error', `realm discovery failed: ${realm.failure.kind}`, { failure: realm.failure.kind, code: realm.failure.code });
  }
  const parsed = realmSchema.safeParse(realm.body);
  if (realm.status !== 200 || !parsed.success) {
    return checkResult('tenant', 'error', `realm discovery answered HTTP ${realm.status} with an unexpected body`, { status: realm.status });
  }
  const r = parsed.data;
  let tenantId: string | undefined;
  if (openId.ok && openId.status === 200) {
    const o = openIdSchema.safeParse(openId.body);
    if (o.success) tenantId = TENANT_ID.exec(o.data.token_endpoint)?.[1];
  }
  const cloud = cloudOf(r.CloudInstanceName);
  const evidence: Record<string, unknown> = {
    nameSpaceType: r.NameSpaceType,
    federationBrandName: r.FederationBrandName,
    authUrl: r.AuthURL,
    cloudInstanceName: r.CloudInstanceName,
    cloud,
    tenantId,
    openIdStatus: openId.ok ? openId.status : openId.failure.kind,
  };
  const seen = [
    r.NameSpaceType ?? 'no NameSpaceType',
    r.FederationBrandName ? `brand "${r.FederationBrandName}"` : undefined,
    tenantId ? `tenant ${tenantId}` : undefined,
    cloud && cloud !== 'worldwide' ? `cloud ${cloud} (${r.CloudInstanceName})` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  if (r.NameSpaceType === 'Federated') {
    const provider = matchesHostFamily(r.AuthURL, input.providerSignInHosts);
    if (provider) {
      return checkResult('tenant', 'warn', `${seen}: federated to ${new URL(r.AuthURL!).hostname}`, { ...evidence, provider }, ['provider-managed']);
    }
    return checkResult('tenant', 'pass', `${seen}, federated to ${r.AuthURL ? safeHost(r.AuthURL) : 'an unnamed sign-in'}`, evidence);
  }
  if (r.NameSpaceType === 'Managed') {
    if (cloud && cloud !== 'worldwide') return checkResult('tenant', 'warn', seen, { ...evidence, sovereign: true });
    return checkResult('tenant', 'pass', seen, evidence);
  }
  return checkResult('tenant', 'fail', `${seen}: the domain is not known to Microsoft sign-in`, evidence, ['not-microsoft-365']);
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url.slice(0, 100);
  }
}
