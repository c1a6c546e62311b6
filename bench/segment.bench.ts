/** Segmentation throughput on the project's example articles. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../src/analyze/stages/segment.js';
import { type Bench, throughput } from './harness.js';

/** The example articles' texts (the folder `examples/` holds original prose). */
export function exampleTexts(): string[] {
  const here = new URL('.', import.meta.url).pathname;
  const dir = path.resolve(here, here.includes('/dist/') ? '../..' : '..', 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

export const segmentBenches: Bench[] = [
  {
    name: 'segment',
    async run() {
      const texts = exampleTexts();
      const corpus = Array.from({ length: 1000 }, (_, i) => texts[i % texts.length]!);
      return [await throughput('segment (stage alone)', 'articles/s', 5, () => {
        for (const t of corpus) segment(t);
        return corpus.length;
      })];
    },
  },
];
