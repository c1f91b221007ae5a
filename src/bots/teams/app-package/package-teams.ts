/**
 * `npm run package:teams`: writes the Teams app package (manifest.json with the bot id from MicrosoftAppId, and the
 * two icons) to dist/teams/mailbox-doctor-teams.zip, after checking the manifest against its schema and the icons.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../../../config.js';
import { checkIcons, manifestProblems, MANIFEST_DIR, readManifest, withBotId } from './manifest.js';
import { writeZip } from './zip.js';
import { localizationProblems, readLocalizations } from './localization.js';

export function buildPackage(botId: string | undefined): Buffer {
  const manifest = withBotId(readManifest(), botId);
  const problems = manifestProblems(manifest);
  if (problems.length > 0) throw new Error(`manifest/teams/manifest.json does not match the Teams schema:\n  ${problems.join('\n  ')}`);
  const color = readFileSync(new URL(manifest.icons.color, MANIFEST_DIR));
  const outline = readFileSync(new URL(manifest.icons.outline, MANIFEST_DIR));
  const iconProblems = checkIcons(color, outline);
  if (iconProblems.length > 0) throw new Error(`icons: ${iconProblems.map((p) => `${p.file} ${p.problem}`).join('; ')}`);
  const localizations = readLocalizations(manifest, MANIFEST_DIR);
  const localizationErrors = localizationProblems(manifest, localizations);
  if (localizationErrors.length > 0) throw new Error(`manifest/teams localization files:\n  ${localizationErrors.join('\n  ')}`);
  return writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: manifest.icons.color, data: color },
    { name: manifest.icons.outline, data: outline },
    ...localizations.map((file) => ({ name: file.name, data: Buffer.from(`${JSON.stringify(file.data, null, 2)}\n`) })),
  ]);
}

function main(): number {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    const config = loadConfig();
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
