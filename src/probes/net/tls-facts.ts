import type { PeerCertificate, TLSSocket } from 'node:tls';
import { NetFailure } from './net-failure.js';

/** What the TLS handshake showed; the certificate is recorded even when it failed verification. */
export interface TlsFacts {
  protocol: string | null;
  cipher: string | undefined;
  certSubject: string | undefined;
  certAltNames: string | undefined;
  /** the issuer's common name (or organisation): the main clue when antivirus or a firewall intercepts TLS */
  certIssuer: string | undefined;
  certValidTo: string | undefined;
  /** why the certificate was not trusted (an OpenSSL / Node code), when it was not */
  certError?: string;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function certificateFacts(cert: PeerCertificate | undefined): Pick<TlsFacts, 'certSubject' | 'certAltNames' | 'certIssuer' | 'certValidTo'> {
  const known = cert && Object.keys(cert).length > 0 ? cert : undefined;
  return {
    certSubject: first(known?.subject?.CN) ?? first(known?.subject?.O),
    certAltNames: known?.subjectaltname,
    certIssuer: first(known?.issuer?.CN) ?? first(known?.issuer?.O),
    certValidTo: known?.valid_to,
  };
}

export function tlsFacts(socket: TLSSocket): TlsFacts {
  const error = socket.authorized ? undefined : String(socket.authorizationError ?? 'UNTRUSTED');
  return {
    protocol: socket.getProtocol(),
    cipher: socket.getCipher()?.name,
    ...certificateFacts(socket.getPeerCertificate()),
    ...(error ? { certError: error } : {}),
  };
}

/**
 * TLS options that complete the handshake whatever the certificate, so that its subject, issuer and expiry can be
 * recorded; `verifiedTls` must then refuse an untrusted peer before a single byte is sent over it.
 */
export function tlsClientOptions(servername: string, ip: string, ca: string | undefined, legacy = false) {
  return {
    ...(servername ? { servername } : {}),
    host: servername || ip,
    ...(ca ? { ca } : {}),
    rejectUnauthorized: false,
    // a second look at a server that failed the handshake: does it speak only TLS 1.0/1.1?
    ...(legacy ? { minVersion: 'TLSv1' as const, maxVersion: 'TLSv1.1' as const, ciphers: 'DEFAULT@SECLEVEL=0' } : {}),
  };
}

/** The facts of a finished handshake, or a 'tls' NetFailure (with the facts) when the certificate is not trusted. */
export function verifiedTls(socket: TLSSocket, legacy = false): TlsFacts {
  const facts = tlsFacts(socket);
  if (facts.certError && !legacy) {
    socket.destroy();
    throw new NetFailure('tls', `certificate not trusted: ${facts.certError}`, facts.certError, facts);
  }
  return facts;
}

/** TLS 1.0 and 1.1 are refused by Exchange Online and should be by everyone. */
export const isOldTls = (protocol: string | null): boolean => protocol === 'TLSv1' || protocol === 'TLSv1.1' || protocol === 'SSLv3';
