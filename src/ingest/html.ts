/**
 * HTML pages: the main text (Mozilla Readability over a linkedom DOM) with paragraphs as blank
 * lines, and the metadata a news page carries: title, byline, publication date (article meta,
 * JSON-LD, <time>), outlet (og:site_name) and canonical URL.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../analyze/analyze.js';
import { type SitrepError, sitrepError } from '../core/errors.js';
import { type Result, err, ok } from '../core/result.js';

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TR', 'FIGCAPTION', 'DD', 'DT']);

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEMPLATE', 'SVG']);

/** True when a document looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || /<(p|div|article)[\s>][\s\S]*<\/\1>/i.test(text.slice(0, 20000));
}

/** Text of a DOM subtree with one blank line between block elements. */
function blockText(root: Node): string {
  const parts: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) parts.push(t);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    const el = node as Element;
    const tag = el.tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

function meta(document: Document, ...selectors: string[]): string | null {
  for (const s of selectors) {
    const el = document.querySelector(s);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v?.trim()) return v.trim();
  }
  return null;
}

function jsonLdDate(document: Document): string | null {
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(el.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Normalises a date string to ISO 8601 (keeps a plain date as YYYY-MM-DD), or null. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
}

/**
 * Extracts an article from an HTML page.
 *
 * @example
 * extractHtml('<html>…</html>', 'page.html') // {ok: true, value: {text, title, published, …}}
 */
export function extractHtml(html: string, origin: string): Result<ArticleInput, SitrepError> {
  const { document } = parseHTML(html);
  const published = isoDate(
    meta(document, 'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]') ??
      jsonLdDate(document) ??
      meta(document, 'time[datetime]'),
  );
  const canonical = meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const outlet = meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  let text = '';
  if (parsed?.content) text = blockText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as Node);
  if (text.trim().length < 40) {
    // Short pages (a single paragraph) fall below Readability's threshold: take the body's blocks.
    const { document: again } = parseHTML(html);
    const body = again.querySelector('article') ?? again.querySelector('main') ?? again.body;
    text = body ? blockText(body as unknown as Node) : '';
  }
  if ((text.match(/[\p{L}]{2,}/gu) ?? []).length < 5) return err(sitrepError('HTML_NO_ARTICLE', origin));
  const title = parsed?.title?.trim() || document.querySelector('title')?.textContent?.trim() || null;
  const byline = parsed?.byline?.trim() || meta(document, 'meta[name="author"]');
  return ok({ text, title, published, outlet, url: canonical, byline: byline ?? null, origin });
}
