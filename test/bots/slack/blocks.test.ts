import { describe, expect, it } from 'vitest';
import { answeredBlocks, decodeChoice, turnBlocks, turnText } from '../../../src/bots/slack/blocks.js';
import type { Presentation } from '../../../src/content/present.js';
import { slackEn } from '../../../src/content/slack.en.js';

const presentation: Presentation = {
  notice: "Thanks, I've noted <@U0EVE>@example.com.",
  notices: ["Thanks, I've noted <@U0EVE>@example.com."],
  text: 'Open Settings > Connected Accounts & check it:',
  steps: ['Go to Users > Active users.', 'Tick <Authenticated SMTP>.'],
  after: 'Tell me when you have saved.',
  forward: { title: 'Message for your admin', body: 'Please turn on Authenticated SMTP for jo@contoso.com.\nThanks!' },
  choices: [
    { id: 'done', label: 'Done' },
    { id: 'cannot-find-setting', label: "I can't find it" },
  ],
  exits: [
    { id: 'human', label: 'Talk to a person' },
    { id: 'start-over', label: 'Start over' },
  ],
    feedback: null,
};

const decorations = { sessionId: '5f0c7d1e-0000-4000-8000-000000000001', version: 4, viewKey: 'enablingToggle' as const };

describe('Block Kit for one turn', () => {
  const blocks = turnBlocks(presentation, decorations, slackEn) as any[];

  it('lays out the remarks, the text, numbered steps, the after-text and the message to forward as a quote', () => {
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'rich_text', 'section', 'section', 'rich_text', 'actions', 'actions']);
    expect(blocks[1].text.text).toBe('Open Settings &gt; Connected Accounts &amp; check it:');
    expect(blocks[2].elements[0]).toEqual({
      type: 'rich_text_list',
      style: 'ordered',
      elements: [
        { type: 'rich_text_section', elements: [{ type: 'text', text: 'Go to Users > Active users.' }] },
        { type: 'rich_text_section', elements: [{ type: 'text', text: 'Tick <Authenticated SMTP>.' }] },
      ],
    });
    expect(blocks[4].text.text).toBe('*Message for your admin*');
    expect(blocks[5].elements[0]).toEqual({ type: 'rich_text_quote', elements: [{ type: 'text', text: presentation.forward?.body }] });
  });

  it('escapes the notice so a mention inside it cannot ping', () => {
    expect(blocks[0].text.text).toBe("Thanks, I've noted &lt;@U0EVE&gt;@example.com.");
  });

  it('gives every button its choice id, the session id and the version it answers', () => {
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements);
    expect(buttons.map((b: any) => b.action_id)).toEqual(['mbd_choice_done', 'mbd_choice_cannot-find-setting', 'mbd_choice_human', 'mbd_choice_start-over']);
    expect(decodeChoice(buttons[1].value)).toEqual({ s: decorations.sessionId, v: 4, c: 'cannot-find-setting' });
    expect(buttons[1].text).toEqual({ type: 'plain_text', text: "I can't find it" });
  });

  it('offers the admin picker while bringing in the admin, and the address button on the first question', () => {
    const admin = turnBlocks({ ...presentation, forward: null }, { ...decorations, viewKey: 'bringingInAdmin' }, slackEn) as any[];
    const picker = admin.find((b) => b.block_id === `mbd_admin|${decorations.sessionId}`);
    expect(picker.elements[0]).toMatchObject({ type: 'users_select', action_id: 'mbd_pick_admin' });
    const first = turnBlocks(presentation, { ...decorations, viewKey: 'askingSymptom' }, slackEn) as any[];
    expect(first.find((b) => b.block_id === 'mbd_address').elements[0]).toMatchObject({ action_id: 'mbd_open_address', value: decorations.sessionId });
  });

  it('has a short escaped plain-text fallback for notifications: the notice and the lead', () => {
    expect(turnText(presentation)).toBe("Thanks, I've noted &lt;@U0EVE&gt;@example.com. Open Settings &gt; Connected Accounts &amp; check it:");
  });

  it('drops the buttons and the picker of an answered message and says who chose what', () => {
    const admin = turnBlocks(presentation, { ...decorations, viewKey: 'bringingInAdmin' }, slackEn);
    const answered = answeredBlocks(admin, slackEn.chosen('U0ALICE', 'Done')) as any[];
    expect(answered.some((b) => b.type === 'actions' || b.block_id === 'mbd_admin_label')).toBe(false);
    expect(answered.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '<@U0ALICE> chose *Done*' }] });
  });
});
