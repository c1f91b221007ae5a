import type { ChoiceId } from '../machine/choices.js';
import type { DisambiguationQuestion } from '../machine/classifier.js';
import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { TriageContext } from '../machine/triage.context.js';
import type { Notice } from '../machine/view.js';
import type { ViewKey } from '../machine/view-keys.js';
import type { ConversationContent } from './conversation.types.js';
import type { LocaleUnderstanding } from '../understanding/interpreter.js';

/** What the words may depend on besides the conversation itself. */
export interface ContentSettings {
  /** where Close lists the IP addresses it sends from (a configuration value) */
  closeIpListUrl: string | undefined;
  followUpMinutes: number;
  now: Date;
  /** when the follow-up of a waiting session is due, if one is scheduled */
  followUpDueAt?: Date | undefined;
  /** the states this conversation has already shown, so that what they explained is not explained again */
  seen?: readonly ViewKey[] | undefined;
}

/** A message to forward to someone else (an admin, a provider's support team). */
export interface Forwardable {
  title: string;
  body: string;
}

/** The words for one state: a lead paragraph, optional numbered steps, an optional message to forward. */
export interface Prose {
  text: string;
  steps?: string[];
  after?: string;
  forward?: Forwardable;
}

export type StateProse = (facts: Readonly<TriageContext>, settings: ContentSettings) => Prose;

export interface DiagnosisProse {
  title: string;
  meaning: string;
  fix: string;
}

/** Notices about the step itself; the rest (asides, skips, going back) are worded by `ConversationContent`. */
export type StepNotice = Extract<Notice, { kind: 'not-understood' | 'diagnosed' | 'follow-up' | 'restarted' | 'check-report' }>;

/** The shape every language must fill in full: a missing state, choice, code or notice fails to compile. */
export interface Content {
  states: Record<ViewKey, StateProse>;
  choices: Record<ChoiceId, string>;
  /** labels that read better in one state than the general label */
  choiceOverrides: Partial<Record<ViewKey, Partial<Record<ChoiceId, string>>>>;
  diagnoses: Record<DiagnosisCode, DiagnosisProse>;
  questions: Record<DisambiguationQuestion, string>;
  notices: { [K in StepNotice['kind']]: (notice: Extract<Notice, { kind: K }>, facts: Readonly<TriageContext>) => string };
  /** the conversation around the steps: asides, re-asks, what was understood, skipped questions */
  conversation: ConversationContent;
  /** what teaches the interpreter this language: the utterance corpus and the vocabulary */
  understanding: LocaleUnderstanding;
  stale: string;
  endedHint: string;
}
