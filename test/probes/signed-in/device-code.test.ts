import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { msalDeviceCodeSignIn, type DeviceCodePrompt } from '../../../src/probes/signed-in/device-code.js';
import { DEFAULT_TOKEN } from '../../helpers/probes/fake-exchange-smtp.js';
import { CLIENT_ID, DEVICE_USER_CODE, GRAPH_TOKEN, mockMicrosoft } from '../../helpers/probes/fake-microsoft.js';

afterEach(() => nock.cleanAll());

const request = (prompts: DeviceCodePrompt[], signal = new AbortController().signal) => ({
  fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
  clientId: CLIENT_ID,
  authority: 'https://login.microsoftonline.com/organizations',
  mailScopes: ['https://outlook.office.com/SMTP.Send', 'https://outlook.office.com/IMAP.AccessAsUser.All', 'offline_access'],
  graphScope: 'https://graph.microsoft.com/User.Read',
  onDeviceCode: (p: DeviceCodePrompt) => prompts.push(p),
  signal,
  timeoutSeconds: 30,
});

describe('the device code sign-in', () => {
  it('shows the code and link, waits while authorization is pending, then holds the mail and Graph tokens', async () => {
    mockMicrosoft({ address: 'adele@contoso.test', realm: { NameSpaceType: 'Managed' }, signIn: { username: 'adele@contoso.test', pendingPolls: 1 } });
    const prompts: DeviceCodePrompt[] = [];
    const outcome = await msalDeviceCodeSignIn(request(prompts));
    expect(prompts).toEqual([{ userCode: DEVICE_USER_CODE, verificationUri: 'https://microsoft.com/devicelogin', expiresInSeconds: 900 }]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.session.username).toBe('adele@contoso.test');
    expect(outcome.session.mailToken).toBe(DEFAULT_TOKEN);
    expect(await outcome.session.graphToken(new AbortController().signal)).toEqual({ ok: true, token: GRAPH_TOKEN });
  });

  it('returns the refusal text with its AADSTS code when the app needs admin consent', async () => {
    mockMicrosoft({
      address: 'adele@contoso.test',
      realm: { NameSpaceType: 'Managed' },
      signIn: { username: 'adele@contoso.test', tokenError: { error: 'invalid_grant', error_description: 'AADSTS65001: The user or administrator has not consented to use the application.' } },
    });
    const outcome = await msalDeviceCodeSignIn(request([]));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatch(/AADSTS65001/);
  });
});
