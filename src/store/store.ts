/**
 * The storage interface. SQLite (embedded, the default) implements it in `sqlite/`, PostgreSQL
 * (for a corpus that outgrows one machine) in `postgres/`. One test suite (`store-suite.ts`) runs against
 * every implementation. Expected failures (read-only file, corrupt database, …) come back as
 * `Result`s; nothing already stored is lost or half-written: an article and all its annotations
 * are written in one transaction.
 */
import type { AnalysisJson } from '../analyze/json.js';
import type { ArticleId } from '../core/ids.js';
import type { Result } from '../core/result.js';

/** One row of an article listing. */
export interface ArticleSummary {
  readonly id: ArticleId;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly origin: string;
  readonly language: string;
  readonly counts: Readonly<Record<string, number>>;
}

/** Filters for listing articles. */
export interface ArticleQuery {
  /** Only articles published on or after this ISO date. */
  readonly since?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** What `putAnalysis` did. */
export type PutOutcome = 'stored' | 'duplicate';

/** A story as stored: its id, its articles and a JSON payload owned by the story stage. */
export interface StoredStory {
  readonly id: string;
  readonly articles: readonly ArticleId[];
  readonly payload: unknown;
}

/**
 * One person, organisation or place across the corpus: a stable id derived from its type and
 * romanisation-aware key (the same in every database), its fullest name, and every form used.
 */
export interface CorpusEntity {
  readonly id: string;
  readonly type: string;
  readonly canonical: string;
  readonly key: string;
  readonly aliases: readonly string[];
  readonly articles: number;
}

/** Persistent storage for articles, their analyses, entities and stories. */
export interface Store {
  /** Stores an article with its analysis in one transaction; 'duplicate' when its id is known. */
  putAnalysis(analysis: AnalysisJson): Promise<Result<PutOutcome>>;
  /** True when an article with this id is stored. */
  hasArticle(id: ArticleId): Promise<boolean>;
  /** The stored analysis of one article, or null. */
  getAnalysis(id: ArticleId): Promise<Result<AnalysisJson | null>>;
  /** Article summaries, newest publication first, then by id. */
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  /** Every stored analysis, in ingest order (for export, clustering, re-analysis). */
  analyses(): AsyncIterable<AnalysisJson>;
  /** Every stored analysis in publication order (undated last), then by id: how stories are built. */
  analysesByPublication(): AsyncIterable<AnalysisJson>;
  /** Number of stored articles. */
  count(): Promise<number>;
  /** Corpus entities whose name or alias matches `name` under the romanisation key (all when omitted), most reported first. */
  entities(name?: string): Promise<CorpusEntity[]>;
  /** Replaces all stories in one transaction. */
  replaceStories(stories: readonly StoredStory[]): Promise<Result<void>>;
  /** All stored stories. */
  stories(): Promise<StoredStory[]>;
  /** Closes the connection. */
  close(): Promise<void>;
}
