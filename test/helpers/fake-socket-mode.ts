import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, length]) : Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff]);
  if (length >= 65536) throw new Error('frame too large for this fake');
  return Buffer.concat([header, payload]);
}

/**
 * A stand-in for Slack's Socket Mode endpoint: a minimal WebSocket server (text, ping and close frames) that says
 * hello, sends envelopes and records what the app sends back (its acknowledgements).
 */
export class FakeSocketMode {
  readonly received: Array<Record<string, unknown>> = [];
  private server: Server | null = null;
  private socket: Duplex | null = null;
  private connected: (() => void) | null = null;
  private readonly isConnected = new Promise<void>((resolve) => (this.connected = resolve));
  url = '';

  async start(): Promise<string> {
    this.server = createServer((_req, res) => res.writeHead(426).end());
    this.server.on('upgrade', (req, socket) => {
      const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      this.socket = socket;
      let buffered: Buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffered = Buffer.concat([buffered, chunk]);
        buffered = this.readFrames(buffered);
      });
      socket.on('error', () => undefined);
      this.sendJson({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0APP' } });
      this.connected?.();
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    return this.url;
  }

  private readFrames(data: Buffer): Buffer {
    let rest = data;
    while (rest.length >= 2) {
      const opcode = (rest[0] ?? 0) & 0x0f;
      const masked = ((rest[1] ?? 0) & 0x80) !== 0;
      let length = (rest[1] ?? 0) & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (rest.length < 4) return rest;
        length = rest.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (rest.length < 10) return rest;
        length = Number(rest.readBigUInt64BE(2));
        offset = 10;
      }
      const maskLength = masked ? 4 : 0;
      if (rest.length < offset + maskLength + length) return rest;
      const mask = rest.subarray(offset, offset + maskLength);
      const payload = Buffer.from(rest.subarray(offset + maskLength, offset + maskLength + length));
      if (masked) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
      rest = rest.subarray(offset + maskLength + length);
      if (opcode === 0x1) this.received.push(JSON.parse(payload.toString('utf8')) as Record<string, unknown>);
      else if (opcode === 0x9) this.socket?.write(frame(0xa, payload));
      else if (opcode === 0x8) {
        this.socket?.write(frame(0x8, Buffer.alloc(0)));
        this.socket?.end();
      }
    }
    return rest;
  }

  async connection(): Promise<void> {
    await this.isConnected;
  }

  sendJson(message: unknown): void {
    this.socket?.write(frame(0x1, Buffer.from(JSON.stringify(message))));
  }

  async close(): Promise<void> {
    this.socket?.destroy();
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
