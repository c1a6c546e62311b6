/**
 * `sitrep export --format jsonl|csv`: every stored analysis as JSON lines, or one CSV row per
 * claim stance (article, claim, overall status, source, stance, proposition) for spreadsheets.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { sitrepError } from '../../../core/errors.js';
import { DB_OPTION_HELP, openStore } from '../open-store.js';
import { sourceName } from '../report.js';

type Rec = Record<string, unknown>;

/** Quotes a CSV field when needed (RFC 4180). */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEADER = ['article_id', 'published', 'outlet', 'title', 'claim_id', 'overall', 'source', 'status', 'proposition'];

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await new Promise((resolve) => out.once('drain', resolve));
}

/** Registers `export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export stored analyses as JSON lines, or claims with their stances as CSV')
    .requiredOption('--format <format>', 'jsonl or csv')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { format: string; db?: string; out?: string }) => {
      if (opts.format !== 'jsonl' && opts.format !== 'csv') throw sitrepError('USAGE', `Unknown format '${opts.format}': use jsonl or csv`);
      const store = await openStore(opts.db);
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      try {
        if (opts.format === 'csv') await write(out, `${CSV_HEADER.join(',')}\n`);
        for await (const a of store.analyses()) {
          if (opts.format === 'jsonl') {
            await write(out, `${JSON.stringify(a)}\n`);
            continue;
          }
          for (const c of a.claims) {
            for (const s of (c.stances as Rec[] | undefined) ?? []) {
              const row = [a.article.id, a.article.published, a.article.outlet, a.article.title, c.id, c.overall, sourceName(s.source), s.status, (c.proposition as Rec | undefined)?.text];
              await write(out, `${row.map(csvField).join(',')}\n`);
            }
          }
        }
      } finally {
        await store.close();
        if (opts.out) await new Promise((resolve) => out.end(resolve));
      }
    });
}
