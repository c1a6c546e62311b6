/**
 * Reading CoNLL-style NER files (`token … tag` per line, blank line between sentences,
 * `-DOCSTART-` between documents), in IOB1 or IOB2; tags come out as IOB2.
 */
import { readFileSync } from 'node:fs';

/** One sentence: its tokens and IOB2 tags (B-PER, I-PER, …, O). */
export interface TaggedSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
  /** Index of the document the sentence belongs to. */
  readonly doc: number;
}

/** Converts IOB1 (I- may start an entity) to IOB2 (every entity starts with B-). */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = tags[i - 1] ?? 'O';
    return prev === 'O' || prev.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
  });
}

/** Parses CoNLL text; the tag is the last column. */
export function parseConll(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, tags: toIob2(tags), doc });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc++;
      continue;
    }
    tokens.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return out;
}

/** Reads CoNLL files. */
export function readConll(paths: readonly string[]): TaggedSentence[] {
  // Document numbers run on across files: the second file's first document is not the first file's.
  const out: TaggedSentence[] = [];
  for (const p of paths) {
    const base = out.length ? out[out.length - 1]!.doc + 1 : 0;
    for (const s of parseConll(readFileSync(p, 'utf8'))) out.push({ ...s, doc: s.doc + base });
  }
  return out;
}

/** Entity spans `[type, start, end)` of an IOB2 tag sequence (conlleval chunks). */
export function chunks(tags: readonly string[]): [string, number, number][] {
  const out: [string, number, number][] = [];
  let open: [string, number] | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : tag.slice(2);
    const begins = tag.startsWith('B-') || (tag.startsWith('I-') && (open === null || open[0] !== type));
    if (open && (tag === 'O' || begins)) {
      out.push([open[0], open[1], i]);
      open = null;
    }
    if (type && begins) open = [type, i];
  });
  if (open) out.push([(open as [string, number])[0], (open as [string, number])[1], tags.length]);
  return out;
}
