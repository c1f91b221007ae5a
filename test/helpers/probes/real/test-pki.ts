/**
 * A throw-away certificate authority made with `openssl` at test time, and the server certificates the real-server
 * tests need: a good one, an expired one, a self-signed one and one made out to another name.
 *
 * API:
 *   makeTestPki(dir, names): TestPki
 *     names   the DNS names the good, expired and self-signed certificates are made out to
 *   TestPki: { ca: PEM of the CA (give it to the probe as tlsCa); caName; good / expired / selfSigned / wrongName:
 *              { file: key + certificate in one PEM file (Postfix), cert / key: separate files (Dovecot) } }
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServerCert {
  file: string;
  cert: string;
  key: string;
}

export interface TestPki {
  ca: string;
  caName: string;
  good: ServerCert;
  expired: ServerCert;
  selfSigned: ServerCert;
  wrongName: ServerCert;
}

export const TEST_CA_NAME = 'Mailbox Doctor Test CA';
export const WRONG_NAME = 'mail.elsewhere.test';

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });

/** `openssl ca` needs a small config: a database, a serial, and the extensions a server certificate carries. */
function caConfig(dir: string): string {
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  const file = join(dir, 'ca.cnf');
  writeFileSync(
    file,
    [
      '[ca]', 'default_ca = test',
      '[test]', `dir = ${dir}`, 'database = $dir/index.txt', 'serial = $dir/serial', 'new_certs_dir = $dir',
      'certificate = $dir/ca.crt', 'private_key = $dir/ca.key', 'default_md = sha256', 'policy = anything',
      'copy_extensions = copy', 'unique_subject = no',
      '[anything]', 'commonName = supplied',
    ].join('\n'),
  );
  return file;
}

function leaf(dir: string, name: string, cn: string, sans: string[], sign: (csr: string, crt: string) => void): ServerCert {
  const key = join(dir, `${name}.key`);
  const csr = join(dir, `${name}.csr`);
  const cert = join(dir, `${name}.crt`);
  const san = sans.map((s) => `DNS:${s}`).join(',');
  openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', `/CN=${cn}`, '-addext', `subjectAltName=${san}`, '-keyout', key, '-out', csr], dir);
  sign(csr, cert);
  const file = join(dir, `${name}.pem`);
  writeFileSync(file, readFileSync(key, 'utf8') + readFileSync(cert, 'utf8'));
  return { file, cert, key };
}

export function makeTestPki(dir: string, names: string[]): TestPki {
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${TEST_CA_NAME}`, '-keyout', 'ca.key', '-out', 'ca.crt'], dir);
  const config = caConfig(dir);
  const byCa = (dates: string[]) => (csr: string, crt: string) => openssl(['ca', '-batch', '-notext', '-config', config, ...dates, '-in', csr, '-out', crt], dir);
  const selfSign = (name: string) => (csr: string, crt: string) =>
    openssl(['x509', '-req', '-in', csr, '-key', join(dir, `${name}.key`), '-days', '2', '-copy_extensions', 'copy', '-out', crt], dir);
  return {
    ca: readFileSync(join(dir, 'ca.crt'), 'utf8'),
    caName: TEST_CA_NAME,
    good: leaf(dir, 'good', names[0]!, names, byCa(['-days', '2'])),
    expired: leaf(dir, 'expired', names[0]!, names, byCa(['-startdate', '20250101000000Z', '-enddate', '20250201000000Z'])),
    selfSigned: leaf(dir, 'self-signed', names[0]!, names, selfSign('self-signed')),
    wrongName: leaf(dir, 'wrong-name', WRONG_NAME, [WRONG_NAME], byCa(['-days', '2'])),
  };
}
