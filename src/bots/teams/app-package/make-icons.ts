/**
 * Draws the Teams app icons with nothing but node: `npx tsx src/bots/teams/app-package/make-icons.ts`.
 * Writes manifest/teams/color.png (192×192) and manifest/teams/outline.png (32×32, white on transparent).
 */
import { writeFileSync } from 'node:fs';
import { colorIcon, outlineIcon } from './icons.js';
import { encodePng } from './png.js';

const dir = new URL('../../../../manifest/teams/', import.meta.url);
writeFileSync(new URL('color.png', dir), encodePng(colorIcon()));
writeFileSync(new URL('outline.png', dir), encodePng(outlineIcon()));
process.stdout.write('wrote manifest/teams/color.png and manifest/teams/outline.png\n');
