#!/usr/bin/env node
// Runs the compiled JavaScript in dist/, built by `npm ci` (through `prepare`) or `npm run build`: plain node, no
// TypeScript at run time. dist/bundle/main.js is the same code bundled to start faster (scripts/bundle.js); a build
// without it runs dist/cli/main.js.
import { existsSync } from 'node:fs';

const entry = [new URL('../dist/bundle/main.js', import.meta.url), new URL('../dist/cli/main.js', import.meta.url)].find((url) => existsSync(url));
if (!entry) {
  process.stderr.write('mailbox-doctor is not built yet: run npm run build (npm ci does it too), then try again.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
