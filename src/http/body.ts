import type { IncomingMessage } from 'node:http';
import { badRequest, HttpError, tooLarge } from './errors.js';

export const MAX_BODY_BYTES = 256 * 1024;

/** Reads a request body up to a limit; a bigger body is refused before it is all read. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(`The request body is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw tooLarge(`The request body is larger than ${limit} bytes.`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
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
