/**
 * The 'times' stage: TIMEX3-style time expressions, normalised against the publication date.
 */
import type { Timex } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import { type TimexId, asId } from '../../core/ids.js';
import { defineStage } from '../pipeline.js';
import { findTimes, publicationDay, timeWindows } from '../time/normalise.js';
import { linkRanges } from '../time/ranges.js';

/** Time expressions per sentence (a clock time split from its day is joined back); a sentence that fails is reported and skipped. */
export const timesStage = defineStage({
  name: 'times',
  version: 1,
  requires: ['tokens', 'sentences'],
  assigns: ['times'],
  run(doc: Doc) {
    const published = publicationDay(doc.meta.published);
    const out: Timex[] = [];
    for (const s of timeWindows(doc.text, doc.layers.sentences)) {
      try {
        for (const t of findTimes(doc.text.slice(s.start, s.end), s.start, { published, text: doc.text })) {
          out.push({ ...t, id: asId<TimexId>(`t${out.length + 1}`) });
        }
      } catch (e) {
        doc.report('warning', 'TIME_SENTENCE_FAILED', `Time expressions of a sentence were skipped: ${e instanceof Error ? e.message : e}`, {
          stage: 'times',
          span: s,
        });
      }
    }
    doc.layers.times = linkRanges(doc.text, out);
  },
});
