// The bin runs a bundle of the compiled CLI, dist/bundle/main.js, rather than dist/cli/main.js and its ~150 files:
// loading zod and xstate as the packages ship them (zod's entry alone is about 95 modules, most of them error messages
// in 60 languages) took about half of the server's start. rolldown joins our modules with those two into a few files,
// and keeps each command's and each channel's own code in a chunk loaded on demand, as before.
// Every other package stays outside, loaded from node_modules as it ships (native code, workers, optional parts).
// dist/bundle/ sits two levels below the root like dist/cli/, so paths such as ../../dist/models/ still resolve.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';

const INLINED = ['zod', 'xstate'];
const inlined = (id) => INLINED.some((name) => id === name || id.startsWith(`${name}/`));

export async function bundleCli(root) {
  let rolldown;
  try {
    rolldown = await import('rolldown');
  } catch {
    // without the dev tools (an install that left them out) the bin runs dist/cli/main.js instead: slower to start
    console.log('rolldown is not installed: dist/bundle/ not built; the bin runs dist/cli/main.js');
    return;
  }
  const out = join(root, 'dist/bundle');
  await rolldown.build({
    input: { main: join(root, 'dist/cli/main.js') },
    platform: 'node',
    logLevel: 'warn',
    // every statement kept as written (no tree-shaking, no dead-code elimination): both take calls of built-ins for
    // pure and dropped a check whose only effect was to throw (decodeURIComponent of a request path: a malformed one
    // got 500 instead of 400)
    treeshake: false,
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !inlined(id),
    output: { dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', minify: false },
  });
  // the chat page's script is read beside the module that serves it
  copyFileSync(join(root, 'src/bots/web/chat.client.js'), join(out, 'chat.client.js'));
  console.log('bundled the CLI into dist/bundle/');
}
