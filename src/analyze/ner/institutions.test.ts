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
  // A military's services are the military: "Ukraine's air force" and "the Ukrainian General Staff" speak for it.
  for (const p of ["Ukraine's air force", 'the Ukrainian General Staff', "Ukraine's air defence forces", 'Ukrainian border guards']) assert.equal(institutionKey(p), 'ukraine|military', p);
  assert.equal(institutionKey("Iran's Revolutionary Guards"), 'iran|military');
  assert.equal(institutionKey("Ukraine's state emergency service"), 'ukraine|emergency service');
  assert.equal(institutionKey('the air force'), null);
});
