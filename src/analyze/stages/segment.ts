/**
 * Segmentation: paragraphs, sentences, tokens and quotes, all as offsets into the text.
 *
 * Handles abbreviations ("Gen.", "U.S."), curly and straight quotes, quotes that run over several
 * sentences and paragraphs (news style: a paragraph that opens a new quote closes an unclosed
 * one), dashes, and brackets inside quotes ("05:00 [Moscow time]"): no sentence ends inside
 * brackets.
 */
import type { Paragraph, Quote, Sentence, Token, TokenShape } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { defineStage } from '../pipeline.js';

/** Abbreviations that end with a period but do not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen brig lt lieut col maj capt cpt sgt cpl pvt cmdr cdr adm gov sen rep rev st mt ft jr sr hon atty ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'inc corp ltd co bros dept est fig no nos vol vs etc approx gov pres supt insp cf al e.g i.e ' +
    'km mi'
  ).split(' '),
);
/** Abbreviations after which a capitalised word usually starts a new sentence anyway. */
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
/** Time zones a time of day may name after it ("9 a.m. GMT"). */
const TIME_ZONE = /^(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|CET|CEST|EET|EEST|BST|IST|MSK)$/;
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'inc', 'corp', 'ltd', 'co', 'km', 'mi']);

const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|[\p{L}\p{M}\p{N}]+(?:(?:-|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\.{3}|[“”"‘’'«»„]|[^\s]/gu;
const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', "'", '«', '»', '„']);
const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set([')', ']', '”', '"', '’', "'", '»']);

function shapeOf(t: string): TokenShape {
  if (QUOTE_CHARS.has(t)) return 'quote';
  if (/^\d/.test(t)) return 'number';
  if (/^[\p{L}\p{M}]/u.test(t)) return 'word';
  if (/^[\p{P}]/u.test(t)) return 'punct';
  return 'symbol';
}

/** A line that is a heading (no lower-case letter: "HUMANITARIAN RESPONSE") or a list item ("- At least 27 …", "• …"). */
const HEADING_LINE = /^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*$/u;
const LIST_ITEM = /^[ \t\u00a0]*[-–•*▪][ \t\u00a0]+\S/;
/** A byline on a line of its own ("By Tom Balmforth and Pavel Polityuk", "By Staff Reporter"): no part of the dateline's sentence after it. */
const BYLINE = /^[ \t\u00a0]*By\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and\s+|in\s+)?\p{Lu}[\p{L}.'’-]*){0,8}[ \t\u00a0]*$/u;

/**
 * Splits text into paragraphs at blank lines, and at a single line break after a heading or a byline or before a list
 * item (report layouts: "SITUATION OVERVIEW\nHeavy fighting …", "HIGHLIGHTS\n- At least 27 …"); each is trimmed of
 * surrounding white space. Lines wrapped inside a paragraph stay one.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t\r\u00a0]*\n))*/g;
  const push = (start: number, end: number): void => {
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end, index: out.length });
  };
  for (const m of text.matchAll(re)) {
    let start = m.index;
    let at = m.index;
    for (const line of m[0].split('\n')) {
      // A heading after a finished sentence starts a paragraph too.
      if (at > start && HEADING_LINE.test(line) && /[.!?"”’]\s*$/.test(text.slice(start, at - 1))) {
        push(start, at - 1);
        start = at;
      }
      const next = at + line.length + 1;
      const rest = text.slice(next, m.index + m[0].length);
      if (next < m.index + m[0].length && (HEADING_LINE.test(line) || BYLINE.test(line) || LIST_ITEM.test(rest.slice(0, rest.indexOf('\n') + 1 || undefined)))) {
        push(start, at + line.length);
        start = next;
        while (start < m.index + m[0].length && /\s/.test(text[start]!)) start++;
      }
      at = next;
    }
    push(start, m.index + m[0].length);
  }
  return out;
}

/** Tokenises one stretch of text, appending to `tokens` with the given sentence index placeholder. */
function tokenize(text: string, from: Span): { start: number; end: number; shape: TokenShape }[] {
  const out: { start: number; end: number; shape: TokenShape }[] = [];
  TOKEN_RE.lastIndex = 0;
  const slice = text.slice(from.start, from.end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    out.push({ start: from.start + m.index, end: from.start + m.index + m[0].length, shape: shapeOf(m[0]) });
  }
  return out;
}

/** True when the token at `i` (a period) ends a sentence rather than an abbreviation. */
function periodEnds(text: string, toks: { start: number; end: number }[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || prev.end !== toks[i]!.start) return true;
  const word = text.slice(prev.start, prev.end);
  const lower = word.toLowerCase();
  const nextWord = next ? text.slice(next.start, next.end) : '';
  const nextCapital = /^[\p{Lu}“"‘'(\d]/u.test(nextWord);
  if (ABBREVIATIONS.has(lower)) return SENTENCE_FINAL_ABBREVIATIONS.has(lower) && nextCapital;
  // An initial ("J. Smith"), but not the platform X ("wrote on X. He said …").
  if (/^\p{Lu}$/u.test(word)) return word === 'X' && nextCapital && /\bon\s+$/.test(text.slice(Math.max(0, prev.start - 4), prev.start));
  // "at 9 a.m. Sunday": a time of day goes on with its day or month.
  // (Or its time zone: "9 a.m. GMT", "9 a.m. Moscow time".)
  const after = toks[i + 2] ? text.slice(toks[i + 2]!.start, toks[i + 2]!.end) : '';
  if (/^[ap]\.m$/i.test(text.slice(Math.max(0, prev.start - 2), prev.end)) && (DAY_OR_MONTH.test(nextWord) || TIME_ZONE.test(nextWord) || (/^\p{Lu}\p{Ll}+$/u.test(nextWord) && after === 'time'))) return false;
  return true;
}

/** Segments the whole text. Pure function, exported for tests. */
export function segment(text: string): {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  quotes: Quote[];
} {
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const para of paragraphs) {
    const toks = tokenize(text, para);
    let sentStart = 0;
    let depth = 0; // brackets
    const close = (endTok: number): void => {
      if (endTok <= sentStart) return;
      const first = toks[sentStart]!;
      const last = toks[endTok - 1]!;
      const index = sentences.length;
      const tokenStart = tokens.length;
      for (let k = sentStart; k < endTok; k++) {
        const t = toks[k]!;
        tokens.push({ start: t.start, end: t.end, index: tokens.length, sentence: index, shape: t.shape });
      }
      sentences.push({ start: first.start, end: last.end, index, paragraph: para.index, tokenStart, tokenEnd: tokens.length });
      sentStart = endTok;
    };
    for (let i = 0; i < toks.length; i++) {
      const t = text.slice(toks[i]!.start, toks[i]!.end);
      if (t === '(' || t === '[') depth++;
      else if ((t === ')' || t === ']') && depth > 0) {
        depth--;
        // "(He was tired.) Fine.": a bracketed sentence ends where its bracket closes.
        const prev = toks[i - 1];
        const next = toks[i + 1];
        const prevText = prev ? text.slice(prev.start, prev.end) : '';
        if (depth === 0 && SENTENCE_END.has(prevText) && next && /^[\p{Lu}“"(]/u.test(text.slice(next.start, next.end))) {
          close(i + 1);
        }
        continue;
      }
      if (depth > 0 || !SENTENCE_END.has(t)) continue;
      if (t === '.' && !periodEnds(text, toks, i)) continue;
      let j = i + 1;
      while (j < toks.length && SENTENCE_END.has(text.slice(toks[j]!.start, toks[j]!.end))) j++;
      while (j < toks.length && CLOSERS.has(text.slice(toks[j]!.start, toks[j]!.end)) && isClosing(text, toks[j]!)) j++;
      const next = toks[j];
      if (next && !/^[\p{Lu}\p{N}“"‘'([«„¿¡–—-]/u.test(text.slice(next.start, next.end))) continue;
      close(j);
      i = j - 1;
    }
    close(toks.length);
  }
  return { paragraphs, sentences, tokens, quotes: quotesOf(text, paragraphs) };
}

/** A straight quote or apostrophe closes when it follows a non-space and is not followed by a letter. */
function isClosing(text: string, t: Span): boolean {
  const ch = text[t.start];
  if (ch === '”' || ch === ')' || ch === ']' || ch === '»') return true;
  const before = text[t.start - 1] ?? ' ';
  const after = text[t.end] ?? ' ';
  return !/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/**
 * Where a quotation opened with a straight single quote closes in its paragraph, or -1: the first straight quote after a
 * word or a stop and before a space, a stop or the end, that is no plural possessive ("the soldiers' families").
 */
function straightSingleClose(text: string, from: number, end: number): number {
  for (let i = text.indexOf("'", from); i >= 0 && i < end; i = text.indexOf("'", i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (/\s/.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    if (before === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))) continue;
    return i;
  }
  return -1;
}

/** The marks a quotation opens with. */
type QuoteMarks = 'double' | 'apostrophes' | 'single' | 'guillemet';

/**
 * Finds top-level quotations (double quotes, guillemets, two apostrophes as an archive's double
 * quote: ''It's anti-reform,'' and single curly quotes used as the outer quote). Single quotes
 * inside a double-quoted passage are nested quotes and ignored.
 */
export function quotesOf(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let open: { at: number; kind: QuoteMarks; paragraph: number } | null = null;
  // Curly quotes nested in a passage opened with a straight one ("WALLACE: … as “The Wall Street Journal” wrote, …).
  let nested = 0;
  const finish = (end: number, closed: boolean, closeLen: number): void => {
    if (!open) return;
    const inner = { start: open.at + (open.kind === 'apostrophes' ? 2 : 1), end: end - closeLen };
    if (inner.end > inner.start) quotes.push({ start: open.at, end, inner, closed, index: quotes.length });
    open = null;
    nested = 0;
  };
  for (const para of paragraphs) {
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      const before = text[i - 1] ?? ' ';
      const after = text[i + 1] ?? ' ';
      const opensHere = /[\s([—–-]/.test(before) || i === para.start;
      const apostrophes = ch === "'" && after === "'";
      const opensApostrophes = apostrophes && opensHere && !/\s/.test(text[i + 2] ?? ' ');
      if (open === null) {
        // (A closing mark that opens a paragraph before a capital is a slip for the opening one: "”Fear. I am truly afraid …")
        if (ch === '“' || ch === '„' || (ch === '"' && opensHere && !/\s/.test(after)) || (ch === '”' && i === para.start && /[\p{Lu}\p{N}]/u.test(after))) {
          open = { at: i, kind: 'double', paragraph: para.index };
        } else if (opensApostrophes) {
          open = { at: i, kind: 'apostrophes', paragraph: para.index };
          i++;
        } else if (ch === '«') open = { at: i, kind: 'guillemet', paragraph: para.index };
        else if (ch === '‘' && opensHere && /[\p{L}\p{N}]/u.test(after)) {
          open = { at: i, kind: 'single', paragraph: para.index };
        } else if (ch === "'" && opensHere && /\p{L}/u.test(after)) {
          // British style, straight: 'We will hold,' he said. Only with its closing mark in the paragraph.
          const close = straightSingleClose(text, i + 1, para.end);
          if (close > 0) {
            quotes.push({ start: i, end: close + 1, inner: { start: i + 1, end: close }, closed: true, index: quotes.length });
            i = close;
          }
        }
        continue;
      }
      const kind: QuoteMarks = open.kind;
      const straight = text[open.at] === '"';
      if (kind === 'double' && straight && open.paragraph === para.index && (ch === '“' || (ch === '”' && nested > 0))) {
        nested += ch === '“' ? 1 : -1;
      } else if (kind === 'double' && (ch === '”' || (ch === '"' && !opensHere))) finish(i + 1, true, 1);
      else if (kind === 'apostrophes' && apostrophes && !opensHere) {
        finish(i + 2, true, 2);
        i++;
      } else if (((kind === 'double' && (ch === '“' || ch === '"')) || (kind === 'apostrophes' && opensApostrophes)) && open.paragraph !== para.index) {
        // News style: a new paragraph re-opens the quote; the previous one ran to its paragraph end.
        finish(paragraphs[open.paragraph]!.end, false, 0);
        open = { at: i, kind, paragraph: para.index };
        if (kind === 'apostrophes') i++;
      } else if (kind === 'guillemet' && ch === '»') finish(i + 1, true, 1);
      else if (kind === 'single' && (ch === '’' || ch === "'") && !/[\p{L}\p{N}]/u.test(after)) finish(i + 1, true, 1);
    }
    if (open && open.kind === 'single') finish(para.end, false, 0);
  }
  const last = paragraphs[paragraphs.length - 1];
  if (open && last) finish(last.end, false, 0);
  return quotes;
}

/** Paragraphs, sentences, tokens and quotes. */
export const segmentStage = defineStage({
  name: 'segment',
  version: 2,
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens', 'quotes'],
  run(doc: Doc) {
    const { paragraphs, sentences, tokens, quotes } = segment(doc.text);
    Object.assign(doc.layers, { paragraphs, sentences, tokens, quotes });
  },
});
