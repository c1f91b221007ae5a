import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../../src/bots/teams/progress.js';
import { teamsEn } from '../../../src/content/teams.en.js';

describe('probe progress in Teams', () => {
  it('shows every check on one card and updates that card in place instead of posting new ones', async () => {
    const adapter = new TestAdapter(async (context) => {
      const show = progressReporter(context, teamsEn);
      await show([{ label: 'SMTP sign-in', state: 'running' }, { label: 'IMAP', state: 'running' }]);
      await show([{ label: 'SMTP sign-in', state: 'passed' }, { label: 'IMAP', state: 'running' }]);
      await show([{ label: 'SMTP sign-in', state: 'passed' }, { label: 'IMAP', state: 'failed' }]);
    });
    await adapter.send('check my mailbox');
    expect(adapter.activeQueue).toHaveLength(1);
    const card = adapter.activeQueue[0]?.attachments?.[0]?.content as { body: Array<{ type: string; facts?: unknown }> };
    expect(card.body.find((e) => e.type === 'FactSet')?.facts).toEqual([
      { title: 'SMTP sign-in', value: teamsEn.progressPassed },
      { title: 'IMAP', value: teamsEn.progressFailed },
    ]);
  });
});
