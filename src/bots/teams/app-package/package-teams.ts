/**
 * `npm run package:teams`: writes the Teams app package (manifest.json with the bot id from MicrosoftAppId, and the
 * two icons) to dist/teams/mailbox-doctor-teams.zip, after checking the manifest against its schema and the icons.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { zipSync, type Zippable } from 'fflate';
import { ConfigError, loadConfig, withEnvFile } from '../../../config.js';
import { checkIcons, manifestProblems, MANIFEST_DIR, readManifest, withBotId, type Manifest } from './manifest.js';
import { localizationProblems, readLocalizations } from './localization.js';

/** A file of the package: its name at the zip's root (or in a folder, e.g. a locale's strings) and its bytes. */
export interface PackageFile {
  name: string;
  data: Uint8Array;
}

// a fixed time for every entry (zip stores local times from 1980): the same inputs always give the same bytes
const ENTRY_TIME = new Date(1980, 0, 1);

/**
 * The package's bytes: the manifest, its icons and any `extra` files (a localized manifest's per-locale files), as a
 * deflated zip written by fflate.
 */
export function buildPackage(botId: string | undefined, extra: readonly PackageFile[] = []): Buffer {
  const manifest: Manifest = withBotId(readManifest(), botId);
  const problems = manifestProblems(manifest);
  if (problems.length > 0) throw new Error(`manifest/teams/manifest.json does not match the Teams schema:\n  ${problems.join('\n  ')}`);
  const color = readFileSync(new URL(manifest.icons.color, MANIFEST_DIR));
  const outline = readFileSync(new URL(manifest.icons.outline, MANIFEST_DIR));
  const iconProblems = checkIcons(color, outline);
  if (iconProblems.length > 0) throw new Error(`icons: ${iconProblems.map((p) => `${p.file} ${p.problem}`).join('; ')}`);
  // the manifest's strings in the other languages (localizationInfo), each checked against Teams's limits
  const localizations = readLocalizations(manifest, MANIFEST_DIR);
  const localizationErrors = localizationProblems(manifest, localizations);
  if (localizationErrors.length > 0) throw new Error(`manifest/teams localization files:\n  ${localizationErrors.join('\n  ')}`);
  const files: PackageFile[] = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: manifest.icons.color, data: color },
    { name: manifest.icons.outline, data: outline },
    ...localizations.map((file) => ({ name: file.name, data: Buffer.from(`${JSON.stringify(file.data, null, 2)}\n`) })),
    ...extra,
  ];
  const entries: Zippable = Object.fromEntries(files.map((f) => [f.name, [f.data, { mtime: ENTRY_TIME }]]));
  if (Object.keys(entries).length !== files.length) throw new Error('two files of the Teams package have the same name');
  return Buffer.from(zipSync(entries, { level: 9 }));
}

function main(): number {
  try {
    const config = loadConfig(withEnvFile(process.env));
    const zip = buildPackage(config.MicrosoftAppId);
    const out = new URL('../../../../dist/teams/', import.meta.url);
    mkdirSync(out, { recursive: true });
    writeFileSync(new URL('mailbox-doctor-teams.zip', out), zip);
    process.stdout.write('Wrote dist/teams/mailbox-doctor-teams.zip: upload it in Teams (Apps > Manage your apps > Upload an app).\n');
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) process.exitCode = main();
