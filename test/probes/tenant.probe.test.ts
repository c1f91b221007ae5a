import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER_SIGNIN_HOSTS, probeTenant } from '../../src/probes/tenant.probe.js';
import { mockMicrosoft, TENANT_ID } from '../helpers/probes/fake-microsoft.js';

afterEach(() => nock.cleanAll());
const ctx = () => ({ signal: new AbortController().signal, deadline: Date.now() + 2000 });
const input = (address: string, extra: object = {}) => ({
  address,
  loginUrl: 'https://login.microsoftonline.com',
  fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
  providerSignInHosts: [...DEFAULT_PROVIDER_SIGNIN_HOSTS],
  ...extra,
});

describe('the tenant check', () => {
  it('reads a managed tenant and its id from the OpenID configuration', async () => {
    mockMicrosoft({ address: 'a@contoso.test', realm: { NameSpaceType: 'Managed', FederationBrandName: 'Contoso' } });
    const result = await probeTenant(input('a@contoso.test'), ctx());
    expect(result).toMatchObject({ status: 'pass', evidence: { nameSpaceType: 'Managed', tenantId: TENANT_ID, cloud: 'worldwide' } });
  });

  it('names provider-managed for a tenant federated to GoDaddy’s sign-in (secureserver.net too)', async () => {
    mockMicrosoft({ address: 'a@gd.test', realm: { NameSpaceType: 'Federated', AuthURL: 'https://sso.secureserver.net/?realm=pass' } });
    const result = await probeTenant(input('a@gd.test'), ctx());
    expect(result).toMatchObject({ status: 'warn', diagnoses: ['provider-managed'], evidence: { provider: 'secureserver.net' } });
  });

  it('names provider-managed for a reseller host added by configuration', async () => {
    mockMicrosoft({ address: 'a@rs.test', realm: { NameSpaceType: 'Federated', AuthURL: 'https://login.reseller.example/adfs/ls' } });
    const result = await probeTenant(input('a@rs.test', { providerSignInHosts: ['reseller.example'] }), ctx());
    expect(result.diagnoses).toEqual(['provider-managed']);
  });

  it('passes a tenant federated to its own sign-in, naming the host', async () => {
    mockMicrosoft({ address: 'a@own.test', realm: { NameSpaceType: 'Federated', AuthURL: 'https://adfs.own.test/adfs/ls/' } });
    const result = await probeTenant(input('a@own.test'), ctx());
    expect(result).toMatchObject({ status: 'pass', diagnoses: [] });
    expect(result.summary).toContain('adfs.own.test');
  });

  it('notices and names a sovereign cloud', async () => {
    mockMicrosoft({ address: 'a@gov.test', realm: { NameSpaceType: 'Managed', CloudInstanceName: 'microsoftonline.us' } });
    const result = await probeTenant(input('a@gov.test'), ctx());
    expect(result).toMatchObject({ status: 'warn', evidence: { cloud: 'us-government', sovereign: true } });
    expect(result.summary).toContain('us-government');
  });

  it('names not-microsoft-365 when the realm is Unknown', async () => {
    mockMicrosoft({ address: 'a@gmail-domain.test', realm: 'unknown' });
    const result = await probeTenant(input('a@gmail-domain.test'), ctx());
    expect(result).toMatchObject({ status: 'fail', diagnoses: ['not-microsoft-365'] });
  });

  it('reports an error when Microsoft’s sign-in service cannot be reached', async () => {
    nock.disableNetConnect();
    const result = await probeTenant(input('a@contoso.test'), ctx());
    expect(result).toMatchObject({ status: 'error', diagnoses: [] });
  });
});
