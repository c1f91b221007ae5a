import { describe, expect, it } from 'vitest';
import { probeSignIn, type SignInProbeInput } from '../../../src/probes/signed-in/sign-in.probe.js';
import type { SignInOutcome } from '../../../src/probes/signed-in/device-code.js';

const ctx = () => ({ signal: new AbortController().signal, deadline: Date.now() + 2000 });
const input = (outcome: SignInOutcome, clientId: string | undefined = 'client'): SignInProbeInput => ({
  provider: async () => outcome,
  fetch: (...a: Parameters<typeof fetch>) => fetch(...a),
  clientId,
  authority: 'https://login.microsoftonline.com/organizations',
  mailScopes: [],
  graphScope: 'https://graph.microsoft.com/User.Read',
  onDeviceCode: () => undefined,
  timeoutSeconds: 5,
});

describe('the sign-in check', () => {
  it('is skipped when no OAuth client id is configured', async () => {
    const { result } = await probeSignIn({ ...input({ ok: false, error: 'x', cancelled: false }), clientId: undefined }, ctx());
    expect(result).toMatchObject({ status: 'skip', evidence: { configured: false } });
  });

  it('names admin-consent-required for AADSTS90094', async () => {
    const { result, session } = await probeSignIn(input({ ok: false, error: 'invalid_grant: AADSTS90094: The grant requires admin permission.', cancelled: false }), ctx());
    expect(result).toMatchObject({ status: 'fail', diagnoses: ['admin-consent-required'] });
    expect(session).toBeUndefined();
  });

  it('is skipped, without a diagnosis, when the person does not finish signing in', async () => {
    expect((await probeSignIn(input({ ok: false, error: 'expired_token: code expired', cancelled: false }), ctx())).result).toMatchObject({ status: 'skip', diagnoses: [] });
    expect((await probeSignIn(input({ ok: false, error: 'cancelled', cancelled: true }), ctx())).result).toMatchObject({ status: 'skip', diagnoses: [] });
  });

  it('keeps the tokens out of the result', async () => {
    const { result, session } = await probeSignIn(
      input({ ok: true, session: { username: 'adele@contoso.test', mailToken: 'secret-token', graphToken: async () => ({ ok: true, token: 'g' }) } }),
      ctx(),
    );
    expect(result.status).toBe('pass');
    expect(session?.mailToken).toBe('secret-token');
    expect(JSON.stringify(result)).not.toContain('secret-token');
  });
});
