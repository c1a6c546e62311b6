/**
 * Training the NER model (`sitrep train ner`): reads CoNLL files, builds the lexicon context and
 * trains the averaged perceptron deterministically (fixed seed and epochs).
 */
import path from 'node:path';
import { buildClusters, readUnlabeled } from './clusters.js';
import { type TaggedSentence, readConll } from './conll.js';
import { embeddingClasses } from './embeddings.js';
import type { FeatureContext } from './features.js';
import { GIVEN_NAMES, ORG_WORDS, compromiseNames, fullNames, placeWords } from './lexicons.js';
import { type Tagger, train } from './perceptron.js';

/** The settings the committed model was trained with. */
export const TRAINING = { epochs: 16, seed: 20221111, prune: 0.02, firstPassEpochs: 8, beam: 4 } as const;

/** Unlabeled text the word clusters are learned from (train splits only), relative to ../shared. */
export const UNLABELED = [
  'data/ner/eng.train',
  'data/attribution/polnear/train/text',
  'data/clustering/ecbplus',
  'data/factuality/meantime/train.conll',
  'data/factuality/uw/train.conll',
] as const;

/** The lexicon context the model's features consult; common words come from the training text, clusters from unlabeled text. */
export function buildContext(
  sentences: readonly { tokens: readonly string[] }[],
  unlabeled: readonly string[] = [],
): FeatureContext {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const t of s.tokens) if (/^[a-z][a-z'-]*$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const lowerVocab = new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
  const clusters = unlabeled.length ? buildClusters(readUnlabeled(unlabeled)) : undefined;
  const embeddings = embeddingClasses();
  const names = compromiseNames();
  return {
    places: placeWords(),
    givenNames: new Set([...GIVEN_NAMES, ...names.given]),
    orgWords: new Set(ORG_WORDS),
    lowerVocab,
    lastNames: new Set(names.last),
    demonyms: new Set(names.demonyms),
    names: fullNames(),
    ...(clusters ? { clusters } : {}),
    ...(embeddings ? { embeddings } : {}),
  };
}

/** Capitalised words (lower case) → their most frequent entity type in the given sentences (seen twice or more). */
export function entityMemory(
  sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[],
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (!/^\p{Lu}/u.test(t)) return;
      const tag = s.tags[i]!;
      const type = tag === 'O' ? 'O' : tag.slice(2);
      const key = t.toLowerCase();
      const c = counts.get(key) ?? new Map<string, number>();
      c.set(type, (c.get(type) ?? 0) + 1);
      counts.set(key, c);
    });
  }
  const out = new Map<string, string>();
  for (const [w, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    const [type, n] = [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (total >= 2 && type !== 'O') out.set(w, n === total ? type : `${type}?`);
  }
  return out;
}

const FOLDS = 10;

/** The labelled training files of the committed model, relative to ../shared (wikigold without its held-out part). */
export const NER_TRAINING = ['data/ner/eng.train', 'data/ner/wikigold/CONLL-format/data/wikigold.conll.txt'] as const;

/**
 * wikigold is split by document (numbered from 0 in file order): every fourth, from the fourth
 * on, is held out. Training never reads those and `eval ner` scores only those, wherever the
 * file is given, so the wikigold score is on text the model has not seen.
 */
export const WIKIGOLD_SPLIT = { every: 4, heldOut: 3 } as const;

/** Whether a CoNLL file is wikigold (by its published name). */
export const isWikigold = (file: string): boolean => path.basename(file) === 'wikigold.conll.txt';

/** The training or held-out documents of wikigold. */
export function wikigoldPart(sentences: readonly TaggedSentence[], part: 'train' | 'held-out'): TaggedSentence[] {
  const held = (s: TaggedSentence): boolean => s.doc % WIKIGOLD_SPLIT.every === WIKIGOLD_SPLIT.heldOut;
  return sentences.filter((s) => held(s) === (part === 'held-out'));
}

/** The training sentences of CoNLL files, document numbers running on across files; wikigold's held-out part left out. */
export function trainingSentences(files: readonly string[]): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const file of files) {
    const base = out.length ? out[out.length - 1]!.doc + 1 : 0;
    const sentences = readConll([file]);
    for (const s of isWikigold(file) ? wikigoldPart(sentences, 'train') : sentences)
      out.push({ ...s, doc: s.doc + base });
  }
  return out;
}

/** Trains on the given CoNLL files (see `trainingSentences`), with word clusters from the unlabeled files or folders. */
export function trainNer(files: readonly string[], unlabeled: readonly string[], log?: (line: string) => void): Tagger {
  const sentences = trainingSentences(files);
  log?.(`${sentences.length} sentences from ${files.join(', ')}`);
  return trainNerOn(sentences, unlabeled, log);
}

/** Trains on tagged sentences (document numbers distinct per document), with word clusters from the unlabeled files or folders. */
export function trainNerOn(
  sentences: readonly TaggedSentence[],
  unlabeled: readonly string[],
  log?: (line: string) => void,
): Tagger {
  const context = buildContext(sentences, unlabeled);
  log?.(`${context.clusters?.size ?? 0} words clustered from ${unlabeled.length} unlabeled sources`);
  // The entity memory: each training document sees the memory of the other folds (as a new text
  // would), the model keeps the memory of all.
  const fold = (doc: number): number => doc % FOLDS;
  const memories = Array.from({ length: FOLDS }, (_, k) => entityMemory(sentences.filter((s) => fold(s.doc) !== k)));
  const contexts = memories.map((memory) => ({ ...context, memory }));
  const full = { ...context, memory: entityMemory(sentences) };
  const tagger = train(sentences, full, { ...TRAINING, ...(log ? { log } : {}) }, (doc) => contexts[fold(doc)]!);
  return tagger;
}
