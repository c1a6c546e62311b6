import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';

const timesOf = (text: string) => analyze({ text, published: '2023-09-08', origin: 'test' }).layers.times.map((t) => [text.slice(t.start, t.end), t.value, t.anchor]);

test('a time of day with no day of its own falls on the day named just before it, else on the publication day', () => {
  assert.deepEqual(
    timesOf(
      'A bomb hit a school on Thursday morning, residents said.\n\nHe said a jet dropped two bombs shortly after 10 a.m. Rescuers arrived at noon, in mid-afternoon.\n\n' +
        'Officials met on Friday. The curfew starts at 9 p.m. on Monday.\n\nA second strike came at 4 in the morning.',
    ),
    [
      ['on Thursday morning', '2023-09-07TMO', 'publication'],
      ['10 a.m.', '2023-09-07T10:00', 'context'],
      ['at noon', '2023-09-07T12:00', 'context'],
      ['mid-afternoon', '2023-09-07TAF', 'context'],
      ['on Friday', '2023-09-08', 'publication'],
      ['at 9 p.m. on Monday', '2023-09-04T21:00', 'publication'],
      ['at 4 in the morning', '2023-09-04T04:00', 'context'],
    ],
  );
});
