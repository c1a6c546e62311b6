/**
 * sitrep as a library: analyse articles, read them from files, HTML, URLs and batches, store them,
 * group them into stories and score the stages.
 *
 * @example
 * import { analyze, toJson } from 'sitrep';
 * const doc = analyze({ text, published: '2022-11-11', origin: 'article.txt' });
 * console.log(toJson(doc).claims);
 */
export type * from './core/annotations.js';
export { Doc, type ArticleMeta, type LayerName, type Layers, layerNames } from './core/doc.js';
export type { Diagnostic, Severity } from './core/diagnostics.js';
export { SitrepError, errorCatalogue, isSitrepError, sitrepError, type ErrorCode } from './core/errors.js';
export type { ArticleId, EntityId, StoryId } from './core/ids.js';
export type { Result } from './core/result.js';
export { type Span, overlaps, spanText } from './core/span.js';
export { analyze, articleId, detectLanguage, type ArticleInput } from './analyze/analyze.js';
export { defaultPipeline, defaultStages } from './analyze/default-pipeline.js';
export { type AnalysisJson, SCHEMA_VERSION, toJson } from './analyze/json.js';
export { Pipeline, type Stage, defineStage } from './analyze/pipeline.js';
export { nameKey, sameName } from './analyze/ner/romanise.js';
export { readArticle, readArticles, type IngestOptions } from './ingest/index.js';
export { createMemoryStore } from './store/memory/memory-store.js';
export { openPostgresStore } from './store/postgres/postgres-store.js';
export { openSqliteStore } from './store/sqlite/sqlite-store.js';
export type { ArticleQuery, ArticleSummary, CorpusEntity, PutOutcome, Store, StoredStory } from './store/store.js';
export { type Story, buildStories } from './resolve/stories.js';
export { createApp } from './serve/http/app.js';
export { evalTasks } from './eval/tasks.js';
