/**
 * The golden corpus of whole analyses: one case per example article (test/golden/analyze/cases.json),
 * its expected JSON in test/golden/analyze/<slug>.json. `npm run golden:update` rewrites the
 * expected files after an intended change (review the diff!); `GOLDEN_CASE=<slug>` limits a run to one case.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { toJson } from '../src/analyze/json.js';

/** The project root (works from `test/` under tsx and from `dist/test/` after tsc). */
export const projectRoot = path.resolve(
  new URL('.', import.meta.url).pathname,
  new URL('.', import.meta.url).pathname.includes('/dist/') ? '../..' : '..',
);

/** One golden case. */
export interface GoldenCase {
  readonly slug: string;
  readonly source: string;
  readonly published: string;
}

/** The cases, filtered by $GOLDEN_CASE when set. */
export function goldenCases(): GoldenCase[] {
  const all = JSON.parse(readFileSync(path.join(projectRoot, 'test/golden/analyze/cases.json'), 'utf8')) as GoldenCase[];
  const only = process.env.GOLDEN_CASE;
  return only ? all.filter((c) => c.slug === only) : all;
}

/** The analysis of a case as the exact text stored in its expected file. */
export function renderCase(c: GoldenCase): string {
  const text = readFileSync(path.join(projectRoot, c.source), 'utf8');
  return `${JSON.stringify(toJson(analyze({ text, published: c.published, origin: c.source })), null, 2)}\n`;
}

/** Path of a case's expected output. */
export function expectedPath(c: GoldenCase): string {
  return path.join(projectRoot, 'test/golden/analyze', `${c.slug}.json`);
}
