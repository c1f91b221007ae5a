import { describe, expect, it } from 'vitest';
import type { Presentation } from '../../../src/content/present.js';
import { teamsEn } from '../../../src/content/teams.en.js';
import { MAX_ACTIONS, presentationCard } from '../../../src/bots/teams/cards.js';
import type { ChoiceId } from '../../../src/machine/choices.js';

const options = { sessionId: '6f1c1d0e-8f5b-4a53-9d43-3c1d1b1e2f00', version: 4, askAddress: false, freeText: false, offerAdminHandoff: false };
const choice = (id: string) => ({ id: id as ChoiceId, label: `Label ${id}` });
function presentation(count: number, extra: Partial<Presentation> = {}): Presentation {
  return {
    notice: null,
    notices: [],
    text: 'Question?',
    steps: [],
    after: null,
    forward: null,
    choices: Array.from({ length: count }, (_, i) => choice(`c${i}`)),
    exits: [choice('human'), choice('start-over')],
    feedback: null,
    ...extra,
  };
}

describe('Adaptive Cards from a presentation', () => {
  it('puts every choice on a button when they fit in six actions, each carrying its id, the session and its version', () => {
    const card = presentationCard(presentation(4), options, teamsEn);
    expect(card.actions).toHaveLength(6);
    expect(card.actions?.[0]).toMatchObject({ type: 'Action.Submit', title: 'Label c0', data: { md: 'choice', choice: 'c0', session: options.sessionId, version: 4 } });
    expect(card.body.some((e) => e.type === 'Input.ChoiceSet')).toBe(false);
  });

  it('moves the choices into one choice set with a single submit when there are more than six actions', () => {
    const card = presentationCard(presentation(5), options, teamsEn);
    const set = card.body.find((e) => e.type === 'Input.ChoiceSet') as { choices: Array<{ value: string }> };
    expect(set.choices.map((c) => c.value)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(card.actions?.map((a) => a.title)).toEqual([teamsEn.choiceSetSubmit, 'Label human', 'Label start-over']);
    expect(card.actions!.length).toBeLessThanOrEqual(MAX_ACTIONS);
  });

  it('numbers the steps and shows the message to forward apart from the rest', () => {
    const card = presentationCard(
      presentation(1, { notice: 'Noted.', notices: ['Noted.'], steps: ['Open it.', 'Tick it.'], after: 'Then tell me.', forward: { title: 'For your admin', body: 'Please tick it.' } }),
      options,
      teamsEn,
    );
    const texts = card.body.filter((e) => e.type === 'TextBlock').map((e) => e.text);
    expect(texts).toEqual(['Noted.', 'Question?', '1. Open it.', '2. Tick it.', 'Then tell me.', teamsEn.forwardHint]);
    expect(card.body.find((e) => e.type === 'Container')).toMatchObject({ style: 'emphasis', items: [{ text: 'For your admin' }, { text: 'Please tick it.' }] });
    expect(card.version).toBe('1.5');
  });
});
