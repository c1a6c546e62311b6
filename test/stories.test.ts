import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisJson } from '../src/analyze/json.js';
import { buildStories, creditedAgency, matchClaims, matchEvents, syndication } from '../src/resolve/stories.js';
import { demoAnalyses } from './stories-corpus.js';

/** A minimal analysis: only what story building reads. */
function fixture(id: string, text: string, published: string, outlet: string, claims: AnalysisJson['claims'] = [], entities: AnalysisJson['entities'] = []): AnalysisJson {
  return {
    schema: 1,
    article: { id, title: text.slice(0, 30), published, outlet, url: null, byline: null, language: 'eng', origin: id, text, stages: {}, paragraphs: [], sentences: [], quotes: [] },
    entities,
    attributions: [],
    claims,
    times: [],
    places: [],
    events: [],
    diagnostics: [],
  };
}

const wire =
  'KHARKIV (Reuters) - Shelling damaged a power plant near Kharkiv overnight and cut electricity to thousands of homes, the regional governor said on Monday, adding that repair crews were at work.';

test('syndication: copies of one original share an origin, the agency credited', () => {
  const arts = [
    fixture('a', wire, '2024-01-01', 'Reuters'),
    fixture('b', wire.replace('overnight', 'during the night'), '2024-01-01', 'Paper B'),
    fixture('c', 'Farmers in Poland blocked border crossings with tractors on Monday to protest against grain imports from abroad.', '2024-01-01', 'Paper C'),
  ];
  const origin = syndication(arts);
  assert.equal(origin.get('a'), 'Reuters');
  assert.equal(origin.get('b'), 'Reuters');
  assert.equal(origin.get('c'), 'Paper C');
  assert.equal(creditedAgency(arts[0]!), 'Reuters');
  assert.equal(creditedAgency(arts[2]!), null);
});

test('claims across outlets: one speaker in many outlets is one source; a denial is kept apart; figures side by side', () => {
  const claim = (text: string, start: number, status: string, source: object) => ({
    id: 'c1',
    proposition: { start, end: start + text.length, text },
    overall: 'asserted_single_source',
    stances: [{ source, status, attribution: 'a1', cue: null, evidence: { start, end: start + text.length, text } }],
  });
  const gov = { kind: 'entity', entity: 'e1', name: 'Oleh Syniehubov' };
  const govEntity = { id: 'e1', type: 'PERSON', canonical: 'Oleh Syniehubov', key: 'oleh siniehubov', mentions: [] };
  const a = fixture('a', 'x', '2024-01-01', 'A', [claim('At least 40 people were killed in the shelling of the market', 0, 'asserted', gov)], [govEntity]);
  const b = fixture('b', 'y', '2024-01-02', 'B', [claim('At least 47 people were killed in the shelling of the market', 0, 'asserted', gov)], [govEntity]);
  const c = fixture('c', 'z', '2024-01-02', 'C', [claim('people were killed in the shelling of the market', 0, 'denied', { kind: 'unresolved', text: 'the army' })]);
  const [matched] = matchClaims([a, b, c], new Map([['a', 'A'], ['b', 'B'], ['c', 'C']]));
  assert.deepEqual(matched!.asserting, ['Oleh Syniehubov']);
  assert.deepEqual(matched!.denying, ['the army']);
  assert.deepEqual(matched!.figures, [40, 47]);
  assert.equal(matched!.firstSeen, '2024-01-01');
  assert.equal(matched!.lastSeen, '2024-01-02');
});

test('claims across outlets: the voices of one state (its institutions, its capital) are one source', () => {
  const claim = (text: string, source: object) => ({
    id: 'c1',
    proposition: { start: 0, end: text.length, text },
    overall: 'asserted_single_source',
    stances: [{ source, status: 'asserted', attribution: 'a1', cue: null, evidence: { start: 0, end: text.length, text } }],
  });
  const idf = { id: 'e1', type: 'ORG', canonical: 'Israel Defense Forces', key: 'israel defense forces', mentions: [] };
  const a = fixture('a', 'x', '2024-01-01', 'A', [claim('Troops struck a Hezbollah weapons depot near Tyre overnight', { kind: 'entity', entity: 'e1' })], [idf]);
  const b = fixture('b', 'y', '2024-01-01', 'B', [claim('Troops struck a Hezbollah weapons depot near Tyre on Tuesday', { kind: 'unresolved', text: 'the Israeli military' })]);
  const [matched] = matchClaims([a, b], new Map([['a', 'A'], ['b', 'B']]));
  assert.deepEqual(matched!.asserting, ['Israel Defense Forces']);
  // A capital as a speaker speaks for its state, as its ministries do; another state's voice stays apart.
  const moscow = { id: 'e1', type: 'GPE', canonical: 'Moscow', key: 'moscow', mentions: [] };
  const c = fixture('c', 'x', '2024-01-01', 'C', [claim('Russian troops captured the village of Novotoretske', { kind: 'entity', entity: 'e1' })], [moscow]);
  const d = fixture('d', 'y', '2024-01-01', 'D', [claim('Russian troops captured the village of Novotoretske on Sunday', { kind: 'unresolved', text: "Russia's defence ministry" })]);
  const e = fixture('e', 'z', '2024-01-01', 'E', [claim('Russian troops captured the village of Novotoretske, near Pokrovsk', { kind: 'unresolved', text: 'DeepState' })]);
  const [state] = matchClaims([c, d, e], new Map([['c', 'C'], ['d', 'D'], ['e', 'E']]));
  assert.deepEqual(state!.asserting, ['DeepState', 'Moscow']);
});

test('story clustering does not depend on arrival order', () => {
  const docs = demoAnalyses();
  const forward = JSON.stringify(buildStories(docs));
  const reversed = JSON.stringify(buildStories([...docs].reverse()));
  const shuffled = JSON.stringify(buildStories([docs[3]!, docs[0]!, docs[6]!, docs[1]!, docs[7]!, docs[2]!, docs[5]!, docs[4]!]));
  assert.equal(reversed, forward);
  assert.equal(shuffled, forward);
});

test('articles far apart in time start a new story', () => {
  const text = 'Shelling hit the market in Kupiansk, the governor said, and the death toll rose through the day.';
  const stories = buildStories([fixture('a', text, '2024-01-01', 'A'), fixture('b', `${text} Updated.`, '2024-03-01', 'B')]);
  assert.equal(stories.length, 2);
});

test('a named thing that is no person, body or place (an operation) ties two reports of it into one story', () => {
  const ent = (id: string, type: string, canonical: string) => ({ id, type, canonical, key: canonical.toLowerCase(), mentions: [] });
  const a = fixture('a', 'Operation Sindoor struck sites across the border overnight, officials in Delhi said.', '2025-05-07', 'A', [], [
    ent('e1', 'MISC', 'Operation Sindoor'),
    ent('e2', 'GPE', 'Delhi'),
  ]);
  const b = fixture('b', 'Islamabad condemned Operation Sindoor and said the strikes killed civilians in two provinces.', '2025-05-07', 'B', [], [
    ent('e1', 'MISC', 'Operation Sindoor'),
    ent('e2', 'GPE', 'Islamabad'),
  ]);
  const stories = buildStories([a, b]);
  assert.equal(stories.length, 1);
  assert.match(stories[0]!.merges[0]!.reason, /shares Operation Sindoor/);
});

test('events across outlets: copies of one wire story are one origin; another outlet at the same place and day corroborates; another town is another event', () => {
  const event = (trigger: string, place: string | null, lat: number, time: string | null, modality = 'asserted') => ({
    type: 'ASSAULT',
    mode: 'heavy-weapons',
    trigger,
    modality,
    place: place ? { name: place, precision: 'city', lat, lon: 37.2 } : null,
    time,
    actor: null,
  });
  const withEvents = (a: AnalysisJson, events: AnalysisJson['events']): AnalysisJson => ({ ...a, events });
  const members = [
    withEvents(fixture('a', wire, '2024-03-05', 'Reuters'), [event('missile strike', 'Pokrovsk', 48.3, '2024-03-05'), event('strike hit', null, 0, null)]),
    withEvents(fixture('b', wire, '2024-03-05', 'Paper B'), [event('missile strike', 'Pokrovsk', 48.3, '2024-03-05'), event('strike hit', null, 0, null)]),
    withEvents(fixture('c', 'other', '2024-03-05', 'Kyiv Observer'), [event('struck', 'Pokrovsk', 48.3, '2024-03-05T10:00')]),
    withEvents(fixture('d', 'other', '2024-03-05', 'Moscow Daily'), [event('struck', 'Kramatorsk', 48.7, '2024-03-05', 'negated')]),
  ];
  const origin = new Map([['a', 'Reuters'], ['b', 'Reuters'], ['c', 'Kyiv Observer'], ['d', 'Moscow Daily']]);
  assert.deepEqual(
    matchEvents(members, origin).map((e) => [e.place?.name ?? '-', e.time ?? '-', e.reports.map((r) => r.article).join(''), e.origins.join(', ')]),
    [
      ['Pokrovsk', '2024-03-05T10:00', 'abc', 'Kyiv Observer, Reuters'],
      ['-', '-', 'ab', 'Reuters'],
      ['Kramatorsk', '2024-03-05', 'd', ''],
    ],
  );
});
