import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizationProblems, readLocalizations } from '../../../../src/bots/teams/app-package/localization.js';
import { LOCALIZATION_SCHEMA_FILE, manifestProblems, MANIFEST_DIR, MANIFEST_VERSION, readManifest } from '../../../../src/bots/teams/app-package/manifest.js';

const manifest = readManifest();

describe('the Teams app in five languages', () => {
  it('names a translation for Spanish, German, French and Brazilian Portuguese, English being the default', () => {
    expect(manifest.localizationInfo).toMatchObject({ defaultLanguageTag: 'en' });
    expect(readLocalizations(manifest, MANIFEST_DIR).map((f) => f.languageTag)).toEqual(['es', 'de', 'fr', 'pt-br']);
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('translates the name, both descriptions and every command, within the lengths Teams accepts', () => {
    const files = readLocalizations(manifest, MANIFEST_DIR);
    expect(localizationProblems(manifest, files)).toEqual([]);
    for (const file of files) {
      // the commands are what people type in their language: each must differ from the English one
      expect(file.data['bots[0].commandLists[0].commands[0].title'], file.name).not.toBe('start over');
      expect(file.data['description.full'], file.name).not.toContain('Walks you through');
    }
  });

  it('names the localization schema of the manifest’s version, vendored beside the manifest schema', () => {
    for (const file of readLocalizations(manifest, MANIFEST_DIR)) {
      expect(file.data.$schema, file.name).toBe(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`);
    }
    expect(existsSync(LOCALIZATION_SCHEMA_FILE)).toBe(true);
  });

  it('refuses, by Microsoft’s localization schema, a translation that is too long, blank, misses a required key or holds one Teams does not localize', () => {
    const [first] = readLocalizations(manifest, MANIFEST_DIR);
    const broken = { ...first!, data: { ...first!.data, 'description.short': 'x'.repeat(81), 'name.full': '   ', tagline: 'hola' } };
    delete (broken.data as Record<string, string>)['description.full'];
    delete (broken.data as Record<string, string>)['bots[0].commandLists[0].commands[1].title'];
    const problems = localizationProblems(manifest, [broken]);
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        'es.json: description.full is missing',
        'es.json: tagline is not a key Teams localizes',
        'es.json: description.short is longer than 80 characters',
        expect.stringMatching(/^es\.json: name\.full must match pattern/),
        'es.json: bots[0].commandLists[0].commands[1].title is missing (the manifest has 2 commands)',
      ]),
    );
  });
});
