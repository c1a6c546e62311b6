import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gazetteer, resetGazetteer } from './gazetteer.js';
import { addAlternateNames, loadExtensions, parseGeonames, writeExtension } from './extension.js';
import { candidates } from './resolve.js';

const here = new URL('.', import.meta.url).pathname;
const root = path.resolve(here, here.includes('/dist/') ? '../../../..' : '../../..');
const fixtures = path.join(root, 'test/fixtures/geonames');

test('GeoNames rows are read, bad lines counted, alternate names added to known places only', () => {
  const { places, skipped } = parseGeonames(readFileSync(path.join(fixtures, 'UA-extract.txt'), 'utf8'));
  assert.deepEqual(places.map((p) => [p.geonameid, p.featureClass, p.country]), [[9900001, 'P', 'UA'], [9900002, 'H', 'UA'], [9900003, 'A', 'UA']]);
  assert.equal(skipped, 1);
  assert.deepEqual(places[0]!.names, ['Novoselytsia-Test', 'Novoselitsa-Test', 'Новоселиця-Тест']);
  const added = addAlternateNames(places, readFileSync(path.join(fixtures, 'alternateNames-extract.txt'), 'utf8'));
  assert.equal(added, 2);
});

test('imported places extend the gazetteer: a town known only to the dump resolves, under its Cyrillic name too', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-gaz-'));
  const { places } = parseGeonames(readFileSync(path.join(fixtures, 'UA-extract.txt'), 'utf8'));
  writeExtension(places, 'UA-extract.txt', dir);
  assert.equal(loadExtensions(dir).length, 3);
  const before = process.env.SITREP_GAZETTEER;
  process.env.SITREP_GAZETTEER = dir;
  resetGazetteer();
  try {
    const g = gazetteer();
    const town = candidates(g, { text: 'Novoselytsia-Test', type: 'GPE', definite: false });
    assert.equal(town[0]?.geonameid, 9900001);
    assert.equal(candidates(g, { text: 'Новоселиця-Тест', type: 'GPE', definite: false })[0]?.geonameid, 9900001);
    assert.equal(candidates(g, { text: 'Testova River', type: 'LOC', definite: false })[0]?.featureKind, 'river');
  } finally {
    if (before === undefined) delete process.env.SITREP_GAZETTEER;
    else process.env.SITREP_GAZETTEER = before;
    resetGazetteer();
  }
});

test('the CLI imports a dump and refuses a file with no rows', () => {
  const cli = path.join(root, 'dist/src/serve/cli/main.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-gaz-cli-'));
  const ok = spawnSync(process.execPath, [cli, 'gazetteer', 'import', path.join(fixtures, 'UA-extract.txt'), '--alternate-names', path.join(fixtures, 'alternateNames-extract.txt'), '--dir', dir], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /imported 3 places and 2 alternate names into .*UA-extract\.json \(1 lines were not GeoNames rows\)/);
  const bad = spawnSync(process.execPath, [cli, 'gazetteer', 'import', path.join(fixtures, '..', 'geonames', 'alternateNames-extract.txt'), '--dir', dir], { encoding: 'utf8' });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /error \[INPUT_UNREADABLE\]/);
});
