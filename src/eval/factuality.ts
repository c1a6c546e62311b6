/**
 * `sitrep eval factuality <conll…>` on MEANTIME and UW (Stanovsky et al. 2017 format: index,
 * token, factuality value or _, POS, head, relation, lemma): for every annotated predicate,
 * sitrep's factuality from the negation and modality words that govern it (its dependents and
 * the three words before it). Three-way accuracy (fact > 1, counter-fact < -1, else uncertain)
 * and mean absolute error on [-3, 3].
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { factualityOf } from '../analyze/claims/hedges.js';
import type { EvalRow, EvalTask } from './report.js';

const klass = (v: number): string => (v > 1 ? 'fact' : v < -1 ? 'counter-fact' : 'uncertain');

/** The factuality eval task. */
export const factualityTask: EvalTask = {
  name: 'factuality',
  describe: 'event factuality on MEANTIME and UW',
  defaultPaths: ['data/factuality/meantime/dev.conll', 'data/factuality/uw/dev.conll'],
  async run(paths, options) {
    const rows: EvalRow[] = [];
    const summary: string[] = [];
    for (const file of paths) {
      const name = path.basename(path.dirname(file));
      let right = 0;
      let n = 0;
      let abs = 0;
      let baselineRight = 0;
      const sentences = readFileSync(file, 'utf8').split(/\n\s*\n/).filter((s) => s.trim());
      for (const block of options.limit !== undefined ? sentences.slice(0, options.limit) : sentences) {
        const toks = block.split('\n').map((l) => l.split('\t'));
        toks.forEach((t, i) => {
          if (t.length < 6 || t[2] === '_' || t[2] === undefined) return;
          const gold = Number(t[2]);
          if (Number.isNaN(gold)) return;
          const governing = [
            ...toks.filter((d) => d[4] === t[0] && /^(neg|aux|advmod|mark)$/.test(d[5] ?? '')).map((d) => d[1] ?? ''),
            ...toks.slice(Math.max(0, i - 3), i).map((d) => d[1] ?? ''),
          ];
          const predicted = factualityOf(governing);
          n++;
          abs += Math.abs(predicted - gold);
          if (klass(predicted) === klass(gold)) right++;
          if (klass(gold) === 'fact') baselineRight++;
        });
      }
      rows.push({ name: `${name} three-way`, system: 'sitrep', metrics: { acc: n ? right / n : 0, MAE: n ? abs / n : 0, n } });
      rows.push({ name: `${name} three-way`, system: 'all-fact baseline', metrics: { acc: n ? baselineRight / n : 0 } });
      summary.push(`${name} acc ${(n ? right / n : 0).toFixed(3)} MAE ${(n ? abs / n : 0).toFixed(2)}`);
    }
    return { task: 'factuality', data: paths.join(', '), rows, notes: [], summary: `factuality: ${summary.join(', ')}` };
  },
};
