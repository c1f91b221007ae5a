#!/usr/bin/env node
// Runs the compiled JavaScript in dist/, built by `npm ci` (through `prepare`) or `npm run build`: plain node, no
// TypeScript at run time.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('mailbox-doctor is not built yet: run npm run build (npm ci does it too), then try again.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
