import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { probeGraphMe } from '../../../src/probes/signed-in/graph-me.probe.js';

afterEach(() => nock.cleanAll());

async function run(me: object, closeAddress: string, token: { ok: true; token: string } | { ok: false; error: string } = { ok: true, token: 'g' }) {
  nock('https://graph.microsoft.com').get('/v1.0/me').query(true).matchHeader('authorization', 'Bearer g').reply(200, me);
  return probeGraphMe(
    { graphUrl: 'https://graph.microsoft.com', fetch: (...a: Parameters<typeof fetch>) => fetch(...a), token: async () => token, closeAddress },
    { signal: new AbortController().signal, deadline: Date.now() + 2000 },
  );
}
const me = { userPrincipalName: 'adele@contoso.test', mail: 'adele@contoso.test', proxyAddresses: ['SMTP:adele@contoso.test', 'smtp:sales@contoso.test'] };

describe('the Graph /me address check', () => {
  it('passes when the Close address is the primary address (any case)', async () => {
    expect(await run(me, 'Adele@Contoso.test')).toMatchObject({ status: 'pass', diagnoses: [] });
  });

  it('names address-mismatch when the Close address is only an alias', async () => {
    expect(await run(me, 'sales@contoso.test')).toMatchObject({ status: 'fail', diagnoses: ['address-mismatch'], evidence: { role: 'alias' } });
  });

  it('names address-mismatch when the Close address is not on the mailbox at all', async () => {
    expect(await run(me, 'bob@contoso.test')).toMatchObject({ status: 'fail', diagnoses: ['address-mismatch'], evidence: { role: 'none' } });
  });

  it('names admin-consent-required when the Graph token is refused for consent', async () => {
    const result = await run(me, 'adele@contoso.test', { ok: false, error: 'invalid_grant: AADSTS65001: The user or administrator has not consented' });
    expect(result).toMatchObject({ status: 'fail', diagnoses: ['admin-consent-required'] });
  });
});
