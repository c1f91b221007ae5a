import type { ChoiceId } from '../machine/choices.js';
import { classifyError, type Classification } from '../machine/classifier.js';
import type { LearnedFacts } from '../machine/events.js';
import type { KnownFacts } from '../machine/triage.context.js';
import type { Path, ViewKey } from '../machine/view-keys.js';
import { ADMIN_CENTER_STEPS, ADMIN_QUESTION, AWAITING_ACTION, HANDED_OFF, NO_QUESTION_ASKED, OK_ACCEPTS, choiceForAnswer } from './answers.js';
import { ADDRESS_MARK, findAddresses } from './addresses.js';
import { IntentClassifier, type Corpus, type ScoredIntent } from './intent-classifier.js';
import { asideId, isAside, type AnswerIntent, type AsideId, type AsideIntent, type Intent } from './intents.js';
import { normalize } from './normalize.js';
import { SMTP_AUTH_STEMS } from '../content/languages.js';
import type { Vocabulary } from './vocabulary.js';

/** What a locale's interpreter learns from: its utterance corpus and its vocabulary (src/content/*.<locale>.ts). */
export interface LocaleUnderstanding {
  locale: string;
  corpus: Corpus;
  vocabulary: Vocabulary;
}

/** Where the person is, when known: the question on screen and the path followed. */
export interface Where {
  key: ViewKey | null;
  path: Path | null;
}

export interface OfferedChoice {
  id: ChoiceId;
  label: string;
  /** taken when typed, but not shown (so not counted when someone types a number) */
  hidden?: boolean;
}

/** The message read for its meaning, before the question on screen decides which event it is. */
export type Meaning =
  | { kind: 'choice'; choice: ChoiceId }
  | { kind: 'answer'; answer: AnswerIntent }
  | { kind: 'path'; path: Path | 'smtp-auth-not-supported' | 'error' | 'check-mailbox' | 'unclear' }
  /** the first message fits both paths about as well */
  | { kind: 'either-path' }
  | { kind: 'error'; classification: Classification }
  /** the message is an address and little else */
  | { kind: 'address'; address: string }
  | { kind: 'aside'; aside: AsideId }
  | { kind: 'human' }
  | { kind: 'back' }
  | { kind: 'start-over' }
  /** heard, and on it ("ok", "one sec", "I'll forward it"); `handedOver` when the message for someone else went out */
  | { kind: 'acknowledged'; handedOver: boolean }
  | { kind: 'unrecognized'; question: boolean };

export interface Reading {
  meaning: Meaning;
  /** facts volunteered in the same message (never taken from a question) */
  facts: LearnedFacts | null;
  /** the likeliest intents, for tests and the bench */
  intents: ScoredIntent[];
  /** the message asks something (so states nothing that could answer the question on screen) */
  question: boolean;
}

/** Looks like a server reply or library error rather than a sentence. */
const ERROR_SHAPE =
  /\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b|\baadsts\d+|\b(etimedout|econnrefused|enotfound|ehostunreach|esocket|etls|eauth)\b|\b(no|bad) (authenticate|login)\b|error:|exception|\b(smtpclientauthentication|sendasdenied)\b|\bauthentication (failed|unsuccessful)\b|\berror connecting to\b/;

/**
 * A message of nothing but approving emoji (👍 👌 ✅ ✔️ 👏), with their skin tones and variation selectors. Not a smile
 * or folded hands: those thank rather than agree, and a bare "ok" accepts an offered check.
 */
const APPROVING_EMOJI = /^\s*[\u{1F44D}\u{1F44C}\u{2705}\u{2714}\u{1F44F}](?:[\u{1F44D}\u{1F44C}\u{2705}\u{2714}\u{1F44F}\u{1F3FB}-\u{1F3FF}\u{FE0F}]|\s)*$/u;

/** Text past this is never needed to tell what someone means (long texts are pasted errors, classified whole). */
const READ_LIMIT = 500;

/** How sure the classifier must be before its reading is acted on; below it, the message is not understood. */
const CONFIDENT = 0.5;
/** When the two paths score within this of each other, one short question names both. */
const PATH_MARGIN = 0.2;
/** The least weight a guess needs to count once the intents that mean nothing here are set aside. */
const SECOND_GUESS = 0.15;

/** Answers a question can never be ("what's GoDaddy?" is not a yes); "can we test now?" still asks to test now. */
const ASKABLE: readonly Intent[] = ['answer.test-now', 'answer.cannot-find'];
/** Answers that say something is so; a report that it is not ("not done yet", "it did not work") never counts as one. */
const ASSENTS: readonly Intent[] = ['answer.yes', 'answer.done', 'answer.worked'];
/** Choices whose words say something was done: not taken from a sentence that says it was not. */
const DONE_CHOICES: readonly ChoiceId[] = ['done', 'admin-done', 'provider-enabled'];
/** Choices whose words state how things are or what was done: not taken from a hedged sentence ("not sure if it's on"). */
const STATING_CHOICES: readonly ChoiceId[] = ['toggle-on', 'toggle-off', ...DONE_CHOICES];

const PATH_OF: Partial<Record<Intent, Extract<Meaning, { kind: 'path' }>['path']>> = {
  'path.sending': 'sending',
  'path.syncing': 'syncing',
  'path.smtp-auth-not-supported': 'smtp-auth-not-supported',
  'path.error': 'error',
  'path.check-mailbox': 'check-mailbox',
  'path.unclear': 'unclear',
};

/**
 * Turns what a person typed into a meaning: one trained classifier per locale for intents (paths, answers, asides,
 * navigation), and the locale's vocabulary for what a classifier reads badly (contrast, questions, facts, addresses).
 */
export class Interpreter {
  private classifier: Promise<IntentClassifier> | null = null;

  constructor(private readonly understanding: LocaleUnderstanding) {}

  get locale(): string {
    return this.understanding.locale;
  }

  /** Trains the classifier now rather than on the first message (a server calls this at start). */
  warmUp(): Promise<void> {
    return this.trained().then(() => undefined);
  }

  private trained(): Promise<IntentClassifier> {
    this.classifier ??= IntentClassifier.train(this.understanding.locale, this.understanding.corpus);
    return this.classifier;
  }

  async read(given: string, offered: readonly OfferedChoice[], where: Where = { key: null, path: null }): Promise<Reading> {
    // a thumbs-up alone says what "ok" says, in every language
    const raw = APPROVING_EMOJI.test(given.slice(0, READ_LIMIT)) ? 'ok' : given;
    const vocabulary = this.understanding.vocabulary;
    const text = normalize(raw.slice(0, READ_LIMIT));
    const only = (meaning: Meaning, facts: LearnedFacts | null = null, question = false): Reading => ({ meaning, facts, intents: [], question });
    if (text === '') return only({ kind: 'unrecognized', question: false });

    const exact = byLabelOrNumber(text, offered);
    if (exact) return only({ kind: 'choice', choice: exact });
    if (vocabulary.startOver.test(text)) return only({ kind: 'start-over' });
    if (vocabulary.back.test(text)) return only({ kind: 'back' });

    const classification = classifyError(raw);
    if (classification.code !== 'unknown' && ERROR_SHAPE.test(normalize(raw))) return only({ kind: 'error', classification });

    const addresses = findAddresses(raw.slice(0, READ_LIMIT), vocabulary);
    const rest = normalize(addresses.rest);
    const question = vocabulary.question.test(rest);
    const unaddressed = unmarked(rest);
    if (addresses.all.length === 1 && vocabulary.addressFiller.test(unaddressed)) return only({ kind: 'address', address: addresses.all[0] as string });
    const facts = factsOf(rest, addresses, vocabulary, question, where);
    if (vocabulary.human.test(rest)) return only({ kind: 'human' }, facts, question);
    const outright = saidOutright(rest, unaddressed, facts, offered, where, vocabulary, question);
    if (outright) return only(outright, facts, question);

    // what is left once the facts are taken out is what the classifier reads ("I'm the admin, replies are missing")
    const { focus, setAside } = focusOf(rest, vocabulary);
    const classifier = await this.trained();
    // holding on, said in the message as typed (the focus has its conjunctions turned into commas): "lo hago ahora y te aviso"
    const holding: Meaning | null = !question && vocabulary.holdOn.test(unaddressed) ? { kind: 'acknowledged', handedOver: false } : null;
    const waiting = holding ?? noNews(unaddressed, offered, where, vocabulary, question);
    if (waiting) return { meaning: waiting, facts, intents: [], question };
    const heard = acknowledgement(focus, offered, where, vocabulary, question);
    const intents = focus === '' || heard ? [] : await classifier.classify(focus);
    const whole = unaddressed;
    const read = heard ?? this.decide(focus, question, intents, offered, where, classification);
    // a step back or a fresh start is asked for in so many words, not read into what is left once the facts are out
    // ("it's through GoDaddy, is that a problem?")
    const named = (read.kind === 'back' && vocabulary.back.test(focus)) || (read.kind === 'start-over' && vocabulary.startOver.test(focus));
    const meaning: Meaning = (read.kind === 'back' || read.kind === 'start-over') && setAside && !named ? { kind: 'unrecognized', question } : read;
    if ((meaning.kind === 'unrecognized' || meaning.kind === 'acknowledged') && focus !== whole && whole !== '') {
      // what was set aside was all there was to it ("thanks, I'll forward it"): read the whole message
      const all = await classifier.classify(whole);
      const again = this.decide(whole, question, all, offered, where, classification);
      const taken = again.kind === 'back' || again.kind === 'start-over' ? meaning : again;
      if (taken.kind !== 'unrecognized') return { meaning: taken, facts, intents: all, question };
    }
    if (meaning.kind === 'unrecognized' && !question && !vocabulary.hedged.test(whole)) {
      // "just tried sending from close and it went through": people put the outcome last, and its clause alone answers,
      // unless what comes before it hedges or fails ("the first failed, the second went through")
      const last = lastClause(whole, vocabulary);
      if (last !== null && !vocabulary.stillFailing.test(whole.slice(0, whole.lastIndexOf(last)))) {
        const alone = await classifier.classify(last);
        const outcome = this.decide(last, false, alone, offered, where, classification);
        if (outcome.kind === 'answer' || outcome.kind === 'choice') return { meaning: outcome, facts, intents: alone, question };
      }
    }
    return { meaning, facts, intents, question };
  }

  private decide(text: string, question: boolean, intents: ScoredIntent[], offered: readonly OfferedChoice[], where: Where, classification: Classification): Meaning {
    const vocabulary = this.understanding.vocabulary;
    const offeredIds = offered.map((c) => c.id);
    if (text === '') return { kind: 'unrecognized', question };
    if (!question) {
      // "yes but it still fails" is not a yes
      const yes = vocabulary.leadingYes.test(text) && !vocabulary.stillFailing.test(text);
      const leading = vocabulary.leadingNo.test(text) ? 'answer.no' : yes ? 'answer.yes' : null;
      if (leading && choiceForAnswer(leading, offeredIds, where.key)) return { kind: 'answer', answer: leading };
    }
    const contrast = contrastingPath(text, vocabulary);
    if (contrast && contrast !== where.path) return { kind: 'path', path: contrast };
    if (!question) {
      // "not ticked" is not ticked, "not sure if it's ticked" is neither: words that state how things are only count
      // when the sentence is not negated or hedged
      const notDone = vocabulary.negated.test(text) || vocabulary.future.test(text);
      const hedged = vocabulary.hedged.test(text);
      // "not sure if it's ticked" where that is the question: how to tell, and where we are
      const aboutTheSetting = vocabulary.choices['toggle-on']?.test(text) || vocabulary.choices['toggle-off']?.test(text);
      if (hedged && where.key === 'askingToggleState' && aboutTheSetting) return { kind: 'aside', aside: 'what-next' };
      const stated = offered.filter((c) => !(notDone && DONE_CHOICES.includes(c.id)) && !(hedged && STATING_CHOICES.includes(c.id)));
      const choice = byVocabulary(text, stated, vocabulary);
      if (choice) return { kind: 'choice', choice };
    }

    // "it still doesn't work" while Microsoft applies the change: it may need more time, and a test can tell now
    const [likeliest] = intents;
    if (!question && where.key !== null && NO_QUESTION_ASKED.includes(where.key) && likeliest?.intent === 'answer.still-failing' && likeliest.score >= CONFIDENT) {
      return { kind: 'aside', aside: 'skip-wait' };
    }
    const ranked = applicable(intents, offeredIds, where, question, text);
    const [top, second] = ranked;
    const specific = specificAside(ranked);
    if (specific) return { kind: 'aside', aside: asideId(specific) };
    // a question that is one of two things the assistant can answer, and nothing else: the likelier is answered
    // ("does this work with gmail?": what it does, or what it does not)
    if (question && top && second && top.intent !== 'None' && second.intent !== 'None' && isAside(top.intent) && isAside(second.intent)) {
      // by the classifier's own weights: rescoring among what applies here would make any two look sure
      if (ownScore(intents, top.intent) + ownScore(intents, second.intent) >= TWO_ASIDES) return { kind: 'aside', aside: asideId(top.intent) };
    }
    if (!top || top.intent === 'None' || top.score < CONFIDENT) {
      return this.byTopic(text, offeredIds, question) ?? (classification.code !== 'unknown' && !question ? { kind: 'error', classification } : { kind: 'unrecognized', question });
    }
    const intent = top.intent;
    if (isAside(intent)) return { kind: 'aside', aside: asideId(intent) };
    const path = PATH_OF[intent];
    if (path) {
      if (path === where.path) return this.sameTopic(text, ranked, offeredIds, question);
      // mid-path, another topic counts only as a new problem ("actually incoming mail isn't syncing"), not a report
      // that something works ("emails are coming in again")
      if (where.path !== null && !vocabulary.unhealthy.test(text)) return this.sameTopic(text, ranked, offeredIds, question);
      const other = intent === 'path.sending' ? 'path.syncing' : intent === 'path.syncing' ? 'path.sending' : null;
      const near = other !== null && second?.intent === other && top.score - second.score < PATH_MARGIN;
      if (path === 'unclear' || near) {
        // words of one topic alone settle it ("…and emails sit in the outbox")
        const topical = this.byTopic(text, offeredIds, question);
        if (topical) return topical;
        return offeredIds.includes('sending-fails') ? { kind: 'either-path' } : { kind: 'unrecognized', question };
      }
      return { kind: 'path', path };
    }
    if (intent === 'request.human') return { kind: 'human' };
    if (intent === 'nav.back' || intent === 'nav.start-over') {
      // moving the person away takes the classifier's own confidence, not one lent by answers that mean nothing here
      // ("ok check back later" while waiting), and a question only when short ("can we start over?", not "they ask,
      // do we need to restart something?")
      if (ownScore(intents, intent) < CONFIDENT || (question && text.split(' ').length > SHORT_QUESTION_WORDS)) return { kind: 'unrecognized', question };
      return { kind: intent === 'nav.back' ? 'back' : 'start-over' };
    }
    if (intent.startsWith('answer.')) {
      // a question is never an answer, but "can we test now?" asks to test now
      if (question && !ASKABLE.includes(intent)) return { kind: 'unrecognized', question };
      if (ASSENTS.includes(intent)) {
        // "I'll forward it" is a promise: heard, not done
        if (vocabulary.future.test(text)) return question ? { kind: 'unrecognized', question } : { kind: 'acknowledged', handedOver: false };
        if (vocabulary.negated.test(text)) {
          // "it did not work"
          return intent === 'answer.worked' && offeredIds.includes('still-failing') ? { kind: 'answer', answer: 'answer.still-failing' } : { kind: 'unrecognized', question };
        }
      }
      return { kind: 'answer', answer: intent as AnswerIntent };
    }
    return { kind: 'unrecognized', question };
  }

  /** Where the first question is on screen and the classifier is unsure, words of one topic alone name the path. */
  private byTopic(text: string, offered: readonly ChoiceId[], question: boolean): Meaning | null {
    if (question || !offered.includes('sending-fails')) return null;
    const v = this.understanding.vocabulary;
    const sending = v.sendingTopic.test(text) || v.disconnectTopic.test(text);
    const syncing = v.syncingTopic.test(text);
    if (sending === syncing) return null;
    return { kind: 'path', path: sending ? 'sending' : 'syncing' };
  }

  /** The path already being followed, named again ("no, it still disconnects when I send"): an answer, if one fits. */
  private sameTopic(text: string, ranked: ScoredIntent[], offered: readonly ChoiceId[], question: boolean): Meaning {
    const answer = ranked.find((c) => c.intent.startsWith('answer.') && c.score >= SECOND_GUESS);
    if (question) return { kind: 'unrecognized', question };
    if (answer) return { kind: 'answer', answer: answer.intent as AnswerIntent };
    // the path named again: still failing, or working again, where the question asks which
    const v = this.understanding.vocabulary;
    if (v.unhealthy.test(text) && offered.includes('still-failing')) return { kind: 'answer', answer: 'answer.still-failing' };
    if (v.healthy.test(text) && offered.includes('it-worked')) return { kind: 'answer', answer: 'answer.worked' };
    // the trouble told again, or help asked for in general ("I need help with my Outlook mail"): we are on it, and
    // this is where we are and what comes next
    return { kind: 'aside', aside: 'what-next' };
  }
}

/**
 * The intents that mean something here, rescored among themselves: an answer only where a choice it picks is offered,
 * so that "emails never went" on the first question is not read as an answer to a question nobody asked, and never
 * to a question; the SMTP AUTH reply only when its words are there.
 */
function applicable(intents: ScoredIntent[], offered: readonly ChoiceId[], where: Where, question: boolean, text: string): ScoredIntent[] {
  const fits = intents.filter(({ intent }) => {
    if (intent === 'None' || !intent.startsWith('answer.')) return true;
    const answer = intent as AnswerIntent;
    // a question is never an answer ("not sure, how do I check?" asks how), though "can we test now?" asks to test
    if (question && !ASKABLE.includes(answer)) return false;
    return choiceForAnswer(answer, offered, where.key) !== null || (answer === 'answer.cannot-find' && where.key !== null && ADMIN_CENTER_STEPS.includes(where.key));
  });
  const top = fits[0];
  // a leftover guess the classifier gave little weight is not made confident by rescoring
  if (!top || top.score < SECOND_GUESS) return [];
  const total = fits.reduce((sum, c) => sum + c.score, 0);
  // the SMTP AUTH reply without its words is set aside after the rescoring, so that it lends the others nothing
  const worded = SMTP_AUTH_STEMS.test(text);
  return fits.filter((c) => worded || c.intent !== 'path.smtp-auth-not-supported').map((c) => ({ intent: c.intent, score: c.score / total }));
}

/** `text` without the given characters at its end (a pattern such as /[.!]+$/ would be quadratic on a long run). */
function trimTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** Labels in the form typed text is matched against, as worked out once (labels come from the content: few). */
const typedLabels = new Map<string, string>();
const TYPED_LABELS_KEPT = 2000;

function typedLabel(label: string): string {
  let typed = typedLabels.get(label);
  if (typed === undefined) {
    typed = normalize(label).replace(/[.!"]+/g, '');
    if (typedLabels.size >= TYPED_LABELS_KEPT) typedLabels.clear();
    typedLabels.set(label, typed);
  }
  return typed;
}

function byLabelOrNumber(text: string, offered: readonly OfferedChoice[]): ChoiceId | null {
  const number = /^#?(\d{1,2})\.?$/.exec(text);
  // numbers count the choices shown, in the order shown
  if (number) return offered.filter((c) => !c.hidden)[Number(number[1]) - 1]?.id ?? null;
  const stripped = trimTrailing(text, '.!"').replace(/^"|"$/g, '');
  const typed = stripped.replace(/"/g, '');
  return offered.find((c) => c.id === stripped || typedLabel(c.label) === typed)?.id ?? null;
}

/** Choice-specific words (ticked, unticked, Microsoft sign-in…), for the choices offered now, in the order offered. */
/** Choices whose words say "not": checked first, so that "not ticked" is not read as "ticked". */
const NEGATIVE_FIRST: readonly ChoiceId[] = ['cannot-find-setting', 'toggle-off', 'provider-refused', 'describe-instead', 'both-disconnected', 'both-connected'];

function byVocabulary(text: string, offered: readonly OfferedChoice[], vocabulary: Vocabulary): ChoiceId | null {
  const ids = offered.map((c) => c.id);
  const ordered = [...NEGATIVE_FIRST.filter((id) => ids.includes(id)), ...ids.filter((id) => !NEGATIVE_FIRST.includes(id))];
  return ordered.find((id) => vocabulary.choices[id]?.test(text)) ?? null;
}

/** "sending is broken, syncing is fine": the path of the clause that is not fine, when another clause is. */
function contrastingPath(text: string, vocabulary: Vocabulary): Path | null {
  const clauses = text.split(vocabulary.clauseBreak);
  if (clauses.length < 2) return null;
  const bad = new Set<Path>();
  const fine = new Set<Path>();
  for (const clause of clauses) {
    const sending = vocabulary.sendingTopic.test(clause);
    const syncing = vocabulary.syncingTopic.test(clause);
    if (sending === syncing) continue;
    const topic: Path = sending ? 'sending' : 'syncing';
    if (vocabulary.notTheProblem.test(clause)) fine.add(topic);
    else if (vocabulary.unhealthy.test(clause)) bad.add(topic);
    else if (vocabulary.healthy.test(clause)) fine.add(topic);
  }
  // one path said to fail and the other said to be fine; a lone "it went out fine" is an answer, not a contrast
  if (fine.size === 0 || bad.size !== 1) return null;
  const failing = [...bad][0] as Path;
  return fine.has(failing) ? null : failing;
}

/**
 * "they haven't fixed it yet" while someone else is to act, "not yet, it wants me to sign in again" while the person
 * is: no news, heard. Read in the whole message ("yet" also joins clauses, so the classifier's focus has lost it); at
 * the person's own step, unless it says how things work ("it's not working yet", "still failing, not yet fixed").
 */
function noNews(whole: string, offered: readonly OfferedChoice[], where: Where, vocabulary: Vocabulary, question: boolean): Meaning | null {
  if (question || where.key === null || !AWAITING_ACTION.includes(where.key)) return null;
  const clauses = whole.split(/[,;.!]/).map((c) => c.trim()).filter((c) => c !== '');
  const at = clauses.findIndex((c) => vocabulary.notYet.test(c));
  const clause = clauses[at];
  if (clause === undefined) return null;
  // the clause that says "not yet" says nothing else: not how things work, nor what is sent or synced ("sendet noch
  // nicht", "it's not working yet")
  const said = vocabulary.notYet.exec(clause)?.[0] ?? '';
  const telling = (c: string) => vocabulary.healthy.test(c) || vocabulary.sendingTopic.test(c) || vocabulary.syncingTopic.test(c);
  if (telling(clause) || vocabulary.stillFailing.test(clause.replace(said, ''))) return null;
  // nor does the rest of the message: that it works or fails, or an answer ("done, not tested yet", "not yet, they
  // say they won't"); an "ok" or a courtesy beside it is fine
  const others = clauses.filter((c, i) => i !== at && !vocabulary.acknowledge.test(c) && !vocabulary.courtesy.test(c) && !vocabulary.notYet.test(c));
  const answers = (c: string) => offered.some((o) => vocabulary.choices[o.id]?.test(c));
  if (others.some((c) => telling(c) || vocabulary.unhealthy.test(c) || answers(c))) return null;
  return { kind: 'acknowledged', handedOver: HANDED_OFF.includes(where.key) && vocabulary.handedOver.test(whole) };
}

/**
 * "ok", "one sec", "sent it to him": the person heard and is on it, which answers nothing. A bare "ok" still accepts an
 * offer (a live check); a message said to have gone to an admin or provider is not their reply, unless it says so too.
 */
function acknowledgement(text: string, offered: readonly OfferedChoice[], where: Where, vocabulary: Vocabulary, question: boolean): Meaning | null {
  if (question) return null;
  if (vocabulary.holdOn.test(text)) return { kind: 'acknowledged', handedOver: false };
  // "I'll forward it" while someone else is to act: a promise
  if (where.key !== null && HANDED_OFF.includes(where.key) && vocabulary.future.test(text)) return { kind: 'acknowledged', handedOver: false };
  if (vocabulary.acknowledge.test(text) && !(where.key !== null && OK_ACCEPTS.includes(where.key))) return { kind: 'acknowledged', handedOver: false };
  // "yes" where no question was asked (waiting for Microsoft): heard
  const bareYes = vocabulary.leadingYes.test(text) && !text.includes(' ');
  if (bareYes && where.key !== null && NO_QUESTION_ASKED.includes(where.key)) return { kind: 'acknowledged', handedOver: false };
  if (where.key === null || !HANDED_OFF.includes(where.key) || !vocabulary.handedOver.test(text)) return null;
  const saysDone = offered.some((c) => DONE_CHOICES.includes(c.id) && vocabulary.choices[c.id]?.test(text));
  return saysDone ? null : { kind: 'acknowledged', handedOver: true };
}

/** The most words a question may have to be read as a step back or a fresh start. */
const SHORT_QUESTION_WORDS = 6;

/** Weight two asides need together, for a question that is one of them, before the likelier is answered. */
const TWO_ASIDES = 0.75;

/** Weight a specific question needs beside "what now?" to be the one answered. */
const BESIDE_WHAT_NEXT = 0.3;

/**
 * "There's no mail tab, what now?": when "what now?" and a specific question are the two likeliest readings, the
 * specific one is answered (it says what to do about that very thing).
 */
function specificAside(ranked: readonly ScoredIntent[]): AsideIntent | null {
  const [top, second] = ranked;
  if (!top || !second || top.intent === 'None' || second.intent === 'None' || !isAside(top.intent) || !isAside(second.intent)) return null;
  if (top.intent === 'aside.what-next') return second.score >= BESIDE_WHAT_NEXT ? second.intent : null;
  const whatNext = ranked.find((c) => c.intent === 'aside.what-next')?.score ?? 0;
  return top.score < CONFIDENT && top.score + whatNext >= CONFIDENT ? top.intent : null;
}

/**
 * What a message says outright at the step on screen, before any classifier: a report before a question ("not
 * ticked, should I tick it?"), not being the admin ("our IT company handles that"), access refused during the admin
 * center's steps, a failure once fixed. Null when none of these.
 */
function saidOutright(rest: string, whole: string, facts: LearnedFacts | null, offered: readonly OfferedChoice[], where: Where, vocabulary: Vocabulary, question: boolean): Meaning | null {
  // "not ticked, should I tick it?", "done. do I need this for every user?": the report answers the question on
  // screen (the question itself is left for later)
  const reported = question ? reportBeforeQuestion(whole, offered, vocabulary) : null;
  if (reported) return { kind: 'choice', choice: reported };
  if (question || where.key === null) return null;
  // "the admin center opens but it says I don't have permission", "our IT company handles that" answer "are you an
  // admin?", whatever else their words resemble (a setting not offered, a step back, "is it safe")
  if (where.key === 'askingIsAdmin' && facts?.known?.isAdmin === false) return { kind: 'answer', answer: 'answer.no' };
  // refused in the admin center during its steps: what being an admin means, and how to tell
  if (ADMIN_CENTER_STEPS.includes(where.key) && vocabulary.facts.adminDenied.test(rest)) return { kind: 'aside', aside: 'am-i-admin' };
  // broken again after it was fixed: a fresh start
  if (where.key === 'resolved' && vocabulary.stillFailing.test(rest) && !vocabulary.healthy.test(rest)) return { kind: 'start-over' };
  return null;
}

/** Choices a short report can make before a question: how the setting is, a step done, a provider's answer. */
const REPORTED_CHOICES: readonly ChoiceId[] = ['toggle-on', 'toggle-off', 'cannot-find-setting', 'done', 'provider-enabled'];

/** The choice the opening clause of a message picks, when that clause is a report (not a question, not hedged). */
function reportBeforeQuestion(text: string, offered: readonly OfferedChoice[], vocabulary: Vocabulary): ChoiceId | null {
  // the opening clause ends at a comma or a full stop, not at a question mark ("enabled? what do you mean?")
  const end = text.search(/[,;.!?]/);
  if (end <= 0 || text[end] === '?' || text.slice(end + 1).trim() === '') return null;
  const opening = text.slice(0, end).trim();
  if (vocabulary.question.test(opening) || vocabulary.hedged.test(opening) || vocabulary.future.test(opening)) return null;
  const negated = vocabulary.negated.test(opening);
  const reportable = offered.filter((c) => REPORTED_CHOICES.includes(c.id) && !(negated && (c.id === 'toggle-on' || DONE_CHOICES.includes(c.id))));
  return byVocabulary(opening, reportable, vocabulary);
}

/** The weight the classifier itself gave an intent, before any rescoring. */
function ownScore(intents: readonly ScoredIntent[], intent: Intent): number {
  return intents.find((c) => c.intent === intent)?.score ?? 0;
}

/** The last clause of a message of several, or null for a message of one. */
function lastClause(text: string, vocabulary: Vocabulary): string | null {
  const clauses = text.split(vocabulary.clauseBreak).filter((c) => c !== '');
  return clauses.length > 1 ? (clauses[clauses.length - 1] as string) : null;
}

/** The text without the marks where addresses stood. */
function unmarked(text: string): string {
  return text.replaceAll(ADDRESS_MARK, '').replace(/\s+/g, ' ').trim();
}

/**
 * What the classifier should read: the text without its clauses that only state facts ("I'm the IT admin here"), name
 * an address ("my close address is …") or are courtesies ("thanks"), when something else is said too.
 */
function focusOf(text: string, vocabulary: Vocabulary): { focus: string; setAside: boolean } {
  const f = vocabulary.facts;
  const factual = [f.notAdmin, f.isAdmin, f.selfManaged, ...f.providers.map(([p]) => p)];
  const clauses = text.split(vocabulary.clauseBreak).filter((c) => c !== '');
  const aside = (clause: string) =>
    vocabulary.courtesy.test(clause) || (clause.split(' ').length <= 6 && (clause.includes(ADDRESS_MARK) || factual.some((p) => p.test(clause))));
  const kept = clauses.filter((clause) => !aside(clause));
  const whole = clauses.length < 2 || kept.length === 0;
  return { focus: unmarked(whole ? text : kept.join(', ')), setAside: !whole && kept.length < clauses.length };
}

function factsOf(whole: string, addresses: ReturnType<typeof findAddresses>, vocabulary: Vocabulary, question: boolean, where: Where): LearnedFacts | null {
  // a question states nothing ("what's GoDaddy?"), but its other clauses may ("I'm not an admin, who is?"), and an
  // address in it is still the one meant ("can you check jo@…?")
  const statements = whole.split(vocabulary.clauseBreak).filter((c) => c !== '' && !vocabulary.question.test(c));
  const text = question ? statements.join(', ') : whole;
  if (question && text === '') return addresses.all[0] ? { address: addresses.close ?? (addresses.all[0] as string) } : null;
  const words = vocabulary.facts;
  const known: Partial<KnownFacts> = {};
  const adminAsked = where.key !== null && ADMIN_QUESTION.includes(where.key);
  const claimsAdmin = words.isAdmin.test(text);
  // "the admin center opens but it says I don't have permission": the person does not have an admin's access
  const othersHandleIt = !claimsAdmin && words.othersHandleIt?.test(text) === true;
  if (words.notAdmin.test(text) || othersHandleIt || (words.adminDenied.test(text) && (claimsAdmin || adminAsked))) known.isAdmin = false;
  // "I think I am" where being an admin was the question
  else if (claimsAdmin || (adminAsked && words.amOne.test(text))) known.isAdmin = true;
  // "not sure if it's ticked" states nothing about the setting
  const hedged = vocabulary.hedged.test(text);
  if (!hedged && words.toggleOff.test(text)) known.toggle = 'off';
  else if (!hedged && words.toggleOn.test(text)) known.toggle = 'on';
  if (words.changedEarlier.test(text)) known.changedEarlier = true;
  // "we moved away from GoDaddy" names a provider that is not the one
  // "not GoDaddy, but a local IT company manages it": the first clause that names one without saying it is not the one
  const providerClause = text.split(vocabulary.clauseBreak).find((c) => words.providers.some(([pattern]) => pattern.test(c)) && !words.notProvider.test(c));
  const provider = providerClause ? words.providers.find(([pattern]) => pattern.test(providerClause)) : undefined;
  if (provider) known.providerManaged = true;
  else if (words.selfManaged.test(text)) known.providerManaged = false;
  if (addresses.close) known.closeAddress = addresses.close;
  if (addresses.username) known.username = addresses.username;
  const facts: LearnedFacts = {};
  if (Object.keys(known).length > 0) facts.known = known;
  if (provider) facts.provider = provider[1];
  if (words.microsoftSignIn.test(text)) facts.connectionMethod = 'microsoft';
  else if (words.password.test(text)) facts.connectionMethod = 'password';
  const address = addresses.close ?? addresses.all.find((a) => a !== addresses.username) ?? addresses.all[0];
  if (address) facts.address = address;
  return Object.keys(facts).length > 0 ? facts : null;
}
