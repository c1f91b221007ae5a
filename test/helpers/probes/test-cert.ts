/**
 * A self-signed certificate made with `openssl` at test time, valid for the Microsoft host names the fake servers
 * stand in for, `localhost` and 127.0.0.1.
 *
 * API:
 *   testCertificate(): { key: string; cert: string; caFile: string }
 *     PEM key and certificate (generated once per test process); `caFile` is a file holding the certificate, for
 *     PROBE_TLS_CA / --tls-ca. Pass `cert` as the probe's `tlsCa` so the probe trusts the fake servers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CERT_NAMES = ['smtp.office365.com', 'outlook.office365.com', 'smtp.example.test', 'localhost'];

let cached: { key: string; cert: string; caFile: string } | undefined;

export function testCertificate(): { key: string; cert: string; caFile: string } {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'probe-cert-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const san = [...CERT_NAMES.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=outlook.office365.com',
      '-addext', `subjectAltName=${san}`, '-keyout', keyFile, '-out', certFile],
    { stdio: 'ignore' },
  );
  cached = { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), caFile: certFile };
  return cached;
}
