import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsEn } from '../../../src/content/teams.en.js';
import { cardText, messageActivity, post, repliesOf, startApp, type RunningApp } from '../../helpers/teams.js';

let r: RunningApp;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  r = await startApp({ HANDOFF_SECRET: 'a-handoff-signing-secret-of-32-characters!', TEAMS_APP_ID: '6b2f1c1e-8e55-4c3f-9c3e-2a7c1f0f9d11' });
});
afterAll(async () => {
  await r.app.close();
  nock.enableNetConnect();
});

describe('a helpdesk handoff picked up in Teams', () => {
  it('starts the ticket’s conversation in the 1:1 chat from "start CODE", once', async () => {
    const made = await r.app.handoffs.create({ ticket: '4712', channel: 'teams', symptom: 'syncing', singleUse: true, replyOnTicket: false });
    const opened = await r.app.handoffs.open(made.url.split('/h/')[1] ?? '');
    if (opened.kind !== 'app') throw new Error(`expected an app handoff, got ${opened.kind}`);

    const first = await post(r.url, messageActivity(`start ${opened.claimCode}`, { conversationId: 'a:claim', expectReplies: true }));
    expect(first.status).toBe(200);
    expect(cardText(repliesOf(first.body)[0])).toMatch(/Are you a Microsoft 365 admin/);
    const session = await r.app.store.findLatestSession('teams', 'a:claim');
    expect(session?.meta).toMatchObject({ ticketId: '4712' });

    const again = await post(r.url, messageActivity(`start ${opened.claimCode}`, { conversationId: 'a:elsewhere', expectReplies: true }));
    const note = repliesOf(again.body)[0] as { text?: string } | undefined;
    expect(note?.text).toBe(teamsEn.handoffRefused['not-claimable']);
  });
});
