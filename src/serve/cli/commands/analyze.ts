/**
 * `sitrep analyze <file|url|->`: analyses one article and prints a readable report, or with
 * `--json` one JSON document (docs/schema.md); `--html FILE` also writes a highlighted page.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../../../analyze/analyze.js';
import { toJson } from '../../../analyze/json.js';
import { sitrepError } from '../../../core/errors.js';
import { readArticle } from '../../../ingest/index.js';
import { renderHtml } from '../../ui/html-report.js';
import { renderReport } from '../report.js';

interface AnalyzeOptions {
  json?: boolean;
  html?: string;
  published?: string;
  color?: boolean;
  maxBytes?: number;
  timeout?: number;
}

/** Registers `analyze`. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (file, HTML page, URL, or - for stdin) and print a report')
    .argument('<source>', 'a text or HTML file, an http(s) URL, or - for standard input')
    .option('--json', 'print one JSON document with all sections instead of the report')
    .option('--html <file>', 'also write a self-contained HTML page with every finding highlighted')
    .option('--published <date>', 'publication date (ISO 8601), used to resolve "on Friday"')
    .option('--no-color', 'plain text report')
    .option('--max-bytes <n>', 'refuse articles larger than this', (v) => Number.parseInt(v, 10))
    .option('--timeout <ms>', 'URL fetch timeout', (v) => Number.parseInt(v, 10))
    .action(async (source: string, opts: AnalyzeOptions) => {
      const read = await readArticle(source, {
        ...(opts.published !== undefined ? { published: opts.published } : {}),
        ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
        ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout } : {}),
      });
      if (!read.ok) throw read.error;
      const analysis = toJson(analyze(read.value));
      if (opts.html) {
        try {
          writeFileSync(opts.html, renderHtml(analysis));
        } catch (e) {
          throw sitrepError('OUTPUT_UNWRITABLE', opts.html, e instanceof Error ? e.message : String(e));
        }
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
      else {
        const color = opts.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
        process.stdout.write(renderReport(analysis, { color }));
        if (opts.html) process.stdout.write(`\nwrote ${opts.html}\n`);
      }
    });
}
