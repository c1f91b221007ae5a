import { describe, expect, it } from 'vitest';
import { localizationProblems, readLocalizations } from '../../../../src/bots/teams/app-package/localization.js';
import { manifestProblems, MANIFEST_DIR, readManifest } from '../../../../src/bots/teams/app-package/manifest.js';

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

  it('refuses a translation that is too long, misses a command or holds a key Teams does not localize', () => {
    const [first] = readLocalizations(manifest, MANIFEST_DIR);
    const broken = { ...first!, data: { ...first!.data, 'description.short': 'x'.repeat(81), tagline: 'hola' } };
    delete (broken.data as Record<string, string>)['bots[0].commandLists[0].commands[1].title'];
    expect(localizationProblems(manifest, [broken])).toEqual([
      'es.json: description.short is 81 characters, at most 80',
      'es.json: tagline is not a key Teams localizes for this app',
      'es.json: bots[0].commandLists[0].commands[1].title is missing (the manifest has 2 commands)',
    ]);
  });
});
