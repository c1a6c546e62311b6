/**
 * The PostgreSQL store, for a corpus that outgrows one machine: a `pg` connection pool, the
 * numbered migrations of `migrations/postgres.ts` (applied under an advisory lock, so that two
 * processes starting together do not race), one transaction per article. It mirrors the SQLite
 * store row for row and order for order, and passes the same suite (`store-suite.ts`).
 *
 * Analyses are kept as JSON text, so `getAnalysis` gives back exactly what was stored. The tables
 * live in the connection's schema: the default `public`, or another chosen in the URL with
 * `?options=-c%20search_path%3Dmy_schema`.
 */
import pg from 'pg';
import type { AnalysisJson } from '../../analyze/json.js';
import { type SitrepError, isSitrepError, sitrepError } from '../../core/errors.js';
import type { ArticleId } from '../../core/ids.js';
import { type Result, err, ok } from '../../core/result.js';
import { postgresLatestVersion, postgresMigrations } from '../migrations/postgres.js';
import { ANNOTATION_TABLES, annotationRows, entityRows, matchesName, sectionCounts, summaryFromRow, surnameOwner } from '../rows.js';
import type { ArticleQuery, ArticleSummary, CorpusEntity, PutOutcome, Store, StoredStory } from '../store.js';

type Rec = Record<string, unknown>;
type Client = pg.PoolClient;

/** Rows read per page by the iterators: memory stays bounded on large corpora. */
const PAGE = 500;
/** The advisory lock held while migrating (any constant works; this one spells "sitrep"). */
const MIGRATION_LOCK = '115105116114101112';
/** Errors after which a whole article transaction is tried again: deadlock, serialisation failure. */
const RETRY = new Set(['40P01', '40001']);
/** Driver and server codes that mean "could not reach or log in to the database". */
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOENT', // a unix socket that is not there
  '28000', // invalid authorization
  '28P01', // wrong password
  '3D000', // no such database
  '57P03', // the server is starting up or shutting down
]);

/** The URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:\/\/([^:/@]*):[^@/]*@/, '://$1:***@');
  }
}

function codeOf(e: unknown): string {
  return String((e as { code?: unknown }).code ?? '');
}

/** A readable reason, also for Node's AggregateError (several addresses refused) whose message is empty. */
function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (message) return message;
  const inner = (e as { errors?: unknown[] }).errors?.[0];
  if (inner instanceof Error && inner.message) return inner.message;
  return codeOf(e) || 'unknown error';
}

/** Maps a driver or server error to the catalogue. */
function dbError(where: string, e: unknown): SitrepError {
  if (isSitrepError(e)) return e;
  const code = codeOf(e);
  const reason = reasonOf(e);
  if (CONNECT_CODES.has(code) || /timeout exceeded when trying to connect|Connection terminated/i.test(reason)) {
    return sitrepError('DB_CONNECT_FAILED', where, reason);
  }
  if (code === '25006') return sitrepError('DB_READ_ONLY', where); // read-only transaction (a standby)
  return sitrepError('DB_OPEN_FAILED', where, reason);
}

/** PostgreSQL text cannot hold U+0000: it becomes U+FFFD (same length, so offsets still hold). */
function param(v: unknown): unknown {
  if (typeof v === 'string') return v.includes('\u0000') ? v.replaceAll('\u0000', '\uFFFD') : v;
  if (Array.isArray(v)) return v.map(param);
  return v;
}

async function query<R extends pg.QueryResultRow = Rec>(on: pg.Pool | Client, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await on.query<R>(sql, params.map(param))).rows;
}

/** Inserts rows with multi-row VALUES, a few thousand parameters per statement. */
async function insertRows(c: Client, table: string, columns: string, rows: unknown[][]): Promise<void> {
  const width = columns.split(',').length;
  const per = Math.max(1, Math.floor(30_000 / width));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values = chunk.map((_, r) => `(${Array.from({ length: width }, (_, k) => `$${r * width + k + 1}`).join(', ')})`);
    await query(c, `INSERT INTO ${table} (${columns}) VALUES ${values.join(', ')}`, chunk.flat());
  }
}

async function migrate(pool: pg.Pool, where: string): Promise<Result<void, SitrepError>> {
  let client: Client;
  try {
    client = await pool.connect();
  } catch (e) {
    return err(sitrepError('DB_CONNECT_FAILED', where, reasonOf(e)));
  }
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
      const rows = await query<{ version: number }>(client, 'SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((r) => r.version));
      const newest = Math.max(0, ...applied);
      if (newest > postgresLatestVersion) return err(sitrepError('DB_NEWER_SCHEMA', where, newest, postgresLatestVersion));
      for (const m of postgresMigrations) {
        if (applied.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.up);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
      }
      return ok(undefined);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } catch (e) {
    return err(dbError(where, e));
  } finally {
    client.release();
  }
}

/**
 * Connects to a PostgreSQL database and brings its schema up to date (creating the tables on
 * first use). Fails with DB_CONNECT_FAILED when the server cannot be reached or refuses the login,
 * and with DB_NEWER_SCHEMA when a newer sitrep has migrated the database.
 *
 * @param url a `postgres://` or `postgresql://` URL, e.g. `postgres://sitrep:secret@db.example:5432/sitrep`
 * @example
 * const opened = await openPostgresStore(process.env.SITREP_DB ?? 'postgres://localhost/sitrep');
 * if (!opened.ok) throw opened.error;
 */
export async function openPostgresStore(url: string): Promise<Result<Store, SitrepError>> {
  const where = redactUrl(url);
  let pool: pg.Pool;
  try {
    // allowExitOnIdle: a command that forgot to close the store still exits once its queries are done.
    pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'sitrep', allowExitOnIdle: true });
  } catch (e) {
    return err(sitrepError('DB_CONNECT_FAILED', where, reasonOf(e)));
  }
  // An idle connection that drops must not crash the process; the next query reports the error.
  pool.on('error', () => undefined);
  const migrated = await migrate(pool, where);
  if (!migrated.ok) {
    await pool.end().catch(() => undefined);
    return migrated;
  }
  return ok(new PostgresStore(pool, where));
}

class PostgresStore implements Store {
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly where: string,
  ) {}

  /** Runs `work` in one transaction on one connection; retried on deadlock or serialisation failure. */
  private async transaction<T>(work: (c: Client) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await work(client);
        await client.query('COMMIT');
        return value;
      } catch (e) {
        await client.query('ROLLBACK').catch((r: unknown) => {
          broken = r instanceof Error ? r : new Error(String(r));
        });
        if (attempt < 3 && RETRY.has(codeOf(e))) continue;
        throw e;
      } finally {
        client.release(broken);
      }
    }
  }

  /** A query whose failure is thrown as a coded error (for the methods that do not return a Result). */
  private async read<R extends pg.QueryResultRow = Rec>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return await query<R>(this.pool, sql, params);
    } catch (e) {
      throw dbError(this.where, e);
    }
  }

  async putAnalysis(analysis: AnalysisJson): Promise<Result<PutOutcome>> {
    try {
      return ok(await this.transaction((c) => this.insert(c, analysis)));
    } catch (e) {
      return err(dbError(this.where, e));
    }
  }

  private async insert(c: Client, a: AnalysisJson): Promise<PutOutcome> {
    const art = a.article;
    const id = art.id;
    // A concurrent writer of the same article waits on the unique id, then finds it: 'duplicate'.
    const inserted = await query(
      c,
      `INSERT INTO articles (id, title, published, outlet, url, byline, language, origin, text, stages, counts, analysis)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING RETURNING seq`,
      [
        id,
        art.title,
        art.published,
        art.outlet,
        art.url,
        art.byline,
        art.language,
        art.origin,
        art.text,
        JSON.stringify(art.stages),
        JSON.stringify(sectionCounts(a)),
        JSON.stringify(a),
      ],
    );
    if (inserted.length === 0) return 'duplicate';
    const rows = annotationRows(a);
    for (const [table, columns] of Object.entries(ANNOTATION_TABLES)) await insertRows(c, table, columns, rows[table as keyof typeof ANNOTATION_TABLES]);
    for (const row of entityRows(a)) {
      const people =
        row.type === 'PERSON' && !row.key.includes(' ')
          ? await query<{ id: string; key: string }>(c, "SELECT id, key FROM corpus_entities WHERE type = 'PERSON' AND key LIKE $1", [`% ${row.key}`])
          : [];
      const owner = surnameOwner(row, people);
      const e = owner ? { ...row, id: owner } : row;
      // Known already: keep the row, but take the longer (fuller) name.
      await query(
        c,
        `INSERT INTO corpus_entities (id, type, canonical, key) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET canonical = EXCLUDED.canonical WHERE length(corpus_entities.canonical) < length(EXCLUDED.canonical)`,
        [e.id, e.type, e.canonical, e.key],
      );
      if (e.aliases.length > 0) {
        await query(c, 'INSERT INTO entity_aliases (entity_id, alias) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [e.id, e.aliases]);
      }
      await query(c, 'INSERT INTO article_entities (article_id, entity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, e.id]);
    }
    return 'stored';
  }

  async hasArticle(id: ArticleId): Promise<boolean> {
    return (await this.read('SELECT 1 FROM articles WHERE id = $1', [id])).length > 0;
  }

  async getAnalysis(id: ArticleId): Promise<Result<AnalysisJson | null>> {
    try {
      const rows = await query<{ analysis: string }>(this.pool, 'SELECT analysis FROM articles WHERE id = $1', [id]);
      return ok(rows[0] ? (JSON.parse(rows[0].analysis) as AnalysisJson) : null);
    } catch (e) {
      return err(dbError(this.where, e));
    }
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
    // As SQLite: a negative limit means none, a negative offset counts as 0.
    const limit = query.limit === undefined || query.limit < 0 ? null : query.limit;
    const rows = await this.read<Rec & { counts: string }>(
      `SELECT id, title, published, outlet, url, origin, language, counts FROM articles
       WHERE ($1::text IS NULL OR published >= $1) ORDER BY published DESC NULLS LAST, id LIMIT $2 OFFSET $3`,
      [query.since ?? null, limit, Math.max(0, query.offset ?? 0)],
    );
    return rows.map(summaryFromRow);
  }

  async *analyses(): AsyncIterable<AnalysisJson> {
    // Keyset paging on the sequence number (bigint, read back as a string and passed on as one).
    let after = '0';
    for (;;) {
      const rows = await this.read<{ seq: string; analysis: string }>(
        'SELECT seq, analysis FROM articles WHERE seq > $1 ORDER BY seq LIMIT ' + PAGE,
        [after],
      );
      if (rows.length === 0) return;
      for (const r of rows) yield JSON.parse(r.analysis) as AnalysisJson;
      after = rows[rows.length - 1]!.seq;
    }
  }

  async *analysesByPublication(): AsyncIterable<AnalysisJson> {
    // Keyset paging on (published, id); undated articles are read last, separately.
    let after = { p: '', id: '' };
    for (;;) {
      const rows = await this.read<{ id: string; p: string; analysis: string }>(
        `SELECT id, published AS p, analysis FROM articles
         WHERE published IS NOT NULL AND (published > $1 OR (published = $1 AND id > $2)) ORDER BY published, id LIMIT ${PAGE}`,
        [after.p, after.id],
      );
      if (rows.length === 0) break;
      for (const r of rows) yield JSON.parse(r.analysis) as AnalysisJson;
      const last = rows[rows.length - 1]!;
      after = { p: last.p, id: last.id };
    }
    let id = '';
    for (;;) {
      const rows = await this.read<{ id: string; analysis: string }>(
        `SELECT id, analysis FROM articles WHERE published IS NULL AND id > $1 ORDER BY id LIMIT ${PAGE}`,
        [id],
      );
      if (rows.length === 0) return;
      for (const r of rows) yield JSON.parse(r.analysis) as AnalysisJson;
      id = rows[rows.length - 1]!.id;
    }
  }

  async count(): Promise<number> {
    return (await this.read<{ n: number }>('SELECT count(*)::int AS n FROM articles'))[0]?.n ?? 0;
  }

  async entities(name?: string): Promise<CorpusEntity[]> {
    const rows = await this.read<{ id: string; type: string; canonical: string; key: string; aliases: string[]; articles: number }>(
      `SELECT e.id, e.type, e.canonical, e.key,
              ARRAY(SELECT alias FROM entity_aliases WHERE entity_id = e.id ORDER BY alias) AS aliases,
              (SELECT count(*)::int FROM article_entities WHERE entity_id = e.id) AS articles
       FROM corpus_entities e ORDER BY articles DESC, e.id`,
    );
    return rows.filter((r) => name === undefined || matchesName(name, r.key, r.aliases));
  }

  async replaceStories(stories: readonly StoredStory[]): Promise<Result<void>> {
    try {
      await this.transaction(async (c) => {
        await c.query('DELETE FROM story_articles');
        await c.query('DELETE FROM stories');
        if (stories.length === 0) return;
        await query(c, 'INSERT INTO stories (id, payload) SELECT * FROM unnest($1::text[], $2::text[])', [
          stories.map((s) => s.id),
          stories.map((s) => JSON.stringify(s.payload ?? null)),
        ]);
        const members = stories.flatMap((s) => s.articles.map((a, n) => [s.id, a, n] as const));
        // Members that are not stored articles are left out; a repeated article keeps its first place.
        await query(
          c,
          `INSERT INTO story_articles (story_id, article_id, n)
           SELECT m.s, m.a, m.n FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS m(s, a, n, ord)
           WHERE EXISTS (SELECT 1 FROM articles WHERE id = m.a) ORDER BY m.ord ON CONFLICT DO NOTHING`,
          [members.map((m) => m[0]), members.map((m) => m[1]), members.map((m) => m[2])],
        );
      });
      return ok(undefined);
    } catch (e) {
      return err(dbError(this.where, e));
    }
  }

  async stories(): Promise<StoredStory[]> {
    const rows = await this.read<{ id: string; payload: string; articles: ArticleId[] }>(
      `SELECT s.id, s.payload, ARRAY(SELECT article_id FROM story_articles WHERE story_id = s.id ORDER BY n) AS articles
       FROM stories s ORDER BY s.id`,
    );
    return rows.map((s) => ({ id: s.id, articles: s.articles, payload: JSON.parse(s.payload) as unknown }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
