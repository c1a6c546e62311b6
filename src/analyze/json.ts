/**
 * The JSON form of an analysed document (see docs/schema.md): eight sections, every span with
 * its text. This is what `sitrep analyze --json` prints and what the store keeps.
 */
import type { Doc } from '../core/doc.js';

/** Current version of the JSON schema. */
export const SCHEMA_VERSION = 1;

/** A span with its text, as it appears in the JSON output. */
export interface SpanJson {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The analysis of one article as JSON. Sections are typed loosely here; docs/schema.md is the contract. */
export interface AnalysisJson {
  readonly schema: number;
  readonly article: {
    readonly id: string;
    readonly title: string | null;
    readonly published: string | null;
    readonly outlet: string | null;
    readonly url: string | null;
    readonly byline: string | null;
    readonly language: string;
    readonly origin: string;
    readonly text: string;
    readonly stages: Readonly<Record<string, string>>;
    readonly paragraphs: readonly SpanJson[];
    readonly sentences: readonly SpanJson[];
    readonly quotes: readonly (SpanJson & { readonly inner: SpanJson; readonly closed: boolean })[];
  };
  readonly entities: readonly Record<string, unknown>[];
  readonly attributions: readonly Record<string, unknown>[];
  readonly claims: readonly Record<string, unknown>[];
  readonly times: readonly Record<string, unknown>[];
  readonly places: readonly Record<string, unknown>[];
  readonly events: readonly Record<string, unknown>[];
  readonly diagnostics: readonly Record<string, unknown>[];
}

/** Adds `text` to every `{start, end}` object found (recursively), leaving other values as they are. */
function withText(text: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => withText(text, v));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = withText(text, v);
  if (typeof obj.start === 'number' && typeof obj.end === 'number' && !('text' in obj)) {
    out.text = text.slice(obj.start, obj.end);
  }
  return out;
}

/** Converts an analysed document to its JSON form. Deterministic: same doc, same bytes. */
export function toJson(doc: Doc): AnalysisJson {
  const t = doc.text;
  const entityName = new Map(doc.layers.entities.map((e) => [e.id as string, e.canonical]));
  const mentionsById = new Map(doc.layers.mentions.map((m) => [m.id as string, m]));
  const sourceJson = (source: unknown): unknown => {
    const s = source as { kind: string; entity?: string };
    return s.kind === 'entity' && s.entity !== undefined ? { ...s, name: entityName.get(s.entity) ?? null } : s;
  };
  const rec = (v: unknown) => withText(t, v) as Record<string, unknown>;
  return {
    schema: SCHEMA_VERSION,
    article: {
      id: doc.meta.id,
      title: doc.meta.title,
      published: doc.meta.published,
      outlet: doc.meta.outlet,
      url: doc.meta.url,
      byline: doc.meta.byline,
      language: doc.meta.language,
      origin: doc.meta.origin,
      text: t,
      stages: { ...doc.provenance },
      paragraphs: doc.layers.paragraphs.map((p) => ({ start: p.start, end: p.end, text: t.slice(p.start, p.end) })),
      sentences: doc.layers.sentences.map((s) => ({ start: s.start, end: s.end, text: t.slice(s.start, s.end) })),
      quotes: doc.layers.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        text: t.slice(q.start, q.end),
        inner: { start: q.inner.start, end: q.inner.end, text: t.slice(q.inner.start, q.inner.end) },
        closed: q.closed,
      })),
    },
    entities: doc.layers.entities.map((e) =>
      rec({ ...e, mentions: e.mentions.map((id) => mentionsById.get(id)).filter((m) => m !== undefined) }),
    ),
    attributions: doc.layers.attributions.map((a) => rec({ ...a, source: sourceJson(a.source) })),
    claims: doc.layers.claims.map((c) =>
      rec({ ...c, stances: c.stances.map((s) => ({ ...s, source: sourceJson(s.source) })) }),
    ),
    times: doc.layers.times.map(rec),
    places: doc.layers.places.map(rec),
    events: doc.layers.events.map(rec),
    diagnostics: doc.diagnostics.map(rec),
  };
}
