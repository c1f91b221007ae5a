import type { ChoiceId } from '../../src/machine/choices.js';
import { Interpreter, type OfferedChoice, type Reading } from '../../src/understanding/interpreter.js';
import { INTENTS, type AnswerIntent, type Intent } from '../../src/understanding/intents.js';
import type { ViewKey } from '../../src/machine/view-keys.js';
import { planFor } from '../../src/understanding/to-events.js';
import { normalize } from '../../src/understanding/normalize.js';
import { en } from '../../src/content/en.js';
import type { Content } from '../../src/content/types.js';

/** The first question's choices and the exits: where a description of the problem, an aside or a request is typed. */
const FIRST: ChoiceId[] = ['sending-fails', 'sync-fails', 'have-error', 'smtp-auth-not-supported', 'check-close-status', 'something-else', 'check-mailbox', 'human', 'start-over'];
/** Where each short answer is measured: a question of the product that takes it, and the choice it must pick there. */
const ANSWERED_AT: Record<AnswerIntent, { key: ViewKey; offered: ChoiceId[]; picks: ChoiceId }> = {
  'answer.yes': { key: 'askingIsAdmin', offered: ['yes', 'no', 'not-sure'], picks: 'yes' },
  'answer.no': { key: 'askingIsAdmin', offered: ['yes', 'no', 'not-sure'], picks: 'no' },
  'answer.unsure': { key: 'askingIsAdmin', offered: ['yes', 'no', 'not-sure'], picks: 'not-sure' },
  'answer.done': { key: 'resettingToggle', offered: ['done'], picks: 'done' },
  'answer.worked': { key: 'askingReconnectResult', offered: ['it-worked', 'still-failing'], picks: 'it-worked' },
  'answer.still-failing': { key: 'askingReconnectResult', offered: ['it-worked', 'still-failing'], picks: 'still-failing' },
  'answer.cannot-find': { key: 'askingToggleState', offered: ['toggle-on', 'toggle-off', 'cannot-find-setting'], picks: 'cannot-find-setting' },
  'answer.test-now': { key: 'waitingForPropagation', offered: ['test-now', 'it-worked'], picks: 'test-now' },
  'answer.skip': { key: 'offeringCheck', offered: ['run-check', 'run-check-signed-in', 'skip-check'], picks: 'skip-check' },
};

const offer = (ids: ChoiceId[], content: Content = en): OfferedChoice[] => ids.map((id) => ({ id, label: content.choices[id] }));

const PATH_OF_CHOICE: Partial<Record<ChoiceId, Intent>> = {
  'sending-fails': 'path.sending',
  'sync-fails': 'path.syncing',
  'have-error': 'path.error',
  'smtp-auth-not-supported': 'path.smtp-auth-not-supported',
  'check-mailbox': 'path.check-mailbox',
  human: 'request.human',
  'start-over': 'nav.start-over',
};

/** The intent a reading amounts to, as scored against the held-out set. */
export function intentOfReading(reading: Reading): Intent | 'unrecognized' | 'other' {
  const m = reading.meaning;
  switch (m.kind) {
    case 'path':
      return `path.${m.path}` as Intent;
    case 'aside':
      return `aside.${m.aside}` as Intent;
    case 'answer':
      return m.answer;
    case 'choice':
      return PATH_OF_CHOICE[m.choice] ?? 'other';
    case 'human':
      return 'request.human';
    case 'back':
      return 'nav.back';
    case 'start-over':
      return 'nav.start-over';
    case 'error':
      return m.classification.code === 'smtp-auth-not-offered' ? 'path.smtp-auth-not-supported' : 'other';
    case 'either-path':
      // asking which path is what a message that names neither should get
      return 'path.unclear';
    case 'unrecognized':
      return 'unrecognized';
    default:
      return 'other';
  }
}

/**
 * Reads an utterance where its intent makes sense: a short answer at a question that takes it (right when it picks the
 * choice meant there), anything else at the first question.
 */
export async function readAsMeant(interpreter: Interpreter, intent: Intent, text: string, content: Content = en): Promise<string> {
  const at = ANSWERED_AT[intent as AnswerIntent];
  if (!at) return intentOfReading(await interpreter.read(text, offer(FIRST, content), { key: 'askingSymptom', path: null }));
  const offered = [...at.offered, 'human', 'start-over'] as ChoiceId[];
  const reading = await interpreter.read(text, offer(offered, content), { key: at.key, path: 'sending' });
  const plan = planFor(reading, { key: at.key, offered, probing: false });
  return plan.choice === at.picks ? intent : `${plan.choice ?? plan.events[0]?.type ?? 'nothing'} (at ${at.key})`;
}

/** Utterances of a held-out set that are not, once normalized, also training examples. */
export function unseen(heldOut: Readonly<Record<Intent, readonly string[]>>, training: Readonly<Record<Intent, readonly string[]>>) {
  const trained = new Set(Object.values(training).flat().map(normalize));
  const kept = {} as Record<Intent, string[]>;
  let dropped = 0;
  for (const [intent, list] of Object.entries(heldOut) as [Intent, readonly string[]][]) {
    kept[intent] = list.filter((u) => !trained.has(normalize(u)));
    dropped += list.length - kept[intent].length;
  }
  return { kept, dropped };
}

/**
 * Accuracy on utterances the interpreter was not trained on: a held-out set written apart from the training corpus.
 * Utterances both happen to contain ("yes", "done") are left out of the measure. Prints the share read as meant, per
 * intent, and every miss.
 */
export async function accuracyOn(
  content: Content,
  name: string,
  set: Readonly<Record<Intent, readonly string[]>>,
  minimumPerIntent: number,
): Promise<{ accuracy: number; total: number; thin: string[] }> {
  const interpreter = new Interpreter(content.understanding);
  const { kept, dropped } = unseen(set, content.understanding.corpus);
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  const perIntent: string[] = [];
  const thin: string[] = [];
  for (const intent of INTENTS) {
    const examples = kept[intent] ?? [];
    if (examples.length < minimumPerIntent) thin.push(`${intent} has ${examples.length} held-out examples`);
    let ok = 0;
    for (const text of examples) {
      const got = await readAsMeant(interpreter, intent, text, content);
      if (got === intent) ok++;
      else misses.push(`${intent}: "${text}" → ${got}`);
    }
    right += ok;
    total += examples.length;
    perIntent.push(`${intent} ${ok}/${examples.length}`);
  }
  const accuracy = right / total;
  console.log(
    `${name} accuracy (${content.understanding.locale}): ${(accuracy * 100).toFixed(1)}% (${right}/${total}; ${dropped} also in training, left out)\n${perIntent.join(', ')}\nmissed:\n${misses.join('\n')}`,
  );
  return { accuracy, total, thin };
}
