import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../analyze/analyze.js';
import { toJson } from '../../analyze/json.js';
import { renderReport, sourceName } from './report.js';

test('the report lists a source’s repeated stance on a claim once, with a count, and every report of an event', () => {
  const text =
    '"We are not seeking a wider war, but we will defend our people," Hezbollah deputy leader Naim Qassem said in a televised speech. "The enemy will pay a heavy price."\n\n' +
    'Russian forces completed their withdrawal from Kherson on Friday, the ministry said. When asked if Russia’s retreat was humiliating, Peskov said no.';
  const report = renderReport(toJson(analyze({ text, published: '2022-11-11', origin: 'test' })));
  assert.match(report, /asserted by Naim Qassem ×2\n/);
  assert.equal(report.match(/asserted by Naim Qassem/g)?.length, 1);
  assert.match(report, /RETREAT\/withdraw “withdrawal”.* also reported as “retreat”/);
});

test('a source with no words is named as not found, not as an empty unresolved name', () => {
  assert.equal(sourceName({ kind: 'unresolved', text: '' }), 'source not found');
  assert.equal(sourceName({ kind: 'unresolved', text: 'a local official' }), 'a local official (unresolved)');
});
