/**
 * The built CLI on PostgreSQL: `--db postgres://…` (or SITREP_DB) selects it. The round trip
 * (ingest, export, show) needs a server: set SITREP_TEST_PG to a connection URL; it works in a
 * schema of its own, dropped at the end. Without SITREP_TEST_PG only the refusal test runs.
 */
import assert from 'node:assert/strict';
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { projectRoot } from './golden-corpus.js';

const cli = path.join(projectRoot, 'dist/src/serve/cli/main.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-cli-pg-'));
const server = process.env.SITREP_TEST_PG;
const run = (args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> => {
  const { SITREP_DB: _, ...inherited } = process.env;
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir, env: { ...inherited, NO_COLOR: '1', ...env } });
};

test('an unreachable PostgreSQL server: a coded error, no stack trace, no password', () => {
  const article = path.join(dir, 'refused.txt');
  writeFileSync(article, 'Officials in Kyiv said on Monday that a bridge near Kherson had been hit.');
  const r = run(['ingest', article, '--db', 'postgresql://sitrep:hunter2@127.0.0.1:1/sitrep']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /error \[DB_CONNECT_FAILED\]: .+/, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
  assert.doesNotMatch(r.stderr + r.stdout, /hunter2/, 'no password');
});

if (!server) {
  test('the CLI on PostgreSQL', { skip: 'SITREP_TEST_PG is not set: skipping the CLI round trip through PostgreSQL' }, () => {});
} else {
  const schema = `sitrep_cli_${process.pid}`;
  const admin = new pg.Pool({ connectionString: server, max: 1 });
  after(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  test('ingest, export and show through --db postgres://… and SITREP_DB', async () => {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(server);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const db = url.toString();
    const batch = path.join(dir, 'batch.jsonl');
    writeFileSync(
      batch,
      [
        JSON.stringify({ text: 'Officials in Kyiv said on Monday that a bridge near Kherson had been hit. “It is closed,” the mayor said.', published: '2023-01-02' }),
        JSON.stringify({ text: 'Shelling hit Kupiansk overnight, the governor said on Telegram.', published: '2023-01-03' }),
      ].join('\n'),
    );
    const ingested = run(['ingest', batch, '--db', db, '--quiet']);
    assert.equal(ingested.status, 0, ingested.stderr);
    assert.match(ingested.stdout, /stored 2, skipped 0 duplicates, refused 0/);
    assert.equal(run(['ingest', batch, '--db', db, '--quiet']).stdout.match(/skipped 2 duplicates/)?.length, 1);

    const exported = run(['export', '--format', 'jsonl'], { SITREP_DB: db });
    assert.equal(exported.status, 0, exported.stderr);
    const lines = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article: { id: string; published: string } });
    assert.deepEqual(
      lines.map((l) => l.article.published),
      ['2023-01-02', '2023-01-03'],
    );

    const shown = run(['show', lines[0]!.article.id, '--json', '--db', db]);
    assert.equal(shown.status, 0, shown.stderr);
    assert.deepEqual(JSON.parse(shown.stdout), lines[0]);
    const missing = run(['show', '0123456789abcdef', '--db', db]);
    assert.match(missing.stderr, /error \[ARTICLE_NOT_FOUND\]/);
  });
}
