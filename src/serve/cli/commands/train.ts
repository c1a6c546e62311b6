/**
 * `sitrep train ner|attribution|wordnet [--train FILES…] [--out FILE]`: retrains a model.
 * Deterministic: the same data gives the same bytes as the committed model (`models/ner-v2.json.gz`,
 * `models/attribution-v1.bin.gz`, and the WordNet class list `models/wordnet-classes.txt.gz`).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { modelsDir } from '../../../analyze/learn/models.js';
import { MODEL_FILE, saveModel } from '../../../analyze/ner/model.js';
import { NER_TRAINING, UNLABELED, trainNer } from '../../../analyze/ner/train.js';
import { sitrepError } from '../../../core/errors.js';
import { sharedDir } from './eval.js';
import { ATTRIBUTION_MODEL_PATH, WORDNET_CLASSES_PATH, runTrainAttribution, runTrainWordnet } from './train-attribution.js';

/** Registers `train`. */
export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('retrain a model from public gold data (models: ner, attribution; wordnet: the class list attribution reads)')
    .argument('<model>', 'ner | attribution | wordnet')
    .option('--train <files...>', 'training data: CoNLL files for ner (default ../shared/data/ner/eng.train and wikigold without its held-out quarter), PolNeAR folders for attribution')
    .option('--out <file>', 'where to write the model', path.join(modelsDir(), MODEL_FILE))
    .action((model: string, opts: { train?: string[]; out: string }) => {
      // `train attribution` (PolNeAR folders) and `train wordnet` live in train-attribution.ts.
      const defaultOut = opts.out === path.join(modelsDir(), MODEL_FILE);
      if (model === 'wordnet') return runTrainWordnet({ out: defaultOut ? WORDNET_CLASSES_PATH : opts.out });
      if (model === 'attribution') return runTrainAttribution({ ...opts, out: defaultOut ? ATTRIBUTION_MODEL_PATH : opts.out });
      if (model !== 'ner') throw sitrepError('USAGE', `Unknown model '${model}': the trainable models are 'ner', 'attribution' and 'wordnet'`);
      const shared = sharedDir();
      const files = opts.train ?? (shared ? NER_TRAINING.map((p) => path.join(shared, p)) : []);
      if (files.length === 0) throw sitrepError('EVAL_DATA_MISSING', NER_TRAINING.join(', '));
      const unlabeled = shared ? UNLABELED.map((p) => path.join(shared, p)) : [];
      const tagger = trainNer(files, unlabeled, (line) => process.stderr.write(`${line}\n`));
      saveModel(tagger, opts.out);
      process.stdout.write(`wrote ${opts.out} (${tagger.weights.size} features)\n`);
    });
}
