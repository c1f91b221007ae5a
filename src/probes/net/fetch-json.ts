import { fromAbort, NetFailure } from './net-failure.js';

export type FetchFn = typeof fetch;

export type HttpOutcome =
  | { ok: true; status: number; body: unknown; text: string }
  | { ok: false; failure: NetFailure };

/** One HTTP request: any status is an answer (body parsed as JSON when it is JSON); only no answer is a failure. */
export async function fetchJson(
  fetchFn: FetchFn,
  url: string,
  signal: AbortSignal,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpOutcome> {
  try {
    const response = await fetchFn(url, { ...init, signal, redirect: 'manual' });
    const text = await response.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { ok: true, status: response.status, body, text: text.slice(0, 2000) };
  } catch (error) {
    if (signal.aborted) return { ok: false, failure: fromAbort(signal) };
    const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
    return { ok: false, failure: new NetFailure('network', cause?.message ?? (error as Error).message, cause?.code) };
  }
}
