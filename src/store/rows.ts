/**
 * What a stored analysis contributes to the queryable tables and summaries: shared by every
 * store implementation so that they agree.
 */
import type { AnalysisJson } from '../analyze/json.js';
import type { ArticleId } from '../core/ids.js';
import type { ArticleSummary } from './store.js';

type Rec = Record<string, unknown>;

/** Counts per section, as listed in summaries. */
export function sectionCounts(a: AnalysisJson): Record<string, number> {
  return {
    entities: a.entities.length,
    attributions: a.attributions.length,
    claims: a.claims.length,
    times: a.times.length,
    places: a.places.length,
    events: a.events.length,
  };
}

/** The summary of an analysis. */
export function summaryOf(a: AnalysisJson): ArticleSummary {
  const art = a.article;
  return {
    id: art.id as ArticleId,
    title: art.title,
    published: art.published,
    outlet: art.outlet,
    url: art.url,
    origin: art.origin,
    language: art.language,
    counts: sectionCounts(a),
  };
}

/** The source of a stance or attribution as (kind, reference) columns. */
export function sourceColumns(source: unknown): [string, string | null] {
  const s = (source ?? {}) as Rec;
  const kind = typeof s.kind === 'string' ? s.kind : 'unresolved';
  const ref = kind === 'entity' ? s.entity : kind === 'nonperson' ? s.label : s.text;
  return [kind, typeof ref === 'string' ? ref : null];
}

/** Orders summaries: newest publication first (unknown dates last), then by id. */
export function compareSummaries(a: ArticleSummary, b: ArticleSummary): number {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  return pa === pb ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : pa < pb ? 1 : -1;
}
