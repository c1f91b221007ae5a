// The far end of the replies, in a process of its own: a fake Slack Web API (`slack`) or a fake Bot Framework
// connector (`teams`). It answers every call at once and notes when each reply arrived, keyed by what it answers:
// Slack, the thread (`thread_ts`) a chat.postMessage posts into; Teams, the activity (`replyToId` in the path) a
// reply answers. The bench that forked it asks for those notes over IPC ({type: 'drain'}) and gets them back as
// [key, arrival] pairs, arrival in milliseconds on the clock every process shares (timeOrigin + now).
import { createServer } from 'node:http';

const mode = process.argv[2];
if (mode !== 'slack' && mode !== 'teams') throw new Error('usage: reply-sink.mjs slack|teams');
const now = () => performance.timeOrigin + performance.now();
let arrived = [];
let sequence = 0;
/** the start of the first reply to each key, kept so that a second reply to it can be shown beside the first */
const firstBodies = new Map();

function note(key, at, body) {
  arrived.push([key, at]);
  const first = firstBodies.get(key);
  if (first === undefined) {
    if (firstBodies.size >= 100_000) firstBodies.clear();
    firstBodies.set(key, body.slice(0, 300));
  } else {
    process.stderr.write(`reply sink: a second reply to ${key}: ${body.slice(0, 300)}\n  the first was: ${first}\n`);
  }
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const at = now();
    sequence += 1;
    let answer;
    if (mode === 'slack') {
      const method = (req.url ?? '').replace(/^.*\/api\//, '');
      // JSON from the assistant's client; a form (objects as JSON in it) from @slack/web-api's WebClient
      const text = Buffer.concat(chunks).toString('utf8');
      let args = {};
      try {
        args = String(req.headers['content-type']).startsWith('application/json') ? JSON.parse(text || '{}') : Object.fromEntries(new URLSearchParams(text));
      } catch {
        args = {};
      }
      if (method === 'chat.postMessage' && typeof args.thread_ts === 'string') note(args.thread_ts, at, text);
      answer = { ok: true, channel: args.channel ?? 'C0BENCH', ts: `1770000000.${String(sequence).padStart(6, '0')}`, user: { id: 'U0ALICE', locale: 'en-US' } };
    } else {
      const reply = /^\/(?:.*\/)?v3\/conversations\/[^/]+\/activities\/([^/?]+)/.exec(req.url ?? '');
      if (req.method === 'POST' && reply) note(decodeURIComponent(reply[1]), at, Buffer.concat(chunks).toString('utf8'));
      answer = { id: `reply-${sequence}` };
    }
    const body = JSON.stringify(answer);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});

server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ type: 'ready', port: server.address().port }));
process.on('message', (message) => {
  if (message?.type !== 'drain') return;
  const batch = arrived;
  arrived = [];
  process.send?.({ type: 'drained', id: message.id, arrived: batch });
});
process.on('disconnect', () => process.exit(0));
