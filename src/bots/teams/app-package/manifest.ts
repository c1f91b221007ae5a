import { readFileSync } from 'node:fs';
import { validate, type Schema } from './json-schema.js';
import { decodePng } from './png.js';

export const MANIFEST_DIR = new URL('../../../../manifest/teams/', import.meta.url);
export const SCHEMA_FILE = new URL('schema/MicrosoftTeams.schema.v1.19.json', MANIFEST_DIR);
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export interface Manifest {
  manifestVersion: string;
  icons: { color: string; outline: string };
  bots: Array<{ botId: string } & Record<string, unknown>>;
  [key: string]: unknown;
}

export function readManifest(dir: URL = MANIFEST_DIR): Manifest {
  return JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Manifest;
}

export function readSchema(): Schema {
  return JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;
}

/** The manifest with the bot's Microsoft App ID filled in; a missing or malformed id is a clear error. */
export function withBotId(manifest: Manifest, botId: string | undefined): Manifest {
  if (!botId) throw new Error('Set MicrosoftAppId (the bot\'s Microsoft App ID, from the Teams Developer Portal or the Azure Bot resource) before packaging.');
  if (!GUID.test(botId)) throw new Error(`MicrosoftAppId must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (the value set is not one).`);
  return { ...manifest, bots: manifest.bots.map((bot) => ({ ...bot, botId })) };
}

export interface IconProblem {
  file: string;
  problem: string;
}

/** Teams wants a 192×192 colour icon and a 32×32 outline icon that is white on a transparent background. */
export function checkIcons(color: Buffer, outline: Buffer): IconProblem[] {
  const problems: IconProblem[] = [];
  const c = decodePng(color);
  if (c.width !== 192 || c.height !== 192) problems.push({ file: 'color.png', problem: `is ${c.width}×${c.height}, should be 192×192` });
  const o = decodePng(outline);
  if (o.width !== 32 || o.height !== 32) problems.push({ file: 'outline.png', problem: `is ${o.width}×${o.height}, should be 32×32` });
  let transparent = 0;
  let notWhite = 0;
  for (let i = 0; i < o.pixels.length; i += 4) {
    if (o.pixels[i + 3] === 0) transparent++;
    else if (o.pixels[i] !== 255 || o.pixels[i + 1] !== 255 || o.pixels[i + 2] !== 255) notWhite++;
  }
  if (transparent === 0) problems.push({ file: 'outline.png', problem: 'has no transparent background' });
  if (notWhite > 0) problems.push({ file: 'outline.png', problem: `has ${notWhite} pixels that are not white` });
  return problems;
}

/** Every way the manifest breaks the Teams schema, as "path: problem". */
export function manifestProblems(manifest: unknown, schema: Schema = readSchema()): string[] {
  return validate(schema, manifest);
}
