import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphsOf, segment } from './segment.js';

const sentences = (text: string): string[] => segment(text).sentences.map((s) => text.slice(s.start, s.end));
const quotes = (text: string): string[] => segment(text).quotes.map((q) => text.slice(q.inner.start, q.inner.end));

test('paragraphs split at blank lines, white space trimmed, offsets into the text', () => {
  const text = '  First line.   \n\n  Second para\ncontinues.  \r\n\r\nThird.';
  const ps = paragraphsOf(text).map((p) => text.slice(p.start, p.end));
  assert.deepEqual(ps, ['First line.', 'Second para\ncontinues.', 'Third.']);
});

test('a report layout: a heading line and each list item are paragraphs of their own; a wrapped line is not', () => {
  const text = 'HIGHLIGHTS\n- At least 27 people were killed.\n- MSF reported 160 wounded.\n\nSITUATION OVERVIEW\nHeavy fighting went on\nacross the town.\nHUMANITARIAN RESPONSE\nPartners warned.';
  const ps = paragraphsOf(text).map((p) => text.slice(p.start, p.end));
  assert.deepEqual(ps, [
    'HIGHLIGHTS',
    '- At least 27 people were killed.',
    '- MSF reported 160 wounded.',
    'SITUATION OVERVIEW',
    'Heavy fighting went on\nacross the town.',
    'HUMANITARIAN RESPONSE',
    'Partners warned.',
  ]);
});

test('sentences end at . ! ? and keep closing quotes and brackets', () => {
  assert.deepEqual(sentences('“We will stay,” he said.  “No retreat.” Then he left! Why? (He was tired.) Fine.'), [
    '“We will stay,” he said.',
    '“No retreat.”',
    'Then he left!',
    'Why?',
    '(He was tired.)',
    'Fine.',
  ]);
});

test('abbreviations, initials and decimals do not end sentences', () => {
  assert.deepEqual(sentences('Gen. Valery Gerasimov met Mr. J. Smith of the U.S. State Dept. at 3.5 km from Kyiv on Jan. 5. It rained.'), [
    'Gen. Valery Gerasimov met Mr. J. Smith of the U.S. State Dept. at 3.5 km from Kyiv on Jan. 5.',
    'It rained.',
  ]);
});

test('no sentence ends inside brackets: "05:00 [Moscow time. local]"', () => {
  assert.deepEqual(sentences('It ended at 05:00 [Moscow time. Local] this morning. Then quiet.'), [
    'It ended at 05:00 [Moscow time. Local] this morning.',
    'Then quiet.',
  ]);
});

test('a lower-case word after a period does not start a sentence', () => {
  assert.deepEqual(sentences('The unit withdrew to the left bank. or so it seemed.'), ['The unit withdrew to the left bank. or so it seemed.']);
});

test('quotes: curly, straight, nested singles, over several sentences', () => {
  const text =
    '“We keep ‘information silence,’ as agreed. We do not comment,” said the official. He added: "It is calm." ‘Single outer,’ she said.';
  assert.deepEqual(quotes(text), [
    'We keep ‘information silence,’ as agreed. We do not comment,',
    'It is calm.',
    'Single outer,',
  ]);
});

test('quotes: a new paragraph re-opening a quote closes the unclosed one (news style)', () => {
  const text = '“First paragraph of the quote.\n\n“Second paragraph,” she said.';
  const qs = segment(text).quotes;
  assert.equal(qs.length, 2);
  assert.equal(qs[0]!.closed, false);
  assert.equal(text.slice(qs[0]!.inner.start, qs[0]!.inner.end), 'First paragraph of the quote.');
  assert.equal(qs[1]!.closed, true);
});

test('quotes: a closing mark that opens a paragraph before a capital opens a quote (a slip); one before a space does not', () => {
  const text = '”Fear. I am truly afraid.” ― Edwin G. Monroy\n\n“Quoted first,” she said.\n\n” … in the case of Wyoming,” wrote Time.';
  assert.deepEqual(quotes(text), ['Fear. I am truly afraid.', 'Quoted first,']);
});

test('quotes: two apostrophes are an archive\'s double quote, apostrophes inside stay', () => {
  const text = "''It's anti-reform,'' said Mr. Burman. The players' union agreed.\n\n''First part.\n\n''Second part,'' he said.";
  assert.deepEqual(quotes(text), ["It's anti-reform,", 'First part.', 'Second part,']);
});

test('apostrophes are not quotes; possessive ’s is its own token', () => {
  const text = 'Ukraine’s army said it didn’t retreat.';
  const { tokens, quotes: qs } = segment(text);
  assert.equal(qs.length, 0);
  assert.deepEqual(
    tokens.map((t) => text.slice(t.start, t.end)),
    ['Ukraine', '’s', 'army', 'said', 'it', 'didn’t', 'retreat', '.'],
  );
});

test('tokens carry shapes and their sentence index; sentences their token range', () => {
  const text = 'At 05:00, 2,000 troops left. “Go.”';
  const { tokens, sentences: ss } = segment(text);
  assert.deepEqual(
    tokens.map((t) => `${text.slice(t.start, t.end)}/${t.shape}/${t.sentence}`),
    ['At/word/0', '05:00/number/0', ',/punct/0', '2,000/number/0', 'troops/word/0', 'left/word/0', './punct/0', '“/quote/1', 'Go/word/1', './punct/1', '”/quote/1'],
  );
  assert.deepEqual(ss.map((s) => [s.tokenStart, s.tokenEnd]), [[0, 7], [7, 11]]);
});

test('empty and white-space text gives no segments', () => {
  assert.deepEqual(segment('   \n\n '), { paragraphs: [], sentences: [], tokens: [], quotes: [] });
});

test('a time of day goes on with its day or month; otherwise "p.m." may end a sentence', () => {
  assert.deepEqual(sentences('By 9 a.m. Sunday, the calls had begun. It ended at 5 p.m. Officials left.'), [
    'By 9 a.m. Sunday, the calls had begun.',
    'It ended at 5 p.m.',
    'Officials left.',
  ]);
});

test('curly quotes inside a passage opened with a straight one are nested, not its end', () => {
  assert.deepEqual(quotes('"WALLACE: But as “The Wall Street Journal” wrote, voters worry. Why?"'), [
    'WALLACE: But as “The Wall Street Journal” wrote, voters worry. Why?',
  ]);
});

test('quotes: straight single quotes (British style, US headlines), but not apostrophes nor plural possessives', () => {
  assert.deepEqual(quotes("'The soldiers' families are safe,' he said. 'We don't know where they are.'"), [
    "The soldiers' families are safe,",
    "We don't know where they are.",
  ]);
  assert.deepEqual(quotes("Trump: 'We are going to win so much.'"), ['We are going to win so much.']);
  assert.deepEqual(quotes("Russia's troops took the soldiers' positions in the '90s."), []);
});

test('a byline on a line of its own is a paragraph of its own, not part of the dateline\'s sentence after it', () => {
  const text = 'Headline\n\nBy Tom Balmforth and Pavel Polityuk\nKYIV, March 14 (AP) — Russia said so.\nBy the evening the shelling\nhad stopped.';
  const ps = paragraphsOf(text).map((p) => text.slice(p.start, p.end));
  assert.deepEqual(ps, ['Headline', 'By Tom Balmforth and Pavel Polityuk', 'KYIV, March 14 (AP) — Russia said so.\nBy the evening the shelling\nhad stopped.']);
});

test('a time of day goes on with its time zone ("9 a.m. GMT", "9 a.m. Moscow time")', () => {
  assert.deepEqual(sentences('A ceasefire took effect at 9 a.m. Moscow time, the ministry said. The strike hit at 6 a.m. GMT on Friday. It ended at 5 p.m. Officials left.'), [
    'A ceasefire took effect at 9 a.m. Moscow time, the ministry said.',
    'The strike hit at 6 a.m. GMT on Friday.',
    'It ended at 5 p.m.',
    'Officials left.',
  ]);
});
