import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkIcons, manifestProblems, MANIFEST_DIR, MANIFEST_VERSION, readManifest, withBotId } from '../../../../src/bots/teams/app-package/manifest.js';
import { buildPackage } from '../../../../src/bots/teams/app-package/package-teams.js';
import { tempDir } from '../../../helpers/engine.js';

const BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const file = (name: string) => readFileSync(new URL(name, MANIFEST_DIR));

describe('the Teams app manifest', () => {
  it('matches the vendored Teams manifest schema, a current version (1.29), and names that schema', () => {
    const manifest = readManifest();
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    expect(MANIFEST_VERSION).toBe('1.29');
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
    // the vendored file is that version's schema: it accepts no other manifestVersion
    expect(manifestProblems({ ...manifest, manifestVersion: '1.19' })).toEqual(['$.manifestVersion: must be equal to constant']);
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('gets the bot id from configuration and still matches the schema', () => {
    const manifest = withBotId(readManifest(), BOT_ID);
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('is checked for real: a broken manifest is refused with the path of each problem', () => {
    const broken = { ...readManifest(), accentColor: undefined, bots: [{ botId: 'not-a-guid', scopes: ['everywhere'] }], extra: 1 };
    const problems = manifestProblems(JSON.parse(JSON.stringify(broken)));
    expect(problems).toEqual(
      expect.arrayContaining([
        '$: "accentColor" is required',
        expect.stringMatching(/^\$\.bots\[0\]\.botId: does not match/),
        expect.stringMatching(/^\$\.bots\[0\]\.scopes\[0\]: should be one of/),
        '$.extra: is not allowed here',
      ]),
    );
  });

  it('honours every keyword of the schema, tuple items included', () => {
    const schema = { $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', properties: { pair: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }] } } };
    expect(manifestProblems({ pair: ['a', 1] }, schema)).toEqual([]);
    expect(manifestProblems({ pair: ['a', 'b'] }, schema)).toEqual(['$.pair[1]: must be integer']);
  });

  it('refuses to package without a usable bot id, and says which setting to fill', () => {
    expect(() => withBotId(readManifest(), undefined)).toThrow(/Set MicrosoftAppId/);
    expect(() => withBotId(readManifest(), 'my-bot')).toThrow(/must be a GUID/);
  });
});

describe('the Teams app icons', () => {
  it('are a 192×192 colour icon and a 32×32 outline that is white on transparent', () => {
    const color = PNG.sync.read(file('color.png'));
    const outline = PNG.sync.read(file('outline.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const alphas = [...outline.data.filter((_, i) => i % 4 === 3)];
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(32 * 32 * 0.5);
    expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(50);
    expect(checkIcons(file('color.png'), file('outline.png'))).toEqual([]);
  });

  it('are checked: an opaque or wrongly sized outline is named as a problem', () => {
    const image = new PNG({ width: 48, height: 48 });
    image.data.fill(200);
    const opaque = PNG.sync.write(image);
    expect(checkIcons(file('color.png'), opaque).map((p) => p.problem)).toEqual([
      'is 48×48, should be 32×32',
      'has no transparent background',
      'has 2304 pixels that are not white',
    ]);
  });
});

/** The zip as Info-ZIP's unzip reads it (a reader that is not the one that wrote it): names in order, and each file. */
function unzipped(zip: Buffer): { names: string[]; read: (name: string) => Buffer } {
  const path = join(tempDir(), 'package.zip');
  writeFileSync(path, zip);
  execFileSync('unzip', ['-tqq', path]); // every entry's CRC checks out
  const names = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
  return { names, read: (name) => execFileSync('unzip', ['-p', path, name], { maxBuffer: 10 * 1024 * 1024 }) };
}

describe('npm run package:teams', () => {
  it('writes a zip with the manifest (bot id filled in), both icons and the four translations at its root', () => {
    const zip = unzipped(buildPackage(BOT_ID));
    expect(zip.names).toEqual(['manifest.json', 'color.png', 'outline.png', 'es.json', 'de.json', 'fr.json', 'pt-br.json']);
    const manifest = JSON.parse(zip.read('manifest.json').toString('utf8')) as { bots: Array<{ botId: string }> };
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(zip.read('color.png').equals(file('color.png'))).toBe(true);
    expect(zip.read('outline.png').equals(file('outline.png'))).toBe(true);
  });

  it('takes extra files, such as the per-locale strings of a localized manifest, under their own names', () => {
    const strings = Buffer.from(JSON.stringify({ $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json', 'name.short': 'Doctor de buzones' }));
    const zip = unzipped(buildPackage(BOT_ID, [{ name: 'extra/it.json', data: strings }]));
    expect(zip.names.at(-1)).toBe('extra/it.json');
    expect(zip.read('extra/it.json').equals(strings)).toBe(true);
  });

  it('gives the same bytes for the same inputs', () => {
    expect(buildPackage(BOT_ID).equals(buildPackage(BOT_ID))).toBe(true);
  });
});
