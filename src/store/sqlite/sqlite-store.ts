/**
 * The embedded default store: one SQLite file through better-sqlite3, WAL journal, numbered
 * migrations, one transaction per article (an interrupted ingest leaves whole articles or none).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AnalysisJson } from '../../analyze/json.js';
import { type SitrepError, sitrepError } from '../../core/errors.js';
import type { ArticleId } from '../../core/ids.js';
import { type Result, err, ok } from '../../core/result.js';
import { latestVersion, migrations } from '../migrations/index.js';
import { ANNOTATION_TABLES, annotationRows, entityRows, matchesName, sectionCounts, summaryFromRow, surnameOwner } from '../rows.js';
import type { ArticleQuery, ArticleSummary, CorpusEntity, PutOutcome, Store, StoredStory } from '../store.js';

type Rec = Record<string, unknown>;
type Db = Database.Database;

/** Maps a driver error to the catalogue. */
function dbError(file: string, e: unknown): SitrepError {
  const code = (e as { code?: string }).code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(message)) return sitrepError('DB_CORRUPT', file);
  if (code.startsWith('SQLITE_READONLY') || /readonly/i.test(message)) return sitrepError('DB_READ_ONLY', file);
  return sitrepError('DB_OPEN_FAILED', file, message);
}

function migrate(db: Db, file: string): Result<void, SitrepError> {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const newest = Math.max(0, ...applied);
  if (newest > latestVersion) return err(sitrepError('DB_NEWER_SCHEMA', file, newest, latestVersion));
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
    })();
  }
  return ok(undefined);
}

/**
 * Opens (creating if needed) a SQLite store.
 *
 * @example
 * const opened = openSqliteStore('sitrep.db');
 * if (!opened.ok) throw opened.error;
 */
export function openSqliteStore(file: string): Result<Store, SitrepError> {
  if (file !== ':memory:') {
    if (existsSync(file)) {
      const st = statSync(file);
      if (st.isDirectory()) return err(sitrepError('DB_OPEN_FAILED', file, 'it is a directory'));
      // Honour a file marked read-only even for root, who could write it anyway.
      if ((st.mode & 0o222) === 0) return err(sitrepError('DB_READ_ONLY', file));
    } else if (!existsSync(path.dirname(path.resolve(file)))) {
      return err(sitrepError('DB_OPEN_FAILED', file, 'its folder does not exist'));
    }
  }
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const migrated = migrate(db, file);
    if (!migrated.ok) {
      db.close();
      return migrated;
    }
  } catch (e) {
    return err(dbError(file, e));
  }
  return ok(new SqliteStore(db, file));
}

class SqliteStore implements Store {
  private readonly insert: (a: AnalysisJson) => PutOutcome;

  constructor(
    private readonly db: Db,
    private readonly file: string,
  ) {
    const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
    const article = db.prepare(
      `INSERT INTO articles (id, title, published, outlet, url, byline, language, origin, text, stages, counts, analysis)
       VALUES (@id, @title, @published, @outlet, @url, @byline, @language, @origin, @text, @stages, @counts, @analysis)`,
    );
    const placeholders = (columns: string): string => columns.split(',').map(() => '?').join(', ');
    const annotations = Object.entries(ANNOTATION_TABLES).map(
      ([table, columns]) => [table as keyof typeof ANNOTATION_TABLES, db.prepare(`INSERT INTO ${table} (${columns}) VALUES (${placeholders(columns)})`)] as const,
    );
    const corpusEntity = db.prepare('INSERT OR IGNORE INTO corpus_entities (id, type, canonical, key) VALUES (?, ?, ?, ?)');
    const longerName = db.prepare('UPDATE corpus_entities SET canonical = ? WHERE id = ? AND length(canonical) < length(?)');
    const alias = db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)');
    const peopleEndingWith = db.prepare("SELECT id, key FROM corpus_entities WHERE type = 'PERSON' AND key LIKE ?");
    const articleEntity = db.prepare('INSERT OR IGNORE INTO article_entities (article_id, entity_id) VALUES (?, ?)');
    this.insert = db.transaction((a: AnalysisJson): PutOutcome => {
      const id = a.article.id;
      if (exists.get(id)) return 'duplicate';
      const art = a.article;
      article.run({
        id,
        title: art.title,
        published: art.published,
        outlet: art.outlet,
        url: art.url,
        byline: art.byline,
        language: art.language,
        origin: art.origin,
        text: art.text,
        stages: JSON.stringify(art.stages),
        counts: JSON.stringify(sectionCounts(a)),
        analysis: JSON.stringify(a),
      });
      const rows = annotationRows(a);
      for (const [table, insert] of annotations) for (const row of rows[table]) insert.run(...row);
      for (const row of entityRows(a)) {
        const owner = row.type === 'PERSON' && !row.key.includes(' ') ? surnameOwner(row, peopleEndingWith.all(`% ${row.key}`) as { id: string; key: string }[]) : null;
        const e = owner ? { ...row, id: owner } : row;
        corpusEntity.run(e.id, e.type, e.canonical, e.key);
        longerName.run(e.canonical, e.id, e.canonical);
        for (const name of e.aliases) alias.run(e.id, name);
        articleEntity.run(id, e.id);
      }
      return 'stored';
    });
  }

  async putAnalysis(analysis: AnalysisJson): Promise<Result<PutOutcome>> {
    try {
      return ok(this.insert(analysis));
    } catch (e) {
      return err(dbError(this.file, e));
    }
  }

  async hasArticle(id: ArticleId): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async getAnalysis(id: ArticleId): Promise<Result<AnalysisJson | null>> {
    try {
      const row = this.db.prepare('SELECT analysis FROM articles WHERE id = ?').get(id) as { analysis: string } | undefined;
      return ok(row ? (JSON.parse(row.analysis) as AnalysisJson) : null);
    } catch (e) {
      return err(dbError(this.file, e));
    }
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT id, title, published, outlet, url, origin, language, counts FROM articles
         WHERE (@since IS NULL OR published >= @since)
         ORDER BY published IS NULL, published DESC, id LIMIT @limit OFFSET @offset`,
      )
      .all({ since: query.since ?? null, limit: query.limit ?? -1, offset: query.offset ?? 0 }) as (Rec & { counts: string })[];
    return rows.map(summaryFromRow);
  }

  async *analyses(): AsyncIterable<AnalysisJson> {
    // Page through by sequence number so that memory stays bounded on large corpora.
    let after = 0;
    const page = this.db.prepare('SELECT seq, analysis FROM articles WHERE seq > ? ORDER BY seq LIMIT 500');
    for (;;) {
      const rows = page.all(after) as { seq: number; analysis: string }[];
      if (rows.length === 0) return;
      for (const r of rows) yield JSON.parse(r.analysis) as AnalysisJson;
      after = rows[rows.length - 1]!.seq;
    }
  }

  async *analysesByPublication(): AsyncIterable<AnalysisJson> {
    // Keyset paging on (published, id); undated articles ('' sorts first, so they are read last separately).
    const page = this.db.prepare(
      `SELECT id, coalesce(published, '') AS p, analysis FROM articles
       WHERE published IS NOT NULL AND (published > @p OR (published = @p AND id > @id)) ORDER BY published, id LIMIT 500`,
    );
    let after = { p: '', id: '' };
    for (;;) {
      const rows = page.all(after) as { id: string; p: string; analysis: string }[];
      if (rows.length === 0) break;
      for (const r of rows) yield JSON.parse(r.analysis) as AnalysisJson;
      const last = rows[rows.length - 1]!;
      after = { p: last.p, id: last.id };
    }
    const undated = this.db.prepare('SELECT id, analysis FROM articles WHERE published IS NULL AND id > ? ORDER BY id LIMIT 500');
    let id = '';
    for (;;) {
      const rows = undated.all(id) as { id: string; analysis: string }[];
      if (rows.length === 0) return;
      for (const r of rows) yield JSON.parse(r.analysis) as AnalysisJson;
      id = rows[rows.length - 1]!.id;
    }
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async entities(name?: string): Promise<CorpusEntity[]> {
    const rows = this.db
      .prepare(
        `SELECT e.id, e.type, e.canonical, e.key,
                (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM entity_aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases,
                (SELECT count(*) FROM article_entities WHERE entity_id = e.id) AS articles
         FROM corpus_entities e ORDER BY articles DESC, e.id`,
      )
      .all() as { id: string; type: string; canonical: string; key: string; aliases: string | null; articles: number }[];
    return rows
      .map((r) => ({ ...r, aliases: r.aliases ? r.aliases.split('\u001f') : [] }))
      .filter((r) => name === undefined || matchesName(name, r.key, r.aliases));
  }

  async replaceStories(stories: readonly StoredStory[]): Promise<Result<void>> {
    try {
      const insertStory = this.db.prepare('INSERT INTO stories (id, payload) VALUES (?, ?)');
      const insertMember = this.db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id, n) VALUES (?, ?, ?)');
      const known = this.db.prepare('SELECT 1 FROM articles WHERE id = ?');
      this.db.transaction(() => {
        this.db.exec('DELETE FROM story_articles; DELETE FROM stories;');
        for (const s of stories) {
          insertStory.run(s.id, JSON.stringify(s.payload ?? null));
          s.articles.forEach((a, n) => {
            if (known.get(a)) insertMember.run(s.id, a, n);
          });
        }
      })();
      return ok(undefined);
    } catch (e) {
      return err(dbError(this.file, e));
    }
  }

  async stories(): Promise<StoredStory[]> {
    const stories = this.db.prepare('SELECT id, payload FROM stories ORDER BY id').all() as { id: string; payload: string }[];
    const members = this.db.prepare('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY n');
    return stories.map((s) => ({
      id: s.id,
      articles: (members.all(s.id) as { article_id: ArticleId }[]).map((m) => m.article_id),
      payload: JSON.parse(s.payload) as unknown,
    }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

