/** Placeholder, replaced by the seed scorer. */
import type { EvalTask } from './report.js';

export const seedTask: EvalTask = {
  name: 'seed',
  describe: 'the seed article against ../shared/seed/gold.json',
  defaultPaths: ['seed/000_99210b012037a94a.txt', 'seed/gold.json'],
  async run() {
    return { task: 'seed', data: 'not built', rows: [], notes: [], summary: 'seed: not built' };
  },
};
