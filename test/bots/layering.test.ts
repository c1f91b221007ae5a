import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bots = join(root, 'src/bots');
const store = join(root, 'src/store');


interface StoreImport {
  file: string;
  typeOnly: boolean;
  names: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

const intoStore = (file: string, specifier: string) => specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(`${store}/`);

/** A file's statements with their leading comments dropped (TypeScript 7 here has no compiler API to parse with). */
function statements(text: string): string[] {
  return text.split(';').map((chunk) => {
    const lines = chunk.split('\n');
    while (lines.length > 0 && /^\s*(\/\/|\/\*|\*|$)/.test(lines[0] ?? '')) lines.shift();
    return lines.join('\n').trim();
  });
}

/** Every import, re-export and dynamic import() of a file that reaches into src/store. */
function storeImports(file: string): StoreImport[] {
  const text = readFileSync(file, 'utf8');
  const name = relative(bots, file);
  const found: StoreImport[] = [];
  for (const statement of statements(text)) {
    const keyword = statement.startsWith('import ') ? 'import' : statement.startsWith('export ') ? 'export' : null;
    const from = statement.lastIndexOf(' from ');
    if (!keyword || from < 0) continue;
    const specifier = statement.slice(from + 6).trim().slice(1, -1);
    if (!intoStore(file, specifier)) continue;
    const clause = statement.slice(keyword.length, from).trim();
    const bound = clause.replace(/^type\s+/, '');
    const braces = bound.startsWith('{') ? bound.slice(1, bound.indexOf('}')) : '';
    const elements = braces.split(',').map((element) => element.trim()).filter(Boolean);
    const typeOnly = clause.startsWith('type ') || (clause.startsWith('{') && clause.endsWith('}') && elements.every((element) => element.startsWith('type ')));
    const names = elements.map((element) => element.replace(/^type\s+/, '').split(/\s+as\s+/)[0] ?? '');
    found.push({ file: name, typeOnly, names });
  }
  for (const part of text.split('import(').slice(1)) {
    const quote = part.trimStart()[0];
    const specifier = quote === "'" || quote === '"' ? part.trimStart().slice(1).split(quote)[0] ?? '' : null;
    if (specifier === null || intoStore(file, specifier)) found.push({ file: name, typeOnly: false, names: [] });
  }
  return found;
}

const imports = sourceFiles(bots).flatMap(storeImports);

describe('channels reach the store only through the engine (docs/architecture.md)', () => {
  it('finds the channels and what they import from the store', () => {
    expect(imports.some((i) => i.file.startsWith('slack/'))).toBe(true);
  });

  it('no channel loads the store: what a channel takes from src/store is types only', () => {
    expect(imports.filter((i) => !i.typeOnly).map((i) => i.file)).toEqual([]);
  });

  it('no channel is handed the store itself, only its record types (sessions and contacts come from the engine)', () => {
    const taking = [...new Set(imports.filter((i) => i.names.includes('Store')).map((i) => i.file))].sort();
    expect(taking).toEqual([]);
  });
});
