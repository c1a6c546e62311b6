/**
 * An in-memory store: for tests and for one-off runs that need no file. Passes the same suite
 * as the SQLite store.
 */
import type { AnalysisJson } from '../../analyze/json.js';
import type { ArticleId } from '../../core/ids.js';
import { type Result, ok } from '../../core/result.js';
import { compareSummaries, entityRows, matchesName, summaryOf, surnameOwner } from '../rows.js';
import type { ArticleQuery, ArticleSummary, CorpusEntity, PutOutcome, Store, StoredStory } from '../store.js';

/** Creates an empty in-memory store. */
export function createMemoryStore(): Store {
  const articles = new Map<string, string>(); // id → JSON (copies, as a database would keep)
  let storyList: StoredStory[] = [];
  const corpus = new Map<string, { type: string; canonical: string; key: string; aliases: Set<string>; articles: Set<string> }>();
  return {
    async putAnalysis(analysis: AnalysisJson): Promise<Result<PutOutcome>> {
      if (articles.has(analysis.article.id)) return ok('duplicate');
      articles.set(analysis.article.id, JSON.stringify(analysis));
      for (const row of entityRows(analysis)) {
        const people = [...corpus.entries()].filter(([, c]) => c.type === 'PERSON').map(([id, c]) => ({ id, key: c.key }));
        const owner = surnameOwner(row, people);
        const e = owner ? { ...row, id: owner, key: corpus.get(owner)!.key } : row;
        const known = corpus.get(e.id) ?? { type: e.type, canonical: e.canonical, key: e.key, aliases: new Set<string>(), articles: new Set<string>() };
        if (e.canonical.length > known.canonical.length) known.canonical = e.canonical;
        for (const a of e.aliases) known.aliases.add(a);
        known.articles.add(analysis.article.id);
        corpus.set(e.id, known);
      }
      return ok('stored');
    },
    async hasArticle(id: ArticleId) {
      return articles.has(id);
    },
    async getAnalysis(id: ArticleId) {
      const json = articles.get(id);
      return ok(json === undefined ? null : (JSON.parse(json) as AnalysisJson));
    },
    async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
      const all = [...articles.values()].map((j) => summaryOf(JSON.parse(j) as AnalysisJson));
      const since = query.since;
      const filtered = since ? all.filter((s) => s.published !== null && s.published >= since) : all;
      const offset = query.offset ?? 0;
      return filtered.sort(compareSummaries).slice(offset, offset + (query.limit ?? Number.MAX_SAFE_INTEGER));
    },
    async *analyses() {
      for (const json of articles.values()) yield JSON.parse(json) as AnalysisJson;
    },
    async *analysesByPublication() {
      const all = [...articles.values()].map((j) => JSON.parse(j) as AnalysisJson);
      const key = (a: AnalysisJson): string => `${a.article.published === null ? '1' : `0${a.article.published}`}|${a.article.id}`;
      for (const a of all.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0))) yield a;
    },
    async count() {
      return articles.size;
    },
    async entities(name?: string): Promise<CorpusEntity[]> {
      return [...corpus.entries()]
        .map(([id, e]) => ({ id, type: e.type, canonical: e.canonical, key: e.key, aliases: [...e.aliases].sort(), articles: e.articles.size }))
        .filter((e) => name === undefined || matchesName(name, e.key, e.aliases))
        .sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1));
    },
    async replaceStories(stories: readonly StoredStory[]): Promise<Result<void>> {
      storyList = JSON.parse(JSON.stringify(stories)) as StoredStory[];
      return ok(undefined);
    },
    async stories() {
      return JSON.parse(JSON.stringify(storyList)) as StoredStory[];
    },
    async close() {},
  };
}
