import { classifyError } from '../../machine/classifier.js';
import { checkResult, type CheckContext, type CheckResult } from '../types.js';
import type { FetchFn } from '../net/fetch-json.js';
import type { DeviceCodeCallback, SignedIn, SignInProvider } from './device-code.js';

export interface SignInProbeInput {
  provider: SignInProvider;
  fetch: FetchFn;
  clientId: string | undefined;
  authority: string;
  mailScopes: string[];
  graphScope: string;
  onDeviceCode: DeviceCodeCallback;
  timeoutSeconds: number;
}

/** Signs in with the device code flow. The result holds no token or code; the session goes back to the caller only. */
export async function probeSignIn(input: SignInProbeInput, ctx: CheckContext): Promise<{ result: CheckResult; session?: SignedIn }> {
  if (!input.clientId) {
    return { result: checkResult('sign-in', 'skip', 'no OAuth client id configured (MS_OAUTH_CLIENT_ID)', { configured: false }) };
  }
  const outcome = await input.provider({
    fetch: input.fetch,
    clientId: input.clientId,
    authority: input.authority,
    mailScopes: input.mailScopes,
    graphScope: input.graphScope,
    onDeviceCode: input.onDeviceCode,
    signal: ctx.signal,
    timeoutSeconds: input.timeoutSeconds,
  });
  if (outcome.ok) {
    return { result: checkResult('sign-in', 'pass', `signed in as ${outcome.session.username}`, { username: outcome.session.username }), session: outcome.session };
  }
  if (outcome.cancelled) return { result: checkResult('sign-in', 'skip', 'sign-in cancelled or not completed in time', { cancelled: true }) };
  const classified = classifyError(outcome.error);
  const diagnoses = classified.code === 'unknown' ? [] : [classified.code];
  const expired = /expired_token|code_expired|device_code_expired|timeout/i.test(outcome.error);
  if (expired) return { result: checkResult('sign-in', 'skip', 'the sign-in code expired before it was used', { expired: true }) };
  return { result: checkResult('sign-in', 'fail', `sign-in refused: ${outcome.error.slice(0, 300)}`, { error: outcome.error.slice(0, 500) }, diagnoses) };
}
