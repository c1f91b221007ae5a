import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { PNG } from 'pngjs';

export const MANIFEST_DIR = new URL('../../../../manifest/teams/', import.meta.url);
/** The manifest schema version the app is on (manifest.json's manifestVersion). */
export const MANIFEST_VERSION = '1.29';
export const SCHEMA_FILE = new URL(`schema/MicrosoftTeams.schema.v${MANIFEST_VERSION}.json`, MANIFEST_DIR);
/** Microsoft's schema for the per-language files that localizationInfo names. */
export const LOCALIZATION_SCHEMA_FILE = new URL(`schema/MicrosoftTeams.Localization.schema.v${MANIFEST_VERSION}.json`, MANIFEST_DIR);
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** A JSON Schema: the Teams manifest schema is draft-04. */
export type Schema = Record<string, unknown>;

export interface Manifest {
  manifestVersion: string;
  icons: { color: string; outline: string };
  bots: Array<{ botId: string } & Record<string, unknown>>;
  [key: string]: unknown;
}

export function readManifest(dir: URL = MANIFEST_DIR): Manifest {
  return JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Manifest;
}

export function readSchema(file: URL = SCHEMA_FILE): Schema {
  return JSON.parse(readFileSync(file, 'utf8')) as Schema;
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
  const c = PNG.sync.read(color);
  if (c.width !== 192 || c.height !== 192) problems.push({ file: 'color.png', problem: `is ${c.width}×${c.height}, should be 192×192` });
  const o = PNG.sync.read(outline);
  if (o.width !== 32 || o.height !== 32) problems.push({ file: 'outline.png', problem: `is ${o.width}×${o.height}, should be 32×32` });
  let transparent = 0;
  let notWhite = 0;
  for (let i = 0; i < o.data.length; i += 4) {
    if (o.data[i + 3] === 0) transparent++;
    else if (o.data[i] !== 255 || o.data[i + 1] !== 255 || o.data[i + 2] !== 255) notWhite++;
  }
  if (transparent === 0) problems.push({ file: 'outline.png', problem: 'has no transparent background' });
  if (notWhite > 0) problems.push({ file: 'outline.png', problem: `has ${notWhite} pixels that are not white` });
  return problems;
}

/** `/bots/0/botId` as `$.bots[0].botId`. */
const pathOf = (pointer: string): string =>
  `$${pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')}`;

function describe(error: ErrorObject): string {
  const at = pathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${at}: "${String(params.missingProperty)}" is required`;
    case 'additionalProperties':
      return `${at}.${String(params.additionalProperty)}: is not allowed here`;
    case 'pattern':
      return `${at}: does not match ${String(params.pattern)}`;
    case 'enum':
      return `${at}: should be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at}: ${error.message ?? error.keyword}`;
  }
}

/**
 * A schema's patterns as JavaScript reads them: with the `u` flag, as Ajv does, or without it for the few Microsoft
 * wrote for .NET (the localization schema's `\\b]`, a lone `]` that only a non-unicode pattern takes as itself).
 */
const regExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      return new RegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'teamsSchemaRegExp' },
);

/**
 * Every way `data` breaks a schema, checked by Ajv (draft-04, as Microsoft's Teams schemas are, with formats): a
 * well-kept validator that knows every keyword, tuple `items` included. Empty when it matches.
 */
export function schemaErrors(data: unknown, schema: Schema): ErrorObject[] {
  const ajv = new Ajv04.default({ allErrors: true, strict: false, code: { regExp } });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return validate(data) ? [] : (validate.errors ?? []);
}

/** Every way the manifest breaks the Teams schema, as "path: problem". */
export function manifestProblems(manifest: unknown, schema: Schema = readSchema()): string[] {
  return [...new Set(schemaErrors(manifest, schema).map(describe))];
}
