import { describe, expect, it } from 'vitest';
import { play } from '../helpers/story.js';

/** Transcript tables: each story of the article as a person types it (see test/helpers/story.ts). */
describe('stories of the article, typed as people type them', () => {
  it('sending: an admin resets a ticked Authenticated SMTP, waits for the follow-up, and it works', async () => {
    const { last } = await play([
      ['Hi, my emails get stuck in the Close outbox', 'askingIsAdmin', /admin/],
      ["yes, I'm the admin", 'askingProviderManaged', /GoDaddy/],
      ['no, we manage it ourselves', 'askingToggleState', /Users > Active users/],
      ["it's already checked", 'resettingToggle', /untick it and select Save changes/],
      ['done', 'waitingForPropagation', /30 minutes/],
      ['(follow-up)', 'askingReconnectResult', /reconnect the mailbox/],
      ['yes it worked!', 'resolved', /fixed/],
    ]);
    expect(last.session.status).toBe('resolved');
  });

  it('sending: an unticked setting, a test before the wait, a password connection, then Microsoft sign-in', async () => {
    await play([
      ['my account keeps disconnecting whenever I send', 'askingIsAdmin'],
      ['I am', 'askingProviderManaged'],
      ['nope', 'askingToggleState'],
      ["it's unchecked", 'enablingToggle', /Tick Authenticated SMTP/],
      ['saved', 'waitingForPropagation'],
      ['I already waited, test now', 'askingReconnectResult'],
      ['still failing', 'askingConnectionMethod'],
      ['with a password and the smtp settings', 'explainingBasicAuthChange', /December 2026/],
      ['ok done, reconnected', 'askingReconnectResult'],
      ['works now', 'resolved'],
    ]);
  });

  it('sending: a person who is not an admin gets a message to forward with the exact steps', async () => {
    const { last } = await play([
      ['emails are stuck in the outbox', 'askingIsAdmin'],
      ["I'm not an admin", 'bringingInAdmin', /Manage email apps[\s\S]*Authenticated SMTP/],
      ['my admin did it', 'waitingForPropagation'],
    ]);
    expect(last.session.status).toBe('waiting');
  });

  it('sending: a tenant bought from GoDaddy goes to the provider with a ready-made request', async () => {
    await play([
      ['stuck in outbox', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['we bought it from GoDaddy', 'contactingProvider', /GoDaddy[\s\S]*enable SMTP authentication/],
      ['they turned it on', 'waitingForPropagation'],
      ['(follow-up)', 'askingReconnectResult'],
      ['still not working', 'askingConnectionMethod'],
      ['the microsoft button', 'nextSteps', /person/],
      ['talk to a human please', 'escalated', /passed this to a person/],
    ]);
  });

  it('syncing: the Close address is an alias, then IMAP has to be turned on', async () => {
    await play([
      ["sent emails aren't showing up in my Office 365 sent folder", 'askingIsAdmin'],
      ['yes', 'askingAddressesMatch', /Username and email/],
      ["no, they're different", 'fixingPrimaryAddress', /Change to primary email/],
      ['done', 'readdingAccount', /Remove account[\s\S]*\+ Add Account > Microsoft/],
      ['still not syncing', 'enablingImap', /Tick IMAP/],
      ['done', 'askingSyncResult'],
      ["yes it's syncing now", 'resolved'],
    ]);
  });

  it('an error pasted in full is named, explained, and leads into the right path', async () => {
    await play([
      ['I have an error message', 'askingForError'],
      [
        "smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.')",
        'askingIsAdmin',
        /Authenticated SMTP is off/,
      ],
    ]);
  });

  it('an ambiguous 535 5.7.3 asks the question that tells the causes apart', async () => {
    await play([
      ['535 5.7.3 Authentication unsuccessful [MW4PR03CA0123.namprd03.prod.outlook.com]', 'disambiguating', /Outlook on the web/],
      ['yes I can', 'askingIsAdmin', /Authenticated SMTP is off/],
    ]);
  });

  it('"SMTP AUTH extension not supported" asks for the IP allowlist, then joins the toggle steps', async () => {
    await play([
      ['I keep getting SMTP AUTH extension not supported by the server', 'checkingIpAllowlist', /IP address/],
      ['done', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['no', 'askingToggleState'],
    ]);
  });

  it('a basic-authentication error explains the December 2026 change and points to Microsoft sign-in', async () => {
    await play([
      ['550 5.7.30 Basic authentication is not supported for Client Submission.', 'explainingBasicAuthChange', /From the end of December 2026[\s\S]*\+ Add Account > Microsoft/],
    ]);
  });

  it('what Close shows under Connected Accounts routes the conversation', async () => {
    await play([
      ["I'll check what close shows", 'askingCloseStatus', /Accounts & Apps/],
      ['sending is disconnected', 'askingIsAdmin'],
    ]);
    await play([
      ["I'll check what close shows", 'askingCloseStatus'],
      ['both say connected', 'askingIsAdmin'],
      ['yes', 'askingAddressesMatch'],
    ]);
  });

  it('words it does not understand get a clear answer and the same question again', async () => {
    const { transcript } = await play([
      ['banana', 'askingSymptom', /didn't get that[\s\S]*What are you seeing/],
      ['my address is Bob@Contoso.com', 'offeringCheck', /check bob@contoso.com live/],
      ['not now', 'askingSymptom', /What are you seeing/],
      ['2', 'askingIsAdmin'],
      ['start over', 'askingSymptom', /start again/],
    ]);
    expect(transcript.filter((e) => e.role === 'user')).toHaveLength(5);
  });

  it('keeps passwords out of the transcript', async () => {
    const { transcript } = await play([['my password is Hunter2!secret', 'askingSymptom']]);
    expect(JSON.stringify(transcript)).not.toContain('Hunter2');
  });
});
