import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from './app.js';

const article = '“We have withdrawn,” the ministry said on Friday. Officials in Kyiv could not confirm it.';

test('GET /health answers ok', async () => {
  const res = await createApp().request('/health');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { ok: true });
});

test('POST /analyze with JSON returns all eight sections with offsets into the text', async () => {
  const res = await createApp().request('/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: article, published: '2022-11-11', title: 'Test' }),
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as Record<string, { text?: string; sentences?: { start: number; end: number }[] }>;
  assert.deepEqual(Object.keys(body), [
    'schema',
    'article',
    'entities',
    'attributions',
    'claims',
    'times',
    'places',
    'events',
    'diagnostics',
  ]);
  const sentences = body.article?.sentences ?? [];
  assert.deepEqual(
    sentences.map((s) => article.slice(s.start, s.end)),
    ['“We have withdrawn,” the ministry said on Friday.', 'Officials in Kyiv could not confirm it.'],
  );
});

test('POST /analyze with text/plain and ?format=html returns a page', async () => {
  const res = await createApp().request('/analyze?format=html&published=2022-11-11', { method: 'POST', body: article });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await res.text(), /<div class="text">/);
});

test('bad requests get a coded JSON error and a 4xx status, never a stack trace', async () => {
  const app = createApp({ maxBodyBytes: 100 });
  const empty = await app.request('/analyze', { method: 'POST', body: '   ' });
  assert.equal(empty.status, 400);
  assert.equal(((await empty.json()) as { error: { code: string } }).error.code, 'INPUT_EMPTY');
  const badJson = await app.request('/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{',
  });
  assert.equal(badJson.status, 400);
  const badDate = await app.request('/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Some text here.', published: 'last Friday' }),
  });
  assert.equal(((await badDate.json()) as { error: { code: string } }).error.code, 'DATE_INVALID');
  const big = await app.request('/analyze', { method: 'POST', body: 'x'.repeat(500) });
  assert.equal(big.status, 413);
  const noStore = await app.request('/articles/abc');
  assert.equal(noStore.status, 400);
  assert.doesNotMatch(await noStore.text(), /at .*\.js/);
});

test('the form page is served and a posted form returns the highlighted article', async () => {
  const app = createApp();
  assert.match(await (await app.request('/')).text(), /<form method="post"/);
  const res = await app.request('/', {
    method: 'POST',
    body: new URLSearchParams({ text: article, published: '2022-11-11' }),
  });
  assert.equal(res.status, 200);
  assert.match(await res.text(), /the ministry/);
});
