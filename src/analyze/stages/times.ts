/**
 * The 'times' stage: TIMEX3-style time expressions, normalised against the publication date.
 */
import type { Doc } from '../../core/doc.js';
import { defineStage } from '../pipeline.js';
import { documentTimes } from '../time/document.js';
import { publicationDay } from '../time/normalise.js';

/** Time expressions per sentence (a clock time split from its day is joined back); a sentence that fails is reported and skipped. */
export const timesStage = defineStage({
  name: 'times',
  version: 1,
  requires: ['tokens', 'sentences'],
  assigns: ['times'],
  run(doc: Doc) {
    doc.layers.times = documentTimes(doc.text, doc.layers.sentences, publicationDay(doc.meta.published), (s, e) => {
      doc.report('warning', 'TIME_SENTENCE_FAILED', `Time expressions of a sentence were skipped: ${e instanceof Error ? e.message : e}`, {
        stage: 'times',
        span: s,
      });
    });
  },
});
