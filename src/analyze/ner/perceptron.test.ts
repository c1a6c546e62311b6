import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunks, parseConll, toIob2 } from './conll.js';
import { LEXNAMES } from '../learn/wordnet.js';
import { DocumentView, shape } from './features.js';
import { deserialise, serialise } from './model.js';
import { LABELS, Tagger, train } from './perceptron.js';

const FIXTURE = `-DOCSTART- -X- O O

Olena NNP I-NP I-PER
Marchenko NNP I-NP I-PER
visited VBD I-VP O
Odesa NNP I-NP I-LOC
. . O O

The DT I-NP O
Red NNP I-NP I-ORG
Cross NNP I-NP I-ORG
sent VBD I-VP O
aid NN I-NP O
to TO I-PP O
Odesa NNP I-NP I-LOC
. . O O

Marchenko NNP I-NP I-PER
thanked VBD I-VP O
the DT I-NP O
Red NNP I-NP I-ORG
Cross NNP I-NP I-ORG
in IN I-PP O
Kherson NNP I-NP I-LOC
. . O O
`;

const context = {
  places: new Set(['odesa', 'kherson']),
  givenNames: new Set(['olena']),
  orgWords: new Set(['cross']),
  lowerVocab: new Set(['the', 'aid', 'to', 'in']),
};

test('CoNLL IOB1 is read as IOB2, documents and chunks counted', () => {
  const sentences = parseConll(FIXTURE);
  assert.equal(sentences.length, 3);
  assert.deepEqual(sentences[0]!.tags, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  assert.deepEqual(toIob2(['I-ORG', 'I-ORG', 'I-LOC', 'O', 'I-PER']), ['B-ORG', 'I-ORG', 'B-LOC', 'O', 'B-PER']);
  assert.deepEqual(chunks(['B-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG']), [
    ['PER', 0, 2],
    ['LOC', 3, 4],
    ['ORG', 4, 5],
  ]);
});

test('word shapes collapse runs', () => {
  assert.deepEqual(['Kherson', '05:00', 'U.S.', 'CNN', 'anti-occupation'].map(shape), [
    'Xx',
    'd:d',
    'X.X.',
    'X',
    'x-x',
  ]);
});

test('a tiny training run learns its data, and training is deterministic to the byte', () => {
  const sentences = parseConll(FIXTURE);
  const options = { epochs: 6, seed: 1, prune: 0 };
  const tagger = train(sentences, context, options);
  assert.deepEqual(tagger.tag(['Marchenko', 'visited', 'Kherson', '.']).tags, ['B-PER', 'O', 'B-LOC', 'O']);
  const again = train(sentences, context, options);
  assert.ok(serialise(tagger).equals(serialise(again)));
  const loaded = deserialise(serialise(tagger));
  assert.deepEqual(
    loaded.tag(['The', 'Red', 'Cross', 'sent', 'aid', '.']).tags,
    tagger.tag(['The', 'Red', 'Cross', 'sent', 'aid', '.']).tags,
  );
});

test('a second pass sees how a first pass tagged every occurrence of a recurring name, later ones included', () => {
  const doc = [
    ['Bowling', 'Green', 'won', '.'],
    ['The', 'team', 'from', 'Bowling', 'Green', 'lost', 'to', 'Tulsa', '.'],
    ['The', 'end', '.'],
  ];
  const first = new DocumentView(doc);
  // "Bowling" recurs and is capitalised inside a sentence; "Tulsa" is seen once; "The" only starts sentences.
  assert.deepEqual(
    doc.map((words) => first.repeats(words)),
    [true, true, false],
  );
  first.record('Bowling', 'B-ORG');
  first.record('Green', 'I-ORG');
  first.record('Bowling', 'B-LOC');
  first.record('Bowling', 'B-ORG');
  first.record('Tulsa', 'B-LOC');
  first.record('The', 'O');
  assert.ok(!first.features('Bowling', 0).some((f) => f.startsWith('all=')), 'no prior in the first pass');
  const second = first.secondPass();
  assert.ok(second.features('Bowling', 0).includes('all=ORG+'), 'majority type, marked as mixed');
  assert.ok(second.features('Green', 1).includes('all=ORG'));
  assert.ok(!second.features('Tulsa', 7).some((f) => f.startsWith('all=')), 'a word seen once has no prior');
  assert.ok(!second.features('The', 0).some((f) => f.startsWith('all=')), 'a word that only starts sentences has none');
});

test('a name the text defines by a noun has that noun and its WordNet classes wherever it occurs', () => {
  const doc = [
    ['Deadsy', 'is', 'an', 'American', 'rock', 'band', 'formed', 'in', '1995', '.'],
    ['Fairfax', 'Media', ',', 'an', 'Australian', 'media', 'company', 'that', 'owns', 'stations', '.'],
    ['In', '1994', 'a', 'station', 'called', 'Racing', 'Radio', 'opened', '.'],
    ['Korn', 'was', 'signed', 'by', 'Fairfax', ',', 'the', 'label', 'said', '.'],
    ['The', 'Echelon', 'is', 'a', 'street', 'team', '.'],
    ['30', 'Seconds', 'to', 'Mars', 'is', 'one', 'of', 'the', 'bands', 'on', 'tour', 'with', 'the', 'band', 'Deadsy', '.'],
  ];
  const view = new DocumentView(doc);
  const defs = (word: string): string[] => view.staticFeatures(word, 1).filter((f) => f.startsWith('def'));
  const group = `defc=${LEXNAMES.indexOf('noun.group')}`;
  assert.ok(defs('Deadsy').includes('def=band') && defs('Deadsy').includes(group), '"X is an American rock band", "the band X"');
  assert.ok(defs('Fairfax').includes('def=company'), 'an appositive: "X, an … company that …"');
  assert.ok(defs('Radio').includes('def=station'), '"a station called X"');
  assert.ok(defs('Mars').includes('def=bands') && defs('Seconds').includes('def=bands'), 'a name that starts with a number and has "to" inside');
  assert.deepEqual(defs('Korn'), [], '"was signed" is a clause, not a description');
  assert.ok(defs('Echelon').includes('def=team'));
  assert.deepEqual(defs('Media'), [], 'a word the text writes in lower case ("media company") is not a name');
});

test('two-pass training uses first passes from half-data models, and stays deterministic', () => {
  const sentences = parseConll(
    FIXTURE + FIXTURE.replace('-DOCSTART- -X- O O', '-DOCSTART- -X- O O\n\n-DOCSTART- -X- O O'),
  );
  const options = { epochs: 4, seed: 1, prune: 0, firstPassEpochs: 2 };
  const tagger = train(sentences, context, options);
  assert.ok(serialise(tagger).equals(serialise(train(sentences, context, options))));
  assert.ok(
    [...tagger.weights.keys()].some((f) => f.startsWith('all=')),
    'the second pass learned from first-pass priors',
  );
  assert.deepEqual(tagger.tagDocument([['Marchenko', 'visited', 'Kherson', '.']])[0]!.tags, [
    'B-PER',
    'O',
    'B-LOC',
    'O',
  ]);
});

test('a beam keeps the tagging a greedy choice of the first tag would lose, and is saved with the model', () => {
  // "Claire" leans to ORG by itself; "Keim" is strongly inside a person name, which only B-PER allows.
  const weight = (pairs: [string, number][]): Float64Array => {
    const w = new Float64Array(LABELS.length);
    for (const [label, v] of pairs) w[LABELS.indexOf(label as (typeof LABELS)[number])] = v;
    return w;
  };
  const weights = new Map([
    [
      'w=claire',
      weight([
        ['B-ORG', 2],
        ['B-PER', 1.5],
      ]),
    ],
    [
      'w=keim',
      weight([
        ['I-PER', 5],
        ['B-PER', 1],
      ]),
    ],
  ]);
  const words = ['Claire', 'Keim'];
  assert.deepEqual(new Tagger(weights, context, 1).tag(words).tags, ['B-ORG', 'B-PER']);
  const beam = new Tagger(weights, context, 2);
  const { tags, confidence } = beam.tag(words);
  assert.deepEqual(tags, ['B-PER', 'I-PER']);
  assert.ok(confidence[0]! < 0.5, 'the first tag lost locally: its confidence says so');
  const loaded = deserialise(serialise(beam));
  assert.equal(loaded.beam, 2);
  assert.deepEqual(loaded.tag(words).tags, ['B-PER', 'I-PER']);
});

test('beam training learns its data as a structured perceptron, deterministically', () => {
  const sentences = parseConll(FIXTURE);
  const options = { epochs: 6, seed: 1, prune: 0, beam: 3 };
  const tagger = train(sentences, context, options);
  assert.equal(tagger.beam, 3);
  assert.deepEqual(tagger.tag(['Marchenko', 'visited', 'Kherson', '.']).tags, ['B-PER', 'O', 'B-LOC', 'O']);
  assert.ok(serialise(tagger).equals(serialise(train(sentences, context, options))));
});
