import type { DiagnosisCode } from '../../machine/diagnosis-codes.js';
import type { CheckContext } from '../types.js';
import type { TlsFacts } from './tls-facts.js';

export type NetFailureKind = 'timeout' | 'aborted' | 'refused' | 'network' | 'closed' | 'tls' | 'protocol';

/** A network outcome inside a check; checks turn it into a result, it never leaves a check. */
export class NetFailure extends Error {
  constructor(
    public readonly kind: NetFailureKind,
    message: string,
    public readonly code?: string,
    /** what the handshake showed before it was refused (certificate subject, issuer, expiry) */
    public readonly tls?: TlsFacts,
  ) {
    super(message);
    this.name = 'NetFailure';
  }
}

const TLS_CODES = /^(ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL)/;

/** Maps a socket or TLS error to a NetFailure. */
export function fromSocketError(error: unknown): NetFailure {
  if (error instanceof NetFailure) return error;
  const err = error as NodeJS.ErrnoException;
  const code = err?.code;
  const message = err?.message ?? String(error);
  if (code === 'ECONNREFUSED') return new NetFailure('refused', message, code);
  if (code && TLS_CODES.test(code)) return new NetFailure('tls', message, code);
  if (/ssl|tls|certificate|wrong version number/i.test(message) && code !== 'ECONNRESET') return new NetFailure('tls', message, code);
  if (code === 'ECONNRESET' || code === 'EPIPE') return new NetFailure('closed', message, code);
  return new NetFailure('network', message, code);
}

/** The failure an aborted signal stands for: a deadline (timeout) or a caller who cancelled (aborted). */
export function fromAbort(signal: AbortSignal): NetFailure {
  const reason = signal.reason as { name?: string } | undefined;
  return reason?.name === 'TimeoutError' ? new NetFailure('timeout', 'deadline reached') : new NetFailure('aborted', 'probe cancelled');
}

/**
 * A signal that fires when the check's signal fires or its deadline passes (as a TimeoutError). Its own timer holds
 * it: an AbortSignal.timeout() joined with AbortSignal.any() is only weakly held and can be collected before it fires.
 */
export function deadlineSignal(ctx: CheckContext): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('deadline reached', 'TimeoutError')),
    Math.max(0, ctx.deadline - Date.now()),
  ).unref();
  const cancel = () => controller.abort(ctx.signal.reason);
  if (ctx.signal.aborted) cancel();
  else ctx.signal.addEventListener('abort', cancel, { once: true });
  controller.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', cancel);
  }, { once: true });
  return controller.signal;
}

/** The diagnosis for a network failure: unreachable → connection-failed, TLS → tls-problem. */
export function diagnosisFor(failure: NetFailure): DiagnosisCode[] {
  if (failure.kind === 'tls') return ['tls-problem'];
  if (failure.kind === 'aborted' || failure.kind === 'protocol') return [];
  return ['connection-failed'];
}

export function failureEvidence(failure: NetFailure, stage: string): Record<string, unknown> {
  return { stage, failure: failure.kind, ...(failure.code ? { code: failure.code } : {}), message: failure.message };
}
