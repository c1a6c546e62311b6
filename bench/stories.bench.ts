/**
 * Scale: N generated articles (default 100,000; SITREP_BENCH_STORIES_N to change) ingested —
 * analysed and stored in a temporary SQLite file — then clustered into stories from the store.
 * Reports articles/s of each phase, total time and peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { toJson } from '../src/analyze/json.js';
import { seeded } from '../src/analyze/learn/averaged.js';
import { recluster } from '../src/serve/cli/commands/stories.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { type Bench, withPeakRss } from './harness.js';

const TOWNS = ['Kupiansk', 'Pokrovsk', 'Kramatorsk', 'Sloviansk', 'Izium', 'Bakhmut', 'Avdiivka', 'Vuhledar', 'Nikopol', 'Kherson', 'Mykolaiv', 'Odesa', 'Sumy', 'Chernihiv', 'Zaporizhzhia', 'Kharkiv', 'Dnipro', 'Lviv', 'Khartoum', 'Omdurman', 'El Fasher', 'Nyala', 'Gaza', 'Rafah', 'Khan Younis', 'Aleppo', 'Idlib', 'Homs', 'Mosul', 'Kirkuk'];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
const PEOPLE = ['Oleh Syniehubov', 'Vadym Filashkin', 'Serhiy Lysak', 'Ivan Fedorov', 'Nabil Abdallah', 'Ahmed Hassan', 'Igor Konashenkov', 'Dmitry Peskov'];
const EVENTS = [
  (t: string, n: number, p: string) => `At least ${n} people were killed when artillery shells hit a market in ${t} on Tuesday, ${p} said. "Rescue crews are searching the rubble," ${p} said on Telegram. The army denied shelling civilian areas.`,
  (t: string, n: number, p: string) => `Protesters marched through the centre of ${t} on Saturday, demanding the release of ${n} detained activists, ${p} said. Police detained several people, witnesses said.`,
  (t: string, n: number, p: string) => `Aid convoys with ${n} trucks of food reached ${t} on Monday, ${p} told reporters. "The needs are enormous," ${p} said.`,
  (t: string, n: number, p: string) => `A drone struck a fuel depot near ${t} overnight, starting a fire that burned for ${n} hours, ${p} said. No casualties were reported.`,
];

/** N synthetic articles: events in towns and weeks, reported by several outlets, some as wire copies. */
export function* syntheticArticles(n: number, seed = 7): Generator<{ text: string; title: string; published: string; outlet: string }> {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  for (let i = 0; i < n; i++) {
    const event = Math.floor(i / 6); // about six articles per event
    const r2 = seeded(event);
    const town = TOWNS[Math.floor(r2() * TOWNS.length)]!;
    const person = PEOPLE[Math.floor(r2() * PEOPLE.length)]!;
    const kind = Math.floor(r2() * EVENTS.length);
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(event / 40) * 86400000).toISOString().slice(0, 10);
    const base = EVENTS[kind]!(town, 10 + Math.floor(r2() * 50), person);
    const text = random() < 0.3 ? `${base} (Reuters)` : `${base} Report ${i} by ${pick(OUTLETS)}: local residents described what they saw in ${town}.`;
    yield { text, title: `${town}: report ${i}`, published: day, outlet: pick(OUTLETS) };
  }
}

export const storiesBenches: Bench[] = [
  {
    name: 'stories',
    async run() {
      const n = Number(process.env.SITREP_BENCH_STORIES_N ?? 100000);
      const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-stories-'));
      try {
        let ingestSeconds = 0;
        let clusterSeconds = 0;
        let stories = 0;
        const { peakRssMiB } = await withPeakRss(async () => {
          const opened = openSqliteStore(path.join(dir, 'bench.db'));
          if (!opened.ok) throw opened.error;
          const store = opened.value;
          let t0 = process.hrtime.bigint();
          for (const a of syntheticArticles(n)) {
            const put = await store.putAnalysis(toJson(analyze({ ...a, origin: 'bench' })));
            if (!put.ok) throw put.error;
          }
          ingestSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
          t0 = process.hrtime.bigint();
          stories = (await recluster(store)).length;
          clusterSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
          await store.close();
        });
        const note = `${n} articles → ${stories} stories; ingest ${ingestSeconds.toFixed(0)} s, clustering ${clusterSeconds.toFixed(0)} s, total ${(ingestSeconds + clusterSeconds).toFixed(0)} s`;
        return [
          { name: `stories: ingest ${n}`, unit: 'articles/s', median: n / ingestSeconds, runs: [n / ingestSeconds], peakRssMiB, note },
          { name: `stories: cluster ${n}`, unit: 'articles/s', median: n / clusterSeconds, runs: [n / clusterSeconds], peakRssMiB },
        ];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
