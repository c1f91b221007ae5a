import type { FetchFn } from '../net/fetch-json.js';
import { msalNetwork } from './msal-network.js';
import { LogLevel, PublicClientApplication, type AccountInfo, type DeviceCodeRequest } from '@azure/msal-node';

/** What the person needs to sign in: shown to them, never logged or stored. */
export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
  expiresInSeconds: number;
}

export type DeviceCodeCallback = (prompt: DeviceCodePrompt) => void;

export interface SignInRequest {
  /** the HTTP client MSAL uses (the probe's fetch) */
  fetch: FetchFn;
  clientId: string;
  /** e.g. https://login.microsoftonline.com/organizations */
  authority: string;
  /** resource scopes for the mail token (SMTP.Send, IMAP.AccessAsUser.All) */
  mailScopes: string[];
  /** the Graph scope for /me (User.Read), fetched silently with the same sign-in */
  graphScope: string;
  onDeviceCode: DeviceCodeCallback;
  signal: AbortSignal;
  /** how long to wait for the person to finish signing in */
  timeoutSeconds: number;
}

/** A signed-in mailbox for the length of one probe. Tokens stay in this object only. */
export interface SignedIn {
  username: string;
  mailToken: string;
  /** a Graph token for the same account, or the sign-in error text */
  graphToken(signal: AbortSignal): Promise<{ ok: true; token: string } | { ok: false; error: string }>;
}

export type SignInOutcome = { ok: true; session: SignedIn } | { ok: false; error: string; cancelled: boolean };

/** Signs in; tests may pass their own. */
export type SignInProvider = (request: SignInRequest) => Promise<SignInOutcome>;

const errorText = (error: unknown): string => {
  const e = error as { errorCode?: string; errorMessage?: string; message?: string; subError?: string };
  return [e.errorCode, e.errorMessage ?? e.message, e.subError].filter(Boolean).join(': ');
};

/**
 * The OAuth device code flow with @azure/msal-node. A fresh PublicClientApplication per sign-in, with its in-memory
 * cache only, so the tokens end with the probe. MSAL's own logging is off (it would print the device code message).
 */
export const msalDeviceCodeSignIn: SignInProvider = async (request) => {
  const authorityHost = new URL(request.authority).host;
  const network = msalNetwork(request.fetch, request.signal);
  const app = new PublicClientApplication({
    auth: { clientId: request.clientId, authority: request.authority, knownAuthorities: [authorityHost] },
    system: { networkClient: network, loggerOptions: { loggerCallback: () => undefined, piiLoggingEnabled: false, logLevel: LogLevel.Error } },
  });
  const deviceRequest: DeviceCodeRequest = {
    scopes: request.mailScopes,
    timeout: request.timeoutSeconds,
    cancel: false,
    deviceCodeCallback: (response) =>
      request.onDeviceCode({ userCode: response.userCode, verificationUri: response.verificationUri, expiresInSeconds: response.expiresIn }),
  };
  const cancel = () => {
    deviceRequest.cancel = true;
  };
  request.signal.addEventListener('abort', cancel, { once: true });
  try {
    const result = await app.acquireTokenByDeviceCode(deviceRequest);
    if (!result?.accessToken || !result.account) return { ok: false, error: 'no token in the answer', cancelled: false };
    const account: AccountInfo = result.account;
    return {
      ok: true,
      session: {
        username: account.username,
        mailToken: result.accessToken,
        graphToken: async (signal) => {
          network.useSignal(signal);
          try {
            const graph = await app.acquireTokenSilent({ account, scopes: [request.graphScope] });
            return { ok: true, token: graph.accessToken };
          } catch (error) {
            return { ok: false, error: [errorText(error), network.lastErrorDescription()].filter(Boolean).join(' | ') };
          }
        },
      },
    };
  } catch (error) {
    const detail = network.lastErrorDescription();
    const text = [errorText(error), detail].filter(Boolean).join(' | ');
    return { ok: false, error: text, cancelled: request.signal.aborted || deviceRequest.cancel === true };
  } finally {
    request.signal.removeEventListener('abort', cancel);
  }
};
