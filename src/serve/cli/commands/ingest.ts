/**
 * `sitrep ingest <paths…>`: reads articles (files, folders, JSONL batches, URLs, -), analyses them
 * and stores each with its analysis in one transaction. Exact duplicates (same text) are skipped;
 * a bad input is reported and the batch goes on. Exit code: 0 all stored or skipped, 1 some refused.
 */
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { analyze, articleId } from '../../../analyze/analyze.js';
import { toJson } from '../../../analyze/json.js';
import { readArticles } from '../../../ingest/index.js';
import { DB_OPTION_HELP, describeDb, openStore } from '../open-store.js';

interface IngestOptions {
  db?: string;
  published?: string;
  quiet?: boolean;
  maxBytes?: number;
}

/** Registers `ingest`. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them in the database (duplicates skipped, bad inputs reported)')
    .argument('<paths...>', 'files, folders, JSONL batches, URLs, or - for stdin')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--published <date>', 'publication date for articles that carry none')
    .option('--max-bytes <n>', 'refuse articles larger than this', (v) => Number.parseInt(v, 10))
    .option('--quiet', 'print only the summary')
    .action(async (paths: string[], opts: IngestOptions) => {
      const store = await openStore(opts.db);
      const bar =
        process.stderr.isTTY && !opts.quiet
          ? new SingleBar({ format: 'ingest {bar} {value} articles | {stored} stored, {skipped} skipped, {refused} refused', stream: process.stderr, hideCursor: true })
          : null;
      bar?.start(0, 0, { stored: 0, skipped: 0, refused: 0 });
      const tally = { stored: 0, skipped: 0, refused: 0 };
      const refusals: string[] = [];
      try {
        for await (const item of readArticles(paths, {
          ...(opts.published !== undefined ? { published: opts.published } : {}),
          ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
        })) {
          if (!item.ok) {
            tally.refused++;
            refusals.push(`  refused ${item.origin}: [${item.error.code}] ${item.error.message}`);
          } else if (await store.hasArticle(articleId(item.value.text))) {
            tally.skipped++;
          } else {
            const put = await store.putAnalysis(toJson(analyze(item.value)));
            if (!put.ok) throw put.error;
            tally[put.value === 'stored' ? 'stored' : 'skipped']++;
          }
          bar?.setTotal(tally.stored + tally.skipped + tally.refused);
          bar?.update(tally.stored + tally.skipped + tally.refused, tally);
        }
      } finally {
        bar?.stop();
        await store.close();
      }
      for (const line of refusals) process.stderr.write(`${line}\n`);
      process.stdout.write(`stored ${tally.stored}, skipped ${tally.skipped} duplicates, refused ${tally.refused} (database ${describeDb(opts.db)})\n`);
      if (tally.refused > 0) process.exitCode = 1;
    });
}
