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
});
