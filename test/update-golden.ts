/** Rewrites the golden analyses (`npm run golden:update`). Review the diff before committing. */
import { writeFileSync } from 'node:fs';
import { expectedPath, goldenCases, renderCase } from './golden-corpus.js';
import { renderDemoStories, storiesGolden } from './stories-corpus.js';

for (const c of [...goldenCases('analyze'), ...goldenCases('review')]) {
  writeFileSync(expectedPath(c), renderCase(c));
  process.stdout.write(`wrote ${expectedPath(c)}\n`);
}

const stories = renderDemoStories();
writeFileSync(storiesGolden.json, stories.json);
writeFileSync(storiesGolden.report, stories.report);
process.stdout.write(`wrote ${storiesGolden.json} and ${storiesGolden.report}\n`);
