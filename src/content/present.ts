import type { ChoiceId } from '../machine/choices.js';
import type { View } from '../machine/view.js';
import type { Content, ContentSettings, Forwardable } from './types.js';

export interface LabelledChoice {
  id: ChoiceId;
  label: string;
}

/** A view with its words filled in, still channel-neutral: each channel lays it out its own way. */
export interface Presentation {
  notice: string | null;
  text: string;
  steps: string[];
  after: string | null;
  forward: Forwardable | null;
  choices: LabelledChoice[];
  exits: LabelledChoice[];
}

export function labelFor(content: Content, view: Pick<View, 'key'>, id: ChoiceId): string {
  return content.choiceOverrides[view.key]?.[id] ?? content.choices[id];
}

function noticeText(content: Content, view: View): string | null {
  const notice = view.notice;
  if (!notice) return null;
  // the explaining state already says what the diagnosis means
  if (notice.kind === 'diagnosed' && (view.key === 'explainingDiagnosis' || notice.code === 'unknown')) {
    return notice.code === 'unknown' ? content.diagnoses.unknown.meaning : null;
  }
  const render = content.notices[notice.kind] as (n: typeof notice, facts: View['facts']) => string;
  return render(notice, view.facts) || null;
}

export function present(view: View, content: Content, settings: ContentSettings): Presentation {
  const prose = content.states[view.key](view.facts, settings);
  const label = (id: ChoiceId): LabelledChoice => ({ id, label: labelFor(content, view, id) });
  return {
    notice: noticeText(content, view),
    text: prose.text,
    steps: prose.steps ?? [],
    after: prose.after ?? null,
    forward: prose.forward ?? null,
    choices: view.choices.map(label),
    exits: view.exits.map(label),
  };
}

/** The presentation as plain text, for the terminal, the JSON API and transcripts. */
export function toPlainText(p: Presentation): string {
  const parts: string[] = [];
  if (p.notice) parts.push(p.notice);
  if (p.text) parts.push(p.text);
  if (p.steps.length > 0) parts.push(p.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  if (p.after) parts.push(p.after);
  if (p.forward) parts.push(`${p.forward.title}:\n${p.forward.body.split('\n').map((l) => `  | ${l}`).join('\n')}`);
  return parts.join('\n\n');
}
