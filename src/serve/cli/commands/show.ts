/**
 * `sitrep show <article-id>`: prints a stored article's report (or its JSON with --json).
 */
import type { Command } from 'commander';
import { sitrepError } from '../../../core/errors.js';
import type { ArticleId } from '../../../core/ids.js';
import { DB_OPTION_HELP, openStore } from '../open-store.js';
import { renderReport } from '../report.js';

/** Registers `show`. */
export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print a stored article with its analysis')
    .argument('<article-id>', 'the id printed by ingest/export (16 hex digits)')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--json', 'print the stored JSON document')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const store = await openStore(opts.db);
      try {
        const got = await store.getAnalysis(id as ArticleId);
        if (!got.ok) throw got.error;
        if (got.value === null) throw sitrepError('ARTICLE_NOT_FOUND', id);
        const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
        process.stdout.write(opts.json ? `${JSON.stringify(got.value, null, 2)}\n` : renderReport(got.value, { color }));
      } finally {
        await store.close();
      }
    });
}
