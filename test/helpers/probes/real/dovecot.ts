/**
 * A real Dovecot (Debian's dovecot-imapd) run by the test: its own config, run and state directories, listening on
 * 127.0.0.1 only, on free high ports. Never the system service.
 *
 * API:
 *   startDovecot(dir, options): Promise<RealDovecot>
 *     options.cert         { cert, key } files; omit for a server without TLS
 *     options.greeting     the IMAP greeting text (default Dovecot's own "Dovecot (Debian) ready.")
 *     options.mechanisms   auth mechanisms (default 'plain login')
 *     options.starttls     offer STARTTLS on the plain port (default true when a certificate is given)
 *     options.authPort     also listen for Postfix's SASL (the dovecot auth protocol) on this port
 *   RealDovecot: { imapPort (STARTTLS or plain), imapsPort (TLS, when a certificate is given); stop() }
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startDaemon } from './processes.js';

export interface DovecotOptions {
  cert?: { cert: string; key: string };
  greeting?: string;
  mechanisms?: string;
  authPort?: number;
}

export interface RealDovecot {
  imapPort: number;
  imapsPort: number | undefined;
  stop(): Promise<void>;
}

export const DOVECOT = '/usr/sbin/dovecot';

export async function startDovecot(dir: string, options: DovecotOptions): Promise<RealDovecot> {
  mkdirSync(join(dir, 'run'), { recursive: true });
  mkdirSync(join(dir, 'state'), { recursive: true });
  const imapPort = await freePort();
  const imapsPort = options.cert ? await freePort() : undefined;
  const tls = options.cert
    ? [`ssl = yes`, `ssl_cert = <${options.cert.cert}`, `ssl_key = <${options.cert.key}`, 'ssl_min_protocol = TLSv1.2', 'disable_plaintext_auth = yes']
    : ['ssl = no', 'disable_plaintext_auth = no'];
  const conf = [
    `base_dir = ${join(dir, 'run')}`,
    `state_dir = ${join(dir, 'state')}`,
    `log_path = ${join(dir, 'dovecot.log')}`,
    'protocols = imap',
    'listen = 127.0.0.1',
    'default_internal_user = dovecot',
    'default_login_user = dovenull',
    `auth_mechanisms = ${options.mechanisms ?? 'plain login'}`,
    ...(options.greeting ? [`login_greeting = ${options.greeting}`] : []),
    ...tls,
    'passdb {', '  driver = static', '  args = nopassword=y', '}',
    'userdb {', '  driver = static', '  args = uid=dovecot gid=dovecot home=/nonexistent', '}',
    'service imap-login {',
    `  inet_listener imap {`, `    address = 127.0.0.1`, `    port = ${imapPort}`, '  }',
    `  inet_listener imaps {`, `    address = 127.0.0.1`, `    port = ${imapsPort ?? 0}`, ...(imapsPort ? ['    ssl = yes'] : []), '  }',
    '}',
    'service auth {',
    ...(options.authPort ? ['  inet_listener {', '    address = 127.0.0.1', `    port = ${options.authPort}`, '  }'] : []),
    '}',
    'service anvil {', '  chroot =', '}',
    'service stats {', '  chroot =', '}',
  ].join('\n');
  const file = join(dir, 'dovecot.conf');
  writeFileSync(file, `${conf}\n`);
  const ports = [imapPort, ...(imapsPort ? [imapsPort] : []), ...(options.authPort ? [options.authPort] : [])];
  const daemon = await startDaemon(DOVECOT, ['-F', '-c', file], ports);
  return { imapPort, imapsPort, stop: daemon.stop };
}
