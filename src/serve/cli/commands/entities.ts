/**
 * `sitrep entities [name]`: people, organisations and places across the stored corpus, with their
 * stable ids, every spelling used, and how many articles name them.
 */
import type { Command } from 'commander';
import { DB_OPTION_HELP, openStore } from '../open-store.js';

/** Registers `entities`. */
export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('list corpus entities (one record per person, organisation or place across articles)')
    .argument('[name]', 'only entities known by this name, in any spelling or romanisation')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 50)
    .option('--json', 'print JSON')
    .action(async (name: string | undefined, opts: { db?: string; limit: number; json?: boolean }) => {
      const store = await openStore(opts.db);
      try {
        const found = (await store.entities(name)).slice(0, opts.limit);
        if (opts.json) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
        else for (const e of found) process.stdout.write(`${e.id}  ${e.type.padEnd(6)} ${String(e.articles).padStart(4)} articles  ${e.canonical}${e.aliases.length > 1 ? `  (${e.aliases.join(', ')})` : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
