import { openStore, storeReady } from '../app.js';
import { loadConfig } from '../config.js';
import { parseDuration } from '../handoff/duration.js';
import { mostFrequent } from '../ops/misunderstood.js';
import { readArgs, UsageError } from './args.js';
import type { CliIo } from './io.js';

const USAGE = 'Usage: mailbox-doctor misunderstood [--since 7d] [--json]';
const OPTIONS = { since: { type: 'string', default: '7d' }, json: { type: 'boolean' } } as const;

/** One line per message: how often, language, state, words (tabs inside the words become spaces). */
const line = (m: { count: number; locale: string; state: string; text: string }): string =>
  `${m.count}\t${m.locale}\t${m.state}\t${m.text.replace(/[\t\r\n]+/g, ' ')}\n`;

/**
 * `mailbox-doctor misunderstood`: the messages the assistant did not understand since a while ago (redacted), the
 * most frequent first, as tab-separated lines or JSON, so the team can grow the utterance corpus from them.
 */
export async function misunderstoodCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, OPTIONS, USAGE);
  const span = parseDuration(values.since);
  if (span === null) throw new UsageError(`--since takes a span such as 30m, 12h or 7d (at most a year).\n${USAGE}`);
  const config = loadConfig(io.env);
  const store = openStore(config);
  try {
    await storeReady(store);
    const now = Date.now();
    const found = mostFrequent(await store.misunderstoodMessages(now - span, now + 1), Number.POSITIVE_INFINITY);
    if (values.json) io.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
    else {
      io.stdout.write('count\tlocale\tstate\ttext\n');
      for (const m of found) io.stdout.write(line(m));
    }
    io.stderr.write(`${found.length} different messages not understood in the last ${values.since}.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
