/**
 * Bad input through the built CLI: each case gets a clear coded message, a non-zero exit and no
 * stack trace; a batch goes on past a bad line; an interrupted ingest leaves a consistent database.
 */
import assert from 'node:assert/strict';
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { projectRoot } from './golden-corpus.js';

const cli = path.join(projectRoot, 'dist/src/serve/cli/main.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-cli-'));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (...args: string[]): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1' } });

function assertRefused(r: SpawnSyncReturns<string>, code: string): void {
  assert.notEqual(r.status, 0, `exit status for ${code}`);
  assert.match(r.stderr, new RegExp(`error \\[${code}\\]: .+`), r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
}

const ARTICLE = 'Officials in Kyiv said on Monday that a bridge near Kherson had been hit. “It is closed,” the mayor said.';

test('the built CLI is executable, as `npx sitrep` runs it directly', () => {
  assert.notEqual(statSync(cli).mode & 0o111, 0, `${cli} has no execute bit: the build must set it`);
  const r = spawnSync(cli, ['--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('empty file', () => assertRefused(run('analyze', file('empty.txt', '  \n\n ')), 'INPUT_EMPTY'));
test('binary file', () => assertRefused(run('analyze', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))), 'INPUT_BINARY'));
test('invalid UTF-8', () => assertRefused(run('analyze', file('latin1.txt', Buffer.from('Caf\xe9 in Kyiv was closed on Monday.', 'latin1'))), 'INPUT_BAD_ENCODING'));
test('a 50 MB text file', () => assertRefused(run('analyze', file('huge.txt', 'All quiet on the front today. '.repeat(1_750_000))), 'INPUT_TOO_LARGE'));
test('HTML with no article text', () =>
  assertRefused(run('analyze', file('nav.html', '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><script>var x = 1;</script></body></html>')), 'HTML_NO_ARTICLE'));
test('missing file', () => assertRefused(run('analyze', path.join(dir, 'nope.txt')), 'INPUT_NOT_FOUND'));
test('eval on gold data that is not there', () => assertRefused(run('eval', 'time', path.join(dir, 'no-such-corpus')), 'EVAL_DATA_MISSING'));
test('eval on a folder where the task reads files, and on gold JSON that does not parse', () => {
  assertRefused(run('eval', 'geo', dir), 'EVAL_DATA_UNREADABLE');
  assertRefused(run('eval', 'seed', file('article.txt', ARTICLE), file('gold.json', '{"article": ')), 'EVAL_DATA_UNREADABLE');
});
test('invalid publication date', () => assertRefused(run('analyze', file('ok.txt', ARTICLE), '--published', 'last Friday'), 'DATE_INVALID'));

test('an unreachable URL', async () => {
  // A port that was just free on loopback: nothing listens there.
  const port = await new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const p = (srv.address() as { port: number }).port;
      srv.close(() => resolve(p));
    });
  });
  assertRefused(run('analyze', `http://127.0.0.1:${port}/article`, '--timeout', '3000'), 'URL_FETCH_FAILED');
});

test('a JSONL batch with a malformed line stores every other article and says which line failed', () => {
  const batch = file(
    'batch.jsonl',
    [
      JSON.stringify({ text: ARTICLE, published: '2023-01-02', outlet: 'A' }),
      '{"text": "broken',
      JSON.stringify({ text: 'Shelling hit Kupiansk overnight, the governor said on Telegram.', published: '2023-01-03' }),
      JSON.stringify({ title: 'no body at all' }),
      JSON.stringify({ text: 'Aid reached Kherson by road on Tuesday, the UN said.', published: 'yesterday' }),
    ].join('\n'),
  );
  const db = path.join(dir, 'batch.db');
  const r = run('ingest', batch, '--db', db);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /stored 2, skipped 0 duplicates, refused 3/);
  assert.match(r.stderr, /batch\.jsonl:2: \[JSONL_BAD_LINE\]/);
  assert.match(r.stderr, /batch\.jsonl:4: \[JSONL_BAD_LINE\].*no "text", "html" or "url"/);
  assert.match(r.stderr, /batch\.jsonl:5: \[JSONL_BAD_LINE\].*not a date/);
  const again = run('ingest', batch, '--db', db);
  assert.match(again.stdout, /stored 0, skipped 2 duplicates, refused 3/);
});

test('a read-only database file', () => {
  const db = path.join(dir, 'ro.db');
  assert.equal(run('ingest', file('one.txt', ARTICLE), '--db', db).status, 0);
  chmodSync(db, 0o444);
  assertRefused(run('ingest', file('two.txt', `${ARTICLE} Later update.`), '--db', db), 'DB_READ_ONLY');
});

test('a corrupt database file', () => {
  const db = file('corrupt.db', 'SQLite format 3\0 but then garbage '.repeat(200));
  assertRefused(run('ingest', file('three.txt', ARTICLE), '--db', db), 'DB_CORRUPT');
  assertRefused(run('show', '0123456789abcdef', '--db', db), 'DB_CORRUPT');
});

test('an unknown article id', () => {
  const db = path.join(dir, 'show.db');
  run('ingest', file('four.txt', ARTICLE), '--db', db);
  assertRefused(run('show', '0123456789abcdef', '--db', db), 'ARTICLE_NOT_FOUND');
});

test('an ingest killed halfway leaves a consistent database, and a rerun completes it without duplicates', async () => {
  const n = 1000;
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ text: `Report ${i}: ${ARTICLE} Shelling continued near Kupiansk for ${i + 1} hours, officials said.`, published: '2023-01-02' }),
  );
  const batch = file('big.jsonl', lines.join('\n'));
  const db = path.join(dir, 'killed.db');
  const child = spawn(process.execPath, [cli, 'ingest', batch, '--db', db, '--quiet'], { cwd: dir, stdio: 'ignore' });
  // Kill it once some articles are in, well before the end.
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      try {
        const probe = new Database(db, { readonly: true, fileMustExist: true });
        const stored = (probe.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
        probe.close();
        if (stored >= 20) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      } catch {
        // not created yet
      }
    }, 20);
  });
  await new Promise((resolve) => child.once('exit', resolve));
  const check = new Database(db);
  const stored = (check.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  assert.ok(stored > 0 && stored < n, `killed halfway (stored ${stored} of ${n})`);
  assert.equal((check.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  const orphans = check.prepare('SELECT count(*) AS n FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)').get() as { n: number };
  assert.equal(orphans.n, 0);
  check.close();
  const rerun = run('ingest', batch, '--db', db, '--quiet');
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stdout, new RegExp(`stored ${n - stored}, skipped ${stored} duplicates, refused 0`));
  const after = new Database(db, { readonly: true });
  assert.equal((after.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, n);
  assert.equal((after.prepare('SELECT count(DISTINCT id) AS n FROM articles').get() as { n: number }).n, n);
  after.close();
});
