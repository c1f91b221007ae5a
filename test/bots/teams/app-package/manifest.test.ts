import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colorIcon, outlineIcon } from '../../../../src/bots/teams/app-package/icons.js';
import { checkIcons, manifestProblems, MANIFEST_DIR, readManifest, withBotId } from '../../../../src/bots/teams/app-package/manifest.js';
import { buildPackage } from '../../../../src/bots/teams/app-package/package-teams.js';
import { decodePng, encodePng } from '../../../../src/bots/teams/app-package/png.js';
import { readZip } from '../../../../src/bots/teams/app-package/zip.js';

const BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const file = (name: string) => readFileSync(new URL(name, MANIFEST_DIR));

describe('the Teams app manifest', () => {
  it('matches the vendored Teams manifest schema, a current version', () => {
    const manifest = readManifest();
    expect(manifest.manifestVersion).toBe('1.19');
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

  it('refuses to package without a usable bot id, and says which setting to fill', () => {
    expect(() => withBotId(readManifest(), undefined)).toThrow(/Set MicrosoftAppId/);
    expect(() => withBotId(readManifest(), 'my-bot')).toThrow(/must be a GUID/);
  });
});

describe('the Teams app icons', () => {
  it('are a 192×192 colour icon and a 32×32 outline that is white on transparent', () => {
    const color = decodePng(file('color.png'));
    const outline = decodePng(file('outline.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const alphas = [...outline.pixels.filter((_, i) => i % 4 === 3)];
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(32 * 32 * 0.5);
    expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(50);
    expect(checkIcons(file('color.png'), file('outline.png'))).toEqual([]);
  });

  it('are what the generator draws, so the committed files and the script agree', () => {
    expect(encodePng(colorIcon()).equals(file('color.png'))).toBe(true);
    expect(encodePng(outlineIcon()).equals(file('outline.png'))).toBe(true);
  });

  it('are checked: an opaque or wrongly sized outline is named as a problem', () => {
    const opaque = encodePng({ width: 48, height: 48, pixels: new Uint8Array(48 * 48 * 4).fill(200) });
    expect(checkIcons(file('color.png'), opaque).map((p) => p.problem)).toEqual([
      'is 48×48, should be 32×32',
      'has no transparent background',
      'has 2304 pixels that are not white',
    ]);
  });
});

describe('npm run package:teams', () => {
  it('writes a zip with the manifest (bot id filled in), both icons and the four translations at its root', () => {
    const entries = readZip(buildPackage(BOT_ID));
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png', 'es.json', 'de.json', 'fr.json', 'pt-br.json']);
    const manifest = JSON.parse(entries[0]!.data.toString('utf8')) as { bots: Array<{ botId: string }> };
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(entries[1]!.data.equals(file('color.png'))).toBe(true);
    expect(entries[2]!.data.equals(file('outline.png'))).toBe(true);
  });
});
