import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../analyze/analyze.js';
import { attributionTask, polnearContent, polnearContents, polnearSource } from './attribution.js';

const TEXT = 'The mayor said the bridge was closed. Officials believe the river will rise.\n';

/** A brat line for the first occurrence of `part` in TEXT. */
const brat = (id: number, kind: string, part: string): string => {
  const start = TEXT.indexOf(part);
  return `T${id}\t${kind} ${start} ${start + part.length}\t${part}`;
};

test('the attribution eval scores the first annotator, and sets the annotators who share an article against each other', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-polnear-'));
  try {
    mkdirSync(path.join(dir, 'text'));
    mkdirSync(path.join(dir, 'attributions'));
    writeFileSync(path.join(dir, 'text', 'a.txt'), TEXT);
    const said = [brat(1, 'Source', 'The mayor'), brat(2, 'Cue', 'said'), brat(3, 'Content', 'the bridge was closed')];
    // The first annotator marks one statement, the second also the officials' belief.
    writeFileSync(path.join(dir, 'attributions', 'a_0001.ann'), `${said.join('\n')}\n`);
    const believe = [brat(4, 'Source', 'Officials'), brat(5, 'Cue', 'believe'), brat(6, 'Content', 'the river will rise')];
    writeFileSync(path.join(dir, 'attributions', 'a_0002.ann'), `${[...said, ...believe].join('\n')}\n`);
    const report = await attributionTask.run([dir], {});
    const f1 = (name: string, system: string): number | null | undefined => report.rows.find((r) => r.name === name && r.system === system)?.metrics.F1;
    // One of one and one of two cues agree: F1 2/3.
    assert.equal(f1('several annotators: cue (overlap)', 'annotators'), 2 / 3);
    assert.equal(f1('several annotators: source (exact)', 'annotators'), 2 / 3);
    // sitrep finds both statements: one too many for the first annotator, the one scored with
    // (F1 2/3), and against each annotator three right of four found, none missed (F1 6/7).
    const round = (x: number | null | undefined): string => (x ?? Number.NaN).toFixed(3);
    assert.equal(round(f1('cue (overlap)', 'sitrep')), '0.667');
    assert.equal(round(f1('several annotators: cue (overlap)', 'sitrep')), '0.857');
    assert.match(report.summary, /annotators agree at cue 0\.667, source 0\.667, content 0\.667 \/ 0\.667 on 1 article$/);
    assert.deepEqual(report.notes, ['several annotators: 1 article marked by more than one annotator; the annotators are scored pair by pair (1 pair), sitrep against each annotator']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("PolNeAR's form of sitrep's spans: a source set off with an appositive keeps its closing comma; a quote keeps its marks, also one opened by a slip", () => {
  const text = 'Phil Smith, a spokesman for the union, said it was over. Smith, 61, said so. The mayor, she said, left.\n\n”Fear. I am afraid,” she said.';
  const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const show = (s: { start: number; end: number }): string => text.slice(s.start, s.end);
  assert.equal(show(polnearSource(text, at('Phil Smith, a spokesman for the union'))), 'Phil Smith, a spokesman for the union,');
  assert.equal(show(polnearSource(text, at('Smith, 61'))), 'Smith, 61,');
  assert.equal(show(polnearSource(text, at('The mayor'))), 'The mayor');
  assert.equal(show(polnearContent(text, at('Fear. I am afraid,'))), '”Fear. I am afraid,”');
});

test("PolNeAR's form of sitrep's contents: an order runs from its addressee, a relative clause's content from its pronoun (not before 'that')", () => {
  const text =
    'Mr. Obama told his advisers to figure out how to cut emissions. He visited the mine, which Mr. Clarke says he is keeping open. ' +
    'It was a case which Democrats argued that Republicans had lost. Congress told Mr. Obama the plan was dead.';
  const contents = polnearContents(text, analyze({ text, origin: 'test' }).layers.attributions).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(contents, ['his advisers to figure out how to cut emissions', 'which Mr. Clarke says he is keeping open', 'that Republicans had lost', 'the plan was dead']);
});
