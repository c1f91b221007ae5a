import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingsTable, probesDocWithTable } from '../../src/content/findings-table.en.js';
import { FINDING_IDS } from '../../src/probes/findings.js';

describe('the findings table in docs/probes.md', () => {
  const doc = readFileSync(new URL('../../docs/probes.md', import.meta.url), 'utf8');

  it('matches the English content (run `npm run docs:probes` after changing it)', () => {
    expect(doc).toBe(probesDocWithTable(doc));
  });

  it('has one row per finding, each with what the person sees, what it means and what to do', () => {
    const rows = findingsTable().split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)?.[1])).toEqual([...FINDING_IDS]);
    for (const row of rows) expect(row.split(' | ').every((cell) => cell.trim().length > 1)).toBe(true);
  });
});
