/**
 * Turns an article (text plus optional metadata) into an analysed `Doc`.
 */
import { createHash } from 'node:crypto';
import { francAll } from 'franc-min';
import { Doc } from '../core/doc.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { type ArticleId, asId } from '../core/ids.js';
import { defaultPipeline } from './default-pipeline.js';
import type { Pipeline } from './pipeline.js';

/** An article as ingest hands it over: text and whatever metadata was found. */
export interface ArticleInput {
  readonly text: string;
  readonly title?: string | null;
  /** ISO 8601 date or date-time. */
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly byline?: string | null;
  /** Path, URL, 'stdin' or 'file:line'. */
  readonly origin: string;
  /** Diagnostics raised while reading the article (e.g. from HTML extraction). */
  readonly diagnostics?: readonly Diagnostic[];
}

/** The id of an article: the first 16 hex digits of the SHA-256 of its text. */
export function articleId(text: string): ArticleId {
  return asId<ArticleId>(createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16));
}

/** Detects the language (ISO 639-3) of a text; 'und' when too short to tell. */
export function detectLanguage(text: string): string {
  // The first 1,500 characters tell the language as well as the whole text, at a fraction of the cost.
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  const best = francAll(sample, { minLength: 40 })[0];
  return best ? best[0] : 'und';
}

/**
 * Analyses one article with the default pipeline (or the one given).
 *
 * @example
 * const doc = analyze({ text: 'Russian forces withdrew, the ministry said on Friday.', published: '2022-11-11', origin: 'inline' });
 * doc.layers.sentences.length; // 1
 */
export function analyze(input: ArticleInput, pipeline: Pipeline = defaultPipeline()): Doc {
  const language = detectLanguage(input.text);
  const doc = new Doc(input.text, {
    id: articleId(input.text),
    title: input.title ?? null,
    published: input.published ?? null,
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    byline: input.byline ?? null,
    language,
    origin: input.origin,
  });
  for (const d of input.diagnostics ?? []) doc.diagnostics.push(d);
  if (language !== 'eng' && language !== 'und') {
    doc.report('warning', 'LANG_NOT_ENGLISH', `Detected language '${language}': sitrep's stages are built for English; expect poor results.`, {
      stage: 'ingest',
    });
  }
  if (doc.meta.published === null) {
    doc.report('warning', 'NO_PUBLICATION_DATE', 'No publication date: relative times ("on Friday") are left unresolved. Pass --published.', {
      stage: 'ingest',
    });
  }
  return pipeline.run(doc);
}
