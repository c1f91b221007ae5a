import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import type { ChoiceId } from '../../src/machine/choices.js';
import type { ViewKey } from '../../src/machine/view-keys.js';
import { Interpreter, type OfferedChoice } from '../../src/understanding/interpreter.js';
import { planFor } from '../../src/understanding/to-events.js';

const interpreter = new Interpreter(en.understanding);
const offer = (...ids: ChoiceId[]): OfferedChoice[] => [...ids, 'human', 'start-over'].map((id) => ({ id: id as ChoiceId, label: en.choices[id as ChoiceId] }));

/** The events a message becomes at a state offering these choices. */
async function eventsAt(key: ViewKey, offered: OfferedChoice[], text: string, path: 'sending' | 'syncing' | null = null) {
  const reading = await interpreter.read(text, offered, { key, path });
  return planFor(reading, { key, offered: offered.map((c) => c.id), probing: key === 'runningCheck' });
}

const yesNo = offer('yes', 'no', 'not-sure');
const results = offer('it-worked', 'still-failing');
const toggle = offer('toggle-on', 'toggle-off', 'cannot-find-setting');
const first = offer('sending-fails', 'sync-fails', 'have-error', 'smtp-auth-not-supported', 'check-close-status', 'something-else', 'check-mailbox');

describe('reading short answers to the question on screen', () => {
  it.each([
    ['yes', yesNo, 'yes'],
    ['Yep, I am', yesNo, 'yes'],
    ['no', yesNo, 'no'],
    ['no idea', yesNo, 'not-sure'],
    ["I don't know", yesNo, 'not-sure'],
    ['it worked!', results, 'it-worked'],
    ['fixed, thanks', results, 'it-worked'],
    ['still failing', results, 'still-failing'],
    ["it doesn't work", results, 'still-failing'],
    ['nope, same problem', results, 'still-failing'],
    ['no errors this time, it went out fine', results, 'it-worked'],
    ['it is already checked', toggle, 'toggle-on'],
    ['unchecked', toggle, 'toggle-off'],
    ["it's not ticked", toggle, 'toggle-off'],
    ['yes its checked, not greyed out or anything', toggle, 'toggle-on'],
    ["I can't find it", toggle, 'cannot-find-setting'],
    ['done', offer('done'), 'done'],
    ['ok, saved', offer('done'), 'done'],
    ['2', yesNo, 'no'],
    ['4', yesNo, 'human'],
  ] as const)('reads "%s" as %s', async (text, offered, expected) => {
    const plan = await eventsAt('askingIsAdmin', [...offered], text);
    expect(plan.events[0]).toEqual({ type: expected });
  });

  it('never takes a question as an answer', async () => {
    const plan = await eventsAt('askingProviderManaged', yesNo, "what's godaddy?", 'sending');
    expect(plan.events).toEqual([{ type: 'aside', aside: 'what-provider' }]);
    const admin = await eventsAt('askingIsAdmin', yesNo, 'how do i know if im an admin?', 'sending');
    expect(admin.events).toEqual([{ type: 'aside', aside: 'am-i-admin' }]);
  });
});

describe('reading a first description of the problem', () => {
  it.each([
    ['sending is broken, syncing is fine', 'sending-fails'],
    ['syncing works fine, its only sending that fails', 'sending-fails'],
    ['not a sending problem, replies from leads just never arrive in close', 'sync-fails'],
    ['when i send from close i cant see it in outlook sent', 'sync-fails'],
    ['i changed my username in office recently and now sent emails from close arent in outlook', 'sync-fails'],
    ['Close isnt pulling in replies from my outlook', 'sync-fails'],
    ['emials stuck in outbx', 'sending-fails'],
    ['it says smtp auth not supported', 'smtp-auth-not-supported'],
  ] as const)('"%s" → %s', async (text, expected) => {
    const plan = await eventsAt('askingSymptom', first, text);
    expect(plan.events[0]).toEqual({ type: expected });
  });

  it('asks which path when the message could be either', async () => {
    const plan = await eventsAt('askingSymptom', first, 'my email is broken in close');
    expect(plan.events).toEqual([{ type: 'clarify-path' }]);
  });

  it('understands a request for a person, but not "someone" inside a description', async () => {
    expect((await eventsAt('askingSymptom', first, 'i want to speak to support')).events).toEqual([{ type: 'human' }]);
    expect((await eventsAt('askingSymptom', first, 'can I talk to a real person?')).events).toEqual([{ type: 'human' }]);
    const described = await eventsAt('askingSymptom', first, 'Someone changed the password and now Close shows it disconnected');
    expect(described.events[0]?.type).not.toBe('human');
  });

  it('understands going back and starting over anywhere', async () => {
    expect((await eventsAt('askingIsAdmin', yesNo, 'go back')).back).toBe(true);
    expect((await eventsAt('askingIsAdmin', yesNo, 'undo')).back).toBe(true);
    expect((await eventsAt('askingIsAdmin', yesNo, 'start over')).events).toEqual([{ type: 'start-over' }]);
  });

  it('takes a message that is only an address as the address to check', async () => {
    expect((await eventsAt('askingSymptom', first, 'it is Jane.Doe@Contoso.com')).events).toEqual([{ type: 'address-given', address: 'jane.doe@contoso.com' }]);
  });

  it('remembers an address inside a sentence and says which one a check would use', async () => {
    const plan = await eventsAt('askingSymptom', first, 'sending from jo@contoso.com fails every time');
    expect(plan.events).toEqual([{ type: 'sending-fails' }, { type: 'facts-learned', facts: { address: 'jo@contoso.com' } }]);
    expect(plan.extra).toEqual([{ kind: 'address-noted', address: 'jo@contoso.com' }]);
  });

  it('tells the Close address from the username when both are named', async () => {
    const plan = await eventsAt('askingAddressesMatch', yesNo, 'the username is john@acme.onmicrosoft.com and in close I use john@acme.com', 'syncing');
    const learned = plan.events.find((e) => e.type === 'facts-learned');
    expect(learned).toMatchObject({ facts: { known: { username: 'john@acme.onmicrosoft.com', closeAddress: 'john@acme.com' }, address: 'john@acme.com' } });
  });

  it('classifies a pasted error even when a choice word appears in it', async () => {
    const plan = await eventsAt('askingSyncResult', results, 'still failing: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.');
    expect(plan.events[0]).toMatchObject({ type: 'error-reported', classification: { code: 'smtp-auth-disabled' } });
  });

  it('says plainly when it understood nothing', async () => {
    expect((await eventsAt('askingIsAdmin', yesNo, 'banana')).events).toEqual([{ type: 'unrecognized' }]);
    expect((await eventsAt('askingIsAdmin', yesNo, '   ')).events).toEqual([{ type: 'unrecognized' }]);
  });

  it('reads only the start of a very long message, whatever it holds', async () => {
    const hostile = `${'a'.repeat(600)} my emails are stuck in the outbox ${'x'.repeat(3000)}@${'b'.repeat(300)}.com`;
    const plan = await eventsAt('askingSymptom', first, hostile);
    expect(plan.events).toEqual([{ type: 'unrecognized' }]);
  });
});

describe('sentences a review found misread, now read right', () => {
  const result = offer('it-worked', 'still-failing');
  const admin = offer('admin-done', 'provider-manages-it');
  it.each([
    ['askingReconnectResult', result, 'it did not work', 'still-failing'],
    ['askingReconnectResult', result, 'yes but it still fails', 'still-failing'],
    ['askingReconnectResult', result, "can't send, same error", 'still-failing'],
    // not done yet while an admin or a provider is to act: heard (the question stands), never done nor refused
    ['bringingInAdmin', admin, 'not done yet', 'facts-learned'],
    ['bringingInAdmin', admin, 'he has not done it yet', 'facts-learned'],
    ['bringingInAdmin', admin, 'did it', 'admin-done'],
    ['contactingProvider', offer('provider-enabled', 'provider-refused'), "they haven't enabled it yet", 'facts-learned'],
    ['resettingToggle', offer('done'), 'reset done', 'done'],
    ['askingSymptom', first, 'previous emails are not showing up in close', 'sync-fails'],
    ['offeringCheck', offer('run-check', 'run-check-signed-in', 'skip-check'), 'should I skip the check?', 'unrecognized'],
    // not an answer: what the question means and what follows ("what now?")
    ['askingIsAdmin', yesNo, 'what if I am not sure?', 'aside'],
    ['askingProviderManaged', yesNo, 'we moved away from godaddy last year', 'unrecognized'],
    ['askingToggleState', toggle, 'no idea where that is', 'cannot-find-setting'],
    // after a check, a yes carries on rather than checking again
    ['reportingCheck', offer('continue', 'run-check'), 'sure go ahead', 'continue'],
    // heard, not an answer: the question stands
    ['askingToggleState', toggle, 'ok', 'facts-learned'],
    ['bringingInAdmin', admin, 'ok sent it', 'facts-learned'],
    ['waitingForPropagation', offer('test-now', 'it-worked'), '👍', 'facts-learned'],
    ['waitingForPropagation', offer('test-now', 'it-worked'), "I haven't tried it yet", 'facts-learned'],
    ['askingReconnectResult', result, "haven't tested it yet", 'facts-learned'],
    ['enablingToggle', offer('done'), "not yet, it's making me sign in again", 'facts-learned'],
    ['askingReconnectResult', result, 'hang on, sending now', 'facts-learned'],
    ['enablingImap', offer('done'), 'in a meeting, will do after', 'facts-learned'],
    ['bringingInAdmin', admin, "she's out till monday", 'facts-learned'],
    ['bringingInAdmin', admin, "sent it to Mike, he hasn't replied yet", 'facts-learned'],
    ['bringingInAdmin', admin, 'ok sent to Tomasz', 'facts-learned'],
    ['enablingImap', offer('done'), 'ok will do tonight', 'facts-learned'],
    ['enablingToggle', offer('done'), 'ok doing now', 'facts-learned'],
    ['askingToggleState', toggle, 'ok wait one moment im on phone', 'facts-learned'],
    ['askingReconnectResult', result, 'still failing, not yet fixed', 'still-failing'],
    ['askingReconnectResult', result, "it's not working yet", 'still-failing'],
    // a review's findings: tentative, mixed or promised, never the opposite
    ['askingIsAdmin', yesNo, 'I think so', 'not-sure'],
    ['askingIsAdmin', yesNo, "yes I'm the admin, someone else handles billing", 'yes'],
    ['contactingProvider', offer('provider-enabled', 'provider-refused'), "not yet, they said they won't enable it", 'provider-refused'],
    ['contactingProvider', offer('provider-enabled', 'provider-refused'), 'emails sent to gmail still bounce', 'provider-refused'],
    ['askingToggleState', toggle, "it isn't enabled, should I enable it?", 'toggle-off'],
    ['askingReconnectResult', result, 'not sure, maybe it worked', 'unrecognized'],
    ['enablingToggle', offer('done'), 'almost done', 'unrecognized'],
    // a smile thanks, it does not accept a live check
    ['offeringCheck', offer('run-check', 'run-check-signed-in', 'skip-check'), '🙂', 'unrecognized'],
    ['resolved', offer('start-over'), '👌🏽', 'facts-learned'],
  ] as const)('at %s, "%s" → %s', async (key, offered, text, expected) => {
    const plan = await eventsAt(key, [...offered], text, 'sending');
    expect(plan.events[0]?.type).toBe(expected);
    expect(plan.back).toBe(false);
  });

  it('does not take a time for when the trouble started as a change made earlier', async () => {
    const plan = await eventsAt('askingSymptom', first, "Close keeps disconnecting when I send since yesterday. I'm not an admin");
    const learned = plan.events.find((e) => e.type === 'facts-learned');
    expect(learned).toMatchObject({ facts: { known: { isAdmin: false } } });
    expect(JSON.stringify(learned)).not.toContain('changedEarlier');
  });

  it('does not take a quote around an address as part of it', async () => {
    const plan = await eventsAt('askingSymptom', first, "please check 'jo@acme.com'");
    expect(plan.events[0]).toEqual({ type: 'address-given', address: 'jo@acme.com' });
  });
});

