#!/usr/bin/env node
// The build `npm ci` runs through `prepare` (or `npm run build`): src/ compiled to dist/ by tsc (tsgo in TypeScript 7),
// the browser script copied beside the module that serves it, and each locale's intent classifier trained once into
// dist/models/ (keyed by a hash of its corpus, so a changed corpus is never served a stale model: it trains at start).
// Last, the CLI and server bundled into dist/bundle/ (what the bin runs; see bundle.js and docs/performance.md §6).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

// a clean output, except dist/teams/ where `npm run package:teams` leaves the Teams app package
if (existsSync(dist)) for (const entry of readdirSync(dist)) if (entry !== 'teams') rmSync(join(dist, entry), { recursive: true, force: true });

const tsc = join(dirname(require.resolve('typescript/package.json')), require('typescript/package.json').bin.tsc);
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

copyFileSync(join(root, 'src/bots/web/chat.client.js'), join(dist, 'bots/web/chat.client.js'));

const { saveTrainedModel } = await import(pathToFileURL(join(dist, 'understanding/intent-classifier.js')).href);
for (const file of readdirSync(join(dist, 'content')).filter((f) => /^corpus\.[\w-]+\.js$/.test(f))) {
  const locale = file.slice('corpus.'.length, -'.js'.length);
  const module = await import(pathToFileURL(join(dist, 'content', file)).href);
  const corpora = Object.values(module).filter((v) => v && typeof v === 'object');
  if (corpora.length !== 1) throw new Error(`${file} should export exactly one corpus`);
  const saved = await saveTrainedModel(locale, corpora[0]);
  console.log(`trained the ${locale} intent classifier into dist/models/${saved}`);
}

const { bundleCli } = await import('./bundle.js');
await bundleCli(root);
