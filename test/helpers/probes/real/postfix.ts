/**
 * A real Postfix (Debian's postfix) run by the test: one master in the foreground with its own config and queue
 * directories, every service an smtpd (or postscreen) on a free port of 127.0.0.1, told apart by `-o` overrides.
 * Never the system service, never another address.
 *
 * API:
 *   startPostfix(dir, services, options): Promise<RealPostfix>
 *     services   { name: { ...main.cf overrides for that port } }; `postscreen: true` puts postscreen in front
 *     options.banner     smtpd_banner of every service that does not override it
 *     options.saslPort   Dovecot's auth listener on 127.0.0.1 (AUTH comes from there)
 *     options.certificate  key + certificate file of every service that does not override it (postscreen's smtpd too)
 *   RealPostfix: { ports: { name: port }; stop() }
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort, startDaemon } from './processes.js';

export const POSTFIX_MASTER = '/usr/lib/postfix/sbin/master';

export type PostfixService = Record<string, string> & { postscreen?: 'yes' };

export interface RealPostfix {
  ports: Record<string, number>;
  stop(): Promise<void>;
}

/** The support services an smtpd talks to (no chroot: the test has no chroot tree). */
const SUPPORT = [
  'cleanup unix n - n - 0 cleanup',
  'qmgr unix n - n 300 1 qmgr',
  'tlsmgr unix - - n 1000? 1 tlsmgr',
  'rewrite unix - - n - - trivial-rewrite',
  'bounce unix - - n - 0 bounce',
  'defer unix - - n - 0 bounce',
  'trace unix - - n - 0 bounce',
  'verify unix - - n - 1 verify',
  'proxymap unix - - n - - proxymap',
  'anvil unix - - n - 1 anvil',
  'scache unix - - n - 1 scache',
  'smtpd pass - - n - - smtpd',
];

const override = (name: string, value: string) => `  -o { ${name} = ${value} }`;

export async function startPostfix(dir: string, services: Record<string, PostfixService>, options: { banner: string; saslPort: number; certificate: string }): Promise<RealPostfix> {
  const queue = join(dir, 'queue');
  for (const sub of ['pid', 'public', 'private']) mkdirSync(join(queue, sub), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  // Postfix's daemons run as the postfix user: its sockets and data live in directories it owns, under ones it can enter.
  for (let d = dir; d !== '/' && d !== '/tmp'; d = dirname(d)) chmodSync(d, 0o755);
  execFileSync('chown', ['postfix', join(queue, 'private'), join(dir, 'data')]);
  execFileSync('chown', ['postfix:postdrop', join(queue, 'public')]);
  const main = [
    'compatibility_level = 3.6',
    `queue_directory = ${queue}`,
    `data_directory = ${join(dir, 'data')}`,
    'mail_owner = postfix',
    'setgid_group = postdrop',
    'inet_interfaces = 127.0.0.1',
    'inet_protocols = ipv4',
    'myhostname = mail.test',
    'mydestination =',
    'mynetworks = 127.0.0.2/32',
    'smtpd_peername_lookup = no',
    `smtpd_banner = ${options.banner}`,
    'smtpd_sasl_type = dovecot',
    `smtpd_sasl_path = inet:127.0.0.1:${options.saslPort}`,
    'smtpd_tls_security_level = may',
    `smtpd_tls_chain_files = ${options.certificate}`,
    'smtpd_tls_auth_only = yes',
    'smtpd_sasl_auth_enable = yes',
    'postscreen_access_list =',
    'postscreen_dnsbl_sites =',
    'postscreen_greet_action = ignore',
  ];
  writeFileSync(join(dir, 'main.cf'), `${main.join('\n')}\n`);
  const ports: Record<string, number> = {};
  const lines: string[] = [...SUPPORT];
  for (const [name, settings] of Object.entries(services)) {
    const port = await freePort();
    ports[name] = port;
    const { postscreen, ...rest } = settings;
    lines.push(`127.0.0.1:${port} inet n - n - ${postscreen ? '1 postscreen' : '- smtpd'}`, ...Object.entries(rest).map(([k, v]) => override(k, v)));
  }
  writeFileSync(join(dir, 'master.cf'), `${lines.join('\n')}\n`);
  const daemon = await startDaemon(POSTFIX_MASTER, ['-c', dir, '-d'], Object.values(ports));
  return { ports, stop: daemon.stop };
}
