import type { TLSSocket } from 'node:tls';

/** What the TLS handshake showed. */
export interface TlsFacts {
  protocol: string | null;
  cipher: string | undefined;
  certSubject: string | undefined;
  certAltNames: string | undefined;
  certIssuer: string | undefined;
  certValidTo: string | undefined;
}

export function tlsFacts(socket: TLSSocket): TlsFacts {
  const cert = socket.getPeerCertificate();
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return {
    protocol: socket.getProtocol(),
    cipher: socket.getCipher()?.name,
    certSubject: first(cert?.subject?.CN),
    certAltNames: cert?.subjectaltname,
    certIssuer: first(cert?.issuer?.CN),
    certValidTo: cert?.valid_to,
  };
}

/** TLS 1.0 and 1.1 are refused by Exchange Online and should be by everyone. */
export const isOldTls = (protocol: string | null): boolean => protocol === 'TLSv1' || protocol === 'TLSv1.1' || protocol === 'SSLv3';
