import { describe, expect, it } from 'vitest';
import { play, said, type Row } from '../helpers/story.js';
import { makeEngine } from '../helpers/engine.js';

/**
 * The conversation around the steps, as people have it: questions asked mid-path answered in place, going back,
 * and facts said early that spare a question later. Each story runs through the real engine and store.
 */
describe('questions asked mid-path are answered in place, and the same question stands again', () => {
  const sending = ['my emails are stuck in the outbox', 'askingIsAdmin'] as const;
  /** an admin who manages Microsoft 365 turns Authenticated SMTP on and waits for Microsoft */
  const toWaiting: Row[] = [
    [...sending],
    ['yes', 'askingProviderManaged'],
    ['no', 'askingToggleState'],
    ['not ticked', 'enablingToggle'],
    ['done', 'waitingForPropagation'],
  ];

  it('how long to wait: says how much is left, and the follow-up stays scheduled', async () => {
    const { last, turns, pending } = await play([
      ...toWaiting,
      ['(wait 10)', 'waitingForPropagation'],
      ['how long do I wait?', 'waitingForPropagation', /About 20 minutes left/],
    ]);
    expect(pending).not.toBeNull();
    expect(last.view.status).toBe('waiting');
    expect(last.view.choices).toEqual(turns[turns.length - 2]?.view.choices);
  });

  it("\"I don't want to wait\" points to Test now, without moving on", async () => {
    await play([
      ...toWaiting,
      ["I don't want to wait", 'waitingForPropagation', /Test now/],
    ]);
  });

  it.each([
    ['what is IMAP?', ['sync-fails'], 'askingIsAdmin', /IMAP is how Close reads your mailbox/],
    ['what does that setting actually do?', ['sending-fails', 'yes', 'no'], 'askingToggleState', /Authenticated SMTP/],
    ['what is authenticated smtp and why does close need it', ['sending-fails'], 'askingIsAdmin', /SMTP AUTH/],
    ['is it safe to turn this on?', ['sending-fails', 'yes', 'no', 'toggle-off'], 'enablingToggle', /one mailbox/],
    ['how do I know if I\'m an admin?', ['sending-fails'], 'askingIsAdmin', /admin\.microsoft\.com/],
    ["I'm not the admin, who is?", ['sending-fails', 'no'], 'bringingInAdmin', /Global Administrator/],
    ["what's godaddy?", ['sending-fails', 'yes'], 'askingProviderManaged', /reseller/],
    ['how do I reconnect?', ['sending-fails', 'yes', 'no', 'toggle-off', 'done', 'test-now'], 'askingReconnectResult', /Connected Accounts/],
    ["what's an alias?", ['sync-fails', 'yes'], 'askingAddressesMatch', /alias is an extra one/],
    ['where do I get the list of IPs?', ['smtp-auth-not-supported'], 'checkingIpAllowlist', /example\.test\/close-ips/],
    ['what is changing in december?', ['sending-fails'], 'askingIsAdmin', /December 2026[\s\S]*2027/],
    ["there's no mail tab for this user", ['sending-fails', 'yes', 'no', 'toggle-on'], 'resettingToggle', /licence/],
    ['what happens to the emails stuck in my outbox?', ['sending-fails'], 'askingIsAdmin', /resend/],
    ['what can you do?', [], 'askingSymptom', /live check/],
    ['hello there', ['sending-fails'], 'askingIsAdmin', /Hi there/],
    ['my gmail won\'t connect', ['sending-fails'], 'askingIsAdmin', /Gmail[\s\S]*Talk to a person/],
  ] as const)('"%s" is answered where it is asked', async (question, at, state, answer) => {
    const { last } = await playChoices(at, question);
    expect(last.view.key).toBe(state);
    expect(said(last)).toMatch(answer);
    // short: the answer, then the question again in one line, never the whole step again
    for (const m of last.messages) expect(m.text.length).toBeLessThanOrEqual(400);
    expect(last.presentation.steps).toEqual([]);
  });

  it('thanks after the end gets a polite close', async () => {
    await play([
      ...toWaiting,
      ['it works now', 'resolved', /Outbox[\s\S]*sequences/],
      ['thanks!', 'resolved', /You're welcome/],
    ]);
  });

  it('after an escalation it says what happens next and keeps answering', async () => {
    await play([
      [...sending],
      ['i want to speak to support', 'escalated', /reply here/],
      ['what is imap', 'escalated', /IMAP is how Close reads/],
    ]);
  });
});

describe('going back and starting over', () => {
  it('"go back" returns to the previous question, and the transcript keeps both', async () => {
    const { transcript } = await play([
      ['emails stuck in outbox', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['wait, go back', 'askingIsAdmin', /go back[\s\S]*Microsoft 365 admin/],
      ['no', 'bringingInAdmin'],
    ]);
    const bot = transcript.filter((e) => e.role === 'bot').map((e) => e.viewKey);
    expect(bot).toEqual(['askingSymptom', 'askingIsAdmin', 'askingProviderManaged', 'askingIsAdmin', 'bringingInAdmin']);
  });

  it('"undo" twice goes back two questions; at the first question it says there is nothing before', async () => {
    await play([
      ['emails stuck in outbox', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['undo', 'askingIsAdmin'],
      ['back', 'askingSymptom'],
      ['back', 'askingSymptom', /first question/],
    ]);
  });

  it('going back out of the wait cancels the follow-up; going forward again schedules it', async () => {
    const cancelled = await play([
      ['stuck in outbox', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['no', 'askingToggleState'],
      ['not ticked', 'enablingToggle'],
      ['done', 'waitingForPropagation'],
      ['go back', 'enablingToggle'],
    ]);
    expect(cancelled.pending).toBeNull();
  });

  it('"back" after an escalation leaves it escalated (it was reported once, and stays so)', async () => {
    const { last } = await play([
      ['stuck in outbox', 'askingIsAdmin'],
      ['i want to speak to support', 'escalated'],
      ['undo', 'escalated', /no going back/],
    ]);
    expect(last.session.status).toBe('escalated');
  });

  it('"start over" begins again, and "back" undoes it', async () => {
    await play([
      ['stuck in outbox', 'askingIsAdmin'],
      ['start over', 'askingSymptom', /start again/],
      ['go back', 'askingIsAdmin'],
    ]);
  });

  it('a change of topic mid-path switches path', async () => {
    const { last } = await play([
      ['stuck in outbox', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ["actually the real problem is that incoming emails aren't syncing", 'askingIsAdmin', /mail isn't syncing/],
    ]);
    expect(last.view.facts.path).toBe('syncing');
  });
});

describe('what people say is remembered, and the question it answers is skipped', () => {
  it('"not an admin" in the first message skips the admin question', async () => {
    await play([["I'm not an admin but my email keeps disconnecting when I send", 'bringingInAdmin', /You said you're not an admin/]]);
  });

  it('"I\'m the admin" in the first message skips the admin question', async () => {
    await play([["i'm the admin, emails are stuck in the outbox", 'askingProviderManaged', /You said you're a Microsoft 365 admin/]]);
  });

  it('a provider named early skips straight to the request for them', async () => {
    await play([['we bought office through godaddy and sending fails', 'contactingProvider', /GoDaddy manages/]]);
  });

  it('"we manage it ourselves" skips the provider question', async () => {
    await play([
      ['emails stuck in the outbox', 'askingIsAdmin'],
      ['yes, and we manage it ourselves', 'askingToggleState', /won't ask about a provider/],
    ]);
  });

  it('"already ticked" skips the question about the checkbox', async () => {
    await play([
      ['i already ticked authenticated smtp and close still disconnects when i send', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['no', 'resettingToggle', /already ticked, so let's reset it/],
    ]);
  });

  it('"not ticked" said early skips to turning it on', async () => {
    await play([
      ["emails stuck in outbox, authenticated smtp isn't ticked", 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['no', 'enablingToggle', /isn't ticked, so let's turn it on/],
    ]);
  });

  it('"my admin did it yesterday" skips the wait', async () => {
    await play([
      ['emails stuck in outbox', 'askingIsAdmin'],
      ['no', 'bringingInAdmin'],
      ['my admin already did it yesterday', 'askingReconnectResult', /no need to wait/],
    ]);
  });

  it('a password connection said early skips the connection question later', async () => {
    await play([
      ['close keeps disconnecting when i send, i connected it with a password', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['no', 'askingToggleState'],
      ['not ticked', 'enablingToggle'],
      ['done', 'waitingForPropagation'],
      ['test now', 'askingReconnectResult'],
      ['still failing', 'explainingBasicAuthChange', /connect with a password/],
    ]);
  });

  it('Microsoft sign-in said early means no question about the connection, and a person is offered when it still fails', async () => {
    await play([
      ['close disconnects when i send, we connected it with the microsoft sign in button', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['no', 'askingToggleState'],
      ['not ticked', 'enablingToggle'],
      ['done', 'waitingForPropagation'],
      ['test now', 'askingReconnectResult'],
      ['still failing', 'nextSteps', /connect with Microsoft sign-in/],
    ]);
  });

  it('an address inside a sentence is remembered, not a detour, and the bot says which it will check', async () => {
    const { last } = await play([['sending from jo@contoso.com fails every time', 'askingIsAdmin', /I'll use jo@contoso\.com/]]);
    expect(last.view.facts.address).toBe('jo@contoso.com');
  });

  it('the username and the Close address named together skip the matching question', async () => {
    const { last } = await play([
      ['sent emails from close are missing in outlook', 'askingIsAdmin'],
      ['yes', 'askingAddressesMatch'],
      ['the username is john@acme.onmicrosoft.com and in close I use john@acme.com', 'fixingPrimaryAddress', /john@acme\.com/],
    ]);
    expect(last.view.facts.known).toMatchObject({ username: 'john@acme.onmicrosoft.com', closeAddress: 'john@acme.com' });
  });
});

describe('short messages that do not repeat themselves', () => {
  it('explains where Connected Accounts is once, and does not give the same steps twice', async () => {
    const { turns } = await play([
      ['sent emails from close are missing in outlook', 'askingIsAdmin'],
      ['yes', 'askingAddressesMatch'],
      ['no', 'fixingPrimaryAddress'],
      ['done', 'readdingAccount', /Settings > Connected Accounts in Close \(Accounts & Apps in the newer layout\)/],
      ['still not syncing', 'enablingImap', /Tick IMAP[\s\S]*Accounts & Apps in Close and add it again, as before/],
    ]);
    const imap = said(turns[turns.length - 1]!);
    expect(imap).not.toMatch(/Connected Accounts in Close \(/);
    expect(imap).not.toMatch(/Select Remove account at the bottom/);
    for (const turn of turns) for (const m of turn.messages) if (!m.text.includes('\n  | ')) expect(m.text.length).toBeLessThanOrEqual(400);
  });
});

describe('misunderstandings', () => {
  it('never repeats the whole message, and offers a person after two in a row', async () => {
    const { turns } = await play([
      ['emails stuck in outbox', 'askingIsAdmin'],
      ['banana', 'askingIsAdmin', /didn't get that/],
      ['purple monkey dishwasher', 'askingIsAdmin', /Talk to a person/],
    ]);
    const first = said(turns[1]!);
    expect(first).not.toMatch(/Talk to a person/);
    for (const t of turns.slice(1)) expect(said(t).length).toBeLessThan(400);
  });

  it('"someone" or "agent" inside a description is not a request for a person', async () => {
    await play([['Someone changed the password and now Close shows it disconnected', 'askingIsAdmin']]);
    await play([['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. User-Agent: Close/2.1', 'askingIsAdmin']]);
  });
});

/** Picks choices from the first question, then types a message; returns the last turn. */
async function playChoices(at: readonly string[], text: string) {
  const { engine, store } = makeEngine();
  let current = await engine.start('web', `aside-${Math.random()}`);
  for (const choice of at) {
    const outcome = await engine.send(current.session.id, { choice });
    if (!outcome.ok) throw new Error(`${choice}: ${outcome.error}`);
    current = outcome;
  }
  const last = await engine.send(current.session.id, { text });
  await store.close();
  if (!last.ok) throw new Error(last.error);
  return { last };
}

describe('"what now?", "ok" and "I am an admin after all", said mid-path', () => {
  const toAdminMessage: Row[] = [
    ['my emails are stuck in the outbox', 'askingIsAdmin'],
    ['no', 'bringingInAdmin'],
  ];

  it('"what now?" while waiting says what is left and what comes next; "ok" and "yes" keep waiting', async () => {
    const { last } = await play([
      ...toAdminMessage,
      ['my admin did it', 'waitingForPropagation'],
      ['(wait 10)', 'waitingForPropagation'],
      ['what now?', 'waitingForPropagation', /Nothing to do right now[\s\S]*about 20 minutes left[\s\S]*Test now/],
      ['ok', 'waitingForPropagation', /check back with you/],
      ['yes', 'waitingForPropagation'],
    ]);
    expect(last.view.status).toBe('waiting');
  });

  it('"not sure what you mean" at the admin question explains it, and the question stands', async () => {
    await play([['my emails are stuck in the outbox', 'askingIsAdmin'], ['not sure what you mean', 'askingIsAdmin', /only an admin can change[\s\S]*Are you a Microsoft 365 admin/]]);
  });

  it('"ok I think I am" at the message for the admin leads to the admin\'s own steps, not to waiting', async () => {
    const { last } = await play([...toAdminMessage, ['ok, sent it to him', 'bringingInAdmin', /Thanks for passing it on/], ['ok I think I am', 'askingProviderManaged', /You said you're a Microsoft 365 admin/]]);
    expect(said(last)).not.toMatch(/admin\.microsoft\.com and sign in/);
  });

  it('in Spanish too: "¿y ahora qué?" is answered in place, "creo que sí lo soy" leads to the admin steps', async () => {
    await play(
      [
        ['no puedo enviar correos desde close, se desconecta', 'askingIsAdmin'],
        ['no', 'bringingInAdmin'],
        ['¿y ahora qué?', 'bringingInAdmin', /Envía a tu administrador el mensaje/],
        ['creo que sí lo soy', 'askingProviderManaged'],
      ],
      { locale: 'es' },
    );
  });
});

describe('the end of a syncing problem, and a setting that cannot be found without a provider', () => {
  it('a syncing problem ends without talk of the Outbox, and "what now?" after it says there is nothing left', async () => {
    const { last } = await play([
      ['replies from leads stopped showing up in close', 'askingIsAdmin'],
      ['yes', 'askingAddressesMatch'],
      ['yes', 'enablingImap'],
      ['done', 'askingSyncResult'],
      ['yes they show up now', 'resolved', /New emails and replies/],
      ['what now?', 'resolved', /Close is syncing your mailbox again/],
    ]);
    expect(said(last)).not.toMatch(/Outbox/);
  });

  it('"I can\'t find it" after saying there is no provider explains what hides it and shows the steps again', async () => {
    await play([
      ['emails stuck in the outbox', 'askingIsAdmin'],
      ['yes', 'askingProviderManaged'],
      ['no, we manage it', 'askingToggleState'],
      ["I can't find authenticated smtp anywhere", 'askingToggleState', /licence[\s\S]*Find Authenticated SMTP/],
    ]);
  });
});
