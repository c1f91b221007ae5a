import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusEn } from '../../src/content/corpus.en.js';
import { IntentClassifier, saveTrainedModel } from '../../src/understanding/intent-classifier.js';
import { tempDir } from '../helpers/engine.js';
import { heldOutEn } from './held-out.en.js';

const folder = () => pathToFileURL(`${tempDir()}/`);
const someUtterances = Object.values(heldOutEn).flatMap((examples) => examples.slice(0, 4));

async function readingsOf(classifier: IntentClassifier) {
  return Promise.all(someUtterances.map((text) => classifier.classify(text)));
}

// training takes a few seconds on a busy machine; each test trains once
const TRAINING = 120_000;

describe('a classifier saved at build time', () => {
  let dir: URL;
  let name: string;
  beforeAll(async () => {
    dir = folder();
    name = await saveTrainedModel('en', corpusEn, dir);
  }, TRAINING);

  it('reads every message exactly as the classifier trained at start does', async () => {
    expect(name).toMatch(/^intents\.en\.[0-9a-f]{24}\.json$/);
    const loaded = await IntentClassifier.loadOrTrain('en', corpusEn, dir);
    const trained = await IntentClassifier.loadOrTrain('en', corpusEn, folder()); // nothing saved there: trains
    expect(await readingsOf(loaded)).toEqual(await readingsOf(trained));
  }, TRAINING);

  it('is never used for a corpus that has changed since: the changed corpus is trained instead', async () => {
    // a saved file that would answer nonsense if it were read for the changed corpus
    const path = join(dir.pathname, name);
    const model = JSON.parse(readFileSync(path, 'utf8')) as { neuralNetwork: unknown };
    writeFileSync(path, JSON.stringify({ ...model, neuralNetwork: undefined }));
    const changed = { ...corpusEn, 'answer.yes': [...corpusEn['answer.yes'], 'yes indeed, done and dusted'] };

    const classifier = await IntentClassifier.loadOrTrain('en', changed, dir);
    const [top] = await classifier.classify('yes indeed');
    expect(top?.intent).toBe('answer.yes');
    expect(readdirSync(dir.pathname)).toEqual([name]); // nothing written at run time
  }, TRAINING);
});
