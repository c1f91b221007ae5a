import { SmtpSession, type SmtpTarget } from './smtp-session.js';
import type { TlsFacts } from './tls-facts.js';

/** Where the anonymous IMAP check got to: a failure is reported at this stage. */
export interface ImapProgress {
  stage: 'connect' | 'tls' | 'greeting' | 'capability' | 'starttls';
  connected: boolean;
}

export interface ImapGreeting {
  /** the greeting's text after "* OK" (or the whole line when the server turned the connection away) */
  greeting: string;
  /** false when the server greeted with BYE (or anything but OK / PREAUTH) */
  accepted: boolean;
  capabilities: string[];
  tls: TlsFacts | undefined;
  /** the reply to STARTTLS when the server refused it */
  startTlsReply?: string;
}

const capabilitiesIn = (text: string): string[] | undefined => {
  const match = /\[CAPABILITY ([^\]]*)\]|^\* CAPABILITY (.*)$/i.exec(text);
  const list = match?.[1] ?? match?.[2];
  return list === undefined ? undefined : list.trim().split(/\s+/).map((c) => c.toUpperCase());
};

/** Sends a tagged command and reads up to its tagged answer; returns the untagged capabilities seen and the answer. */
async function tagged(session: SmtpSession, tag: string, command: string): Promise<{ answer: string; capabilities: string[] | undefined }> {
  session.send(`${tag} ${command}`);
  let capabilities: string[] | undefined;
  for (;;) {
    const line = await session.readLine();
    if (line.startsWith(`${tag} `)) return { answer: line.slice(tag.length + 1), capabilities: capabilitiesIn(line) ?? capabilities };
    capabilities = capabilitiesIn(line) ?? capabilities;
  }
}

/**
 * IMAP without credentials, every step visible (imapflow, used for the signed-in check, hides whether TCP, TLS or the
 * greeting stalled): connect, TLS (993) or STARTTLS when offered (143), greeting, CAPABILITY. Without implicit TLS and
 * without STARTTLS it stops after CAPABILITY in clear and returns `tls: undefined`. Failures reject with a NetFailure.
 */
export async function readImapGreeting(
  target: SmtpTarget,
  options: { signal: AbortSignal; ca?: string | undefined; legacyTls?: boolean; implicitTls: boolean },
  progress: ImapProgress,
): Promise<ImapGreeting> {
  const { implicitTls } = options;
  const onConnected = () => {
    progress.connected = true;
    progress.stage = implicitTls ? 'tls' : 'greeting';
  };
  const session = await SmtpSession.open(target, { ...options, implicitTls, onConnected, goodbye: 'z LOGOUT' });
  try {
    progress.stage = 'greeting';
    const line = await session.readLine();
    const accepted = /^\* (OK|PREAUTH)\b/i.test(line);
    const result: ImapGreeting = { greeting: line.replace(/^\* (OK|PREAUTH) ?/i, '').replace(/^\[[^\]]*\] ?/, ''), accepted, capabilities: [], tls: session.tls };
    if (!accepted) return result;
    progress.stage = 'capability';
    result.capabilities = capabilitiesIn(line) ?? (await tagged(session, 'a', 'CAPABILITY')).capabilities ?? [];
    if (implicitTls || !result.capabilities.includes('STARTTLS')) return result;
    progress.stage = 'starttls';
    const ready = await tagged(session, 'b', 'STARTTLS');
    if (!/^OK\b/i.test(ready.answer)) return { ...result, startTlsReply: ready.answer };
    progress.stage = 'tls';
    result.tls = await session.startTls();
    progress.stage = 'capability';
    result.capabilities = (await tagged(session, 'c', 'CAPABILITY')).capabilities ?? [];
    return result;
  } finally {
    await session.close();
  }
}
