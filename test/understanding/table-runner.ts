import type { Engine, TurnResult } from '../../src/engine/engine.js';
import type { Locale } from '../../src/content/locales.js';
import type { Row } from './tables.en.js';

/**
 * Runs tables of typed messages through the real engine: each row starts a conversation (in a language, when given),
 * picks its way to where the message is typed, types it, and checks what follows.
 */
async function play(engine: Engine, row: Row, locale: Locale | undefined): Promise<{ before: TurnResult; after: TurnResult }> {
  let before: TurnResult = await engine.start('web', `table-${Math.random()}`, {}, [], { locale });
  for (const choice of row.at) {
    const outcome = await engine.send(before.session.id, { choice });
    if (!outcome.ok) throw new Error(`choice ${choice} failed: ${outcome.error}`);
    before = outcome;
  }
  const after = await engine.send(before.session.id, { text: row.says });
  if (!after.ok) throw new Error(`"${row.says}" failed: ${after.error}`);
  return { before, after };
}

/** Every expectation of a row that does not hold, in words. */
async function problems(engine: Engine, row: Row, locale: Locale | undefined): Promise<string[]> {
  const { before, after } = await play(engine, row, locale);
  const { expect: want } = row;
  const view = after.view;
  const found: string[] = [];
  if (want.state && view.key !== want.state) found.push(`state ${view.key}, wanted ${want.state}`);
  if (want.notState && view.key === want.notState) found.push(`went to ${view.key}`);
  if (want.path && view.facts.path !== want.path) found.push(`path ${view.facts.path}, wanted ${want.path}`);
  if (want.aside) {
    const aside = view.notices.find((n) => n.kind === 'aside');
    if (!aside || aside.aside !== want.aside) found.push(`aside ${aside?.aside ?? 'none'} (${view.notices.map((n) => n.kind).join(',')}), wanted ${want.aside}`);
    if (view.key !== before.view.key) found.push(`moved from ${before.view.key} to ${view.key}`);
    if (JSON.stringify(view.choices) !== JSON.stringify(before.view.choices)) found.push('the choices changed');
  }
  if (want.diagnosis && !view.facts.diagnoses.includes(want.diagnosis)) found.push(`diagnoses ${view.facts.diagnoses.join(',') || 'none'}, wanted ${want.diagnosis}`);
  if (want.remembers && view.facts.address !== want.remembers && view.facts.known.closeAddress !== want.remembers) {
    found.push(`remembers ${view.facts.address ?? 'no address'}, wanted ${want.remembers}`);
  }
  if (want.heard) {
    if (view.key !== before.view.key) found.push(`moved from ${before.view.key} to ${view.key}`);
    const said = view.notices.filter((n) => n.kind === 'aside' || n.kind === 'not-understood').map((n) => n.kind);
    if (said.length > 0) found.push(`not only heard: ${said.join(',')}`);
  }
  const long = after.messages.filter((m) => m.text.length > 400 && !m.text.includes('\n  | '));
  if (long.length > 0) found.push(`a message of ${long[0]?.text.length} characters`);
  return found.map((p) => `"${row.says}" at ${before.view.key}: ${p}`);
}

/** Runs a table; prints how many rows came out as expected and returns the problems of the rest. */
async function runTable(engine: Engine, locale: Locale | undefined, name: string, rows: Row[]): Promise<{ share: number; failures: string[] }> {
  const failures: string[] = [];
  let passed = 0;
  for (const row of rows) {
    const found = await problems(engine, row, locale);
    if (found.length === 0) passed++;
    failures.push(...found);
  }
  console.log(`${name}${locale ? ` (${locale})` : ''}: ${passed}/${rows.length} rows as expected${failures.length ? `\n${failures.join('\n')}` : ''}`);
  return { share: passed / rows.length, failures };
}


/** A table runner bound to an engine and a language. */
export function tableRunner(engine: Engine, locale?: Locale) {
  return (name: string, rows: Row[]) => runTable(engine, locale, name, rows);
}
