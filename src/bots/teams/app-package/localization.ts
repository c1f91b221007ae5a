import { readFileSync } from 'node:fs';
import type { Manifest } from './manifest.js';

/** One language's strings for the manifest, as a file of the app package. */
export interface LocalizationFile {
  languageTag: string;
  name: string;
  data: Record<string, string>;
}

/**
 * The keys a Teams localization file may hold for this app, with the longest value Teams accepts for each (from
 * Microsoft's localization schema: name, description, the bot's command titles and descriptions).
 */
const LIMITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^name\.short$/, 30],
  [/^name\.full$/, 100],
  [/^description\.short$/, 80],
  [/^description\.full$/, 4000],
  [/^bots\[0\]\.commandLists\[[0-2]\]\.commands\[[0-9]\]\.title$/, 32],
  [/^bots\[0\]\.commandLists\[[0-2]\]\.commands\[[0-9]\]\.description$/, 128],
];
const REQUIRED = ['name.short', 'description.short', 'description.full'];

/** The localization files the manifest's localizationInfo names, read from the manifest's folder. */
export function readLocalizations(manifest: Manifest, dir: URL): LocalizationFile[] {
  const info = manifest.localizationInfo as { additionalLanguages?: Array<{ languageTag: string; file: string }> } | undefined;
  return (info?.additionalLanguages ?? []).map(({ languageTag, file }) => ({
    languageTag,
    name: file,
    data: JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, string>,
  }));
}

/** Every way a localization file breaks Teams's rules or does not fit the manifest, as "file: problem". */
export function localizationProblems(manifest: Manifest, files: readonly LocalizationFile[]): string[] {
  const problems: string[] = [];
  const commands = (manifest.bots[0]?.commandLists as Array<{ commands: unknown[] }> | undefined)?.[0]?.commands.length ?? 0;
  for (const { name, data } of files) {
    for (const key of REQUIRED) if (typeof data[key] !== 'string' || data[key] === '') problems.push(`${name}: ${key} is missing`);
    for (const [key, value] of Object.entries(data)) {
      if (key === '$schema') continue;
      const limit = LIMITS.find(([pattern]) => pattern.test(key))?.[1];
      if (limit === undefined) problems.push(`${name}: ${key} is not a key Teams localizes for this app`);
      else if (typeof value !== 'string') problems.push(`${name}: ${key} must be a string`);
      else if (value.length > limit) problems.push(`${name}: ${key} is ${value.length} characters, at most ${limit}`);
    }
    for (let i = 0; i < commands; i++) {
      for (const field of ['title', 'description']) {
        const key = `bots[0].commandLists[0].commands[${i}].${field}`;
        if (typeof data[key] !== 'string') problems.push(`${name}: ${key} is missing (the manifest has ${commands} commands)`);
      }
    }
  }
  return problems;
}
