import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes, publicationDay, timeWindows } from './normalise.js';

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
  assert.deepEqual(values('The May government fell.'), []);
  assert.deepEqual(values('They founded a firm called Atlas 2010 in Kyiv.'), []);
});

test('without a publication date, relative expressions stay unanchored', () => {
  const found = findTimes('Troops left on Friday.', 0, { published: null, text: '' });
  assert.deepEqual(found.map((t) => [t.value, t.anchor]), [['XXXX-XX-XX', 'none']]);
});

test('financial quarters: named, of a year, year-ago, the current quarter', () => {
  const oct = publicationDay('2021-10-20');
  assert.deepEqual(values('Profit rose in the third quarter of 2019.', oct), ['the third quarter of 2019=2019-Q3/quarter']);
  assert.deepEqual(values('Sales fell in the 2020 second quarter.', oct), ['the 2020 second quarter=2020-Q2/quarter']);
  assert.deepEqual(values('Third-quarter profit rose from the year-ago quarter.', oct), ['Third-quarter=2021-Q3/quarter', 'the year-ago quarter=2020-Q3/quarter']);
  assert.deepEqual(values('The outlook for the current quarter is weak.', oct), ['the current quarter=2021-Q4/quarter']);
  assert.deepEqual(values('The mill will reopen in next year\'s first quarter.', oct), ["next year's first quarter=2022-Q1/quarter"]);
});

test('weekdays: "last" is strictly before, a part of day, a following date, a cue after the day, a past of the future', () => {
  assert.deepEqual(values('Talks ended last Friday.'), ['last Friday=2022-11-04/day']);
  assert.deepEqual(values('The convoy was shelled Wednesday night.'), ['Wednesday night=2022-11-09TNI/part-of-day']);
  assert.deepEqual(values('The paper said in an editorial on Tuesday, Nov. 8: enough.'), ['on Tuesday, Nov. 8=2022-11-08/day']);
  assert.deepEqual(values('On Monday, the union plans to strike.'), ['On Monday=2022-11-14/day']);
  assert.deepEqual(values('The truce had been due to expire Thursday evening.'), ['Thursday evening=2022-11-10TEV/part-of-day']);
  assert.deepEqual(values('Shooting stopped at noon Tuesday.'), ['at noon Tuesday=2022-11-08T12:00/minute']);
  assert.deepEqual(values('Officials would not say on Wednesday whether the troops had left.'), ['on Wednesday=2022-11-09/day']);
  assert.deepEqual(values('The index was up 2% from the previous Monday.'), ['the previous Monday=2022-10-31/day']);
  assert.deepEqual(values('Shares fell in mid-afternoon yesterday.'), ['mid-afternoon yesterday=2022-11-10TAF/part-of-day']);
  assert.deepEqual(values('The ferry will leave at 6 in the morning.'), ['at 6 in the morning=2022-11-11T06:00/minute']);
});

test('years spoken or named by period: decades, centuries, halves, fiscal years, that year', () => {
  assert.deepEqual(values('The plant was built in nineteen eighty-four.'), ['in nineteen eighty-four=1984/year']);
  assert.deepEqual(values('The town grew in the late 1960s and in the twentieth century.'), ['the late 1960s=196/decade']);
  assert.deepEqual(values('It was founded in the 12th century.'), ['the 12th century=11/century']);
  assert.deepEqual(values('Output fell in the last decade and has doubled over the past decade.'), ['the last decade=201/decade', 'the past decade=P10Y/decade']);
  assert.deepEqual(values('Output slowed in the first half of 2021.'), ['the first half of 2021=2021-H1/unknown']);
  assert.deepEqual(values('Losses grew in the first two quarters of 2021.'), ['the first two quarters of 2021=2021-H1/unknown']);
  assert.deepEqual(values('Envoys meet on Dec. 5 and 6 in Vienna.'), ['on Dec. 5=2022-12-05/day', '6=2022-12-06/day']);
  assert.deepEqual(values('In fiscal 2021, revenue doubled.'), ['fiscal 2021=2021/year']);
  assert.deepEqual(values('The dam opened in 2015; later that year it flooded.'), ['in 2015=2015/year', 'later that year=2015/year']);
  assert.deepEqual(values('Rains came in the winter of 2019.'), ['the winter of 2019=2019-WI/season']);
  // (The fall of a town is its capture; "since" a month is one gone by, last year's when it is still to come this year.)
  assert.deepEqual(values('Aid groups warn that the fall of Mirebalais could cut the road.'), []);
  assert.deepEqual(values('Herders have been locked in a decades-long conflict with farmers.'), []);
  assert.deepEqual(values('The mission has been in Haiti since June.', publicationDay('2025-04-01')), ['since June=2024-06/month']);
});

test('the weekend, holidays, the year, vague periods', () => {
  assert.deepEqual(values('Fighting eased over the weekend.', publicationDay('2022-11-14')), ['the weekend=2022-W45-WE/week']);
  assert.deepEqual(values('The ferry sank on Thanksgiving Day.', publicationDay('2022-12-05')), ['Thanksgiving Day=2022-11-24/day']);
  assert.deepEqual(values('Exports rose 5% for the year.'), ['the year=2022/year']);
  assert.deepEqual(values('Sales in the year ended June 30 fell.'), ['the year=P1Y/year', 'June 30=2022-06-30/day']);
  assert.deepEqual(values('Prices have climbed in recent weeks.'), ['recent weeks=PXW/week']);
  assert.deepEqual(values('Aid arrived the next few days.'), ['the next few days=PXD/day']);
  assert.deepEqual(values('Rents may double over the next couple of years.'), ['the next couple of years=P2Y/year']);
  assert.deepEqual(values('The mine closed several years ago.'), ['several years ago=PAST_REF/unknown']);
  assert.deepEqual(values('By mid afternoon the shelling had stopped.'), ['mid afternoon=2022-11-11TAF/part-of-day']);
  assert.deepEqual(values('Inspectors may stay for no more than sixty days.'), ['sixty days=P60D/day']);
  assert.deepEqual(values('Bonds were sold at the then current price.'), ['then current=PAST_REF/unknown']);
  assert.deepEqual(values('Riots have flared for the past three summers.'), []);
  assert.deepEqual(values('Exports to Asia grew in last year\'s quarter.', publicationDay('2021-10-20')), ["last year's quarter=2020-Q3/quarter"]);
});

test('durations and sets: halves, "more", each weekday, each month; not ages, rates or titles', () => {
  assert.deepEqual(values('The talks lasted 2 1/2 years.'), ['2 1/2 years=P2Y6M/year']);
  assert.deepEqual(values('They will stay for two more weeks.'), ['for two more weeks=P2W/week']);
  assert.deepEqual(values('A ferry leaves each Thursday and every July.'), ['each Thursday=XXXX-WXX-4/unknown', 'every July=XXXX-07/unknown']);
  assert.deepEqual(values('The market opens on Saturdays and Sunday mornings.'), ['on Saturdays=XXXX-WXX-6/unknown', 'Sunday mornings=XXXX-WXX-7TMO/unknown']);
  assert.deepEqual(values('Exports grew for the first time in years.'), ['in years=PXY/year']);
  assert.deepEqual(values('More cuts may come in the months ahead.'), ['the months ahead=PXM/month']);
  assert.deepEqual(values('The 7-year-old boy was found.'), []);
  assert.deepEqual(values('The tax raises $3 million a year.'), []);
  assert.deepEqual(values('He spoke on NBC\'s "This Week" and "60 Minutes".'), []);
  assert.deepEqual(values('The firm said it would soon hire; it had previously cut jobs.'), []);
});

test('a clock time split from its day by the sentence splitter is searched with it', () => {
  const text = 'He was seized at 10 p.m. Wednesday, police said. Nobody saw it.';
  const first = text.indexOf(' Wednesday');
  const windows = timeWindows(text, [{ start: 0, end: first }, { start: first + 1, end: 48 }, { start: 49, end: text.length }]);
  assert.deepEqual(windows, [{ start: 0, end: 48 }, { start: 49, end: text.length }]);
});

test('"the past day" is the day up to now, not a vague past', () => {
  assert.deepEqual(values('Ukrainian units had lost up to 340 soldiers in the past day.'), ['the past day=P1D/day']);
});
