import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import { domainOf, normalizeAddress } from './address.js';
import { probeCloseStatus } from './close-status.probe.js';
import { orderDiagnoses } from './diagnosis-order.js';
import { probeImap } from './imap.probe.js';
import { probeMx } from './mx.probe.js';
import type { ProbeDeps } from './probe-deps.js';
import type { ProbeRefusal } from './safety/probe-gate.js';
import type { TargetPolicy } from './safety/target-guard.js';
import type { DeviceCodeCallback } from './signed-in/device-code.js';
import { probeGraphMe } from './signed-in/graph-me.probe.js';
import { probeImapOauth } from './signed-in/imap-oauth.probe.js';
import { probeSignIn } from './signed-in/sign-in.probe.js';
import { probeSmtpOauth } from './signed-in/smtp-oauth.probe.js';
import { probeTestMessage } from './signed-in/test-message.probe.js';
import { probeSmtp } from './smtp.probe.js';
import { probeTenant } from './tenant.probe.js';
import { CHECK_IDS, checkResult, type CheckContext, type CheckId, type CheckResult, type Endpoint } from './types.js';

export interface ProbeRequest {
  /** the mailbox to check */
  address: string;
  /** who asked (a chat user id): the key of the per-user rate limit */
  requester?: string;
  /** the address connected in Close, when it differs from `address` */
  closeAddress?: string;
  /** run the signed-in checks (the person agreed to sign in); testMessage: they also agreed to a message to self */
  signIn?: { testMessage: boolean };
  /** a submission server the person named instead of Microsoft's; always checked against the SSRF rules */
  smtpServer?: Endpoint;
}

export interface ProbeProgress {
  /** checks started and not finished yet */
  running: CheckId[];
  /** checks finished, in the order they finished */
  done: CheckId[];
  /** how many checks this probe plans */
  total: number;
  /** the check that just finished, if one did */
  latest?: CheckResult;
}

export interface ProbeOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ProbeProgress) => void;
  /** shows the sign-in code and link to the person; required for the signed-in checks. Never log what it gets. */
  deviceCode?: DeviceCodeCallback;
}

export interface ProbeReport {
  address: string;
  /** in CHECK_IDS order */
  checks: CheckResult[];
  /** every diagnosis found, the ones that decide the route first */
  diagnoses: DiagnosisCode[];
  /** set when the probe did not run */
  refused?: ProbeRefusal;
}

/** How long past its deadline a check may take to wind down before it is reported as not finished. */
const GRACE_MS = 500;

const SIGNED_IN: readonly CheckId[] = ['sign-in', 'smtp-oauth', 'imap-oauth', 'graph-me'];

class Progress {
  private readonly running = new Set<CheckId>();
  private readonly done: CheckId[] = [];
  constructor(
    private readonly total: number,
    private readonly listener: ProbeOptions['onProgress'],
  ) {}
  start(id: CheckId): void {
    this.running.add(id);
    this.emit();
  }
  finish(result: CheckResult): void {
    this.running.delete(result.id);
    this.done.push(result.id);
    this.emit(result);
  }
  private emit(latest?: CheckResult): void {
    try {
      this.listener?.({ running: [...this.running], done: [...this.done], total: this.total, ...(latest ? { latest } : {}) });
    } catch {
      /* a listener's bug must not stop the probe */
    }
  }
}

/**
 * Runs one check with its own deadline; the result arrives by the deadline (plus a short grace) whatever the check does.
 */
async function bounded(id: CheckId, ms: number, outer: AbortSignal, progress: Progress, run: (ctx: CheckContext) => Promise<CheckResult>): Promise<CheckResult> {
  const controller = new AbortController();
  const onOuter = () => controller.abort(outer.reason);
  if (outer.aborted) onOuter();
  else outer.addEventListener('abort', onOuter, { once: true });
  const ctx: CheckContext = { signal: controller.signal, deadline: Date.now() + ms };
  progress.start(id);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new DOMException('deadline', 'TimeoutError'));
      resolve(checkResult(id, 'fail', `no answer within ${ms} ms`, { failure: 'timeout' }, ['connection-failed']));
    }, ms + GRACE_MS);
  });
  const work = run(ctx).catch((error: unknown) =>
    // A thrown error here is a bug in a check; report it without stopping the other checks.
    checkResult(id, 'error', `check failed unexpectedly: ${(error as Error)?.message ?? String(error)}`, { bug: true }),
  );
  const result = await Promise.race([work, late]);
  clearTimeout(timer);
  outer.removeEventListener('abort', onOuter);
  controller.abort();
  progress.finish(result);
  return result;
}

/** When the MX points elsewhere (a mail filter in front) but Microsoft knows the tenant, the domain is still Microsoft 365. */
function reconcile(results: Map<CheckId, CheckResult>): void {
  const mx = results.get('mx');
  const tenant = results.get('tenant');
  const tenantKnown = tenant?.evidence.nameSpaceType === 'Managed' || tenant?.evidence.nameSpaceType === 'Federated';
  if (mx && tenant && tenantKnown && mx.diagnoses.includes('not-microsoft-365') && Array.isArray(mx.evidence.mx) && mx.evidence.mx.length > 0) {
    results.set('mx', checkResult('mx', 'warn', `${mx.summary}; the tenant is known to Microsoft, so mail passes another service first`, { ...mx.evidence, tenantKnown: true }));
  }
}

/**
 * Checks a mailbox for real: independent checks in parallel under one deadline, then (with consent and a way to show
 * the code) the signed-in checks. Never throws for a network outcome; refusals come back in `refused`.
 */
export async function runMailboxProbe(request: ProbeRequest, deps: ProbeDeps, options: ProbeOptions = {}): Promise<ProbeReport> {
  const address = normalizeAddress(request.address);
  const closeAddress = request.closeAddress === undefined ? address : normalizeAddress(request.closeAddress);
  if (!address || !closeAddress) {
    return { address: request.address.trim().slice(0, 320), checks: [], diagnoses: [], refused: { reason: 'invalid-address' } };
  }
  const ticket = deps.gate ? deps.gate.acquire(request.requester ?? 'anonymous') : { ok: true as const, release: () => undefined };
  if (!ticket.ok) return { address, checks: [], diagnoses: [], refused: ticket.refusal };
  try {
    const outer = options.signal ?? new AbortController().signal;
    const policy: TargetPolicy = { allowPrivate: deps.allowPrivate, lookup: deps.resolver.addresses };
    const closeConfigured = Boolean(deps.close.apiKey);
    const planned: CheckId[] = CHECK_IDS.filter((id) => {
      if (id === 'close-status') return closeConfigured;
      if (id === 'test-message') return Boolean(request.signIn?.testMessage);
      if (SIGNED_IN.includes(id)) return Boolean(request.signIn);
      return true;
    });
    const progress = new Progress(planned.length, options.onProgress);
    const results = new Map<CheckId, CheckResult>();
    const smtpEndpoint = request.smtpServer ?? deps.smtp;
    const ms = deps.deadlineMs;
    const phaseOne: Array<Promise<CheckResult>> = [
      bounded('mx', ms, outer, progress, (ctx) => probeMx({ domain: domainOf(address), resolver: deps.resolver }, ctx)),
      bounded('tenant', ms, outer, progress, (ctx) =>
        probeTenant({ address, loginUrl: deps.loginUrl, fetch: deps.fetch, providerSignInHosts: deps.providerSignInHosts }, ctx),
      ),
      bounded('smtp', ms, outer, progress, (ctx) =>
        probeSmtp({ endpoint: smtpEndpoint, expectMicrosoft: !request.smtpServer, policy, ca: deps.tlsCa, heloName: deps.heloName }, ctx),
      ),
      bounded('imap', ms, outer, progress, (ctx) => probeImap({ endpoint: deps.imap, expectMicrosoft: true, policy, ca: deps.tlsCa }, ctx)),
    ];
    if (closeConfigured) {
      phaseOne.push(
        bounded('close-status', ms, outer, progress, (ctx) =>
          probeCloseStatus({ apiUrl: deps.close.apiUrl, apiKey: deps.close.apiKey, fetch: deps.fetch, closeAddress }, ctx),
        ),
      );
    }
    for (const result of await Promise.all(phaseOne)) results.set(result.id, result);
    reconcile(results);

    if (request.signIn) {
      for (const result of await signedInChecks(request, deps, options, { address, closeAddress, policy, outer, progress, results })) {
        results.set(result.id, result);
      }
    }
    const checks = CHECK_IDS.flatMap((id) => results.get(id) ?? []);
    return { address, checks, diagnoses: orderDiagnoses(checks.flatMap((c) => c.diagnoses)) };
  } finally {
    ticket.release();
  }
}

interface SignedInScope {
  address: string;
  closeAddress: string;
  policy: TargetPolicy;
  outer: AbortSignal;
  progress: Progress;
  results: Map<CheckId, CheckResult>;
}

async function signedInChecks(request: ProbeRequest, deps: ProbeDeps, options: ProbeOptions, scope: SignedInScope): Promise<CheckResult[]> {
  const { closeAddress, policy, outer, progress, results } = scope;
  const dependents: CheckId[] = ['smtp-oauth', ...(request.signIn?.testMessage ? (['test-message'] as const) : []), 'imap-oauth', 'graph-me'];
  const skipAll = (summary: string, evidence: Record<string, unknown>): CheckResult[] => {
    const skipped = [checkResult('sign-in', 'skip', summary, evidence), ...dependents.map((id) => checkResult(id, 'skip', 'not signed in', {}))];
    for (const r of skipped) progress.finish(r);
    return skipped;
  };
  const notMicrosoft = [...results.values()].some((r) => r.diagnoses.includes('not-microsoft-365'));
  if (notMicrosoft) return skipAll('not a Microsoft 365 domain: sign-in not offered', { notMicrosoft365: true });
  if (!options.deviceCode) return skipAll('no way to show a sign-in code', { noDeviceCodeCallback: true });
  const deviceCode = options.deviceCode;
  const resource = deps.outlookResource;
  let session: Awaited<ReturnType<typeof probeSignIn>>['session'];
  const signIn = await bounded('sign-in', deps.signInTimeoutSeconds * 1000, outer, progress, async (ctx) => {
    const outcome = await probeSignIn(
      {
        provider: deps.signIn,
        fetch: deps.fetch,
        clientId: deps.oauth.clientId,
        authority: deps.oauth.authority,
        mailScopes: [`${resource}/SMTP.Send`, `${resource}/IMAP.AccessAsUser.All`, 'offline_access'],
        graphScope: `${deps.graphUrl}/User.Read`,
        onDeviceCode: deviceCode,
        timeoutSeconds: deps.signInTimeoutSeconds,
      },
      ctx,
    );
    session = outcome.session;
    return outcome.result;
  });
  if (!session) {
    const skipped = dependents.map((id) => checkResult(id, 'skip', 'not signed in', {}));
    for (const r of skipped) progress.finish(r);
    return [signIn, ...skipped];
  }
  const user = session.username;
  const token = session.mailToken;
  const graphToken = session.graphToken;
  const ms = deps.deadlineMs;
  const smtpEndpoint = request.smtpServer ?? deps.smtp;
  const common = { endpoint: smtpEndpoint, policy, ca: deps.tlsCa, heloName: deps.heloName, user, token };
  const runs: Array<Promise<CheckResult>> = [
    bounded('smtp-oauth', ms, outer, progress, (ctx) => probeSmtpOauth(common, ctx)),
    bounded('imap-oauth', ms, outer, progress, (ctx) => probeImapOauth({ endpoint: deps.imap, policy, ca: deps.tlsCa, user, token }, ctx)),
    bounded('graph-me', ms, outer, progress, (ctx) => probeGraphMe({ graphUrl: deps.graphUrl, fetch: deps.fetch, token: graphToken, closeAddress }, ctx)),
  ];
  if (request.signIn?.testMessage) {
    runs.push(bounded('test-message', ms, outer, progress, (ctx) => probeTestMessage({ ...common, from: closeAddress }, ctx)));
  }
  const settled = await Promise.all(runs);
  session = undefined; // the tokens end here
  return [signIn, ...settled];
}
