import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { fromAbort, fromSocketError, NetFailure } from './net-failure.js';
import { tlsClientOptions, verifiedTls, type TlsFacts } from './tls-facts.js';

export interface SmtpReply {
  code: number;
  /** every line of the reply joined with a space, codes included */
  text: string;
  /** the text of each line without the code */
  lines: string[];
}

export interface SmtpTarget {
  ip: string;
  port: number;
  /** TLS server name ('' for an IP literal) */
  servername: string;
}

export interface SmtpOpenOptions {
  signal: AbortSignal;
  ca?: string | undefined;
  /** TLS from the first byte (port 465) instead of STARTTLS */
  implicitTls?: boolean;
  /** offer only TLS 1.0/1.1 and keep an untrusted certificate: a second look at a failed handshake, never for a login */
  legacyTls?: boolean;
  /** called once TCP is connected (before any TLS): tells a check which stage a later failure belongs to */
  onConnected?: () => void;
  /** the line sent before closing (default QUIT; the anonymous IMAP check says LOGOUT) */
  goodbye?: string;
}

/**
 * A minimal SMTP client that reads replies as they are and keeps every step visible (banner, EHLO lists, STARTTLS).
 * Every wait ends when the signal aborts (deadline or cancel); failures reject with a NetFailure. Its line transport
 * (readLine, send) also carries the anonymous IMAP check, which needs the same visible steps.
 */
export class SmtpSession {
  private buffer = '';
  private pending: string[] = [];
  private waiter: { resolve: () => void; reject: (e: NetFailure) => void } | undefined;
  private failure: NetFailure | undefined;
  /** the lines of the reply being read, kept when the wait ends before the reply is complete */
  private unfinished: string[] = [];
  private readonly onAbort: () => void;
  tls: TlsFacts | undefined;

  private constructor(
    private socket: Socket | TLSSocket,
    private readonly target: SmtpTarget,
    private readonly options: SmtpOpenOptions,
  ) {
    this.onAbort = () => this.fail(fromAbort(options.signal));
    options.signal.addEventListener('abort', this.onAbort, { once: true });
    this.attach(socket);
  }

  static async open(target: SmtpTarget, options: SmtpOpenOptions): Promise<SmtpSession> {
    if (options.signal.aborted) throw fromAbort(options.signal);
    const socket = netConnect({ host: target.ip, port: target.port });
    await new Promise<void>((resolve, reject) => {
      const abort = () => {
        socket.destroy();
        reject(fromAbort(options.signal));
      };
      options.signal.addEventListener('abort', abort, { once: true });
      socket.once('connect', () => {
        options.signal.removeEventListener('abort', abort);
        resolve();
      });
      socket.once('error', (error) => {
        options.signal.removeEventListener('abort', abort);
        reject(fromSocketError(error));
      });
    });
    options.onConnected?.();
    const session = new SmtpSession(socket, target, options);
    if (options.implicitTls) await session.startTls();
    return session;
  }

  private attach(socket: Socket): void {
    socket.setEncoding('utf8');
    socket.on('data', this.onData);
    socket.on('error', (error) => this.fail(fromSocketError(error)));
    socket.on('close', () => this.fail(new NetFailure('closed', 'the server closed the connection')));
  }

  private readonly onData = (chunk: string): void => {
    this.buffer += chunk;
    let index: number;
    while ((index = this.buffer.indexOf('\n')) >= 0) {
      this.pending.push(this.buffer.slice(0, index).replace(/\r$/, ''));
      this.buffer = this.buffer.slice(index + 1);
    }
    if (this.buffer.length > 64 * 1024) this.fail(new NetFailure('protocol', 'reply line too long'));
    this.wake();
  };

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve();
  }

  private fail(failure: NetFailure): void {
    if (this.failure) return;
    this.failure = failure;
    this.socket.destroy();
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(failure);
  }

  /** Reads the next complete reply (all continuation lines). */
  async read(): Promise<SmtpReply> {
    const lines: string[] = [];
    this.unfinished = lines;
    for (;;) {
      while (this.pending.length > 0) {
        const line = this.pending.shift()!;
        lines.push(line);
        const match = /^(\d{3})([ -]|$)/.exec(line);
        if (!match) return { code: 0, text: lines.join(' '), lines };
        if (match[2] !== '-') {
          return { code: Number(match[1]), text: lines.join(' '), lines: lines.map((l) => l.slice(4)) };
        }
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve, reject) => (this.waiter = { resolve, reject }));
    }
  }

  /** What had arrived of a reply that never finished (a slow or stalled server), partial last line included. */
  partialReply(): string[] {
    return [...this.unfinished, ...this.pending, this.buffer].filter(Boolean);
  }

  /** Reads the next whole line as it is (IMAP). */
  async readLine(): Promise<string> {
    this.unfinished = [];
    for (;;) {
      const line = this.pending.shift();
      if (line !== undefined) return line;
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve, reject) => (this.waiter = { resolve, reject }));
    }
  }

  /** Sends one line without waiting for an answer (IMAP). */
  send(line: string): void {
    if (this.failure) throw this.failure;
    this.socket.write(`${line}\r\n`);
  }

  /** Sends one command line and reads its reply. */
  async command(line: string): Promise<SmtpReply> {
    if (this.failure) throw this.failure;
    this.socket.write(`${line}\r\n`);
    return this.read();
  }

  /** Upgrades the connection after a 220 reply to STARTTLS; records the TLS facts. */
  async startTls(): Promise<TlsFacts> {
    if (this.failure) throw this.failure;
    const plain = this.socket;
    plain.removeListener('data', this.onData);
    // anything the server sent after its 220 came before TLS: a man in the middle could have written it (RFC 3207 §4.2)
    this.pending = [];
    this.buffer = '';
    const legacy = this.options.legacyTls === true;
    const secure = tlsConnect({ ...tlsClientOptions(this.target.servername, this.target.ip, this.options.ca, legacy), socket: plain });
    await new Promise<void>((resolve, reject) => {
      this.waiter = { resolve: () => undefined, reject };
      secure.once('secureConnect', () => {
        this.waiter = undefined;
        resolve();
      });
      secure.once('error', (error) => {
        this.waiter = undefined;
        reject(fromSocketError(error));
      });
    });
    try {
      this.tls = verifiedTls(secure, legacy);
    } catch (error) {
      this.fail(error as NetFailure);
      throw error;
    }
    this.socket = secure;
    this.attach(secure);
    return this.tls;
  }

  /** Says goodbye politely when possible and closes the socket. */
  async close(): Promise<void> {
    this.options.signal.removeEventListener('abort', this.onAbort);
    if (!this.failure) {
      try {
        this.socket.write(`${this.options.goodbye ?? 'QUIT'}\r\n`);
      } catch {
        /* closing anyway */
      }
    }
    this.failure ??= new NetFailure('closed', 'closed by the probe');
    this.socket.destroy();
  }
}

/** The AUTH mechanisms an EHLO reply lists (upper case), or [] when it lists none. */
export function authMechanisms(ehlo: SmtpReply): string[] {
  const line = ehlo.lines.find((l) => /^AUTH[ =]/i.test(l));
  return line ? line.slice(5).trim().split(/\s+/).filter(Boolean).map((m) => m.toUpperCase()) : [];
}

export const offersStartTls = (ehlo: SmtpReply): boolean => ehlo.lines.some((l) => /^STARTTLS\b/i.test(l));
