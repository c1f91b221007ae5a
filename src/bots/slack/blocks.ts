import type { types } from '@slack/bolt';
import type { FeedbackQuestion, Presentation, LabelledChoice } from '../../content/present.js';
import { isFeedbackAnswer, type FeedbackAnswer } from '../../machine/feedback.js';
import { toPlainText } from '../../content/present.js';
import type { SlackContent } from '../../content/slack.en.js';
import type { ViewKey } from '../../machine/view-keys.js';
import { clip, escapeMrkdwn } from './mrkdwn.js';
import { ACTIONS } from './registrations.js';

export type Block = types.KnownBlock;

/** What a button carries: the choice, and the session and version it answers (an older version is stale). */
export interface ChoiceValue {
  s: string;
  v: number;
  c: string;
}

export function encodeChoice(value: ChoiceValue): string {
  return JSON.stringify(value);
}

/** A button's value as the JSON object it was written as, or null. */
function valueObject(raw: unknown): Record<string, unknown> | null {
  if (typeof raw !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function decodeChoice(raw: unknown): ChoiceValue | null {
  const parsed = valueObject(raw);
  return parsed && typeof parsed.s === 'string' && typeof parsed.v === 'number' && typeof parsed.c === 'string'
    ? { s: parsed.s, v: parsed.v, c: parsed.c }
    : null;
}

/** What a feedback button carries: the session and the answer (an answer is taken whatever the version). */
export interface FeedbackValue {
  s: string;
  c: FeedbackAnswer;
}

export function decodeFeedback(raw: unknown): FeedbackValue | null {
  const parsed = valueObject(raw);
  return parsed && typeof parsed.s === 'string' && isFeedbackAnswer(parsed.c) ? { s: parsed.s, c: parsed.c } : null;
}

/** The admin picker's block id carries the session it belongs to: `mbd_admin|<session id>`. */
export const ADMIN_BLOCK_PREFIX = 'mbd_admin|';
const ADMIN_LABEL_BLOCK = 'mbd_admin_label';
const FEEDBACK_QUESTION_BLOCK = 'mbd_feedback_question';
const FEEDBACK_BLOCK = 'mbd_feedback';

export interface TurnDecorations {
  sessionId: string;
  version: number;
  viewKey: ViewKey;
  /** a line shown first (who did something, a fresh start) in mrkdwn, already safe */
  lead?: string | undefined;
  /** a line shown last (who picks an escalation up), in mrkdwn, already safe */
  tail?: string | undefined;
  /** the thanks for "no, it didn't help": a button to add a comment follows */
  commentable?: boolean;
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text) } });
const context = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(text) }] });

function buttons(blockId: string, choices: LabelledChoice[], ref: { sessionId: string; version: number }): Block {
  return {
    type: 'actions',
    block_id: blockId,
    elements: choices.map((choice) => ({
      type: 'button' as const,
      action_id: `${ACTIONS.choicePrefix}${choice.id}`,
      text: { type: 'plain_text' as const, text: clip(choice.label, 75) },
      value: encodeChoice({ s: ref.sessionId, v: ref.version, c: choice.id }),
    })),
  };
}

/**
 * "Did this help?" as Slack's feedback buttons: the question, then a `context_actions` block with one
 * `feedback_buttons` element whose two buttons carry the answers' ids.
 */
function feedbackBlocks(feedback: FeedbackQuestion, sessionId: string): Block[] {
  const button = (id: FeedbackAnswer) => {
    const label = clip(feedback.choices.find((c) => c.id === id)?.label ?? id, 75);
    return { text: { type: 'plain_text' as const, text: label }, accessibility_label: label, value: JSON.stringify({ s: sessionId, c: id }) };
  };
  return [
    { ...section(escapeMrkdwn(feedback.question)), block_id: FEEDBACK_QUESTION_BLOCK } as Block,
    {
      type: 'context_actions',
      block_id: FEEDBACK_BLOCK,
      elements: [{ type: 'feedback_buttons', action_id: ACTIONS.feedback, positive_button: button('helpful'), negative_button: button('not-helpful') }],
    },
  ];
}

/**
 * The same message with "did this help?" as two plain buttons in an `actions` block, for a workspace where Slack
 * refuses `context_actions`: the same answer values, so a click goes to the same handler.
 */
export function withPlainFeedback(blocks: Block[]): Block[] {
  return blocks.map((block) => {
    if (block.type !== 'context_actions') return block;
    const feedback = block.elements.find((e): e is types.FeedbackButtons => e.type === 'feedback_buttons');
    if (!feedback) return block;
    const plain = (button: types.FeedbackButtons['positive_button']): types.Button => ({
      type: 'button',
      action_id: `${ACTIONS.feedbackAnswerPrefix}${decodeFeedback(button.value)?.c ?? ''}`,
      text: button.text,
      value: button.value,
    });
    return { type: 'actions', ...(block.block_id ? { block_id: block.block_id } : {}), elements: [plain(feedback.positive_button), plain(feedback.negative_button)] };
  });
}

/** Numbered steps and a message to forward, as rich text: nothing in them is parsed, so nothing can ping. */
function stepsBlock(steps: string[]): Block {
  return {
    type: 'rich_text',
    elements: [
      {
        type: 'rich_text_list',
        style: 'ordered',
        elements: steps.map((step) => ({ type: 'rich_text_section' as const, elements: [{ type: 'text' as const, text: step }] })),
      },
    ],
  };
}

export function quoteBlock(body: string): Block {
  return { type: 'rich_text', elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text: body }] }] };
}

/** One turn of the conversation in Block Kit: notice, text, numbered steps, the message to forward, the buttons. */
export function turnBlocks(p: Presentation, d: TurnDecorations, content: SlackContent): Block[] {
  const blocks: Block[] = [];
  if (d.lead) blocks.push(context(d.lead));
  // the remarks of the turn (an aside's answer, what was understood) are messages in their own right, not small print
  for (const notice of p.notices) blocks.push(section(escapeMrkdwn(notice)));
  if (p.text) blocks.push(section(escapeMrkdwn(p.text)));
  if (p.steps.length > 0) blocks.push(stepsBlock(p.steps));
  if (p.after) blocks.push(section(escapeMrkdwn(p.after)));
  if (p.forward) {
    blocks.push(section(`*${escapeMrkdwn(p.forward.title)}*`));
    blocks.push(quoteBlock(p.forward.body));
  }
  const ref = { sessionId: d.sessionId, version: d.version };
  if (p.choices.length > 0) blocks.push(buttons('mbd_choices', p.choices, ref));
  if (d.viewKey === 'askingSymptom') {
    blocks.push({
      type: 'actions',
      block_id: 'mbd_address',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.openAddressModal,
          text: { type: 'plain_text', text: content.addressButton },
          value: d.sessionId,
        },
      ],
    });
  }
  if (d.viewKey === 'bringingInAdmin') {
    blocks.push({ ...section(escapeMrkdwn(content.admin.pickerLabel)), block_id: ADMIN_LABEL_BLOCK } as Block);
    blocks.push({
      type: 'actions',
      block_id: `${ADMIN_BLOCK_PREFIX}${d.sessionId}`,
      elements: [
        {
          type: 'users_select',
          action_id: ACTIONS.pickAdmin,
          placeholder: { type: 'plain_text', text: content.admin.pickerPlaceholder },
        },
      ],
    });
  }
  if (p.exits.length > 0) blocks.push(buttons('mbd_exits', p.exits, ref));
  if (d.tail) blocks.push(context(d.tail));
  // the question that ends a conversation comes last, after who picks it up
  if (p.feedback) blocks.push(...feedbackBlocks(p.feedback, d.sessionId));
  if (d.commentable) {
    blocks.push({
      type: 'actions',
      block_id: 'mbd_feedback_comment',
      elements: [{ type: 'button', action_id: ACTIONS.feedbackComment, text: { type: 'plain_text', text: content.feedbackComment.button }, value: d.sessionId }],
    });
  }
  return blocks;
}

/** The notification text of a turn (shown where blocks are not): its lead words, not the whole message again. */
export function turnText(p: Presentation): string {
  return clip(escapeMrkdwn([p.notice, p.text].filter(Boolean).join(' ') || toPlainText(p)), 600);
}

/** An answered message: the same words, the buttons (and the admin picker) gone, and who chose what. */
export function answeredBlocks(original: unknown, chosenLine: string): Block[] {
  const kept = Array.isArray(original)
    ? (original as Block[]).filter(
        (block) =>
          block && typeof block === 'object' && block.type !== 'actions' && block.type !== 'context_actions' && block.block_id !== ADMIN_LABEL_BLOCK,
      )
    : [];
  return [...kept, context(chosenLine)];
}

/** A modal with one input: its title, buttons and label in the person's words, and what it is about. */
export function inputModal<E extends { type: string; action_id: string }>(
  callbackId: string,
  privateMetadata: string,
  words: { title: string; submit: string; close: string; label: string },
  input: { blockId: string; element: E; hint?: string },
) {
  const plain = (text: string) => ({ type: 'plain_text' as const, text });
  return {
    type: 'modal' as const,
    callback_id: callbackId,
    private_metadata: privateMetadata,
    title: plain(words.title),
    submit: plain(words.submit),
    close: plain(words.close),
    blocks: [
      {
        type: 'input' as const,
        block_id: input.blockId,
        label: plain(words.label),
        ...(input.hint ? { hint: plain(input.hint) } : {}),
        element: input.element,
      },
    ],
  };
}

export { context as contextBlock, section as sectionBlock };
