import { describe, expect, it } from 'vitest';
import { finishedCheckCard, runningCheckCard } from '../../../src/bots/teams/check-cards.js';
import { probesEn } from '../../../src/content/probes.en.js';
import { teamsEn } from '../../../src/content/teams.en.js';

const words = { teams: teamsEn, probes: probesEn };
const state = {
  progress: { running: ['smtp', 'imap'], done: ['mx'], total: 5 },
  deviceCode: { userCode: 'ABCD-1234', verificationUri: 'https://microsoft.com/devicelogin' },
};

describe('the live check cards', () => {
  it('name the checks running now and how many are left', () => {
    const json = JSON.stringify(runningCheckCard('Checking a@b.test now.', state, true, words));
    expect(json).toContain(teamsEn.checkProgress(['Sending server', 'Mail sync server'], 4));
    expect(json).toContain(JSON.stringify({ title: 'Domain', value: teamsEn.checkDone }));
  });

  it('show the sign-in code and a link to the sign-in page in a 1:1 chat', () => {
    const card = runningCheckCard('Checking.', state, true, words);
    expect(JSON.stringify(card)).toContain(teamsEn.checkSignIn('https://microsoft.com/devicelogin', 'ABCD-1234'));
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: teamsEn.checkSignInOpen, url: 'https://microsoft.com/devicelogin' }]);
  });

  it('never show the code in a channel, and say to use a 1:1 chat instead', () => {
    const json = JSON.stringify(runningCheckCard('Checking.', state, false, words));
    expect(json).not.toContain('ABCD-1234');
    expect(json).toContain(teamsEn.checkSignInInChat);
  });

  it('offer no link when the sign-in page is not https', () => {
    const card = runningCheckCard('Checking.', { deviceCode: { userCode: 'X', verificationUri: 'javascript:alert(1)' } }, true, words);
    expect(card.actions).toBeUndefined();
  });

  it('end with each check and its outcome, or say the check stopped', () => {
    const done = finishedCheckCard({ outcome: 'done', address: 'a@b.test', checks: [{ id: 'smtp', status: 'fail', summary: '', diagnoses: [] }], diagnoses: [], primary: null }, words);
    expect(JSON.stringify(done)).toContain(JSON.stringify({ title: 'Sending server', value: teamsEn.checkStatus.fail }));
    expect(JSON.stringify(finishedCheckCard(null, words))).toContain(teamsEn.checkStopped);
  });
});
