/**
 * Throughput and peak memory of `analyze` (in process: analyse + JSON) and of `ingest` (analyse +
 * store in a temporary SQLite file) over a corpus of 1,000 articles built from the example
 * articles (each copy made unique so that none is skipped as a duplicate).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { toJson } from '../src/analyze/json.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { type Bench, throughput } from './harness.js';
import { exampleTexts } from './segment.bench.js';

/** `n` distinct articles made from the examples. */
export function benchCorpus(n: number): string[] {
  const texts = exampleTexts();
  return Array.from({ length: n }, (_, i) => `${texts[i % texts.length]!}\n\nUpdate ${i}: this report was revised.`);
}

export const ingestBenches: Bench[] = [
  {
    name: 'analyze',
    async run() {
      const corpus = benchCorpus(1000);
      const result = await throughput('analyze (all stages + JSON)', 'articles/s', 3, () => {
        for (const text of corpus) toJson(analyze({ text, published: '2023-06-13', origin: 'bench' }));
        return corpus.length;
      }, '1,000 articles');
      return [result];
    },
  },
  {
    name: 'ingest',
    async run() {
      const corpus = benchCorpus(1000);
      const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-'));
      let round = 0;
      try {
        const result = await throughput('ingest (analyze + SQLite)', 'articles/s', 3, async () => {
          const opened = openSqliteStore(path.join(dir, `bench-${round++}.db`));
          if (!opened.ok) throw opened.error;
          const store = opened.value;
          for (const text of corpus) {
            const put = await store.putAnalysis(toJson(analyze({ text, published: '2023-06-13', origin: 'bench' })));
            if (!put.ok) throw put.error;
          }
          await store.close();
          return corpus.length;
        }, '1,000 articles, fresh database each run');
        return [result];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
