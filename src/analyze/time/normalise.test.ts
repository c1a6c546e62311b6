import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes, publicationDay } from './normalise.js';

const FRIDAY = publicationDay('2022-11-11'); // a Friday
const values = (sentence: string, published = FRIDAY) =>
  findTimes(sentence, 0, { published, text: sentence }).map((t) => `${sentence.slice(t.start, t.end)}=${t.value}/${t.granularity}`);

test('weekdays in a past-tense report are the last one (same day included); with a future cue, the next', () => {
  assert.deepEqual(values('The ministry said on Friday that troops had left.'), ['on Friday=2022-11-11/day']);
  assert.deepEqual(values('Moscow ordered a withdrawal on Wednesday.'), ['on Wednesday=2022-11-09/day']);
  assert.deepEqual(values('Talks will resume on Monday.'), ['on Monday=2022-11-14/day']);
  assert.deepEqual(values('The vote is next Tuesday.'), ['next Tuesday=2022-11-15/day']);
  assert.deepEqual(values('It happened last Saturday.'), ['last Saturday=2022-11-05/day']);
});

test('clock times with named zones, bracketed, with a part of day', () => {
  assert.deepEqual(values('It ended at 05:00 [Moscow time] this morning.'), ['at 05:00 [Moscow time] this morning=2022-11-11T05:00+03:00/minute']);
  assert.deepEqual(values('Sirens sounded at 10:30 Kyiv time on Thursday.'), ['at 10:30 Kyiv time on Thursday=2022-11-10T10:30+02:00/minute']);
  assert.deepEqual(values('Sirens sounded at 10:30 Kyiv time.', publicationDay('2022-07-01')), ['at 10:30 Kyiv time=2022-07-01T10:30+03:00/minute']);
  assert.deepEqual(values('The blast came at 5 p.m. GMT.'), ['at 5 p.m. GMT=2022-11-11T17:00+00:00/minute']);
});

test('months, dates, years, relative periods', () => {
  assert.deepEqual(values('Russia annexed it in September.'), ['in September=2022-09/month']);
  assert.deepEqual(values('Elections are due in March.'), ['in March=2023-03/month']);
  assert.deepEqual(values('The dam burst on 6 June 2023.'), ['on 6 June 2023=2023-06-06/day']);
  assert.deepEqual(values('Fighting began on Nov. 3.'), ['on Nov. 3=2022-11-03/day']);
  assert.deepEqual(values('Crimea was seized in 2014.'), ['in 2014=2014/year']);
  assert.deepEqual(values('Prices rose last month.'), ['last month=2022-10/month']);
  assert.deepEqual(values('Shelling continued yesterday evening and overnight.'), [
    'yesterday evening=2022-11-10TEV/part-of-day',
    'overnight=2022-11-11TNI/part-of-day',
  ]);
});

test('anchors from context: since the start of the war', () => {
  const s = 'It was the biggest setback for Russia in Ukraine since the start of the war.';
  assert.deepEqual(values(s), ['since the start of the war=2022-02-24/day']);
});

test('TimeML conventions: a possessive weekday is a date; ago; adjectival durations', () => {
  assert.deepEqual(values('Friday’s vote was postponed.'), ['Friday=2022-11-11/day']);
  assert.deepEqual(values('The plant closed three weeks ago.'), ['three weeks ago=2022-W42/week']);
  assert.deepEqual(values('They signed a two-year deal in May.'), ['two-year=P2Y/year', 'in May=2022-05/month']);
});

test('durations and sets', () => {
  assert.deepEqual(values('The siege lasted for three days.'), ['for three days=P3D/day']);
  assert.deepEqual(values('Power was cut for 24 hours.'), ['for 24 hours=PT24H/hour']);
  assert.deepEqual(values('Convoys leave every day.'), ['every day=P1D/unknown']);
});

test('no date here', () => {
  assert.deepEqual(values('Thousands march on the capital.'), []);
  assert.deepEqual(values('About 2,000 troops and 300 tanks were moved.'), []);
  assert.deepEqual(values('May the court decide.'), []);
});

test('without a publication date, relative expressions stay unanchored', () => {
  const found = findTimes('Troops left on Friday.', 0, { published: null, text: '' });
  assert.deepEqual(found.map((t) => [t.value, t.anchor]), [['XXXX-XX-XX', 'none']]);
});
