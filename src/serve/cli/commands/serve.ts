/**
 * `sitrep serve`: the HTTP API and the paste-an-article page on a local port.
 */
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../http/app.js';
import { DB_OPTION_HELP, describeDb, openStore } from '../open-store.js';

/** Registers `serve`. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and a page to paste an article into')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--port <n>', 'port', (v) => Number.parseInt(v, 10), 8080)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .action(async (opts: { db?: string; port: number; host: string }) => {
      const store = await openStore(opts.db);
      serve({ fetch: createApp({ store }).fetch, port: opts.port, hostname: opts.host }, (info) => {
        process.stdout.write(`sitrep listening on http://${opts.host}:${info.port} (database ${describeDb(opts.db)})\n`);
      });
    });
}
