/**
 * A sign-in provider the test drives by hand, for chat-level tests of "show the code, wait, carry on" without MSAL's
 * polling. Put it in the probe deps: `tenant.deps({ signIn: fake.provider })`.
 *
 * API:
 *   controllableSignIn(options?: { username?: string; token?: string; graphToken?: string }): ControllableSignIn
 *     provider        the SignInProvider: calls onDeviceCode at once with DEVICE_USER_CODE, then waits
 *     prompted        a promise that resolves with the prompt once the code was shown
 *     complete()      the person signed in: the provider resolves with a session (token defaults to DEFAULT_TOKEN,
 *                     which the fake SMTP/IMAP servers accept; Graph token GRAPH_TOKEN, which mockMicrosoft's /me accepts)
 *     fail(error)     Microsoft refused, e.g. 'invalid_grant: AADSTS65001: …'
 *     requests        what the provider was asked (client id, authority, scopes)
 *   Aborting the probe's signal resolves the provider as cancelled.
 */
import type { DeviceCodePrompt, SignInOutcome, SignInProvider, SignInRequest } from '../../../src/probes/signed-in/device-code.js';
import { DEFAULT_TOKEN } from './fake-exchange-smtp.js';
import { DEVICE_USER_CODE, GRAPH_TOKEN } from './fake-microsoft.js';

export interface ControllableSignIn {
  provider: SignInProvider;
  prompted: Promise<DeviceCodePrompt>;
  complete(): void;
  fail(error: string): void;
  requests: Omit<SignInRequest, 'fetch' | 'signal' | 'onDeviceCode'>[];
}

export function controllableSignIn(options: { username?: string; token?: string; graphToken?: string } = {}): ControllableSignIn {
  let settle: ((outcome: SignInOutcome) => void) | undefined;
  let shown: (prompt: DeviceCodePrompt) => void = () => undefined;
  const prompted = new Promise<DeviceCodePrompt>((resolve) => (shown = resolve));
  const requests: ControllableSignIn['requests'] = [];
  const provider: SignInProvider = (request) =>
    new Promise<SignInOutcome>((resolve) => {
      const { fetch: _fetch, signal, onDeviceCode, ...rest } = request;
      requests.push(rest);
      settle = resolve;
      signal.addEventListener('abort', () => resolve({ ok: false, error: 'cancelled', cancelled: true }), { once: true });
      const prompt = { userCode: DEVICE_USER_CODE, verificationUri: 'https://microsoft.com/devicelogin', expiresInSeconds: 900 };
      onDeviceCode(prompt);
      shown(prompt);
    });
  return {
    provider,
    prompted,
    requests,
    complete: () =>
      settle?.({
        ok: true,
        session: {
          username: options.username ?? 'adele@contoso.test',
          mailToken: options.token ?? DEFAULT_TOKEN,
          graphToken: async () => ({ ok: true, token: options.graphToken ?? GRAPH_TOKEN }),
        },
      }),
    fail: (error) => settle?.({ ok: false, error, cancelled: false }),
  };
}
