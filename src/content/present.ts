import { LANGUAGE_WORDS, UNSUPPORTED_LANGUAGE } from './languages.js';
import { isLocale } from './locales.js';
import type { ChoiceId } from '../machine/choices.js';
import { FEEDBACK_ANSWERS, type FeedbackAnswer } from '../machine/feedback.js';
import type { Notice, View } from '../machine/view.js';
import type { ViewKey } from '../machine/view-keys.js';
import type { Content, ContentSettings, Forwardable, StepNotice } from './types.js';

export interface LabelledChoice {
  id: ChoiceId;
  label: string;
}

/** A view with its words filled in, still channel-neutral: each channel lays it out its own way. */
export interface Presentation {
  /** every remark of the turn, joined (null when there is none) */
  notice: string | null;
  /** the remarks one by one: what was understood, skipped questions, an aside's answer… */
  notices: string[];
  text: string;
  steps: string[];
  after: string | null;
  forward: Forwardable | null;
  choices: LabelledChoice[];
  exits: LabelledChoice[];
  /** "did this help?" with its two answers, on the message that ends a conversation; null otherwise */
  feedback: FeedbackQuestion | null;
}

export interface FeedbackQuestion {
  question: string;
  choices: Array<{ id: FeedbackAnswer; label: string }>;
}

/** The question a conversation ends with, in the content's language. */
export function feedbackQuestion(content: Content): FeedbackQuestion {
  const words = content.conversation.feedback;
  return { question: words.question, choices: FEEDBACK_ANSWERS.map((id) => ({ id, label: words.labels[id] })) };
}

export function labelFor(content: Content, view: Pick<View, 'key'>, id: ChoiceId): string {
  return content.choiceOverrides[view.key]?.[id] ?? content.choices[id];
}

/** Where "ok" is heard while the person has nothing to do: the acknowledgement says what comes next instead. */
const ACKNOWLEDGED_AS: Partial<Record<ViewKey, 'whileWaiting' | 'whileChecking' | 'afterResolved' | 'afterHandedOver'>> = {
  waitingForPropagation: 'whileWaiting',
  runningCheck: 'whileChecking',
  // "got it" once the conversation has ended: nothing left for the person to do
  resolved: 'afterResolved',
  escalated: 'afterHandedOver',
};

function noticeText(content: Content, view: View, notice: Notice, settings: ContentSettings): string | null {
  const words = content.conversation;
  switch (notice.kind) {
    case 'aside':
      // "what now?" answered by the whole step shown again (in another language): the step says it already
      if (notice.aside === 'what-next' && !view.compact) return null;
      return words.asides[notice.aside](view.facts, settings, view.key);
    case 'understood':
      return words.understood[notice.path];
    case 'skipped':
      return words.skipped[notice.reason](view.facts);
    case 'address-noted':
      return words.addressNoted(notice.address);
    case 'noted':
      return words.noted;
    case 'acknowledged':
      return notice.handedOver ? words.handedOver : words.acknowledged[ACKNOWLEDGED_AS[view.key] ?? 'whileYouWork'];
    case 'went-back':
      return words.wentBack;
    case 'nothing-to-go-back-to':
      return words.nothingToGoBackTo;
    case 'cannot-go-back':
      return words.cannotGoBackWhileChecking;
    case 'ended-no-back':
      return words.cannotGoBackAfterEnd;
    case 'language-switched': {
      const words = isLocale(notice.locale) ? LANGUAGE_WORDS[notice.locale] : LANGUAGE_WORDS.en;
      return notice.asked ? words.asked : words.followed;
    }
    case 'language-unsupported':
      return UNSUPPORTED_LANGUAGE;
    case 'feedback-thanks':
      return notice.comment ? words.feedback.commentThanks : words.feedback.thanks[notice.answer];
    case 'not-understood': {
      const first = notice.question ? words.questionNotAnswer : words.notUnderstood;
      return notice.offerPerson ? `${first} ${words.offerPerson}` : first;
    }
    case 'diagnosed':
      // the explaining states already say what the diagnosis means
      if (notice.code === 'unknown') return content.diagnoses.unknown.meaning;
      if (view.key === 'explainingDiagnosis' || view.key === 'checkingIpAllowlist') return null;
  }
  const step = notice as StepNotice;
  const render = content.notices[step.kind] as (n: StepNotice, facts: View['facts']) => string;
  return render(step, view.facts) || null;
}

export function present(view: View, content: Content, settings: ContentSettings): Presentation {
  const label = (id: ChoiceId): LabelledChoice => ({ id, label: labelFor(content, view, id) });
  const notices = view.notices.map((n) => noticeText(content, view, n, settings)).filter((t): t is string => Boolean(t));
  const choices = view.choices.map(label);
  const exits = view.exits.map(label);
  const notice = notices.length > 0 ? notices.join('\n\n') : null;
  if (view.compact) {
    // the question stands: one short line instead of the whole message again (none after thanks for feedback: the
    // conversation is over, and the buttons say what can come next)
    const thanked = view.notices.some((n) => n.kind === 'feedback-thanks');
    return { notice, notices, text: thanked ? '' : content.conversation.reprompts[view.key](view.facts), steps: [], after: null, forward: null, choices, exits, feedback: null };
  }
  const prose = content.states[view.key](view.facts, settings);
  return {
    notice,
    notices,
    text: prose.text,
    steps: prose.steps ?? [],
    after: prose.after ?? null,
    forward: prose.forward ?? null,
    choices,
    exits,
    feedback: null,
  };
}

function forwardText(forward: Forwardable): string {
  return `${forward.title}:\n${forward.body.split('\n').map((l) => `  | ${l}`).join('\n')}`;
}

function stepsText(steps: string[]): string {
  return steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
}

/**
 * The presentation as short messages, one idea each: the remarks, the lead, the steps, the line after, and the
 * message to forward as a block of its own (the only one that may be long: it is meant to be copied).
 */
export function toBubbles(p: Presentation): string[] {
  const bubbles = [...p.notices];
  if (p.text) bubbles.push(p.text);
  if (p.steps.length > 0) bubbles.push(stepsText(p.steps));
  if (p.after) bubbles.push(p.after);
  if (p.forward) bubbles.push(forwardText(p.forward));
  return bubbles;
}

/** The presentation as plain text, for the terminal, the JSON API and transcripts. */
export function toPlainText(p: Presentation): string {
  return toBubbles(p).join('\n\n');
}
