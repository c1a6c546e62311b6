import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunks, parseConll, toIob2 } from './conll.js';
import { shape } from './features.js';
import { deserialise, serialise } from './model.js';
import { train } from './perceptron.js';

const FIXTURE = `-DOCSTART- -X- O O

Olena NNP I-NP I-PER
Marchenko NNP I-NP I-PER
visited VBD I-VP O
Odesa NNP I-NP I-LOC
. . O O

The DT I-NP O
Red NNP I-NP I-ORG
Cross NNP I-NP I-ORG
sent VBD I-VP O
aid NN I-NP O
to TO I-PP O
Odesa NNP I-NP I-LOC
. . O O

Marchenko NNP I-NP I-PER
thanked VBD I-VP O
the DT I-NP O
Red NNP I-NP I-ORG
Cross NNP I-NP I-ORG
in IN I-PP O
Kherson NNP I-NP I-LOC
. . O O
`;

const context = {
  places: new Set(['odesa', 'kherson']),
  givenNames: new Set(['olena']),
  orgWords: new Set(['cross']),
  lowerVocab: new Set(['the', 'aid', 'to', 'in']),
};

test('CoNLL IOB1 is read as IOB2, documents and chunks counted', () => {
  const sentences = parseConll(FIXTURE);
  assert.equal(sentences.length, 3);
  assert.deepEqual(sentences[0]!.tags, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  assert.deepEqual(toIob2(['I-ORG', 'I-ORG', 'I-LOC', 'O', 'I-PER']), ['B-ORG', 'I-ORG', 'B-LOC', 'O', 'B-PER']);
  assert.deepEqual(chunks(['B-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG']), [
    ['PER', 0, 2],
    ['LOC', 3, 4],
    ['ORG', 4, 5],
  ]);
});

test('word shapes collapse runs', () => {
  assert.deepEqual(['Kherson', '05:00', 'U.S.', 'CNN', 'anti-occupation'].map(shape), [
    'Xx',
    'd:d',
    'X.X.',
    'X',
    'x-x',
  ]);
});

test('a tiny training run learns its data, and training is deterministic to the byte', () => {
  const sentences = parseConll(FIXTURE);
  const options = { epochs: 6, seed: 1, prune: 0 };
  const tagger = train(sentences, context, options);
  assert.deepEqual(tagger.tag(['Marchenko', 'visited', 'Kherson', '.']).tags, ['B-PER', 'O', 'B-LOC', 'O']);
  const again = train(sentences, context, options);
  assert.ok(serialise(tagger).equals(serialise(again)));
  const loaded = deserialise(serialise(tagger));
  assert.deepEqual(
    loaded.tag(['The', 'Red', 'Cross', 'sent', 'aid', '.']).tags,
    tagger.tag(['The', 'Red', 'Cross', 'sent', 'aid', '.']).tags,
  );
});
