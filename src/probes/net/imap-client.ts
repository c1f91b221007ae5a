import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import { fromAbort, fromSocketError, NetFailure } from './net-failure.js';
import type { TlsFacts } from './tls-facts.js';

export interface ImapTarget {
  ip: string;
  port: number;
  servername: string;
}

export interface ImapSessionOutcome {
  greeting: string | undefined;
  capabilities: string[];
  tls: TlsFacts | undefined;
  /** the error imapflow ended with, when it did (already mapped) */
  failure?: NetFailure;
  /** the server's text for a refused AUTHENTICATE / LOGIN */
  authResponse?: string;
  authenticationFailed?: boolean;
  client: ImapFlow;
}

/**
 * Opens an imapflow connection to a checked IP (TLS server name = the host name), with every timeout and the abort
 * signal wired to close it. Without `auth`, imapflow stops right after CAPABILITY ("Please configure the login"),
 * which is exactly how far an anonymous check goes.
 */
export async function openImap(
  target: ImapTarget,
  options: { signal: AbortSignal; ca?: string | undefined; auth?: ImapFlowOptions['auth'] },
): Promise<ImapSessionOutcome> {
  let cert: PeerCertificate | undefined;
  const budget = 60_000;
  const client = new ImapFlow({
    host: target.ip,
    port: target.port,
    secure: target.port !== 143,
    ...(target.servername ? { servername: target.servername } : {}),
    logger: false,
    ...(options.auth ? { auth: options.auth } : {}),
    disableAutoIdle: true,
    connectionTimeout: budget,
    greetingTimeout: budget,
    socketTimeout: budget,
    tls: {
      ...(options.ca ? { ca: options.ca } : {}),
      rejectUnauthorized: true,
      checkServerIdentity: (host: string, peer: PeerCertificate) => {
        cert = peer;
        return checkServerIdentity(host, peer);
      },
    },
  });
  client.on('error', () => undefined); // errors surface through connect()
  const abort = () => void client.close();
  if (options.signal.aborted) throw fromAbort(options.signal);
  options.signal.addEventListener('abort', abort, { once: true });
  const outcome: ImapSessionOutcome = { greeting: undefined, capabilities: [], tls: undefined, client };
  const facts = () => {
    outcome.greeting = client.greeting;
    outcome.capabilities = [...client.capabilities.keys()];
    const socket = (client as unknown as { socket?: TLSSocket }).socket;
    const protocol = typeof socket?.getProtocol === 'function' ? socket.getProtocol() : null;
    const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
    if (cert || protocol) {
      outcome.tls = {
        protocol,
        cipher: typeof socket?.getCipher === 'function' ? socket.getCipher()?.name : undefined,
        certSubject: first(cert?.subject?.CN),
        certAltNames: cert?.subjectaltname,
        certIssuer: first(cert?.issuer?.CN),
        certValidTo: cert?.valid_to,
      };
    }
  };
  try {
    await client.connect();
    facts();
  } catch (error) {
    facts();
    const err = error as { authenticationFailed?: boolean; responseText?: string; response?: string; message?: string; code?: string };
    if (options.signal.aborted) outcome.failure = fromAbort(options.signal);
    else if (err.authenticationFailed || /Please configure the login/.test(err.message ?? '')) {
      outcome.authenticationFailed = Boolean(options.auth);
      outcome.authResponse = err.responseText ?? err.response ?? err.message;
    } else if (err.code === 'CONNECT_TIMEOUT' || err.code === 'GREETING_TIMEOUT') {
      outcome.failure = new NetFailure('timeout', err.message ?? 'timed out', err.code);
    } else outcome.failure = fromSocketError(error);
  } finally {
    options.signal.removeEventListener('abort', abort);
  }
  return outcome;
}

/** Closes quietly. */
export async function closeImap(client: ImapFlow): Promise<void> {
  try {
    if (client.usable) await client.logout();
  } catch {
    /* already gone */
  }
  client.close();
}
