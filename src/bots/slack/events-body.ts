import type { IncomingMessage } from 'node:http';
import { parse } from 'node:querystring';
import { readBody } from '../../http/body.js';

type BufferedRequest = IncomingMessage & { rawBody?: Buffer };

function isObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return true; // not JSON at all: Bolt answers that itself
  }
}

/**
 * Reads a request to /slack/events before Bolt does (Bolt takes a body already read from `rawBody`) and says whether
 * Bolt can be given it. A signed body that parses to something other than an object (JSON `null`) makes Bolt's
 * HTTPReceiver throw outside any handler and takes the process down; Slack never sends one.
 */
export async function readSlackBody(req: IncomingMessage): Promise<boolean> {
  const raw = await readBody(req);
  (req as BufferedRequest).rawBody = raw;
  const text = raw.toString('utf8');
  if (req.headers['content-type'] === 'application/x-www-form-urlencoded') {
    const { payload } = parse(text);
    return typeof payload === 'string' ? isObject(payload) : true;
  }
  return isObject(text);
}
