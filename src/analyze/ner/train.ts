/**
 * Training the NER model (`sitrep train ner`): reads CoNLL files, builds the lexicon context and
 * trains the averaged perceptron deterministically (fixed seed and epochs).
 */
import { readConll } from './conll.js';
import type { FeatureContext } from './features.js';
import { GIVEN_NAMES, ORG_WORDS, placeWords } from './lexicons.js';
import { type Tagger, train } from './perceptron.js';

/** The settings the committed model was trained with. */
export const TRAINING = { epochs: 8, seed: 20221111, prune: 0.02 } as const;

/** The lexicon context the model's features consult. */
export function buildContext(): FeatureContext {
  return { places: placeWords(), givenNames: new Set(GIVEN_NAMES), orgWords: new Set(ORG_WORDS) };
}

/** Trains on the given CoNLL files. */
export function trainNer(files: readonly string[], log?: (line: string) => void): Tagger {
  const sentences = readConll(files);
  log?.(`${sentences.length} sentences from ${files.join(', ')}`);
  return train(sentences, buildContext(), { ...TRAINING, ...(log ? { log } : {}) });
}
