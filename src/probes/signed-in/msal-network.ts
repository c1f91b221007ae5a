import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import type { FetchFn } from '../net/fetch-json.js';

/**
 * MSAL's HTTP, done with the probe's fetch and abort signal. It also keeps the last OAuth error description, because
 * MSAL's device code flow reports only the error name ("invalid_grant") and drops the AADSTS code the classifier needs.
 */
export function msalNetwork(
  fetchFn: FetchFn,
  initialSignal: AbortSignal,
): INetworkModule & { lastErrorDescription(): string | undefined; useSignal(signal: AbortSignal): void } {
  let lastError: string | undefined;
  let signal = initialSignal;
  const send = async <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const response = await fetchFn(url, { method, headers: options?.headers ?? {}, ...(options?.body !== undefined ? { body: options.body } : {}), signal });
    const text = await response.text();
    let body: unknown = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = {};
    }
    const error = body as { error?: string; error_description?: string };
    if (error.error && error.error !== 'authorization_pending' && error.error !== 'slow_down') {
      lastError = [error.error, error.error_description].filter(Boolean).join(': ');
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    return { headers, body: body as T, status: response.status };
  };
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
    lastErrorDescription: () => lastError,
    useSignal: (next) => {
      signal = next;
    },
  };
}
