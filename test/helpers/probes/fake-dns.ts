/**
 * A tiny authoritative DNS server over UDP on 127.0.0.1, for DNS_SERVERS / --dns-servers.
 *
 * API:
 *   startFakeDns(zone: FakeZone): Promise<{ server: string ('127.0.0.1:port'); queries: {name, type}[]; close() }>
 *     zone[name] = { mx?: string[]; a?: string[]; aaaa?: string[] }   names are lower case, without a trailing dot.
 *     Unknown names get NXDOMAIN; a known name without the asked type gets an empty NOERROR answer (NODATA).
 */
import { createSocket } from 'node:dgram';

export type FakeZone = Record<string, { mx?: string[]; a?: string[]; aaaa?: string[] }>;

const TYPES: Record<number, 'a' | 'mx' | 'aaaa'> = { 1: 'a', 15: 'mx', 28: 'aaaa' };

function encodeName(name: string): Buffer {
  const parts = name.replace(/\.$/, '').split('.').filter(Boolean);
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, 'ascii')])), Buffer.from([0])]);
}

function readName(packet: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let at = offset;
  while (packet[at]! > 0) {
    const length = packet[at]!;
    labels.push(packet.subarray(at + 1, at + 1 + length).toString('ascii'));
    at += length + 1;
  }
  return { name: labels.join('.').toLowerCase(), end: at + 1 };
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return Buffer.from(groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]));
}

function record(type: number, rdata: Buffer): Buffer {
  const fixed = Buffer.alloc(10);
  fixed.writeUInt16BE(type, 0);
  fixed.writeUInt16BE(1, 2);
  fixed.writeUInt32BE(60, 4);
  fixed.writeUInt16BE(rdata.length, 8);
  return Buffer.concat([Buffer.from([0xc0, 0x0c]), fixed, rdata]);
}

export async function startFakeDns(zone: FakeZone): Promise<{ server: string; queries: { name: string; type: string }[]; close: () => Promise<void> }> {
  const socket = createSocket('udp4');
  const queries: { name: string; type: string }[] = [];
  socket.on('message', (packet, peer) => {
    const { name, end } = readName(packet, 12);
    const qtype = packet.readUInt16BE(end);
    const kind = TYPES[qtype];
    queries.push({ name, type: kind ?? String(qtype) });
    const entry = zone[name];
    const answers: Buffer[] = [];
    if (entry && kind === 'a') for (const ip of entry.a ?? []) answers.push(record(1, Buffer.from(ip.split('.').map(Number))));
    if (entry && kind === 'aaaa') for (const ip of entry.aaaa ?? []) answers.push(record(28, ipv6Bytes(ip)));
    if (entry && kind === 'mx') {
      (entry.mx ?? []).forEach((host, i) => {
        const pref = Buffer.alloc(2);
        pref.writeUInt16BE((i + 1) * 10);
        answers.push(record(15, Buffer.concat([pref, encodeName(host)])));
      });
    }
    const header = Buffer.alloc(12);
    packet.copy(header, 0, 0, 2); // id
    header.writeUInt16BE(0x8400 | (packet.readUInt16BE(2) & 0x0100) | (entry ? 0 : 3), 2); // response, authoritative, RD copied, rcode
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    const question = packet.subarray(12, end + 4);
    socket.send(Buffer.concat([header, question, ...answers]), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
