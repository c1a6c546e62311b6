/**
 * Ingest: files, directories, HTML pages, URLs, standard input and JSONL batches → articles.
 * Expected failures come back as `Result`s with coded errors; a batch goes on past a bad item.
 */
import { type Dirent, openSync, readFileSync, readSync, readdirSync, statSync, closeSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../analyze/analyze.js';
import { type SitrepError, sitrepError } from '../core/errors.js';
import { type Result, err, ok } from '../core/result.js';
import { extractHtml, isoDate, looksLikeHtml } from './html.js';
import { DEFAULT_MAX_BYTES, decodeText, normaliseText } from './text.js';
import { fetchArticle, isUrl } from './url.js';

export { extractHtml, looksLikeHtml } from './html.js';
export { decodeText, looksBinary } from './text.js';
export { fetchArticle, isUrl } from './url.js';

/** Options for reading articles. */
export interface IngestOptions {
  /** Publication date (ISO 8601) for articles that carry none; overrides none found in metadata. */
  readonly published?: string;
  /** Largest article accepted, in bytes (default 10 MB). */
  readonly maxBytes?: number;
  /** URL fetch timeout in ms (default 15000). */
  readonly timeoutMs?: number;
  /** Injectable fetch (tests). */
  readonly fetch?: typeof fetch;
}

/** One item of a batch: an article, or the error that kept it out, with where it came from. */
export type IngestItem = Result<ArticleInput, SitrepError> & { readonly origin: string };

const EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.md', '.jsonl']);

function checkPublished(options: IngestOptions): SitrepError | null {
  if (options.published === undefined) return null;
  return isoDate(options.published) === null ? sitrepError('DATE_INVALID', options.published) : null;
}

function withDate(a: ArticleInput, options: IngestOptions): ArticleInput {
  const published = a.published ?? (options.published !== undefined ? isoDate(options.published) : null);
  return { ...a, published };
}

/** Turns decoded text into an article (HTML detected by content or extension). */
function fromText(text: string, origin: string, html: boolean): Result<ArticleInput, SitrepError> {
  if (html || looksLikeHtml(text)) return extractHtml(text, origin);
  const clean = normaliseText(text, origin);
  return clean.ok ? ok({ text: clean.value, origin }) : clean;
}

function readBytes(file: string, maxBytes: number): Result<Uint8Array, SitrepError> {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return err(sitrepError('INPUT_UNREADABLE', file, 'it is a directory'));
    size = st.size;
  } catch {
    return err(sitrepError('INPUT_NOT_FOUND', file));
  }
  if (size > maxBytes) return err(sitrepError('INPUT_TOO_LARGE', file, size, maxBytes));
  try {
    return ok(readFileSync(file));
  } catch (e) {
    return err(sitrepError('INPUT_UNREADABLE', file, e instanceof Error ? e.message : String(e)));
  }
}

function readStdin(maxBytes: number): Result<Uint8Array, SitrepError> {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(65536);
  let size = 0;
  const fd = openSync('/dev/stdin', 'r');
  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      size += n;
      if (size > maxBytes) return err(sitrepError('INPUT_TOO_LARGE', 'stdin', size, maxBytes));
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
  } finally {
    closeSync(fd);
  }
  return ok(Buffer.concat(chunks));
}

/**
 * Reads one article from a path, an http(s) URL, or '-' (standard input).
 *
 * @example
 * const r = await readArticle('article.html', { published: '2022-11-11' });
 * if (r.ok) analyze(r.value);
 */
export async function readArticle(source: string, options: IngestOptions = {}): Promise<Result<ArticleInput, SitrepError>> {
  const bad = checkPublished(options);
  if (bad) return err(bad);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let result: Result<ArticleInput, SitrepError>;
  if (isUrl(source)) {
    result = await fetchArticle(source, { timeoutMs: options.timeoutMs ?? 15000, maxBytes, ...(options.fetch ? { fetch: options.fetch } : {}) });
  } else {
    const origin = source === '-' ? 'stdin' : source;
    const bytes = source === '-' ? readStdin(maxBytes) : readBytes(source, maxBytes);
    if (!bytes.ok) return bytes;
    const text = decodeText(bytes.value, origin);
    if (!text.ok) return text;
    result = fromText(text.value, origin, /\.html?$/i.test(source));
  }
  return result.ok ? ok(withDate(result.value, options)) : result;
}

/** Parses one JSONL line into an article (without fetching URLs). */
function jsonlLine(line: string, origin: string): Result<ArticleInput | { url: string }, SitrepError> {
  const [file, lineNo] = [origin.slice(0, origin.lastIndexOf(':')), Number(origin.slice(origin.lastIndexOf(':') + 1))];
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return err(sitrepError('JSONL_BAD_LINE', file, lineNo, `not valid JSON (${e instanceof Error ? e.message : e})`));
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return err(sitrepError('JSONL_BAD_LINE', file, lineNo, 'not a JSON object'));
  const o = obj as Record<string, unknown>;
  const s = (k: string): string | null => (typeof o[k] === 'string' ? (o[k] as string) : null);
  for (const k of ['text', 'html', 'url', 'title', 'published', 'outlet']) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') return err(sitrepError('JSONL_BAD_LINE', file, lineNo, `"${k}" must be a string`));
  }
  const published = s('published');
  if (published !== null && isoDate(published) === null) return err(sitrepError('JSONL_BAD_LINE', file, lineNo, `"published" is not a date: ${published}`));
  const body = s('text') !== null ? fromText(s('text')!, origin, false) : s('html') !== null ? extractHtml(s('html')!, origin) : null;
  if (body === null) {
    const url = s('url');
    return url !== null ? ok({ url }) : err(sitrepError('JSONL_BAD_LINE', file, lineNo, 'it has no "text", "html" or "url"'));
  }
  if (!body.ok) return body;
  return ok({
    ...body.value,
    title: s('title') ?? body.value.title ?? null,
    published: isoDate(published) ?? body.value.published ?? null,
    outlet: s('outlet') ?? body.value.outlet ?? null,
    url: s('url') ?? body.value.url ?? null,
  });
}

function listDir(dir: string): string[] {
  const out: string[] = [];
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listDir(p));
    else if (EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

/**
 * Reads every article from the sources: files, directories (recursive, sorted), JSONL batches
 * (one article per line), URLs and '-'. Yields an error item for each bad input and goes on.
 */
export async function* readArticles(sources: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const bad = checkPublished(options);
  if (bad) {
    yield { ...err(bad), origin: options.published ?? '' };
    return;
  }
  for (const source of sources) {
    let files: string[] = [source];
    if (!isUrl(source) && source !== '-') {
      try {
        if (statSync(source).isDirectory()) files = listDir(source);
      } catch {
        yield { ...err(sitrepError('INPUT_NOT_FOUND', source)), origin: source };
        continue;
      }
    }
    for (const file of files) {
      if (!file.toLowerCase().endsWith('.jsonl')) {
        yield { ...(await readArticle(file, options)), origin: file };
        continue;
      }
      const bytes = readBytes(file, Number.MAX_SAFE_INTEGER);
      if (!bytes.ok) {
        yield { ...bytes, origin: file };
        continue;
      }
      const text = decodeText(bytes.value, file);
      if (!text.ok) {
        yield { ...text, origin: file };
        continue;
      }
      const lines = text.value.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!.trim();
        if (line === '') continue;
        const origin = `${file}:${i + 1}`;
        const parsed = jsonlLine(line, origin);
        if (parsed.ok && 'url' in parsed.value && !('text' in parsed.value)) {
          const fetched = await readArticle(parsed.value.url, options);
          yield { ...fetched, origin };
        } else if (parsed.ok) {
          yield { ...ok(withDate(parsed.value as ArticleInput, options)), origin };
        } else yield { ...parsed, origin };
      }
    }
  }
}
