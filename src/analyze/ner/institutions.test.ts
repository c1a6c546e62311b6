import assert from 'node:assert/strict';
import { test } from 'node:test';
import { institutionKey } from './institutions.js';

test('one state institution named many ways has one key; other institutions and bare roles have none or another', () => {
  const military = ['An Israeli military official', 'Israel Defense Forces', 'the Israeli military', "Israel's army", 'Israeli army spokesman'];
  for (const p of military) assert.equal(institutionKey(p), 'israel|military', p);
  assert.equal(institutionKey("Russia's Defence Ministry"), 'russia|defense ministry');
  assert.equal(institutionKey('the Russian defense ministry'), 'russia|defense ministry');
  assert.equal(institutionKey('A Syrian government official'), 'syria|government');
  assert.equal(institutionKey('U.S. military officials'), 'united states|military');
  for (const p of ['military', 'Pakistani officials', 'Hamas', 'Israel', 'the Israeli foreign ministry spokesman Oren'])
    assert.notEqual(institutionKey(p), 'israel|military', p);
  assert.equal(institutionKey('Pakistani officials'), null);
  // A military's services are institutions of their state: "Ukraine's air force", "the Ukrainian General Staff".
  assert.equal(institutionKey("Ukraine's air force"), 'ukraine|air force');
  assert.equal(institutionKey('the Ukrainian Air Force'), 'ukraine|air force');
  assert.equal(institutionKey('the Ukrainian General Staff'), 'ukraine|general staff');
  assert.equal(institutionKey("Ukraine's air defence forces"), 'ukraine|air defence');
  assert.equal(institutionKey('Ukrainian border guards'), 'ukraine|guard');
  assert.equal(institutionKey("Iran's Revolutionary Guards"), 'iran|revolutionary guards');
  assert.equal(institutionKey('U.S. Central Command'), 'united states|central command');
  assert.equal(institutionKey("Ukraine's state emergency service"), 'ukraine|emergency service');
  assert.equal(institutionKey('the air force'), null);
});
