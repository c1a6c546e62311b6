import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Story } from '../src/resolve/stories.js';
import { renderDemoStories, storiesGolden } from './stories-corpus.js';

test('golden: the demo corpus gives the stories it gave when last reviewed', () => {
  const { json, report } = renderDemoStories();
  assert.equal(json, readFileSync(storiesGolden.json, 'utf8'), "stories changed: review, then 'npm run golden:update'");
  assert.equal(report, readFileSync(storiesGolden.report, 'utf8'));
});

test('the demo corpus: two stories; wire copies are one origin; the toll claim counts independent sources', () => {
  const stories = JSON.parse(renderDemoStories().json) as Story[];
  assert.equal(stories.length, 2);
  const strike = stories.find((s) => s.places.includes('Pokrovsk'))!;
  assert.equal(strike.articles.length, 6);
  const reuters = strike.origins.find((o) => o.origin === 'Reuters')!;
  assert.deepEqual(reuters.articles.map((a) => a.outlet).sort(), ['Daily Courier', 'Metro Herald', 'Reuters']);
  const toll = strike.claims.find((c) => c.figures !== null)!;
  assert.deepEqual(toll.figures, [40, 47, 53]);
  // The governor is quoted by four articles (three of them copies) but is one source.
  assert.equal(toll.asserting.filter((s) => /Filashkin/.test(s)).length, 1);
  assert.ok(toll.denying.some((s) => /Defense Ministry/.test(s)));
});
