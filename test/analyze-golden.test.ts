import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expectedPath, goldenCases, renderCase } from './golden-corpus.js';

for (const c of [...goldenCases('analyze'), ...goldenCases('review')]) {
  test(`golden ${c.set === 'analyze' ? 'analysis' : 'review article'}: ${c.slug}`, () => {
    const file = expectedPath(c);
    assert.ok(existsSync(file), `${file} is missing: run 'npm run golden:update'`);
    assert.equal(renderCase(c), readFileSync(file, 'utf8'), `${c.slug} changed: review, then 'npm run golden:update'`);
  });
}

test('analysis is deterministic: the same input twice gives the same bytes', () => {
  const c = goldenCases()[0];
  if (c) assert.equal(renderCase(c), renderCase(c));
});
