import type { TranscriptEntry } from '../store/store.js';
import type { View } from '../machine/view.js';
import type { Content } from './types.js';
import { helpdeskEn, type SummaryWords } from './helpdesk.en.js';

/** What a person picking up an escalated conversation needs: the symptom, the answers, what was found. */
export interface ConversationSummary {
  sessionId: string;
  channel: string;
  status: View['status'];
  symptom: string | null;
  address: string | null;
  provider: string | null;
  diagnoses: Array<{ code: string; title: string }>;
  /** each question asked and the answer given, in order */
  answers: Array<{ question: string; answer: string }>;
  text: string;
}

export function summarize(
  session: { id: string; channel: string },
  view: View,
  transcript: readonly TranscriptEntry[],
  content: Content,
  words: SummaryWords = helpdeskEn.summary,
): ConversationSummary {
  const facts = view.facts;
  const diagnoses = facts.diagnoses.map((code) => ({ code, title: content.diagnoses[code].title }));
  const answers = transcript
    .filter((e) => e.role === 'user' && e.viewKey)
    .map((e) => ({ question: e.viewKey ?? '', answer: e.text }));
  const lines = [
    words.heading(session.id, session.channel, view.status),
    `${words.symptom}: ${facts.symptom ?? words.notGiven}.`,
    `${words.address}: ${facts.address ?? words.notGiven}.`,
    ...(facts.provider ? [`${words.provider}: ${facts.provider}.`] : []),
    `${words.diagnoses}: ${diagnoses.length ? diagnoses.map((d) => `${d.code} (${d.title})`).join('; ') : words.none}.`,
    `${words.answers}:`,
    ...answers.map((a) => `  - ${a.question}: ${a.answer}`),
  ];
  return {
    sessionId: session.id,
    channel: session.channel,
    status: view.status,
    symptom: facts.symptom,
    address: facts.address,
    provider: facts.provider,
    diagnoses,
    answers,
    text: lines.join('\n'),
  };
}
