import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt(): number {
  try {
    return statSync(join(root, 'dist/bundle/main.js')).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Vitest's global setup: the tests that start the bin (`npm start`, child servers) run the compiled build in dist/, as
 * a user does, so it is rebuilt first whenever a source is newer than it (CI's `npm ci` has just built it).
 */
export default function buildOnce(): void {
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'scripts')));
  if (sources > builtAt()) execFileSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
}
