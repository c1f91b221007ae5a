import type { FeedbackQuestion, LabelledChoice, Presentation } from '../../content/present.js';
import type { TeamsContent } from '../../content/teams.en.js';
import { FEEDBACK_COMMENT_LIMIT } from '../../machine/feedback.js';
import { INPUT_IDS } from './submit-data.js';

/** Teams renders Adaptive Cards up to 1.5 on desktop, web and mobile. */
export const CARD_VERSION = '1.5';
/** Teams shows at most this many actions on one card. */
export const MAX_ACTIONS = 6;

export type CardElement = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
  msteams?: Record<string, unknown>;
}

/** What a card needs besides the presentation: which session and version its buttons answer, and extra inputs. */
export interface CardOptions {
  sessionId: string;
  version: number;
  /** ask for the person's address in an input (when it is not known yet) */
  askAddress: boolean;
  /** the state wants words (an error message, a description): show a text input */
  freeText: boolean;
  /** offer to send the forwardable message to an admin who uses the app */
  offerAdminHandoff: boolean;
  /** choices not offered in this conversation (the signed-in check in a channel thread) */
  hiddenChoices?: readonly string[];
  /** the person just said it did not help: offer a line for an optional comment */
  askFeedbackComment?: boolean;
}

export function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

export const text = (value: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

function submit(title: string, data: Record<string, unknown>, extra: CardElement = {}): CardElement {
  return { type: 'Action.Submit', title, data, ...extra };
}

/** The words of a presentation as card elements: notice, text, numbered steps, the line after, the forwardable message. */
export function presentationBody(p: Presentation, content: TeamsContent): CardElement[] {
  const body: CardElement[] = [];
  for (const notice of p.notices) body.push(text(notice));
  if (p.text) body.push(text(p.text));
  p.steps.forEach((step, i) => body.push(text(`${i + 1}. ${step}`, { spacing: 'Small' })));
  if (p.after) body.push(text(p.after));
  if (p.forward) {
    body.push({
      type: 'Container',
      style: 'emphasis',
      items: [text(p.forward.title, { weight: 'Bolder' }), text(p.forward.body, { fontType: 'Monospace' })],
    });
    body.push(text(content.forwardHint, { isSubtle: true, size: 'Small' }));
  }
  return body;
}

/**
 * The card for one turn: buttons for up to six actions, otherwise a choice set with one submit. The card that ends a
 * conversation asks "did this help?" below it all, its two answers as buttons of their own (an action set in the body).
 */
export function presentationCard(shown: Presentation, options: CardOptions, content: TeamsContent): AdaptiveCard {
  const hidden = options.hiddenChoices ?? [];
  const p = hidden.length === 0 ? shown : { ...shown, choices: shown.choices.filter((c) => !hidden.includes(c.id)), exits: shown.exits.filter((c) => !hidden.includes(c.id)) };
  const body = presentationBody(p, content);
  const ids = { session: options.sessionId, version: options.version };
  const extra: CardElement[] = [];
  if (options.freeText) {
    body.push({ type: 'Input.Text', id: INPUT_IDS.text, label: content.textLabel, placeholder: content.textPlaceholder, isMultiline: true, maxLength: 4000 });
    extra.push(submit(content.sendLabel, { md: 'text', ...ids }, { style: 'positive' }));
  }
  if (options.askAddress) {
    body.push({ type: 'Input.Text', id: INPUT_IDS.address, label: content.addressLabel, placeholder: content.addressPlaceholder, style: 'Email', maxLength: 254 });
  }
  if (options.offerAdminHandoff && p.forward) {
    body.push({ type: 'Input.Text', id: INPUT_IDS.adminEmail, label: content.adminEmailLabel, placeholder: content.adminEmailPlaceholder, style: 'Email', maxLength: 254 });
    extra.push(submit(content.adminSendLabel, { md: 'notify-admin', ...ids }));
  }
  if (options.askFeedbackComment) {
    const words = content.feedbackComment;
    body.push({ type: 'Input.Text', id: INPUT_IDS.feedbackComment, label: words.label, placeholder: words.placeholder, maxLength: FEEDBACK_COMMENT_LIMIT });
    extra.push(submit(words.send, { md: 'feedback', answer: 'not-helpful', ...ids }));
  }
  const button = (c: LabelledChoice) => submit(c.label, { md: 'choice', choice: c.id, ...ids });
  let actions: CardElement[];
  if (p.choices.length + p.exits.length + extra.length <= MAX_ACTIONS) {
    actions = [...p.choices.map(button), ...extra, ...p.exits.map(button)];
  } else {
    body.push({
      type: 'Input.ChoiceSet',
      id: INPUT_IDS.pickedChoice,
      label: content.choiceSetLabel,
      style: 'expanded',
      choices: p.choices.map((c) => ({ title: c.label, value: c.id })),
    });
    actions = [submit(content.choiceSetSubmit, { md: 'choice-set', ...ids }, { style: 'positive' }), ...extra, ...p.exits.map(button)];
  }
  if (p.feedback) body.push(feedbackQuestion(p.feedback), { type: 'ActionSet', actions: p.feedback.choices.map((c) => submit(c.label, { md: 'feedback', answer: c.id, ...ids })) });
  return card(body, actions.slice(0, MAX_ACTIONS));
}

/** "Did this help?", last on the card that ends a conversation, set apart from what comes before. */
const feedbackQuestion = (feedback: FeedbackQuestion): CardElement => text(feedback.question, { weight: 'Bolder', separator: true, spacing: 'Medium' });

/** The same question after it was answered: the words stay, the buttons go, the answer is shown. */
export function answeredCard(p: Presentation, line: string, content: TeamsContent): AdaptiveCard {
  return card([...presentationBody(p, content), ...(p.feedback ? [feedbackQuestion(p.feedback)] : []), text(line, { isSubtle: true, weight: 'Bolder' })]);
}

export function welcomeCard(intro: string, content: TeamsContent): AdaptiveCard {
  return card([text(content.welcomeTitle, { size: 'Large', weight: 'Bolder' }), text(intro)]);
}

/** The 1:1 message to an admin: the exact steps and one Done button that moves the requester's conversation on. */
export function adminRequestCard(
  requester: string,
  forward: { title: string; body: string },
  done: { session: string; admin: string },
  content: TeamsContent,
): AdaptiveCard {
  return card(
    [
      text(content.adminCardTitle(requester), { size: 'Medium', weight: 'Bolder' }),
      text(content.adminCardIntro),
      { type: 'Container', style: 'emphasis', items: [text(forward.title, { weight: 'Bolder' }), text(forward.body, { fontType: 'Monospace' })] },
    ],
    [submit(content.adminDoneLabel, { md: 'admin-done', ...done }, { style: 'positive' })],
  );
}

/** A card with a title and plain lines, no actions (escalation summaries, notes to an admin). */
export function noteCard(title: string, lines: string[]): AdaptiveCard {
  return card([text(title, { weight: 'Bolder' }), ...lines.map((line) => text(line, { spacing: 'Small' }))]);
}
