import { describe, expect, it } from 'vitest';
import { interpretText, type OfferedChoice } from '../../src/machine/interpret.js';
import type { ChoiceId } from '../../src/machine/choices.js';

const offer = (...ids: ChoiceId[]): OfferedChoice[] => [...ids, 'human', 'start-over'].map((id) => ({ id: id as ChoiceId, label: id }));
const yesNo = offer('yes', 'no', 'not-sure');
const results = offer('it-worked', 'still-failing');
const toggle = offer('toggle-on', 'toggle-off', 'cannot-find-setting');

describe('reading free text', () => {
  it.each([
    ['yes', yesNo, 'yes'],
    ['Yep, I am', yesNo, 'yes'],
    ["I'm the admin", yesNo, 'yes'],
    ['no', yesNo, 'no'],
    ["I'm not an admin", yesNo, 'no'],
    ['no idea', yesNo, 'not-sure'],
    ["I don't know", yesNo, 'not-sure'],
    ['it worked!', results, 'it-worked'],
    ['fixed, thanks', results, 'it-worked'],
    ['still failing', results, 'still-failing'],
    ["it doesn't work", results, 'still-failing'],
    ['nope, same problem', results, 'still-failing'],
    ['it is already checked', toggle, 'toggle-on'],
    ['unchecked', toggle, 'toggle-off'],
    ["it's not ticked", toggle, 'toggle-off'],
    ["I can't find it", toggle, 'cannot-find-setting'],
    ['done', offer('done'), 'done'],
    ['ok, saved', offer('done'), 'done'],
    ['2', yesNo, 'no'],
    ['4', yesNo, 'human'],
  ] as const)('reads "%s" as %s', (text, offered, expected) => {
    expect(interpretText(text, offered)).toEqual({ type: expected });
  });

  it('understands "talk to a human" and "start over" anywhere', () => {
    expect(interpretText('can I talk to a real person?', results)).toEqual({ type: 'human' });
    expect(interpretText('start over', results)).toEqual({ type: 'start-over' });
  });

  it('picks out an email address', () => {
    expect(interpretText('it is Jane.Doe@Contoso.com', yesNo)).toEqual({ type: 'address-given', address: 'jane.doe@contoso.com' });
  });

  it('recognises a provider such as GoDaddy', () => {
    expect(interpretText('we bought it from GoDaddy', yesNo)).toEqual({ type: 'provider-mentioned', provider: 'GoDaddy' });
  });

  it('classifies a pasted error even when a choice word appears in it', () => {
    const event = interpretText('still failing: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', results);
    expect(event).toMatchObject({ type: 'error-reported', classification: { code: 'smtp-auth-disabled' } });
  });

  it('says plainly when it understood nothing', () => {
    expect(interpretText('banana', yesNo)).toEqual({ type: 'unrecognized' });
    expect(interpretText('   ', yesNo)).toEqual({ type: 'unrecognized' });
  });
});
