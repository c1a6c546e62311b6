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

/** The lexicon context the model's features consult; common words come from the training text. */
export function buildContext(sentences: readonly { tokens: readonly string[] }[]): FeatureContext {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s.tokens) if (/^[a-z][a-z'-]*$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const lowerVocab = new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
  return { places: placeWords(), givenNames: new Set(GIVEN_NAMES), orgWords: new Set(ORG_WORDS), lowerVocab };
}

/** Trains on the given CoNLL files. */
export function trainNer(files: readonly string[], log?: (line: string) => void): Tagger {
  const sentences = readConll(files);
  log?.(`${sentences.length} sentences from ${files.join(', ')}`);
  return train(sentences, buildContext(sentences), { ...TRAINING, ...(log ? { log } : {}) });
}
