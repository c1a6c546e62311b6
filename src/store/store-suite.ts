/**
 * The test suite every `Store` implementation must pass (SQLite, in-memory, PostgreSQL).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analyze/analyze.js';
import { type AnalysisJson, toJson } from '../analyze/json.js';
import type { ArticleId } from '../core/ids.js';
import type { Store } from './store.js';

function sample(text: string, published: string | null): AnalysisJson {
  return toJson(analyze({ text, published, origin: 'suite', title: text.slice(0, 12) }));
}

/** Registers the suite under `name`; `open` gives a fresh, empty store each time. */
export function storeSuite(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    test('stores an analysis once, then reports duplicates by content', async () => {
      const store = await open();
      const a = sample('Officials said the bridge was closed on Monday.', '2023-01-02');
      assert.deepEqual(await store.putAnalysis(a), { ok: true, value: 'stored' });
      assert.deepEqual(await store.putAnalysis(a), { ok: true, value: 'duplicate' });
      assert.equal(await store.count(), 1);
      assert.equal(await store.hasArticle(a.article.id as ArticleId), true);
      await store.close();
    });

    test('gives back exactly what was stored', async () => {
      const store = await open();
      const a = sample('“We will not leave,” the mayor said.\n\nShelling continued overnight.', '2023-05-01');
      await store.putAnalysis(a);
      assert.deepEqual(await store.getAnalysis(a.article.id as ArticleId), { ok: true, value: a });
      assert.deepEqual(await store.getAnalysis('0000000000000000' as ArticleId), { ok: true, value: null });
      await store.close();
    });

    test('lists newest first, filters by date, pages', async () => {
      const store = await open();
      const texts = ['First report of the day.', 'Second report of the day.', 'Third report, undated.'];
      await store.putAnalysis(sample(texts[0]!, '2023-01-01'));
      await store.putAnalysis(sample(texts[1]!, '2023-03-01'));
      await store.putAnalysis(sample(texts[2]!, null));
      const all = await store.listArticles();
      assert.deepEqual(all.map((s) => s.published), ['2023-03-01', '2023-01-01', null]);
      assert.deepEqual((await store.listArticles({ since: '2023-02-01' })).map((s) => s.published), ['2023-03-01']);
      assert.deepEqual((await store.listArticles({ limit: 1, offset: 1 })).map((s) => s.published), ['2023-01-01']);
      assert.equal(all[0]!.counts.claims, 0);
      await store.close();
    });

    test('iterates every analysis in ingest order', async () => {
      const store = await open();
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const a = sample(`Report number ${i} about the front line.`, '2023-01-01');
        ids.push(a.article.id);
        await store.putAnalysis(a);
      }
      const seen: string[] = [];
      for await (const a of store.analyses()) seen.push(a.article.id);
      assert.deepEqual(seen, ids);
      await store.close();
    });

    test('one corpus entity per person or place across articles, found by any spelling', async () => {
      const store = await open();
      await store.putAnalysis(sample('Dmitry Peskov said on Friday that Russia would not leave Kherson.', '2022-11-11'));
      await store.putAnalysis(sample('Peskov, the Kremlin spokesman, told reporters in Moscow that talks on Kherson were over.', '2022-11-12'));
      const kherson = await store.entities('Kherson');
      assert.equal(kherson.length, 1);
      assert.equal(kherson[0]!.articles, 2);
      assert.equal(kherson[0]!.type, 'GPE');
      const peskov = await store.entities('Dmitri Peskov');
      assert.equal(peskov.length, 1);
      assert.equal(peskov[0]!.canonical, 'Dmitry Peskov');
      assert.match(peskov[0]!.id, /^g[0-9a-f]{12}$/);
      assert.equal(peskov[0]!.articles, 2, 'the surname alone in the second article joins the full name');
      assert.deepEqual(peskov[0]!.aliases, ['Dmitry Peskov', 'Peskov']);
      assert.deepEqual(await store.entities('Nowhere at all'), []);
      await store.close();
    });

    test('iterates in publication order, undated last', async () => {
      const store = await open();
      await store.putAnalysis(sample('Undated note about the front.', null));
      await store.putAnalysis(sample('Report from March on the front.', '2023-03-01'));
      await store.putAnalysis(sample('Report from January on the front.', '2023-01-01'));
      const seen: (string | null)[] = [];
      for await (const a of store.analysesByPublication()) seen.push(a.article.published);
      assert.deepEqual(seen, ['2023-01-01', '2023-03-01', null]);
      await store.close();
    });

    test('replaces stories as a whole', async () => {
      const store = await open();
      const a = sample('A story article.', '2023-01-01');
      await store.putAnalysis(a);
      const id = a.article.id as ArticleId;
      await store.replaceStories([{ id: 's1', articles: [id], payload: { title: 'One' } }]);
      await store.replaceStories([{ id: 's2', articles: [id], payload: { title: 'Two' } }]);
      assert.deepEqual(await store.stories(), [{ id: 's2', articles: [id], payload: { title: 'Two' } }]);
      await store.close();
    });
  });
}
