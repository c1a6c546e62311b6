/**
 * The catalogue of coded errors. Each message says what went wrong and what to do next.
 * Expected failures travel as `Result`s at the edges (ingest, store, HTTP) and are printed by
 * the CLI as `error [CODE]: message` with a non-zero exit, never as a stack trace.
 */
export const errorCatalogue = {
  INPUT_EMPTY: (source: string) => `${source} is empty (no text after removing white space). Give an article with text.`,
  INPUT_BINARY: (source: string) =>
    `${source} looks like a binary file, not text or HTML. Give a UTF-8 text, an HTML page or a JSONL batch.`,
  INPUT_BAD_ENCODING: (source: string, offset: number) =>
    `${source} is not valid UTF-8 (first bad byte at offset ${offset}). Convert it to UTF-8, e.g. with iconv -f latin1 -t utf-8.`,
  INPUT_TOO_LARGE: (source: string, bytes: number, limit: number) =>
    `${source} is ${bytes} bytes, over the ${limit}-byte limit for one article. Split it, or raise --max-bytes.`,
  INPUT_NOT_FOUND: (source: string) => `${source} does not exist. Check the path.`,
  INPUT_UNREADABLE: (source: string, reason: string) => `${source} cannot be read: ${reason}.`,
  HTML_NO_ARTICLE: (source: string) =>
    `${source} is an HTML page with no article text that could be extracted. Save the article page itself, or pass its text.`,
  URL_INVALID: (url: string) => `${url} is not an http(s) URL.`,
  URL_FETCH_FAILED: (url: string, reason: string) => `${url} could not be fetched: ${reason}. Check the address and your connection.`,
  URL_BAD_STATUS: (url: string, status: number) => `${url} answered HTTP ${status}. Check the address.`,
  URL_BAD_CONTENT_TYPE: (url: string, type: string) =>
    `${url} served ${type}, not text or HTML. sitrep reads articles as text/html or text/plain.`,
  URL_TIMEOUT: (url: string, ms: number) => `${url} did not answer within ${ms} ms. Try again, or raise --timeout.`,
  JSONL_BAD_LINE: (source: string, line: number, reason: string) =>
    `${source} line ${line}: ${reason}. Each line must be a JSON object with "text", "html" or "url".`,
  DATE_INVALID: (value: string) => `"${value}" is not a date. Use ISO 8601, e.g. 2022-11-11 or 2022-11-11T09:30:00Z.`,
  DB_OPEN_FAILED: (path: string, reason: string) =>
    `The database ${path} could not be opened: ${reason}. Check the path and its permissions, or use --db to choose another file.`,
  DB_READ_ONLY: (path: string) => `The database ${path} is read-only. Make it writable, or use --db to choose another file.`,
  DB_CORRUPT: (path: string) =>
    `The database ${path} is not a sitrep database or is damaged. Move it away and run the command again to start a new one.`,
  DB_NEWER_SCHEMA: (path: string, found: number, known: number) =>
    `The database ${path} has schema version ${found}, newer than this sitrep knows (${known}). Upgrade sitrep.`,
  DB_CONNECT_FAILED: (url: string, reason: string) =>
    `Could not connect to the PostgreSQL database ${url}: ${reason}. Check that the server is running and that the URL (postgres://user:password@host:port/database) is right.`,
  OUTPUT_UNWRITABLE: (path: string, reason: string) => `${path} cannot be written: ${reason}. Choose another path.`,
  ARTICLE_NOT_FOUND: (id: string) => `No article with id ${id}. List stored articles with 'sitrep export --format jsonl'.`,
  PIPELINE_ORDER: (stage: string, layer: string, available: string) =>
    `Stage '${stage}' requires '${layer}', which no earlier stage assigns. Layers available at that point: ${available}.`,
  PIPELINE_DUPLICATE: (stage: string) => `Stage '${stage}' appears twice in the pipeline.`,
  STAGE_FAILED: (stage: string, reason: string) => `Stage '${stage}' failed: ${reason}.`,
  EVAL_UNKNOWN_TASK: (task: string, known: string) => `No eval task '${task}'. Known tasks: ${known}.`,
  EVAL_DATA_MISSING: (what: string) => `Gold data not found: ${what}. Pass paths on the command line, or place ../shared beside the project.`,
  EVAL_DATA_UNREADABLE: (task: string, what: string, reason: string, expected: string) =>
    `The ${task} task cannot read ${what}: ${reason}. It expects ${expected}.`,
  USAGE: (message: string) => `${message}. See 'sitrep --help'.`,
} as const;

/** A code from the catalogue. */
export type ErrorCode = keyof typeof errorCatalogue;

/** An expected, user-facing failure with a stable code. */
export class SitrepError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'SitrepError';
    this.code = code;
  }
}

/**
 * Builds a coded error from the catalogue, type-checking the message arguments.
 *
 * @example
 * throw sitrepError('INPUT_EMPTY', 'article.txt');
 */
export function sitrepError<C extends ErrorCode>(
  code: C,
  ...args: Parameters<(typeof errorCatalogue)[C]>
): SitrepError {
  const make = errorCatalogue[code] as (...a: unknown[]) => string;
  return new SitrepError(code, make(...args));
}

/** True for errors from the catalogue (as opposed to bugs). */
export function isSitrepError(e: unknown): e is SitrepError {
  return e instanceof SitrepError;
}
