import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kMeans } from './embeddings.js';
import { neighbourFeatures, wordFeatures } from './features.js';
import { deserialise, serialise } from './model.js';
import { Tagger } from './perceptron.js';

/** Unit rows in two dimensions: three near the x axis, three near the y axis. */
const ROWS = [
  [1, 0.05],
  [0.98, -0.1],
  [0.99, 0.12],
  [0.03, 1],
  [-0.1, 0.99],
  [0.08, 0.97],
].map(([x, y]) => {
  const n = Math.hypot(x!, y!);
  return [x! / n, y! / n];
});

test('spherical k-means puts rows pointing alike in one class, the same on every run', () => {
  const unit = Float64Array.from(ROWS.flat());
  for (const seed of [1, 2, 3]) {
    const classes = [...kMeans(unit, ROWS.length, 2, 2, 4, seed)];
    assert.equal(new Set(classes.slice(0, 3)).size, 1, `seed ${seed}: ${classes}`);
    assert.equal(new Set(classes.slice(3)).size, 1, `seed ${seed}: ${classes}`);
    assert.notEqual(classes[0], classes[3]);
    assert.deepEqual([...kMeans(unit, ROWS.length, 2, 2, 4, seed)], classes);
  }
});

test("a word's embedding classes are features of it, whatever its case, and the model keeps them", () => {
  const ctx = {
    places: new Set<string>(),
    givenNames: new Set<string>(),
    orgWords: new Set<string>(),
    lowerVocab: new Set<string>(),
    embeddings: new Map([['mykolaiv', '3.17.201']]),
  };
  for (const word of ['Mykolaiv', 'MYKOLAIV']) {
    const own = wordFeatures(word, ctx);
    for (const f of ['e1=3', 'e2=17', 'e3=201']) assert.ok(own.includes(f), `${f} in ${own}`);
  }
  // (A neighbour's classes are not features: they cost more than they gave on wikigold.)
  assert.ok(!([-1, 1] as const).some((at) => neighbourFeatures('Mykolaiv', at, ctx).some((f) => /^e[-+]/.test(f))));
  assert.ok(!wordFeatures('Kherson', ctx).some((f) => /^e\d/.test(f)));
  const loaded = deserialise(serialise(new Tagger(new Map(), ctx, 1)));
  assert.deepEqual([...(loaded.context.embeddings ?? [])], [['mykolaiv', '3.17.201']]);
});
