import { readFileSync, writeFileSync } from 'node:fs';
import { probesDocWithTable } from './findings-table.en.js';

/** `npm run docs:probes`: rewrites the findings table in docs/probes.md from the English content. */
const file = new URL('../../docs/probes.md', import.meta.url);
writeFileSync(file, probesDocWithTable(readFileSync(file, 'utf8')));
