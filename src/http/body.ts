import type { IncomingMessage } from 'node:http';
import { badRequest, HttpError, tooLarge } from './errors.js';

export const MAX_BODY_BYTES = 256 * 1024;

/** A body too large is not read: the answer closes the connection, so it is not read and thrown away either. */
const CLOSE = { connection: 'close' };

const cutShort = () => badRequest('incomplete_body', 'The request body ended before it was complete.');

/**
 * Reads a request body up to a limit; a bigger body is refused before it is all read. (Listeners rather than the
 * stream's async iterator, which costs a promise per chunk on the path of every request.)
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(`The request body is larger than ${limit} bytes.`, CLOSE));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish();
        reject(tooLarge(`The request body is larger than ${limit} bytes.`, CLOSE));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      finish();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      finish();
      reject(req.complete ? error : cutShort());
    };
    const finish = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    // a client that goes away before the end: nothing more will come
    const onClose = () => {
      if (req.complete) return;
      finish();
      reject(cutShort());
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * Parses a JSON body; an empty body reads as {}. A body must say `Content-Type: application/json`: a browser sends
 * a cross-site form or a no-cors fetch (text/plain, form types, or no type) without asking the server first, so
 * reading those as JSON would let any web page post here in a visitor's name.
 */
export async function readJson(req: IncomingMessage, limit?: number): Promise<unknown> {
  const raw = await readBody(req, limit);
  if (raw.length === 0) return {};
  const mediaType = String(req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw badRequest('malformed_json', 'The body is not valid JSON.');
  }
}
