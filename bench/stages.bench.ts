/**
 * Each stage's own throughput: the pipeline runs over the corpus once per round and every stage's
 * time is summed separately (articles/s of that stage alone, and tokens/s for the entity stage).
 */
import { Doc } from '../src/core/doc.js';
import { type ArticleId, asId } from '../src/core/ids.js';
import { defaultStages } from '../src/analyze/default-pipeline.js';
import { type Bench, type BenchResult, median, withPeakRss } from './harness.js';
import { benchCorpus } from './ingest.bench.js';

export const stageBenches: Bench[] = [
  {
    name: 'stages',
    async run() {
      const corpus = benchCorpus(300);
      const rounds = 3;
      const seconds = new Map<string, number[]>();
      let tokens = 0;
      const { peakRssMiB } = await withPeakRss(() => {
        for (let r = 0; r < rounds; r++) {
          const spent = new Map<string, number>();
          tokens = 0;
          for (const text of corpus) {
            const doc = new Doc(text, { id: asId<ArticleId>('b'), title: null, published: '2023-06-13', outlet: null, url: null, byline: null, language: 'eng', origin: 'bench' });
            for (const stage of defaultStages) {
              const t0 = process.hrtime.bigint();
              stage.run(doc);
              spent.set(stage.name, (spent.get(stage.name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e9);
            }
            tokens += doc.layers.tokens.length;
          }
          for (const [name, s] of spent) seconds.set(name, [...(seconds.get(name) ?? []), s]);
        }
      });
      const results: BenchResult[] = [];
      for (const [name, runs] of seconds) {
        const rates = runs.map((s) => corpus.length / s);
        results.push({ name: `stage ${name}`, unit: 'articles/s', median: median(rates), runs: rates, peakRssMiB });
        if (name === 'entities') {
          const tps = runs.map((s) => tokens / s);
          results.push({ name: 'stage entities (tokens)', unit: 'tokens/s', median: median(tps), runs: tps, peakRssMiB });
        }
      }
      const both = (seconds.get('times') ?? []).map((s, i) => corpus.length / (s + (seconds.get('places') ?? [])[i]!));
      results.push({ name: 'stages times + places together', unit: 'articles/s', median: median(both), runs: both, peakRssMiB });
      return results;
    },
  },
];
