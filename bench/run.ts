/**
 * `npm run bench`: runs every benchmark and prints medians with the machine they ran on.
 * `npm run bench -- NAME` runs the benchmarks whose name contains NAME.
 */
import os from 'node:os';
import type { Bench, BenchResult } from './harness.js';
import { ingestBenches } from './ingest.bench.js';
import { segmentBenches } from './segment.bench.js';
import { stageBenches } from './stages.bench.js';
import { storiesBenches } from './stories.bench.js';

const all: Bench[] = [...segmentBenches, ...stageBenches, ...ingestBenches, ...storiesBenches];

const filter = process.argv[2];
const selected = filter ? all.filter((b) => b.name.includes(filter)) : all;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}\n`);
const results: BenchResult[] = [];
for (const b of selected) {
  const rs = await b.run();
  for (const r of rs) {
    results.push(r);
    process.stdout.write(
      `${r.name.padEnd(40)} ${r.median.toFixed(1).padStart(12)} ${r.unit.padEnd(12)} peak ${r.peakRssMiB.toFixed(0)} MiB` +
        `${r.note ? `  (${r.note})` : ''}\n`,
    );
  }
}
