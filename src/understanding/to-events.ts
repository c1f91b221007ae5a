import type { ChoiceId } from '../machine/choices.js';
import type { LearnedFacts, TriageEvent } from '../machine/events.js';
import type { Notice } from '../machine/view.js';
import type { ViewKey } from '../machine/view-keys.js';
import { ADMIN_CENTER_STEPS, choiceForAnswer } from './answers.js';
import type { Meaning, Reading } from './interpreter.js';

/** Where the person is when they write: the question on screen and what it offers. */
export interface Situation {
  key: ViewKey;
  offered: readonly ChoiceId[];
  /** a live check is running: nothing may start another path until it reports */
  probing: boolean;
}

/** What the engine does with a message: events for the machine in order, or a step back, and remarks of its own. */
export interface Plan {
  events: TriageEvent[];
  back: boolean;
  extra: Notice[];
  /** the choice the message picked, for the transcript */
  choice: ChoiceId | null;
}

/** Facts that answer the question on screen directly pick its choice (no "skipped" remark for a direct answer). */
function choiceFromFacts(facts: LearnedFacts | null, key: ViewKey, offered: readonly ChoiceId[]): ChoiceId | null {
  const known = facts?.known;
  const pick = (id: ChoiceId | null): ChoiceId | null => (id && offered.includes(id) ? id : null);
  if (key === 'askingIsAdmin' && known?.isAdmin !== undefined && known.isAdmin !== null) return pick(known.isAdmin ? 'yes' : 'no');
  if (key === 'askingProviderManaged' && known?.providerManaged !== undefined && known.providerManaged !== null) {
    return pick(known.providerManaged ? 'yes' : 'no');
  }
  if (key === 'askingToggleState' && known?.toggle) return pick(known.toggle === 'on' ? 'toggle-on' : 'toggle-off');
  if (key === 'askingConnectionMethod' && facts?.connectionMethod) return pick(facts.connectionMethod === 'microsoft' ? 'microsoft-sign-in' : 'password');
  return null;
}

/**
 * "It was already ticked" while the provider question is on screen: the words that read as yes are about the setting,
 * not about the question shown. True for a yes/no question that the setting's state does not answer (nor anything
 * else said with it).
 */
function aboutTheSetting(facts: LearnedFacts | null, situation: Situation): boolean {
  const { key, offered } = situation;
  return Boolean(facts?.known?.toggle) && offered.includes('yes') && key !== 'askingToggleState' && choiceFromFacts(facts, key, offered) === null;
}

/** States where an address is part of the answer (the question is about addresses): not remarked on as one to check. */
const ADDRESS_ANSWERED: readonly ViewKey[] = ['askingForAddress', 'askingAddressesMatch', 'fixingPrimaryAddress'];

const PATH_CHOICES: Record<Exclude<Extract<Meaning, { kind: 'path' }>['path'], 'unclear'>, ChoiceId> = {
  sending: 'sending-fails',
  syncing: 'sync-fails',
  'smtp-auth-not-supported': 'smtp-auth-not-supported',
  error: 'have-error',
  'check-mailbox': 'check-mailbox',
};

function mainEvent(meaning: Meaning, situation: Situation, facts: LearnedFacts | null): { event: TriageEvent | null; back?: boolean } {
  const { offered, key, probing } = situation;
  const has = (id: ChoiceId) => offered.includes(id);
  switch (meaning.kind) {
    case 'choice':
      return { event: { type: meaning.choice } };
    case 'start-over':
    case 'human':
      return { event: has(meaning.kind) ? { type: meaning.kind } : { type: 'unrecognized' } };
    case 'back':
      return { event: null, back: true };
    case 'acknowledged':
      return { event: null };
    case 'aside':
      return { event: { type: 'aside', aside: meaning.aside } };
    case 'error':
      return { event: { type: 'error-reported', classification: meaning.classification } };
    case 'address':
      return { event: { type: 'address-given', address: meaning.address } };
    case 'either-path':
      if (has('sending-fails')) return { event: { type: 'clarify-path' } };
      return { event: { type: 'unrecognized' } };
    case 'path': {
      if (meaning.path === 'unclear') return { event: { type: 'unrecognized' } };
      // "can you check jo@contoso.com": the address in the sentence is the one to check
      if (meaning.path === 'check-mailbox' && facts?.address && !probing) return { event: { type: 'address-given', address: facts.address } };
      const choice = PATH_CHOICES[meaning.path];
      if (has(choice)) return { event: { type: choice } };
      if (probing) return { event: { type: 'unrecognized' } };
      if (meaning.path === 'sending' || meaning.path === 'syncing') {
        // the same path again ("yes it's the sending") is no news; another is a change of topic
        return { event: { type: 'path-changed', path: meaning.path } };
      }
      if (meaning.path === 'smtp-auth-not-supported') {
        return { event: { type: 'error-reported', classification: { code: 'smtp-auth-not-offered' } } };
      }
      return { event: { type: 'unrecognized' } };
    }
    case 'answer': {
      const choice = choiceForAnswer(meaning.answer, offered, key);
      if (choice) return { event: { type: choice } };
      if (meaning.answer === 'answer.cannot-find' && ADMIN_CENTER_STEPS.includes(key)) return { event: { type: 'aside', aside: 'mail-tab-missing' } };
      return { event: { type: 'unrecognized' } };
    }
    case 'unrecognized':
      return { event: meaning.question ? { type: 'unrecognized', question: true } : { type: 'unrecognized' } };
  }
}

/**
 * Decides what a reading does where the person is. A direct answer picks its choice; facts said on the way are
 * remembered after it (so the questions they answer are skipped later); an address in a sentence is remembered, not
 * a detour; a path named mid-conversation is a change of topic.
 */
export function planFor(reading: Reading, situation: Situation): Plan {
  const { facts, meaning } = reading;
  let { event, back = false } = mainEvent(meaning, situation, facts);
  // a statement that answers the question on screen answers it, whatever else its words resemble ("actually I'm an admin")
  const answerable = event === null || event.type === 'unrecognized' || (event.type === 'aside' && !reading.question);
  const direct = answerable ? choiceFromFacts(facts, situation.key, situation.offered) : null;
  if (direct) event = { type: direct };
  // "I think I am" while the message for the admin is on screen: the admin's own steps follow, it is not "they did it"
  const adminAfterAll = situation.key === 'bringingInAdmin' && facts?.known?.isAdmin === true;
  if (adminAfterAll && (answerable || (event?.type === 'admin-done' && !reading.question))) event = null;
  // a yes or no that was about the setting is remembered, and the question on screen stands
  const yesNo = meaning.kind === 'answer' && (meaning.answer === 'answer.yes' || meaning.answer === 'answer.no');
  if (yesNo && aboutTheSetting(facts, situation)) event = null;
  const extra: Notice[] = [];
  const events: TriageEvent[] = [];
  if (event && !(event.type === 'unrecognized' && facts)) events.push(event);
  if (meaning.kind === 'acknowledged') extra.push({ kind: 'acknowledged', handedOver: meaning.handedOver });
  if (facts) {
    events.push({ type: 'facts-learned', facts });
    const addressOnly = event?.type !== 'address-given' && facts.address && !ADDRESS_ANSWERED.includes(situation.key);
    if (addressOnly) extra.push({ kind: 'address-noted', address: facts.address as string });
    else if ((event?.type === 'unrecognized' || event === null) && meaning.kind !== 'acknowledged') extra.push({ kind: 'noted' });
  } else if (events.length === 0 && !back) {
    // nothing to change: the question stands, with the remark
    events.push({ type: 'facts-learned', facts: {} });
  }
  if (situation.key === 'askingForAddress' && facts?.address && event?.type !== 'address-given') {
    return { events: [{ type: 'address-given', address: facts.address }], back: false, extra: [], choice: null };
  }
  const choice = event && isChoiceEvent(event) ? event.type : null;
  return { events: back ? [] : events, back, extra: back ? [] : extra, choice };
}

function isChoiceEvent(event: TriageEvent): event is { type: ChoiceId } {
  return !['error-reported', 'address-given', 'address-known', 'provider-mentioned', 'unrecognized', 'follow-up-due', 'probe-interrupted', 'facts-learned', 'aside', 'path-changed', 'clarify-path'].includes(event.type);
}
