/**
 * The HTTP API and the small web UI, the Hono way: routes are tested through `app.request()`
 * with no socket; `sitrep serve` binds it to a port.
 *
 * Routes:
 * - `GET  /health` → `{ok: true}`
 * - `POST /analyze` — JSON `{text, title?, published?, outlet?, url?}` or a text/plain body
 *   (`?published=` for the date) → the analysis JSON (docs/schema.md); `?format=html` → the highlighted page
 * - `GET  /articles?since=&limit=&offset=` → stored article summaries (needs a store)
 * - `GET  /articles/:id` → a stored analysis; `GET /articles/:id/html` → its page
 * - `GET  /` → a form to paste an article; `POST /` (form) → its highlighted page
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type ArticleInput, analyze } from '../../analyze/analyze.js';
import { toJson } from '../../analyze/json.js';
import { type SitrepError, isSitrepError, sitrepError } from '../../core/errors.js';
import type { ArticleId } from '../../core/ids.js';
import type { Store } from '../../store/store.js';
import { renderHtml } from '../ui/html-report.js';

/** Options for {@link createApp}. */
export interface AppOptions {
  /** Where stored articles are read from; without one, only `/analyze` and the form work. */
  readonly store?: Store;
  /** Largest request body accepted, in bytes (default 5 MiB). */
  readonly maxBodyBytes?: number;
}

const STATUS: Partial<Record<SitrepError['code'], 400 | 404 | 413 | 503>> = {
  ARTICLE_NOT_FOUND: 404,
  INPUT_TOO_LARGE: 413,
  DB_OPEN_FAILED: 503,
};

function errorBody(e: SitrepError): { error: { code: string; message: string } } {
  return { error: { code: e.code, message: e.message } };
}

const FORM = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sitrep</title>
<style>body{font:15px system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}textarea{width:100%;height:18rem}</style></head>
<body><h1>sitrep</h1><p>Paste a news article: sitrep shows who claims what, where and when, and who confirms it.</p>
<form method="post" action="/"><p><label>Publication date <input name="published" type="date"></label>
<label>Title <input name="title" size="40"></label></p><textarea name="text" required></textarea>
<p><button type="submit">Analyse</button></p></form></body></html>`;

function inputOf(body: Record<string, unknown>, origin: string): ArticleInput {
  const text = typeof body.text === 'string' ? body.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') : '';
  if (text.trim() === '') throw sitrepError('INPUT_EMPTY', origin);
  const opt = (k: string): string | null =>
    typeof body[k] === 'string' && body[k] !== '' ? (body[k] as string) : null;
  const published = opt('published');
  if (published !== null && Number.isNaN(Date.parse(published))) throw sitrepError('DATE_INVALID', published);
  return { text, title: opt('title'), published, outlet: opt('outlet'), url: opt('url'), origin };
}

/**
 * Builds the app.
 *
 * @example
 * const app = createApp();
 * const res = await app.request('/analyze', { method: 'POST', body: 'Kyiv said on Friday …' });
 */
export function createApp(options: AppOptions = {}): Hono {
  const app = new Hono();
  const { store } = options;
  app.use(
    '*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 5 * 2 ** 20,
      onError: (c) =>
        c.json(
          errorBody(
            sitrepError(
              'INPUT_TOO_LARGE',
              'request body',
              Number(c.req.header('content-length') ?? 0),
              options.maxBodyBytes ?? 5 * 2 ** 20,
            ),
          ),
          413,
        ),
    }),
  );
  app.onError((e, c) => {
    if (isSitrepError(e)) return c.json(errorBody(e), STATUS[e.code] ?? 400);
    return c.json({ error: { code: 'INTERNAL', message: 'internal error' } }, 500);
  });

  app.get('/health', (c) => c.json({ ok: true }));

  app.post('/analyze', async (c) => {
    const type = c.req.header('content-type') ?? '';
    const body: Record<string, unknown> = type.includes('application/json')
      ? ((await c.req.json().catch(() => {
          throw sitrepError('USAGE', 'The request body is not valid JSON');
        })) as Record<string, unknown>)
      : { text: await c.req.text(), published: c.req.query('published') ?? null, title: c.req.query('title') ?? null };
    const analysis = toJson(analyze(inputOf(body, 'http')));
    return c.req.query('format') === 'html' ? c.html(renderHtml(analysis)) : c.json(analysis);
  });

  app.get('/', (c) => c.html(FORM));
  app.post('/', async (c) => {
    const form = await c.req.parseBody();
    return c.html(renderHtml(toJson(analyze(inputOf(form, 'form')))));
  });

  app.get('/articles', async (c) => {
    if (!store) throw sitrepError('USAGE', 'No database: start the server with --db');
    const limit = Number.parseInt(c.req.query('limit') ?? '50', 10);
    const offset = Number.parseInt(c.req.query('offset') ?? '0', 10);
    const since = c.req.query('since');
    return c.json(await store.listArticles({ limit, offset, ...(since ? { since } : {}) }));
  });

  const stored = async (id: string) => {
    if (!store) throw sitrepError('USAGE', 'No database: start the server with --db');
    const got = await store.getAnalysis(id as ArticleId);
    if (!got.ok) throw got.error;
    if (got.value === null) throw sitrepError('ARTICLE_NOT_FOUND', id);
    return got.value;
  };
  app.get('/articles/:id', async (c) => c.json(await stored(c.req.param('id'))));
  app.get('/articles/:id/html', async (c) => c.html(renderHtml(await stored(c.req.param('id')))));
  return app;
}
