import { readFile, writeFile } from 'node:fs/promises';
import { flowDocument, readmeWithDiagram } from '../machine/diagram.js';
import { readArgs, UsageError } from './args.js';
import type { CliIo } from './io.js';

const USAGE = 'Usage: mailbox-doctor diagram [--write | --check]';
// the same two levels up from src/cli/ and from dist/cli/: the repository root
const DIAGRAM_FILE = new URL('../../docs/flow.md', import.meta.url);
const README_FILE = new URL('../../README.md', import.meta.url);

/** `mailbox-doctor diagram`: prints the flow diagram, writes docs/flow.md and the README's copy, or checks both. */
export async function diagramCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, { write: { type: 'boolean' }, check: { type: 'boolean' } }, USAGE);
  if (values.write && values.check) throw new UsageError(`Choose --write or --check, not both.\n${USAGE}`);
  const doc = flowDocument();
  const readme = await readFile(README_FILE, 'utf8').catch(() => '');
  if (values.write) {
    await writeFile(DIAGRAM_FILE, doc);
    if (readme) await writeFile(README_FILE, readmeWithDiagram(readme));
    io.stdout.write('docs/flow.md and the README diagram written.\n');
    return 0;
  }
  if (values.check) {
    const current = await readFile(DIAGRAM_FILE, 'utf8').catch(() => '');
    if (current === doc && readme === readmeWithDiagram(readme)) return 0;
    io.stderr.write('The flow diagram is out of date: run npm run diagram.\n');
    return 1;
  }
  io.stdout.write(doc);
  return 0;
}
