/**
 * The committed NER model: saving (sorted, rounded, gzipped JSON) and lazy loading from the
 * package's `models/` folder, so that `analyze` pays for it only when entities are needed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { modelsDir } from '../learn/models.js';
import type { FeatureContext } from './features.js';
import { LABELS, Tagger } from './perceptron.js';

/** The model's file name; bump the version with any change of features or labels. */
export const MODEL_FILE = 'ner-v2.json.gz';

interface ModelJson {
  readonly version: 1;
  readonly labels: readonly string[];
  /** Hypotheses kept while tagging (absent: 1, greedy). */
  readonly beam?: number;
  readonly places: readonly string[];
  readonly givenNames: readonly string[];
  readonly orgWords: readonly string[];
  readonly lowerVocab: readonly string[];
  readonly lastNames?: readonly string[];
  readonly demonyms?: readonly string[];
  /** word → entity type remembered from training. */
  readonly memory?: Readonly<Record<string, string>>;
  /** word → cluster path. */
  readonly clusters?: Readonly<Record<string, string>>;
  /** word → its classes by pre-trained word vectors. */
  readonly embeddings?: Readonly<Record<string, string>>;
  /** full name → its known types. */
  readonly names?: Readonly<Record<string, string>>;
  /** feature → [labelIndex, weight, labelIndex, weight, …] (non-zero weights only). */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Serialises a tagger; the same tagger always gives the same bytes. */
export function serialise(tagger: Tagger): Buffer {
  const weights: Record<string, number[]> = {};
  for (const f of [...tagger.weights.keys()].sort()) {
    const w = tagger.weights.get(f)!;
    const sparse: number[] = [];
    w.forEach((v, k) => {
      if (v !== 0) sparse.push(k, v);
    });
    weights[f] = sparse;
  }
  const json: ModelJson = {
    version: 1,
    labels: [...LABELS],
    ...(tagger.beam > 1 ? { beam: tagger.beam } : {}),
    places: [...tagger.context.places].sort(),
    givenNames: [...tagger.context.givenNames].sort(),
    orgWords: [...tagger.context.orgWords].sort(),
    lowerVocab: [...tagger.context.lowerVocab].sort(),
    ...(tagger.context.lastNames ? { lastNames: [...tagger.context.lastNames].sort() } : {}),
    ...(tagger.context.demonyms ? { demonyms: [...tagger.context.demonyms].sort() } : {}),
    ...(tagger.context.memory
      ? { memory: Object.fromEntries([...tagger.context.memory].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }
      : {}),
    ...(tagger.context.clusters
      ? { clusters: Object.fromEntries([...tagger.context.clusters].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }
      : {}),
    ...(tagger.context.embeddings
      ? { embeddings: Object.fromEntries([...tagger.context.embeddings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }
      : {}),
    ...(tagger.context.names
      ? { names: Object.fromEntries([...tagger.context.names].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }
      : {}),
    weights,
  };
  return gzipSync(JSON.stringify(json), { level: 9 });
}

/** Reads a serialised tagger. */
export function deserialise(bytes: Buffer): Tagger {
  const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelJson;
  const weights = new Map<string, Float64Array>();
  for (const [f, sparse] of Object.entries(json.weights)) {
    const w = new Float64Array(LABELS.length);
    for (let i = 0; i < sparse.length; i += 2) w[sparse[i]!] = sparse[i + 1]!;
    weights.set(f, w);
  }
  const context: FeatureContext = {
    places: new Set(json.places),
    givenNames: new Set(json.givenNames),
    orgWords: new Set(json.orgWords),
    lowerVocab: new Set(json.lowerVocab ?? []),
    ...(json.lastNames ? { lastNames: new Set(json.lastNames) } : {}),
    ...(json.demonyms ? { demonyms: new Set(json.demonyms) } : {}),
    ...(json.memory ? { memory: new Map(Object.entries(json.memory)) } : {}),
    ...(json.clusters ? { clusters: new Map(Object.entries(json.clusters)) } : {}),
    ...(json.embeddings ? { embeddings: new Map(Object.entries(json.embeddings)) } : {}),
    ...(json.names ? { names: new Map(Object.entries(json.names)) } : {}),
  };
  return new Tagger(weights, context, json.beam ?? 1);
}

/** Writes the model file. */
export function saveModel(tagger: Tagger, file: string): void {
  writeFileSync(file, serialise(tagger));
}

let cached: Tagger | null = null;

/** The committed model, loaded once. */
export function loadModel(): Tagger {
  cached ??= deserialise(readFileSync(path.join(modelsDir(), MODEL_FILE)));
  return cached;
}
