import { describe, expect, it } from 'vitest';
import { de } from '../../../src/content/de.js';
import { en } from '../../../src/content/en.js';
import { teamsDe } from '../../../src/content/teams.de.js';
import { fr } from '../../../src/content/fr.js';
import { botAddedActivity, buttons, cardText, messageActivity, post, repliesOf, appForFile, submitActivity, type CardReply } from '../../helpers/teams.js';
import { first } from '../../helpers/first-sentence.js';

const r = appForFile();
const personal = (name: string) => ({ conversationId: `a:${name}`, expectReplies: true });
const ask = (state: keyof typeof de.states, content: typeof de) => first(content.states[state]({} as never, {} as never).text);

async function send(activity: unknown): Promise<CardReply[]> {
  const res = await post(r().url, activity);
  expect(res.status).toBe(200);
  return repliesOf(res.body);
}

describe('Teams speaks the language of the Teams client (the activity’s locale)', () => {
  it('welcomes a person whose Teams is in German in German: the welcome, the first question and its buttons', async () => {
    const replies = await send({ ...botAddedActivity(personal('de-welcome')), locale: 'de-DE' });
    expect(cardText(replies[0])).toContain(teamsDe.welcomePersonal);
    expect(cardText(replies[1])).toContain(ask('askingSymptom', de));
    expect(buttons(replies[1]).map((b) => b.title)).toContain(de.choices['sending-fails']);
  });

  it('carries on in French after a card click, and in English once asked in words', async () => {
    const conversation = personal('fr-click');
    const [, question] = await send({ ...botAddedActivity(conversation), locale: 'fr-FR' });
    const action = buttons(question).find((b) => b.title === fr.choices['sending-fails']);
    expect(action).toBeDefined();
    const [answer] = await send({ ...submitActivity({ ...action!.data }, conversation), locale: 'fr-FR' });
    expect(cardText(answer)).toContain(ask('askingIsAdmin', fr));
    const [english] = await send({ ...messageActivity('in English please', conversation), locale: 'fr-FR' });
    expect(cardText(english)).toMatch(/carry on in English/);
    expect(cardText(english)).toMatch(/admin/i);
    expect(buttons(english).map((b) => b.title)).toContain(en.choiceOverrides.askingIsAdmin?.yes ?? en.choices.yes);
    // the buttons follow the conversation's language, not the client's
    expect(buttons(english).map((b) => b.title)).not.toContain(fr.choiceOverrides.askingIsAdmin?.yes ?? fr.choices.yes);
  });

  it('answers a Spanish message from an English Teams client in Spanish', async () => {
    const conversation = personal('es-text');
    const [reply] = await send({ ...messageActivity('los correos que mando desde close se quedan en la bandeja de salida', conversation), locale: 'en-US' });
    expect(cardText(reply)).toMatch(/administrador|admin/);
    expect(cardText(reply)).not.toMatch(/Are you/);
  });
});
