/**
 * The demo corpus through the whole pipeline and story building: what the stories golden test
 * compares and `npm run golden:update` rewrites.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { type AnalysisJson, toJson } from '../src/analyze/json.js';
import { renderStory } from '../src/serve/cli/commands/stories.js';
import { buildStories } from '../src/resolve/stories.js';
import { projectRoot } from './golden-corpus.js';

/** The demo corpus, analysed. */
export function demoAnalyses(): AnalysisJson[] {
  const lines = readFileSync(path.join(projectRoot, 'examples/demo-corpus/demo.jsonl'), 'utf8').trim().split('\n');
  return lines.map((l, i) => {
    const r = JSON.parse(l) as { text: string; title: string; published: string; outlet: string; url: string };
    return toJson(analyze({ ...r, origin: `demo.jsonl:${i + 1}` }));
  });
}

/** The expected files: every story as JSON, and the first story's readable report. */
export function renderDemoStories(): { json: string; report: string } {
  const stories = buildStories(demoAnalyses());
  return { json: `${JSON.stringify(stories, null, 2)}\n`, report: stories[0] ? renderStory(stories[0]) : '' };
}

/** Where they live. */
export const storiesGolden = {
  json: path.join(projectRoot, 'test/golden/stories/demo-stories.json'),
  report: path.join(projectRoot, 'test/golden/stories/demo-story.txt'),
};
