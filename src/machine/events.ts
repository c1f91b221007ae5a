import type { ChoiceId } from './choices.js';
import type { Classification } from './classifier.js';

export type ChoiceEvent = { type: ChoiceId };

/** Events that come from free text the engine understood, or from the scheduler. */
export type TextEvent =
  | { type: 'error-reported'; classification: Classification }
  | { type: 'address-given'; address: string }
  /** an address already known from elsewhere (a helpdesk ticket): remembered without offering a check */
  | { type: 'address-known'; address: string }
  | { type: 'provider-mentioned'; provider: string }
  | { type: 'unrecognized' }
  | { type: 'follow-up-due' }
  /** the process that ran a live check stopped before it finished */
  | { type: 'probe-interrupted' };

export type TriageEvent = ChoiceEvent | TextEvent;
