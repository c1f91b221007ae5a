import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { LOCALIZATION_SCHEMA_FILE, readSchema, schemaErrors, type Manifest, type Schema } from './manifest.js';

/** One language's strings for the manifest, as a file of the app package. */
export interface LocalizationFile {
  languageTag: string;
  name: string;
  data: Record<string, string>;
}

/** The localization files the manifest's localizationInfo names, read from the manifest's folder. */
export function readLocalizations(manifest: Manifest, dir: URL): LocalizationFile[] {
  const info = manifest.localizationInfo as { additionalLanguages?: Array<{ languageTag: string; file: string }> } | undefined;
  return (info?.additionalLanguages ?? []).map(({ languageTag, file }) => ({
    languageTag,
    name: file,
    data: JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, string>,
  }));
}

/** One schema error in a localization file, said with the key it is about. */
function describe(file: string, error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const key = error.instancePath.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
  switch (error.keyword) {
    case 'required':
      return `${file}: ${String(params.missingProperty)} is missing`;
    case 'additionalProperties':
      return `${file}: ${String(params.additionalProperty)} is not a key Teams localizes`;
    case 'maxLength':
      return `${file}: ${key} is longer than ${String(params.limit)} characters`;
    default:
      return `${file}: ${key || '$'} ${error.message ?? error.keyword}`;
  }
}

/**
 * Every way a localization file breaks Microsoft's localization schema (vendored next to the manifest schema) or does
 * not fit the manifest (a command without its words), as "file: problem".
 */
export function localizationProblems(manifest: Manifest, files: readonly LocalizationFile[], schema: Schema = readSchema(LOCALIZATION_SCHEMA_FILE)): string[] {
  const problems: string[] = [];
  const commands = (manifest.bots[0]?.commandLists as Array<{ commands: unknown[] }> | undefined)?.[0]?.commands.length ?? 0;
  for (const { name, data } of files) {
    problems.push(...new Set(schemaErrors(data, schema).map((error) => describe(name, error))));
    for (let i = 0; i < commands; i++) {
      for (const field of ['title', 'description']) {
        const key = `bots[0].commandLists[0].commands[${i}].${field}`;
        if (typeof data[key] !== 'string') problems.push(`${name}: ${key} is missing (the manifest has ${commands} commands)`);
      }
    }
  }
  return problems;
}
