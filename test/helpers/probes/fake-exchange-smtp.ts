/**
 * A local SMTP server (smtp-server) scripted to answer like Exchange Online's submission endpoint.
 *
 * API:
 *   startFakeExchangeSmtp(script?: FakeSmtpScript): Promise<FakeSmtp>
 *     script.banner        'microsoft' (default: "220 <id>.outlook.office365.com Microsoft ESMTP MAIL Service ready at …")
 *                          or any other text (a middlebox banner)
 *     script.startTls      offer STARTTLS (default true); AUTH is only ever listed after TLS, like Exchange
 *     script.authAfterTls  list AUTH LOGIN XOAUTH2 after TLS (default true)
 *     script.validToken    the XOAUTH2 bearer token accepted (default 'fake-access-token')
 *     script.authReply     a full reply to send for every AUTH, e.g. '535 5.7.139 Authentication unsuccessful, …'
 *     script.mailFromReply a full reply for MAIL FROM, e.g. '550 5.1.8 Access denied, bad outbound sender'
 *     script.dataReply     a full reply after DATA, e.g. '554 5.2.252 SendAsDenied; …'
 *     script.connectDelayMs  wait this long before the banner (benchmarks)
 *   FakeSmtp: { host: '127.0.0.1'; port; auths: {method, user, tokenMatched}[]; messages: {from, to, body}[]; close() }
 * The certificate is testCertificate(): trust it with `tlsCa`.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { testCertificate } from './test-cert.js';

export interface FakeSmtpScript {
  banner?: 'microsoft' | string;
  startTls?: boolean;
  authAfterTls?: boolean;
  validToken?: string;
  authReply?: string;
  mailFromReply?: string;
  dataReply?: string;
  connectDelayMs?: number;
}

export interface FakeSmtp {
  host: '127.0.0.1';
  port: number;
  auths: { method: string; user: string | undefined; tokenMatched: boolean }[];
  messages: { from: string; to: string[]; body: string }[];
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'fake-access-token';

/** "535 5.7.139 text" → an error smtp-server sends as that exact reply. */
function replyError(reply: string): Error & { responseCode: number } {
  const match = /^(\d{3})\s+(.*)$/s.exec(reply);
  const error = new Error(match ? match[2] : reply) as Error & { responseCode: number };
  error.responseCode = match ? Number(match[1]) : 550;
  return error;
}

export async function startFakeExchangeSmtp(script: FakeSmtpScript = {}): Promise<FakeSmtp> {
  const { key, cert } = testCertificate();
  const microsoft = (script.banner ?? 'microsoft') === 'microsoft';
  const auths: FakeSmtp['auths'] = [];
  const messages: FakeSmtp['messages'] = [];
  const validToken = script.validToken ?? DEFAULT_TOKEN;
  const server = new SMTPServer({
    // smtp-server greets with "<name> ESMTP <banner>": this name makes it read like Exchange Online.
    name: microsoft ? 'BN9PR03CA0123.outlook.office365.com Microsoft' : 'mail.example-isp.test',
    banner: microsoft ? `MAIL Service ready at ${new Date().toUTCString()}` : (script.banner ?? ''),
    key,
    cert,
    logger: false,
    hideSTARTTLS: script.startTls === false,
    authMethods: ['LOGIN', 'XOAUTH2'],
    size: 157286400,
    onConnect(session, callback) {
      session.disabledCommands = ['AUTH']; // like Exchange: no AUTH before TLS
      if (script.connectDelayMs) setTimeout(() => callback(), script.connectDelayMs);
      else callback();
    },
    onSecure(_socket, session, callback) {
      session.disabledCommands = script.authAfterTls === false ? ['AUTH'] : [];
      callback();
    },
    onAuth(auth, _session, callback) {
      const tokenMatched = auth.method === 'XOAUTH2' && auth.accessToken === validToken;
      auths.push({ method: auth.method, user: auth.username, tokenMatched });
      if (script.authReply) return callback(replyError(script.authReply));
      if (!tokenMatched) return callback(replyError('535 5.7.3 Authentication unsuccessful'));
      callback(null, { user: auth.username });
    },
    onMailFrom(_address, _session, callback) {
      if (script.mailFromReply) return callback(replyError(script.mailFromReply));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (script.dataReply) return callback(replyError(script.dataReply));
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          body: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    host: '127.0.0.1',
    port,
    auths,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
