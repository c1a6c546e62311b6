import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as sitrep from '../src/index.js';

test('the public surface: exactly these runtime exports', () => {
  assert.deepEqual(Object.keys(sitrep).sort(), [
    'Doc',
    'Pipeline',
    'SCHEMA_VERSION',
    'SitrepError',
    'analyze',
    'articleId',
    'buildStories',
    'createApp',
    'createMemoryStore',
    'defaultPipeline',
    'defaultStages',
    'defineStage',
    'detectLanguage',
    'errorCatalogue',
    'evalTasks',
    'isSitrepError',
    'layerNames',
    'nameKey',
    'openPostgresStore',
    'openSqliteStore',
    'overlaps',
    'readArticle',
    'readArticles',
    'sameName',
    'sitrepError',
    'spanText',
    'toJson',
  ]);
});

test('eval tasks are registered once each', () => {
  const names = sitrep.evalTasks.map((t) => t.name);
  assert.deepEqual(names, ['seed', 'ner', 'attribution', 'factuality', 'hedging', 'time', 'geo', 'events', 'clustering']);
});

test('the library analyses an article end to end', () => {
  const json = sitrep.toJson(
    sitrep.analyze({ text: '“We have withdrawn,” the ministry said on Friday in Kherson.', published: '2022-11-11', origin: 'test' }),
  );
  assert.equal(json.times[0]?.value, '2022-11-11');
  assert.equal(json.attributions.length, 1);
});
