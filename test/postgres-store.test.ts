/**
 * The PostgreSQL store: the shared suite plus what only a server can show (migrations racing,
 * concurrent writers, paging across pages). Needs a server: set SITREP_TEST_PG to a connection
 * URL (e.g. postgres://postgres@127.0.0.1:55432/postgres); each test works in a schema of its own,
 * dropped at the end. Without SITREP_TEST_PG only the connection-failure test runs.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { analyze } from '../src/analyze/analyze.js';
import { type AnalysisJson, toJson } from '../src/analyze/json.js';
import type { ArticleId } from '../src/core/ids.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import type { Store } from '../src/store/store.js';
import { storeSuite } from '../src/store/store-suite.js';

const server = process.env.SITREP_TEST_PG;
const SKIP = 'SITREP_TEST_PG is not set: skipping the PostgreSQL store tests (set it to a postgres:// URL to run them)';

test('an unreachable server is a clear DB_CONNECT_FAILED that hides the password', async () => {
  const opened = await openPostgresStore('postgres://sitrep:hunter2@127.0.0.1:1/sitrep');
  assert.equal(opened.ok, false);
  if (opened.ok) return;
  assert.equal(opened.error.code, 'DB_CONNECT_FAILED');
  assert.match(opened.error.message, /127\.0\.0\.1:1/);
  assert.doesNotMatch(opened.error.message, /hunter2/);
});

if (!server) {
  test('PostgreSQL store suite', { skip: SKIP }, () => {});
} else {
  const admin = new pg.Pool({ connectionString: server, max: 2 });
  const schemas: string[] = [];
  let n = 0;

  /** A URL whose connections work in a new, empty schema. */
  const freshUrl = async (): Promise<string> => {
    const schema = `sitrep_test_${process.pid}_${n++}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    schemas.push(schema);
    const url = new URL(server);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  };
  const open = async (url: string): Promise<Store> => {
    const opened = await openPostgresStore(url);
    if (!opened.ok) throw opened.error;
    return opened.value;
  };

  after(async () => {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  });

  storeSuite('postgres', async () => open(await freshUrl()));

  describe('PostgreSQL only', () => {
    const sample = (text: string, published: string | null): AnalysisJson =>
      toJson(analyze({ text, published, origin: 'pg', title: text.slice(0, 12) }));

    test('processes starting together migrate once', async () => {
      const url = await freshUrl();
      const stores = await Promise.all([open(url), open(url), open(url)]);
      const rows = await admin.query(`SELECT version FROM ${schemas.at(-1)}.schema_migrations ORDER BY version`);
      assert.deepEqual(
        rows.rows.map((r: { version: number }) => r.version),
        [1, 2, 3],
      );
      await Promise.all(stores.map((s) => s.close()));
    });

    test('a database from a newer sitrep is refused, not touched', async () => {
      const url = await freshUrl();
      const schema = schemas.at(-1)!;
      await admin.query(`CREATE TABLE ${schema}.schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`);
      await admin.query(`INSERT INTO ${schema}.schema_migrations VALUES (999, 'future')`);
      const opened = await openPostgresStore(url);
      assert.equal(opened.ok, false);
      if (!opened.ok) assert.equal(opened.error.code, 'DB_NEWER_SCHEMA');
      const tables = await admin.query('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1', [schema]);
      assert.equal(tables.rows[0].n, 1, 'no table was created');
    });

    test('two writers of the same article: one stores it, the other finds a duplicate', async () => {
      const url = await freshUrl();
      const [one, two] = await Promise.all([open(url), open(url)]);
      const a = sample('Officials said the bridge near Kherson was closed on Monday.', '2023-01-02');
      const outcomes = await Promise.all([one!.putAnalysis(a), two!.putAnalysis(a)]);
      assert.deepEqual(outcomes.map((o) => (o.ok ? o.value : o.error.code)).sort(), ['duplicate', 'stored']);
      assert.equal(await one!.count(), 1);
      await Promise.all([one!.close(), two!.close()]);
    });

    test('a NUL character in the text still round-trips through the stored analysis', async () => {
      const store = await open(await freshUrl());
      const a = sample('Officials said\u0000 the road was shelled on Monday.', '2023-01-02');
      assert.deepEqual(await store.putAnalysis(a), { ok: true, value: 'stored' });
      assert.deepEqual(await store.getAnalysis(a.article.id as ArticleId), { ok: true, value: a });
      await store.close();
    });

    test('iterators page past 500 rows in the same order as SQLite', async () => {
      const store = await open(await freshUrl());
      const base = sample('Shelling continued overnight near the front.', '2023-01-01');
      const made: AnalysisJson[] = [];
      for (let i = 0; i < 520; i++) {
        const id = i.toString(16).padStart(16, '0');
        // Few distinct dates, so that ties on the date are broken by id across page boundaries.
        const published = i % 13 === 0 ? null : `2023-01-0${1 + (i % 7)}`;
        made.push({ ...base, article: { ...base.article, id, published } } as AnalysisJson);
      }
      for (const a of [...made].reverse()) assert.deepEqual(await store.putAnalysis(a), { ok: true, value: 'stored' });
      const ingest: string[] = [];
      for await (const a of store.analyses()) ingest.push(a.article.id);
      assert.deepEqual(
        ingest,
        [...made].reverse().map((a) => a.article.id),
      );
      const byPublication: string[] = [];
      for await (const a of store.analysesByPublication()) byPublication.push(a.article.id);
      const key = (a: AnalysisJson): string => `${a.article.published === null ? '1' : `0${a.article.published}`}|${a.article.id}`;
      assert.deepEqual(
        byPublication,
        [...made].sort((x, y) => (key(x) < key(y) ? -1 : 1)).map((a) => a.article.id),
      );
      const page = await store.listArticles({ limit: 3, offset: 500 });
      assert.equal(page.length, 3);
      assert.equal(await store.count(), 520);
      await store.close();
    });
  });
}
