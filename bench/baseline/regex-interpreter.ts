import type { ChoiceId } from '../../src/machine/choices.js';
import { classifyError } from '../../src/machine/classifier.js';
import type { TriageEvent } from '../../src/machine/events.js';

/**
 * The interpreter the product had before the trained one (src/understanding): keyword patterns per choice. Kept only
 * as the baseline the understanding benchmark measures against; nothing in src/ uses it.
 */

const HUMAN = /\b(human|real person|a person|someone|somebody|agent|support team|escalate|talk to (support|a person|someone))\b/;
const START_OVER = /^(start( over| again)?|restart|reset|begin again|from the (start|beginning)|new (problem|issue))\b/;
const EMAIL = /[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/i;
const PROVIDERS: ReadonlyArray<[RegExp, string]> = [
  [/go ?daddy|secureserver/, 'GoDaddy'],
  [/rackspace/, 'Rackspace'],
  [/ionos|1&1/, 'IONOS'],
  [/\b(reseller|hosting (company|provider)|bought (it )?(through|from|via) (a|our) provider)\b/, 'your provider'],
];
/** Looks like a server reply or library error rather than a sentence. */
const ERROR_SHAPE = /\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b|\baadsts\d+|\be[a-z]{4,}\b.*(error|connect)|\b(etimedout|econnrefused|enotfound|ehostunreach|esocket|etls|eauth)\b|\b(no|bad) (authenticate|login)\b|error:|exception/;

/** Free-text synonyms per choice. Order inside a state comes from PRIORITY below. */
const SYNONYMS: Partial<Record<ChoiceId, RegExp>> = {
  'not-sure': /\b(not sure|unsure|don'?t know|do not know|no idea|idk|maybe|no clue|can'?t tell)\b/,
  'still-failing': /\b(still|not work|doesn'?t work|didn'?t work|does not work|did not work|fail|same (error|problem)|no luck|broken|not fixed|nope,? )|^no\b/,
  'it-worked': /\b(it )?work(s|ed|ing)\b|\b(fixed|success|resolved|all good|went (out|through)|sorted|syncing now|yes\b)/,
  'cannot-find-setting': /\b(can'?t|cannot|couldn'?t|unable to) (find|see)|don'?t (see|have)|missing|gr[ae]yed|no access|not there/,
  'toggle-off': /\b(unchecked|not (checked|ticked|enabled|on)|isn'?t (checked|ticked|on)|disabled|unticked|off)\b|^no\b/,
  'toggle-on': /\b(checked|ticked|enabled|already on|it'?s on|is on)\b|^yes\b/,
  'provider-refused': /\b(refus|won'?t|can'?t|cannot|declin|no)\b/,
  'provider-enabled': /\b(enabled|turned (it )?on|done|did it|yes|they did)\b/,
  'admin-done': /\b(done|did it|made the change|changed it|finished|yes)\b/,
  'provider-manages-it': /\b(provider|go ?daddy|reseller)\b/,
  no: /^(no|nope|nah|n|not really|negative)\b|\b(i'?m not|i am not|not an? admin|not the admin|isn'?t|aren'?t|they differ|different|don'?t match|do not match|not the same)\b/,
  yes: /^(yes|yeah|yep|yup|y|sure|correct|right|affirmative|of course|i am|i do|ok(ay)?)\b|\b(i'?m (an |the )?admin|they match|same|it is|they are)\b/,
  done: /\b(done|did (it|that)|finished|complete(d)?|saved|reconnected|re-?added|changed it|ok(ay)?,? done|ready)\b/,
  'test-now': /\b(test( it)? now|now|already waited|waited|skip|ready|try now)\b/,
  'microsoft-sign-in': /\b(microsoft( sign[- ]?in| button| login)?|oauth|sign[- ]?in button|office ?365 button)\b/,
  password: /\b(password|app password|custom|smtp settings|imap settings|server settings|manually)\b/,
  'sending-disconnected': /\bsending\b.*\b(disconnected|off|error|red)\b/,
  'syncing-disconnected': /\bsync(ing)?\b.*\b(disconnected|off|error|red)\b/,
  'both-disconnected': /\b(both|all)\b.*\b(disconnected|off|red)\b/,
  'both-connected': /\b(both|all)\b.*\b(connected|green|fine|ok)\b/,
  'sending-fails': /\b(send|sending|outbox|disconnect(s|ed|ing)?)\b/,
  'sync-fails': /\b(sync|syncing|sent folder|sent items|incoming|inbox|receiv)/,
  'have-error': /\b(error|message says|it says)\b/,
  'smtp-auth-not-supported': /smtp auth extension/,
  'check-close-status': /\b(check|look at) (close|settings)|connected accounts|accounts (&|and) apps/,
  'something-else': /\b(something else|other|none of (these|those))\b/,
  'describe-instead': /\b(don'?t have (one|an error)|no error|none)\b/,
  'skip-check': /\b(not now|skip|no thanks|later|don'?t check)\b|^no\b/,
  'run-check-signed-in': /\b(sign(ed)?[- ]?in|with my (microsoft|login|account))\b/,
  'run-check': /\b(check( it)?|go ahead|run it|do it|sure|please)\b|^(yes|ok|okay|yep)\b/,
  continue: /\b(continue|carry on|go on|next|ok(ay)?|got it)\b/,
  'check-mailbox': /\b(check|test|look at) (my|the) (mailbox|account|address|domain)\b/,
};

/** When several synonyms match, the first in this list wins: negatives and doubts before assent. */
const PRIORITY: readonly ChoiceId[] = [
  'not-sure',
  'skip-check',
  'run-check-signed-in',
  'run-check',
  'continue',
  'check-mailbox',
  'cannot-find-setting',
  'provider-manages-it',
  'still-failing',
  'toggle-off',
  'provider-refused',
  'no',
  'it-worked',
  'toggle-on',
  'provider-enabled',
  'admin-done',
  'yes',
  'done',
  'test-now',
  'microsoft-sign-in',
  'password',
  'both-disconnected',
  'both-connected',
  'sending-disconnected',
  'syncing-disconnected',
  'smtp-auth-not-supported',
  'sync-fails',
  'sending-fails',
  'have-error',
  'check-close-status',
  'something-else',
  'describe-instead',
];

export interface OfferedChoice {
  id: ChoiceId;
  label: string;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function byLabelOrNumber(text: string, offered: readonly OfferedChoice[]): ChoiceId | null {
  const number = /^#?(\d{1,2})\.?$/.exec(text);
  if (number) return offered[Number(number[1]) - 1]?.id ?? null;
  const stripped = text.replace(/[.!"]+$/g, '').replace(/^"|"$/g, '');
  return offered.find((c) => c.id === stripped || normalize(c.label).replace(/[.!"]+/g, '') === stripped.replace(/"/g, ''))?.id ?? null;
}

function bySynonym(text: string, offered: readonly OfferedChoice[]): ChoiceId | null {
  const ids = new Set(offered.map((c) => c.id));
  for (const id of PRIORITY) {
    if (ids.has(id) && SYNONYMS[id]?.test(text)) return id;
  }
  return null;
}

export function interpretText(raw: string, offered: readonly OfferedChoice[]): TriageEvent {
  const text = normalize(raw);
  if (text === '') return { type: 'unrecognized' };
  const offeredIds = new Set(offered.map((c) => c.id));
  if (START_OVER.test(text)) return { type: 'start-over' };
  if (HUMAN.test(text) && offeredIds.has('human')) return { type: 'human' };

  const exact = byLabelOrNumber(text, offered);
  if (exact) return { type: exact };

  const classification = classifyError(raw);
  const looksLikeError = classification.code !== 'unknown' && (ERROR_SHAPE.test(text) || text.length > 40);
  if (looksLikeError) return { type: 'error-reported', classification };

  const email = EMAIL.exec(raw);
  if (email) return { type: 'address-given', address: email[0].toLowerCase() };

  const provider = PROVIDERS.find(([pattern]) => pattern.test(text));
  if (provider && !offeredIds.has('provider-enabled')) return { type: 'provider-mentioned', provider: provider[1] };

  const synonym = bySynonym(text, offered);
  if (synonym) return { type: synonym };

  if (classification.code !== 'unknown') return { type: 'error-reported', classification };
  return { type: 'unrecognized' };
}
