import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote, Sentence } from '../../core/annotations.js';
import { polnearContent } from '../../eval/attribution.js';
import { FeatureTable, feature } from './hash.js';
import { productContent } from './learned.js';
import { RankerTrainer } from './ranker.js';

const at = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};

test('feature keys are 30-bit integers and the table finds every key', () => {
  const keys = Int32Array.from(Array.from({ length: 1000 }, (_, i) => feature(7, i, i * 3))).sort();
  const table = new FeatureTable(keys);
  for (let i = 0; i < keys.length; i++) assert.equal(table.get(keys[i]!), i);
  assert.equal(table.get(feature(8, 1)), -1);
  assert.ok(keys.every((k) => k >= 0 && k < 2 ** 30));
});

test('the ranking perceptron learns to pick the candidate with the telling feature, deterministically', () => {
  const train = (): string => {
    const t = new RankerTrainer();
    for (let round = 0; round < 5; round++) for (const gold of [0, 1, 2]) t.learn([[1, 10 + (gold === 0 ? 99 : 0)], [2, 10 + (gold === 1 ? 99 : 0)], [3, 10 + (gold === 2 ? 99 : 0)]], gold);
    const r = t.averaged(0);
    return `${[...r.keys].join(',')}|${[...r.weights].join(',')}|${r.score([1, 109])}`;
  };
  assert.equal(train(), train());
});

test("learned content in sitrep's convention, and back in PolNeAR's for the eval", () => {
  const text = 'The governor said that “the dam was hit.” He added that the water rose.';
  const quotes: Quote[] = [{ index: 0, start: 23, end: 41, inner: { start: 24, end: 40 }, closed: true }];
  const sentences: Sentence[] = [
    { index: 0, start: 0, end: 41, paragraph: 0, tokenStart: 0, tokenEnd: 0 },
    { index: 1, start: 42, end: text.length, paragraph: 0, tokenStart: 0, tokenEnd: 0 },
  ];
  // "that “…”" in PolNeAR: the quote's inner text here.
  const quoted = productContent(text, at(text, 'that “the dam was hit.”'), quotes, sentences);
  assert.equal(quoted.quoted, true);
  assert.equal(text.slice(quoted.content.start, quoted.content.end), 'the dam was hit.');
  const back = polnearContent(text, quoted.content);
  assert.equal(text.slice(back.start, back.end), 'that “the dam was hit.”');
  // "that the water rose" in PolNeAR: no complementiser, no full stop here.
  const plain = productContent(text, at(text, 'that the water rose.'), quotes, sentences);
  assert.equal(text.slice(plain.content.start, plain.content.end), 'the water rose');
  const plainBack = polnearContent(text, plain.content);
  assert.equal(text.slice(plainBack.start, plainBack.end), 'that the water rose');
});
