import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../../src/http/body.js';
import { HttpError } from '../../src/http/errors.js';

/** A server that reads each body with readJson (limit 1,000 bytes) and says what it got or why not. */
let server: Server;
let port: number;
const outcomes: Array<{ ok: true; value: unknown } | { ok: false; status: number | undefined; code: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    readJson(req, 1000).then(
      (value) => {
        outcomes.push({ ok: true, value });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      },
      (error: unknown) => {
        const status = error instanceof HttpError ? error.status : undefined;
        outcomes.push({ ok: false, status, code: error instanceof HttpError ? error.code : undefined });
        if (!res.destroyed) {
          res.writeHead(status ?? 500, error instanceof HttpError ? (error.headers ?? {}) : {});
          res.end();
        }
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let lastConnectionHeader: string | undefined;

/** Sends a body in the given pieces without a Content-Length (chunked), each piece a write of its own. */
function sendInPieces(pieces: string[], end = true): Promise<number | 'aborted'> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      lastConnectionHeader = res.headers.connection;
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve('aborted'));
    for (const piece of pieces) req.write(piece);
    if (end) req.end();
    else setTimeout(() => req.destroy(), 50);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('readJson', () => {
  it('puts a body sent in several pieces back together', async () => {
    outcomes.length = 0;
    expect(await sendInPieces(['{"text":', '"hello', ' there"}'])).toBe(200);
    expect(outcomes).toEqual([{ ok: true, value: { text: 'hello there' } }]);
  });

  it('refuses a body over the limit that did not declare its length, with 413', async () => {
    outcomes.length = 0;
    expect(await sendInPieces(['{"text":"', 'x'.repeat(600), 'x'.repeat(600), '"}'])).toBe(413);
    expect(outcomes).toEqual([{ ok: false, status: 413, code: 'payload_too_large' }]);
    // the rest of such a body is not read: the answer closes the connection
    expect(lastConnectionHeader).toBe('close');
  });

  it('tells a body cut short by its client from a whole one, and the server answers the next request', async () => {
    outcomes.length = 0;
    expect(await sendInPieces(['{"text":"half'], false)).toBe('aborted');
    await settle();
    expect(outcomes).toEqual([{ ok: false, status: 400, code: 'incomplete_body' }]);
    expect(await sendInPieces(['{"ok":true}'])).toBe(200);
  });
});
