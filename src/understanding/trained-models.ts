import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Where the build leaves trained classifiers: dist/models/, found the same from dist/understanding/ and (tests, tsx)
 * from src/understanding/. A model is only read for the exact corpus it was trained from, so either may use it.
 */
export const MODELS_DIR = new URL('../../dist/models/', import.meta.url);

/** The packages whose code shapes a trained network: a new version of any of them makes every saved model stale. */
const NLPJS_PACKAGES = ['@nlpjs/core', '@nlpjs/nlu', '@nlpjs/neural'];

let versions: string | null = null;
function nlpjsVersions(): string {
  const require = createRequire(import.meta.url);
  versions ??= NLPJS_PACKAGES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`).join(',');
  return versions;
}

/**
 * The file a model trained from exactly this corpus, with these settings and these NLP.js versions, is saved under.
 * Any change to one of them gives another name, so a stale model is never read: the classifier is trained instead.
 */
export function modelFileName(locale: string, corpus: unknown, settings: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify({ locale, corpus, settings, nlpjs: nlpjsVersions() })).digest('hex');
  return `intents.${locale}.${hash.slice(0, 24)}.json`;
}

/** The saved model for this name, or null when there is none (or it cannot be read: then the caller trains). */
export async function readSavedModel(name: string, dir: URL = MODELS_DIR): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await readFile(new URL(name, dir), 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export async function writeSavedModel(name: string, model: unknown, dir: URL = MODELS_DIR): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(new URL(name, dir), JSON.stringify(model));
}
