import { describe, expect, it } from 'vitest';
import { isMicrosoftMx, probeMx } from '../../src/probes/mx.probe.js';
import { fakeResolver } from '../helpers/probes/fake-tenants.js';

const ctx = () => ({ signal: new AbortController().signal, deadline: Date.now() + 2000 });

describe('the domain (MX) check', () => {
  it.each([
    ['contoso-com.mail.protection.outlook.com', true],
    ['contoso-com.r-v1.mx.microsoft', true],
    ['contoso-com.mx.microsoft.', true],
    ['contoso.mail.protection.office365.us', true],
    ['aspmx.l.google.com', false],
    ['mail.protection.outlook.com.evil.test', false],
    ['notmx.microsoft', false],
  ])('tells whether %s is a Microsoft 365 MX host (%s)', (host, expected) => {
    expect(isMicrosoftMx(host)).toBe(expected);
  });

  it('passes for a domain whose MX is Microsoft’s, including the .mx.microsoft family', async () => {
    const result = await probeMx({ domain: 'contoso.test', resolver: fakeResolver({ mx: ['contoso-test.r-v1.mx.microsoft'] }) }, ctx());
    expect(result).toMatchObject({ id: 'mx', status: 'pass', diagnoses: [] });
  });

  it('names not-microsoft-365 for another provider’s MX and for a domain with no MX', async () => {
    expect((await probeMx({ domain: 'a.test', resolver: fakeResolver({ mx: ['aspmx.l.google.com'] }) }, ctx())).diagnoses).toEqual(['not-microsoft-365']);
    const none = await probeMx({ domain: 'b.test', resolver: fakeResolver({ mx: 'none' }) }, ctx());
    expect(none).toMatchObject({ status: 'fail', diagnoses: ['not-microsoft-365'], evidence: { code: 'ENODATA' } });
  });

  it('reports an error, not a diagnosis, when DNS does not answer by the deadline', async () => {
    const result = await probeMx(
      { domain: 'slow.test', resolver: { mx: () => new Promise(() => undefined), addresses: async () => [] } },
      { signal: new AbortController().signal, deadline: Date.now() + 100 },
    );
    expect(result).toMatchObject({ status: 'error', diagnoses: [] });
  });
});
