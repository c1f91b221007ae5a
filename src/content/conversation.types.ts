import type { AsideId } from '../understanding/intents.js';
import type { SkipReason } from '../machine/triage.context.js';
import type { TriageContext } from '../machine/triage.context.js';
import type { ViewKey } from '../machine/view-keys.js';
import type { ContentSettings } from './types.js';
import type { FeedbackAnswer } from '../machine/feedback.js';

/** Where an aside is asked: the state on screen, what is known, and the settings (wait times, the IP list). */
export type AsideAnswer = (facts: Readonly<TriageContext>, settings: ContentSettings, where: ViewKey) => string;

/** One line per state, for an aside whose answer is about the state itself ("what now?"). */
export type PerState = Record<ViewKey, (facts: Readonly<TriageContext>, settings: ContentSettings) => string>;

/** The aside that answers with the line of the state the person is in. */
export const byState =
  (lines: PerState): AsideAnswer =>
  (facts, settings, where) =>
    lines[where](facts, settings);

/**
 * The words of the conversation around the steps: asides answered in place, short re-asks, what was understood,
 * questions skipped because the person already said the answer, going back. One per locale, like `Content`.
 */
export interface ConversationContent {
  /** a short answer (at most 350 characters) to a question asked mid-path, aware of where the person is */
  asides: Record<AsideId, AsideAnswer>;
  /** the question on screen again in one short line (at most 160 characters), after an aside or a misunderstanding */
  reprompts: Record<ViewKey, (facts: Readonly<TriageContext>) => string>;
  /** the first reply names what was understood and the likely cause, so a misread can be corrected at once */
  understood: Record<'sending' | 'syncing', string>;
  /** one line saying a question was skipped because the person already told us the answer */
  skipped: Record<SkipReason, (facts: Readonly<TriageContext>) => string>;
  /** an address given inside a sentence: which address a live check would use */
  addressNoted: (address: string) => string;
  /** something the person said is remembered, though the question stands ("Noted.") */
  noted: string;
  /**
   * "ok", "one sec": heard, the question stands (one short line): while the person has something to do, while we wait
   * for Microsoft (nothing to do, we'll be back), while a live check runs (its result comes by itself), and once the
   * conversation has ended (resolved, or with a person: the end's own line follows)
   */
  acknowledged: Record<'whileYouWork' | 'whileWaiting' | 'whileChecking' | 'afterResolved' | 'afterHandedOver', string>;
  /** "sent it to him": the message for an admin or provider went out, their reply is still to come */
  handedOver: string;
  /** not understood: what can be answered here, briefly (the choices follow) */
  notUnderstood: string;
  /** after two misunderstandings in a row */
  offerPerson: string;
  wentBack: string;
  /** "back" at the first question */
  nothingToGoBackTo: string;
  /** "back" while a live check runs */
  cannotGoBackWhileChecking: string;
  /** "back" once the conversation has ended */
  cannotGoBackAfterEnd: string;
  /** a question asked where only a choice was expected and no aside fits */
  questionNotAnswer: string;
  /** "did this help?", asked once when a conversation ends (resolved, or handed to a person) */
  feedback: FeedbackWords;
}

export interface FeedbackWords {
  /** the question, one short line */
  question: string;
  /** the two buttons */
  labels: Record<FeedbackAnswer, string>;
  /** the reply to each answer, one short line */
  thanks: Record<FeedbackAnswer, string>;
  /** the reply once a comment was added */
  commentThanks: string;
}
