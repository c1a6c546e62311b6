/** Rewrites the golden analyses (`npm run golden:update`). Review the diff before committing. */
import { writeFileSync } from 'node:fs';
import { expectedPath, goldenCases, renderCase } from './golden-corpus.js';

for (const c of goldenCases()) {
  writeFileSync(expectedPath(c), renderCase(c));
  process.stdout.write(`wrote ${expectedPath(c)}\n`);
}
