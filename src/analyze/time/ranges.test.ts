import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';

const timesOf = (text: string) =>
  analyze({ text, published: '2022-11-11T12:00:00+02:00', origin: 'test' }).layers.times.map((t) => [text.slice(t.start, t.end), t.value, t.range?.role ?? null]);

test('a range keeps its two ends, each marked with its role; "and" joins only after "between"', () => {
  assert.deepEqual(timesOf('Fighting raged from Monday to Wednesday. Between 2014 and 2016 the front barely moved; on Monday and Tuesday it rained.'), [
    ['Monday', '2022-11-07', 'begin'],
    ['Wednesday', '2022-11-09', 'end'],
    ['2014', '2014', 'begin'],
    ['2016', '2016', 'end'],
    ['on Monday', '2022-11-07', null],
    ['Tuesday', '2022-11-08', null],
  ]);
});

test('a clock time takes the zone written after the other end of its range', () => {
  assert.deepEqual(timesOf('Shelling continued from 10:00 to 14:00 Kyiv time.'), [
    ['10:00', '2022-11-11T10:00+02:00', 'begin'],
    ['14:00 Kyiv time', '2022-11-11T14:00+02:00', 'end'],
  ]);
});
