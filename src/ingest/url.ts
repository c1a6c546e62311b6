/**
 * URLs: fetched only when the user asks, with a timeout, a size cap (the body is streamed and
 * dropped past it), at most 5 redirects and a content-type check.
 */
import type { ArticleInput } from '../analyze/analyze.js';
import { type SitrepError, sitrepError } from '../core/errors.js';
import { type Result, err, ok } from '../core/result.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { decodeText } from './text.js';

/** Options for {@link fetchArticle}. */
export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Injectable for tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

const MAX_REDIRECTS = 5;

/** True for http(s) URLs. */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/**
 * Fetches one article.
 *
 * @example
 * await fetchArticle('https://example.org/a', { timeoutMs: 15000, maxBytes: 10e6 })
 */
export async function fetchArticle(url: string, options: FetchOptions): Promise<Result<ArticleInput, SitrepError>> {
  const doFetch = options.fetch ?? fetch;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return err(sitrepError('URL_INVALID', url));
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') return err(sitrepError('URL_INVALID', current.href));
      const res = await doFetch(current, { redirect: 'manual', signal: controller.signal, headers: { accept: 'text/html, text/plain;q=0.9' } });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        if (hop >= MAX_REDIRECTS) return err(sitrepError('URL_FETCH_FAILED', url, `more than ${MAX_REDIRECTS} redirects`));
        current = new URL(res.headers.get('location')!, current);
        continue;
      }
      if (!res.ok) return err(sitrepError('URL_BAD_STATUS', url, res.status));
      const type = (res.headers.get('content-type') ?? 'text/html').toLowerCase();
      if (!/text\/html|text\/plain|application\/xhtml/.test(type)) return err(sitrepError('URL_BAD_CONTENT_TYPE', url, type));
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > options.maxBytes) return err(sitrepError('INPUT_TOO_LARGE', url, declared, options.maxBytes));
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          size += chunk.length;
          if (size > options.maxBytes) {
            controller.abort();
            return err(sitrepError('INPUT_TOO_LARGE', url, size, options.maxBytes));
          }
          chunks.push(chunk);
        }
      }
      const decoded = decodeText(Buffer.concat(chunks), url);
      if (!decoded.ok) return decoded;
      if (type.includes('html') || looksLikeHtml(decoded.value)) {
        const page = extractHtml(decoded.value, url);
        return page.ok ? ok({ ...page.value, url: page.value.url ?? current.href }) : page;
      }
      return ok({ text: decoded.value, url: current.href, origin: url });
    }
  } catch (e) {
    if (controller.signal.aborted) return err(sitrepError('URL_TIMEOUT', url, options.timeoutMs));
    const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    return err(sitrepError('URL_FETCH_FAILED', url, cause));
  } finally {
    clearTimeout(timer);
  }
}
