/**
 * The 'attributions' stage: who said what — direct, indirect and mixed speech with speaker, cue,
 * content, channel and recipient; the speaker is the entity the entity stage resolved (names,
 * descriptions, pronouns), or a non-person source such as social-media imagery.
 */
import type { Attribution, Mention, Source } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import { type AttributionId, asId } from '../../core/ids.js';
import type { Span } from '../../core/span.js';
import { NONPERSON_SOURCE } from '../attribution/cues.js';
import { findAttributions } from '../attribution/find.js';
import { defineStage } from '../pipeline.js';

/** The source a speaker phrase names. */
export function sourceOf(doc: Doc, speaker: Span | null, mentions: readonly Mention[]): Source {
  if (!speaker) return { kind: 'unresolved', text: '' };
  const phrase = doc.slice(speaker);
  const head = phrase.split(/\s+/).slice(0, 4).join(' ');
  if (NONPERSON_SOURCE.test(head)) {
    return { kind: 'nonperson', label: /social media/i.test(phrase) ? 'social-media' : /document|letter|report/i.test(head) ? 'document' : 'imagery' };
  }
  const inside = mentions
    .filter((m) => m.start >= speaker.start && m.end <= speaker.end && (m.type === 'PERSON' || m.type === 'ORG'))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const best = inside[0];
  if (best) return { kind: 'entity', entity: best.entity };
  return { kind: 'unresolved', text: phrase };
}

/** Attributions of the article. */
export const attributionsStage = defineStage({
  name: 'attributions',
  version: 1,
  requires: ['sentences', 'tokens', 'quotes', 'mentions', 'entities'],
  assigns: ['attributions'],
  run(doc: Doc) {
    const found = findAttributions(doc.text, doc.layers.sentences, doc.layers.quotes, doc.layers.tokens);
    const ids = found.map((_, i) => asId<AttributionId>(`a${i + 1}`));
    const out: Attribution[] = [];
    found.forEach((f, i) => {
      const head = f.continues === null ? null : out[f.continues];
      out.push({
        id: ids[i]!,
        kind: f.kind,
        source: head ? head.source : sourceOf(doc, f.speaker, doc.layers.mentions),
        speaker: f.speaker,
        cue: f.cue,
        content: f.content,
        channel: f.channel,
        channelName: f.channelName,
        recipient: f.recipient,
        continues: f.continues === null ? null : ids[f.continues]!,
      });
    });
    doc.layers.attributions = out;
  },
});
