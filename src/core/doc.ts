/**
 * The document model: the text once, its metadata, and one array per annotation layer.
 * Stages fill layers in place; the pipeline records which stage (and version) filled each.
 */
import type {
  Attribution,
  Claim,
  Entity,
  Event,
  Mention,
  Paragraph,
  Place,
  Quote,
  Sentence,
  Timex,
  Token,
} from './annotations.js';
import { type Diagnostic, type Severity, diagnostic } from './diagnostics.js';
import type { ArticleId } from './ids.js';
import type { Span } from './span.js';

/** What is known about an article apart from its text. */
export interface ArticleMeta {
  readonly id: ArticleId;
  readonly title: string | null;
  /** ISO 8601 date or date-time of publication; null when unknown. */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  /** ISO 639-3 code from language detection, e.g. 'eng'; 'und' when too short to tell. */
  readonly language: string;
  /** Where the article came from: a path, a URL, 'stdin', or 'path:line' inside a batch. */
  readonly origin: string;
}

/** Every annotation layer a document can carry. */
export interface Layers {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  quotes: Quote[];
  mentions: Mention[];
  entities: Entity[];
  attributions: Attribution[];
  claims: Claim[];
  times: Timex[];
  places: Place[];
  events: Event[];
}

/** The name of one layer; stages declare the layers they require and assign by these names. */
export type LayerName = keyof Layers;

/** All layer names in their natural order. */
export const layerNames: readonly LayerName[] = [
  'paragraphs',
  'sentences',
  'tokens',
  'quotes',
  'mentions',
  'entities',
  'attributions',
  'claims',
  'times',
  'places',
  'events',
];

/** A document under analysis. */
export class Doc {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly layers: Layers = {
    paragraphs: [],
    sentences: [],
    tokens: [],
    quotes: [],
    mentions: [],
    entities: [],
    attributions: [],
    claims: [],
    times: [],
    places: [],
    events: [],
  };
  readonly diagnostics: Diagnostic[] = [];
  /** Which stage filled each layer, as 'name.vN' (e.g. 'segment.v1'). */
  readonly provenance: Partial<Record<LayerName, string>> = {};

  constructor(text: string, meta: ArticleMeta) {
    this.text = text;
    this.meta = meta;
  }

  /** The text a span covers. */
  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  /** The sentence a position falls in, if any. */
  sentenceAt(pos: number): Sentence | undefined {
    return this.layers.sentences.find((s) => s.start <= pos && pos < s.end);
  }

  /** Records a diagnostic on the document. */
  report(severity: Severity, code: string, message: string, extra: { stage?: string; span?: Span } = {}): void {
    this.diagnostics.push(diagnostic(severity, code, message, extra));
  }
}
