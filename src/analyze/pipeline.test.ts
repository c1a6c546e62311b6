import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../core/doc.js';
import { isSitrepError } from '../core/errors.js';
import { type ArticleId, asId } from '../core/ids.js';
import { defaultPipeline } from './default-pipeline.js';
import { Pipeline, defineStage } from './pipeline.js';
import { segmentStage } from './stages/segment.js';

const meta = {
  id: asId<ArticleId>('test'),
  title: null,
  published: null,
  outlet: null,
  url: null,
  byline: null,
  language: 'eng',
  origin: 'test',
};

test('the pipeline refuses a stage whose requirement no earlier stage assigns', () => {
  const needsQuotes = defineStage({ name: 'speakers', version: 1, requires: ['quotes'], assigns: ['attributions'], run() {} });
  assert.throws(
    () => Pipeline.build([needsQuotes, segmentStage]),
    (e: unknown) => isSitrepError(e) && e.code === 'PIPELINE_ORDER' && /'speakers' requires 'quotes'/.test(e.message),
  );
  assert.doesNotThrow(() => Pipeline.build([segmentStage, needsQuotes]));
});

test('the pipeline refuses a stage listed twice', () => {
  assert.throws(
    () => Pipeline.build([segmentStage, segmentStage]),
    (e: unknown) => isSitrepError(e) && e.code === 'PIPELINE_DUPLICATE',
  );
});

test('a failing stage is reported on the document, its layers emptied, later stages still run', () => {
  const broken = defineStage({
    name: 'broken',
    version: 3,
    requires: ['sentences'],
    assigns: ['times'],
    run(doc) {
      doc.layers.times.push({ id: 't' as never, start: 0, end: 1, type: 'DATE', value: 'X', granularity: 'day', anchor: 'none' });
      throw new Error('boom');
    },
  });
  const after = defineStage({ name: 'after', version: 1, requires: ['sentences'], assigns: ['events'], run() {} });
  const doc = Pipeline.build([segmentStage, broken, after]).run(new Doc('One. Two.', meta));
  assert.equal(doc.layers.sentences.length, 2);
  assert.deepEqual(doc.layers.times, []);
  assert.deepEqual(doc.diagnostics, [
    { severity: 'error', code: 'STAGE_FAILED', message: "Stage 'broken' failed: boom.", stage: 'broken' },
  ]);
  assert.equal(doc.provenance.events, 'after.v1');
  assert.equal(doc.provenance.times, undefined);
});

test('the default pipeline builds and fills every layer', () => {
  const p = defaultPipeline();
  assert.deepEqual(p.assigned, [
    'paragraphs', 'sentences', 'tokens', 'quotes', 'mentions', 'entities', 'attributions', 'claims', 'times', 'places', 'events',
  ]);
});
