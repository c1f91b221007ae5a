/**
 * A local IMAP server (hoodiecrow-imap) over implicit TLS, answering like Exchange Online.
 *
 * API:
 *   startFakeExchangeImap(script?: FakeImapScript): Promise<FakeImap>
 *     script.greeting    'microsoft' (default: "* OK The Microsoft Exchange IMAP4 service is ready. […]") or other text
 *     script.sentFolder  have a "Sent Items" folder flagged \Sent (default true)
 *     script.xoauth2     list AUTH=XOAUTH2 (default true)
 *     script.authFails   answer every AUTHENTICATE XOAUTH2 with "NO AUTHENTICATE failed." (IMAP off for the mailbox)
 *     script.user / script.validToken   the mailbox and bearer token accepted (default 'adele@contoso.test' / DEFAULT_TOKEN)
 *     script.connectDelayMs  wait this long before handing the connection to the server (benchmarks)
 *   FakeImap: { host: '127.0.0.1'; port; authentications: {user, ok}[]; close() }
 */
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import hoodiecrow from 'hoodiecrow-imap';
import { DEFAULT_TOKEN } from './fake-exchange-smtp.js';
import { testCertificate } from './test-cert.js';

export interface FakeImapScript {
  greeting?: 'microsoft' | string;
  sentFolder?: boolean;
  xoauth2?: boolean;
  authFails?: boolean;
  user?: string;
  validToken?: string;
  connectDelayMs?: number;
}

export interface FakeImap {
  host: '127.0.0.1';
  port: number;
  authentications: { user: string; ok: boolean }[];
  close(): Promise<void>;
}

interface HoodieConnection {
  state: string;
  send(response: unknown, description: string, parsed: unknown, data: unknown): void;
}
interface Parsed {
  tag: string;
  attributes: { type: string; value: string }[];
}

const MS_GREETING = '* OK The Microsoft Exchange IMAP4 service is ready. [QgBOADkAUABSADAAMwBDAEEAMAAxADIAMwA=]';

export async function startFakeExchangeImap(script: FakeImapScript = {}): Promise<FakeImap> {
  const { key, cert } = testCertificate();
  const user = script.user ?? 'adele@contoso.test';
  const token = script.validToken ?? DEFAULT_TOKEN;
  const authentications: FakeImap['authentications'] = [];
  const exchangeXoauth2 = (server: { registerCapability: Function; setCommandHandler: Function }) => {
    if (script.xoauth2 !== false) server.registerCapability('AUTH=XOAUTH2', (c: HoodieConnection) => c.state === 'Not Authenticated');
    server.setCommandHandler('AUTHENTICATE XOAUTH2', (connection: HoodieConnection, parsed: Parsed, data: unknown, callback: () => void) => {
      const blob = Buffer.from(parsed.attributes[0]?.value ?? '', 'base64').toString('utf8').split('\x01');
      const seenUser = (blob[0] ?? '').replace(/^user=/, '');
      const ok = !script.authFails && seenUser.toLowerCase() === user.toLowerCase() && blob[1] === `auth=Bearer ${token}`;
      authentications.push({ user: seenUser, ok });
      if (ok) connection.state = 'Authenticated';
      connection.send(
        { tag: parsed.tag, command: ok ? 'OK' : 'NO', attributes: [{ type: 'TEXT', value: ok ? 'AUTHENTICATE completed.' : 'AUTHENTICATE failed.' }] },
        'AUTHENTICATE XOAUTH2',
        parsed,
        data,
      );
      callback();
    });
  };
  const folders: Record<string, unknown> = { Drafts: { 'special-use': '\\Drafts' }, 'Deleted Items': { 'special-use': '\\Trash' } };
  if (script.sentFolder !== false) folders['Sent Items'] = { 'special-use': '\\Sent' };
  const imap = hoodiecrow({
    secureConnection: true,
    credentials: { key, cert },
    plugins: ['SASL-IR', 'SPECIAL-USE', 'NAMESPACE', exchangeXoauth2],
    users: { [user]: { password: 'unused', xoauth2: { accessToken: token, sessionTimeout: 3600_000 } } },
    storage: { INBOX: { messages: [] }, '': { separator: '/', folders } },
  });
  const greeting = (script.greeting ?? 'microsoft') === 'microsoft' ? MS_GREETING : `* OK ${script.greeting}`;
  // hoodiecrow greets with its own name; rewrite that one line so the server reads like Exchange.
  const createClient = imap.createClient.bind(imap);
  imap.server.removeAllListeners('secureConnection');
  imap.server.on('secureConnection', (socket: { write: (data: unknown, ...rest: unknown[]) => boolean }) => {
    const write = socket.write.bind(socket);
    socket.write = (data: unknown, ...rest: unknown[]) =>
      write(typeof data === 'string' && data.startsWith('* OK Hoodiecrow') ? `${greeting}\r\n` : data, ...rest);
    createClient(socket);
  });
  imap.server.on('error', () => undefined);
  await new Promise<void>((resolve) => imap.listen(0, '127.0.0.1', () => resolve()));
  const innerPort = (imap.server.address() as AddressInfo).port;
  let front: Server | undefined;
  let port = innerPort;
  if (script.connectDelayMs) {
    front = createServer((client) => {
      client.pause();
      setTimeout(() => {
        const upstream = connect(innerPort, '127.0.0.1');
        client.pipe(upstream).pipe(client);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
        client.resume();
      }, script.connectDelayMs);
    });
    await new Promise<void>((resolve) => front!.listen(0, '127.0.0.1', () => resolve()));
    port = (front.address() as AddressInfo).port;
  }
  return {
    host: '127.0.0.1',
    port,
    authentications,
    close: async () => {
      if (front) await new Promise<void>((resolve) => front!.close(() => resolve()));
      await new Promise<void>((resolve) => imap.close(() => resolve()));
    },
  };
}
