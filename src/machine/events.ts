import type { ChoiceId } from './choices.js';
import type { Classification } from './classifier.js';
import type { AsideId } from '../understanding/intents.js';
import type { KnownFacts } from './triage.context.js';
import type { ConnectionMethod, Path } from './view-keys.js';

/** Facts a person volunteered in a message, remembered wherever the conversation is. */
export interface LearnedFacts {
  known?: Partial<KnownFacts>;
  connectionMethod?: ConnectionMethod;
  provider?: string;
  address?: string;
}

export type ChoiceEvent = { type: ChoiceId };

/** Events that come from free text the engine understood, or from the scheduler. */
export type TextEvent =
  | { type: 'error-reported'; classification: Classification }
  | { type: 'address-given'; address: string }
  /** an address already known from elsewhere (a helpdesk ticket): remembered without offering a check */
  | { type: 'address-known'; address: string }
  | { type: 'provider-mentioned'; provider: string }
  | { type: 'unrecognized'; question?: boolean }
  /** remembered without moving on: the questions they answer are skipped when reached */
  | { type: 'facts-learned'; facts: LearnedFacts }
  /** a question asked mid-path, answered in place; the conversation stays where it is */
  | { type: 'aside'; aside: AsideId }
  /** a new topic mid-path ("actually the real problem is…") */
  | { type: 'path-changed'; path: Path }
  /** a first message that could be either path: ask which */
  | { type: 'clarify-path' }
  | { type: 'follow-up-due' }
  /** the process that ran a live check stopped before it finished */
  | { type: 'probe-interrupted' };

export type TriageEvent = ChoiceEvent | TextEvent;
