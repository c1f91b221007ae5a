import { createRequire } from 'node:module';
import { containerBootstrap } from '@nlpjs/core';
import { NluNeural } from '@nlpjs/nlu';
import { isIntent, type Intent } from './intents.js';
import { MODELS_DIR, modelFileName, readSavedModel, writeSavedModel } from './trained-models.js';

export interface ScoredIntent {
  /** `None`: the classifier's own "none of these" */
  intent: Intent | 'None';
  score: number;
}

/** Utterances per intent, as a locale's corpus gives them. */
export type Corpus = Readonly<Record<Intent, readonly string[]>>;

const require = createRequire(import.meta.url);

/**
 * NLP.js's tokenizer, stemmer and stop words per locale (its package, and the export to plug in), and the language
 * code NLP.js knows it by. Each package is loaded with its locale's first classifier, not at start.
 */
const LANGUAGES: Record<string, { pkg: string; plugin: string; code: string }> = {
  en: { pkg: '@nlpjs/lang-en-min', plugin: 'LangEn', code: 'en' },
  es: { pkg: '@nlpjs/lang-es', plugin: 'LangEs', code: 'es' },
  de: { pkg: '@nlpjs/lang-de', plugin: 'LangDe', code: 'de' },
  fr: { pkg: '@nlpjs/lang-fr', plugin: 'LangFr', code: 'fr' },
  'pt-BR': { pkg: '@nlpjs/lang-pt', plugin: 'LangPt', code: 'pt' },
};

/**
 * The network's regularisation. Chosen by 5-fold cross-validation on the English training corpus alone (never the
 * held-out sets): NLP.js's default 0.07 read 72.5% of the left-out folds right, 0.003 read 80.1%; lower gained nothing.
 */
const ALPHA = 0.003;

/** How many texts NLP.js may keep prepared before its cache is emptied. */
const CACHE_LIMIT = 2000;

/** NLP.js's settings for every locale: part of a saved model's name, so a change here retrains. */
const SETTINGS = { log: false, spellCheck: true, spellCheckDistance: 1, useNoneFeature: true, alpha: ALPHA } as const;

function newNlu(locale: string): NluNeural {
  const language = LANGUAGES[locale];
  if (!language) throw new Error(`no language support for locale ${locale}`);
  const container = containerBootstrap({}, false);
  container.use((require(language.pkg) as Record<string, unknown>)[language.plugin]);
  return new NluNeural({ locale: language.code, ...SETTINGS }, container);
}

/** Empties NLP.js's cache of prepared texts. */
function forgetPrepared(nlu: NluNeural): void {
  const cache = (nlu as unknown as { cache?: { results: Record<string, unknown> } }).cache;
  if (cache) cache.results = {};
}

const utterancesOf = (corpus: Corpus) => Object.entries(corpus).flatMap(([intent, examples]) => examples.map((utterance) => ({ utterance, intent })));

/** Trains the locale's classifier and saves it for loadOrTrain (the build does this into dist/models/); returns its file name. */
export async function saveTrainedModel(locale: string, corpus: Corpus, dir: URL = MODELS_DIR): Promise<string> {
  const nlu = newNlu(locale);
  await nlu.train(utterancesOf(corpus));
  const name = modelFileName(locale, corpus, SETTINGS);
  await writeSavedModel(name, nlu.toJSON(), dir);
  return name;
}

const TRAINED = new WeakMap<Corpus, Promise<IntentClassifier>>();

/**
 * An intent classifier trained from a locale's utterance corpus: NLP.js's neural NLU (a one-layer network over stemmed
 * words, with its spell check for typos). Chosen over hand-written patterns because it generalises from examples and
 * over heavier NLP libraries because one message costs well under a millisecond.
 */
export class IntentClassifier {
  private sinceReset = 0;

  private constructor(private readonly nlu: NluNeural) {}

  /** Trained once per corpus in a process: every engine (and every test) of a locale shares the same classifier. */
  static train(locale: string, corpus: Corpus): Promise<IntentClassifier> {
    let trained = TRAINED.get(corpus);
    if (!trained) {
      trained = IntentClassifier.loadOrTrain(locale, corpus);
      TRAINED.set(corpus, trained);
    }
    return trained;
  }

  /**
   * The model the build saved for this very corpus (dist/models/, see trained-models.ts) when there is one, which
   * loads in milliseconds; otherwise trained here, which takes about half a second per locale. Not shared: see train.
   */
  static async loadOrTrain(locale: string, corpus: Corpus, dir: URL = MODELS_DIR): Promise<IntentClassifier> {
    const nlu = newNlu(locale);
    const saved = await readSavedModel(modelFileName(locale, corpus, SETTINGS), dir);
    if (saved) {
      nlu.fromJSON(saved);
      // NLP.js's fromJSON lists the intents without its own `None`, which training adds: left to be listed as training does
      (nlu as unknown as { intentsArr?: string[] }).intentsArr = undefined;
    } else {
      await nlu.train(utterancesOf(corpus));
      // what training prepared (without the spell check a message gets) would be reused for the same words: forgotten,
      // so a trained classifier reads every message exactly as one loaded from a saved model does
      forgetPrepared(nlu);
    }
    return new IntentClassifier(nlu);
  }

  /** The intents the text may mean, likeliest first, `None` among them where the classifier finds none fits. */
  async classify(text: string): Promise<ScoredIntent[]> {
    // NLP.js keeps every text it prepared for an hour; a busy server would hold them all, so the cache is kept small
    if (++this.sinceReset >= CACHE_LIMIT) {
      this.sinceReset = 0;
      forgetPrepared(this.nlu);
    }
    const { classifications } = await this.nlu.process(text);
    return classifications.filter((c): c is ScoredIntent => (c.intent === 'None' || isIntent(c.intent)) && c.score > 0).slice(0, 6);
  }
}
