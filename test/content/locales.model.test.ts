import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { CONTENT } from '../../src/content/catalog.js';
import { LOCALES, type Locale } from '../../src/content/locales.js';
import { present, toPlainText } from '../../src/content/present.js';
import { DIAGNOSIS_CODES } from '../../src/machine/diagnosis-codes.js';
import type { SkipReason, TriageContext } from '../../src/machine/triage.context.js';
import { viewOf, type Notice, type View } from '../../src/machine/view.js';
import { INTENTS, asideId, type AsideIntent } from '../../src/understanding/intents.js';
import { distinctStates } from '../helpers/triage-model.js';
import { englishSentences } from './english-left.js';

/**
 * Every state of the statechart in every language: it renders whole (no missing key, no placeholder), and a
 * non-English view holds no English sentence except quoted labels, Close's own labels and server replies.
 */
const settings = { closeIpListUrl: 'https://example.test/ips', followUpMinutes: 30, now: new Date('2026-11-26T10:00:00Z') };
const SKIPS: SkipReason[] = ['is-admin', 'not-admin', 'provider-manages-it', 'self-managed', 'toggle-on', 'toggle-off', 'connection-method', 'changed-earlier', 'addresses-differ', 'addresses-match'];
const ASIDES = INTENTS.filter((i): i is AsideIntent => i.startsWith('aside.')).map(asideId);

/** Every remark a step can carry, so that each is rendered in each language at least once per state. */
const NOTICES: Notice[] = [
  { kind: 'not-understood' },
  { kind: 'not-understood', offerPerson: true, question: true },
  { kind: 'follow-up' },
  { kind: 'restarted' },
  { kind: 'understood', path: 'sending' },
  { kind: 'understood', path: 'syncing' },
  { kind: 'address-noted', address: 'jo@contoso.com' },
  { kind: 'noted' },
  { kind: 'went-back' },
  { kind: 'nothing-to-go-back-to' },
  { kind: 'cannot-go-back' },
  { kind: 'ended-no-back' },
  ...ASIDES.map((aside): Notice => ({ kind: 'aside', aside })),
  ...SKIPS.map((reason): Notice => ({ kind: 'skipped', reason })),
  ...DIAGNOSIS_CODES.map((code): Notice => ({ kind: 'diagnosed', code })),
];

// without facts volunteered early: the skips they cause are rendered as remarks in every state instead
// one state per way a step reads (its key, path, diagnosis, check outcome, provider, connection method)
const states: AnyMachineSnapshot[] = [
  ...new Map(
    distinctStates({ withFacts: false }).map((state) => {
      const c = state.context as TriageContext;
      return [JSON.stringify([viewOf(state).key, c.path, c.lastDiagnosis, c.check?.outcome ?? null, Boolean(c.provider), c.connectionMethod]), state];
    }),
  ).values(),
];
/** the first state of each key carries every remark (asides depend on the step, not on how it was reached) */
const firstOfKey = new Set([...new Map(states.map((state) => [viewOf(state).key, state])).values()]);

function rendered(state: AnyMachineSnapshot, locale: Locale): string {
  const view = viewOf(state);
  const content = CONTENT[locale];
  const full = toPlainText(present(view, content, settings));
  const compact = toPlainText(present({ ...view, compact: true }, content, settings));
  if (!firstOfKey.has(state)) return [full, compact].join('\n');
  const remarks = NOTICES.map((notice) => present({ ...view, compact: true, notices: [notice] }, content, settings).notice ?? '');
  return [full, compact, ...remarks].join('\n');
}

describe.each(LOCALES.filter((l) => l !== 'en'))('every state in %s', (locale) => {
  it('renders whole: words, labels, no placeholder, in every state and with every remark', () => {
    expect(states.length).toBeGreaterThan(40);
    for (const state of states) {
      const view = viewOf(state);
      const text = rendered(state, locale);
      expect(text, `${view.key} renders no placeholder`).not.toMatch(/undefined|\bnull\b|\[object|NaN/);
      const p = present(view, CONTENT[locale], settings);
      expect(toPlainText(p).length, `${view.key} has words`).toBeGreaterThan(20);
      for (const c of [...p.choices, ...p.exits]) expect(c.label.length, `${view.key}/${c.id} has a label`).toBeGreaterThan(1);
    }
  });

  it('leaves no English sentence, quoted labels and server replies aside', () => {
    const english = new Set<string>();
    for (const state of states) {
      const view = viewOf(state);
      for (const sentence of englishSentences(rendered(state, locale), locale)) english.add(`${view.key}: ${sentence}`);
    }
    expect([...english]).toEqual([]);
  });

  it('says something different from English in every state (nothing left untranslated by mistake)', () => {
    for (const state of states) {
      const view = viewOf(state);
      const mine = toPlainText(present(view, CONTENT[locale], settings));
      expect(mine, view.key).not.toBe(toPlainText(present(view, CONTENT.en, settings)));
    }
  });
});

describe('the English check itself', () => {
  it('finds an English sentence left in a Spanish text, and lets quoted labels and server replies through', () => {
    expect(englishSentences('Abre la configuración. Then select the account and click reconnect now.', 'es')).toEqual([
      'Then select the account and click reconnect now.',
    ]);
    expect(englishSentences('El servidor respondió "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect".', 'es')).toEqual([]);
    expect(englishSentences('Abre Settings > Connected Accounts en Close y mira Email Sending.', 'es')).toEqual([]);
  });
});
