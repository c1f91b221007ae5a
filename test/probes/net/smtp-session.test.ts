import { createServer, type Server, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { SmtpSession } from '../../../src/probes/net/smtp-session.js';
import { testCertificate } from '../../helpers/probes/test-cert.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers STARTTLS with its 220 and, in the same packet, a line injected before TLS starts. */
async function injectingServer(): Promise<number> {
  const { key, cert } = testCertificate();
  server = createServer((plain: Socket) => {
    plain.write('220 smtp.example.test ESMTP\r\n');
    plain.once('data', () => {
      plain.write('250-smtp.example.test\r\n250 STARTTLS\r\n');
      plain.once('data', () => {
        plain.write('220 2.0.0 Ready to start TLS\r\n250 AUTH PLAIN injected-before-tls\r\n');
        const secure = new TLSSocket(plain, { isServer: true, key, cert });
        secure.on('data', (data: Buffer) => {
          if (data.toString().startsWith('EHLO')) secure.write('250-smtp.example.test\r\n250 AUTH LOGIN XOAUTH2\r\n');
        });
        secure.on('error', () => undefined);
      });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

describe('an SMTP session upgraded with STARTTLS', () => {
  it('forgets every line received before TLS: after the upgrade only what came over TLS is read', async () => {
    const port = await injectingServer();
    const signal = AbortSignal.timeout(10_000);
    const session = await SmtpSession.open({ ip: '127.0.0.1', port, servername: 'smtp.example.test' }, { signal, ca: testCertificate().cert });
    try {
      expect((await session.read()).code).toBe(220);
      await session.command('EHLO probe');
      expect((await session.command('STARTTLS')).code).toBe(220);
      await session.startTls();
      const ehlo = await session.command('EHLO probe');
      expect(ehlo.lines).toEqual(['smtp.example.test', 'AUTH LOGIN XOAUTH2']);
    } finally {
      await session.close();
    }
  });
});
