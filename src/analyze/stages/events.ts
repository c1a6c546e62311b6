/**
 * The 'events' stage: PLOVER events from trigger words, with actor and recipient (typed by sector
 * and country), place (the most specific place of the clause, or the region the text refers back
 * to), time (the finest time of the sentence or of the claim reporting it), modality, and the
 * attribution and claim that report it, plus CAMEO and ACLED-style codes.
 */
import type { Event, Place, Timex } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import { type EventId, asId } from '../../core/ids.js';
import { acledType, cameoCode, findTriggers } from '../events/lexicon.js';
import { nominalOwner, objectAfter, participant, subjectBefore } from '../events/participants.js';
import { defineStage } from '../pipeline.js';

const PRECISION_RANK: Record<string, number> = { point: 4, city: 3, region: 2, country: 1, unresolved: 0 };
const GRANULARITY_RANK: Record<string, number> = { minute: 6, second: 6, hour: 5, 'part-of-day': 4, day: 3, week: 2, month: 1 };
const PASSIVE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i;
const HEDGE = /\b(probably|reportedly|allegedly|apparently|possibly|likely|appear(?:s|ed)? to|seem(?:s|ed)? to|may have|might have|could have)\b/i;
const FUTURE = /\b(will|would|could|may|might|plans? to|intends? to|intention to|going to|threaten(?:s|ed)? to)\b/i;
const NEGATION = /\b(not|no|never|denied|without)\b/i;
const SPEECH_EVENTS = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'REQUEST']);
/** Cues that only report speech. */
const NEUTRAL_CUE = /^(?:(?:has |had |have )?(?:said|says|say|told|tells|added|adds|stated|states|noted|notes|wrote|writes|posted|posts|reported|reports|explained|explains|according to|confirmed|commented|remarked|asked|replied|answered|continued|insisted))\b/i;
const NOMINAL_BEFORE = /(?:\b(?:the|a|an|their|its|his|her|our)|['’]s)\s+(?:[\w-]+\s+)?$/i;
/** An auxiliary right after a phrase: the phrase is a subject, not an object. */
const AUXILIARY_AFTER = /^\s+(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must|should)\b/;
/** A verb that makes its object the actor of an infinitive ("urged Israel to investigate"). */
const CONTROL =
  /\b(?:urged|urges|urge|asked|asks|called on|calls on|pressed|presses|ordered|orders|requested|requests|encouraged|encourages|told|tells)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+to\s+$/u;
const ANAPHORIC_PLACE = /\b(the region|the city|the area|the town|the country|the territory)\b/i;

/** Events of the article. */
export const eventsStage = defineStage({
  name: 'events',
  version: 1,
  requires: ['sentences', 'mentions', 'entities', 'times', 'places', 'attributions', 'claims'],
  assigns: ['events'],
  run(doc: Doc) {
    const text = doc.text;
    const { sentences, places, times, attributions, claims, mentions } = doc.layers;
    const resolved = places.filter((p) => p.lat !== null && p.use === 'location');
    const out: Event[] = [];
    for (const s of sentences) {
      const sentence = text.slice(s.start, s.end);
      const inside = <T extends { start: number; end: number }>(xs: readonly T[]): T[] => xs.filter((x) => x.start >= s.start && x.end <= s.end);
      for (const t of findTriggers(sentence)) {
        const trigger = { start: s.start + t.start, end: s.start + t.end };
        const before = text.slice(s.start, trigger.start);
        // Skip speech-act reports of claims ("denied the accusation") that the claims stage already covers.
        const attribution = attributions.find((a) => a.content.start <= trigger.start && trigger.end <= a.content.end) ?? null;
        const claim = attribution ? (claims.find((c) => c.stances.some((st) => st.attribution === attribution.id)) ?? null) : null;
        // Clause start: after the last "that"/comma-less opener before the trigger within the sentence.
        const clauseStart = Math.max(s.start, attribution && attribution.content.start > s.start ? attribution.content.start : s.start);
        // A neutral speech cue ("said", "told", "according to") is an attribution, not an event;
        // accusing, rejecting, threatening, demanding, agreeing or praising are events as well as speech.
        const cueHit = attributions.find((a) => a.cue && a.cue.start < trigger.end && trigger.start < a.cue.end);
        const cueWords = cueHit?.cue ? text.slice(cueHit.cue.start, cueHit.cue.end) : '';
        // Refusing to confirm or comment is a stance on a claim, not a rejection event.
        const noComment = cueHit?.cue ? /\b(?:refused|declined)\s+to\s+(?:confirm|comment|say|discuss|elaborate|answer|give details)/i.test(text.slice(cueHit.cue.start, cueHit.cue.end + 30)) : false;
        if (cueHit && (NEUTRAL_CUE.test(cueWords) || noComment || (!SPEECH_EVENTS.has(t.type) && !/\s/.test(cueWords) && /^(?:say|tell|add|state|note|write|post|report|explain|confirm|comment)/i.test(cueWords)))) continue;
        const single = !/\s/.test(text.slice(trigger.start, trigger.end));
        // "the Russian shelling" is a noun, "the blast killed" a verb.
        const word = text.slice(trigger.start, trigger.end);
        const nominal = single && ((NOMINAL_BEFORE.test(before) && !/ed$/.test(word)) || /(al|ion|ment)$/.test(word));
        let object = objectAfter(text, trigger.end, s.end);
        // An auxiliary after it makes it the subject of another verb ("aid convoys had been blocked").
        if (object && AUXILIARY_AFTER.test(text.slice(object.end, s.end))) object = null;
        const agent = object && /^by\s/i.test(text.slice(object.start, object.end)) ? { start: object.start + 3, end: object.end } : null;
        const passive = PASSIVE.test(before) || agent !== null;
        if (agent) object = null;
        const subject = subjectBefore(text, clauseStart, trigger.start);
        // "Russia’s retreat", "the withdrawal of X"; "their withdrawal" falls back to the subject.
        const owner = nominal ? nominalOwner(text, trigger.start, trigger.end, s.end) : null;
        // "urged Israel to investigate": the one urged acts.
        const controlled = CONTROL.exec(before);
        const urgedAt = controlled ? s.start + controlled.index + controlled[0].indexOf(controlled[1]!) : 0;
        const urged = controlled ? { start: urgedAt, end: urgedAt + controlled[1]!.length } : null;
        const actorSpan = owner ?? urged ?? (passive ? agent : subject);
        const actor = actorSpan ? participant(text, actorSpan, mentions) : null;
        const recipientSpan = nominal ? null : passive ? subject : object;
        const recipient = recipientSpan ? participant(text, recipientSpan, mentions) : null;
        // Place: the most specific resolved place of the sentence, nearest the trigger; else the place the text refers back to.
        const here = inside(resolved).sort(
          (a, b) => (PRECISION_RANK[b.precision] ?? 0) - (PRECISION_RANK[a.precision] ?? 0) || Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start),
        );
        let place: Place | undefined = here[0];
        if (!place) {
          const wantsRegion = ANAPHORIC_PLACE.exec(sentence)?.[1]?.toLowerCase();
          const earlier = resolved.filter((p) => p.end <= s.start && p.precision !== 'country');
          place = wantsRegion === 'the region' ? [...earlier].reverse().find((p) => p.featureKind === 'admin1') : undefined;
          place ??= wantsRegion ? earlier[earlier.length - 1] : undefined;
        }
        // Time: the finest of the sentence and of the claim's other reports.
        const evidence = claim ? claim.stances.map((st) => attributions.find((a) => a.id === st.attribution)?.content).filter((x) => x !== undefined) : [];
        const candidatesT: Timex[] = [...inside(times), ...evidence.flatMap((span) => times.filter((x) => x.start >= span.start && x.end <= span.end))].filter(
          (x) => x.type === 'DATE' || x.type === 'TIME',
        );
        candidatesT.sort((a, b) => (GRANULARITY_RANK[b.granularity] ?? 0) - (GRANULARITY_RANK[a.granularity] ?? 0) || Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start));
        const time = candidatesT[0];
        const window = text.slice(Math.max(s.start, trigger.start - 40), trigger.end);
        const stance = claim?.stances.find((st) => st.attribution === attribution?.id)?.status;
        const modality =
          stance === 'hedged' || HEDGE.test(window)
            ? 'hedged'
            : t.type === 'CONCEDE' || FUTURE.test(text.slice(Math.max(s.start, trigger.start - 25), trigger.start))
              ? 'future'
              : NEGATION.test(text.slice(Math.max(s.start, trigger.start - 12), trigger.start))
                ? 'negated'
                : 'asserted';
        out.push({
          id: asId<EventId>(`ev${out.length + 1}`),
          type: t.type,
          mode: t.mode,
          trigger,
          actor,
          recipient,
          place: place?.id ?? null,
          time: time?.id ?? null,
          modality,
          claim: claim?.id ?? null,
          attribution: attribution?.id ?? null,
          cameo: cameoCode(t.type, t.mode),
          acled: acledType(t.type, t.mode),
        });
      }
    }
    // One event reported twice in a claim ("had been destroyed" … "demolished spans") is one event: keep its first report.
    const seen = new Set<string>();
    doc.layers.events = out
      .filter((e) => {
        const key = e.claim ? `${e.type}|${e.mode}|${e.claim}` : `${e.type}|${e.mode}|${e.place}|${e.time}|${e.attribution}`;
        if (e.claim === null && e.place === null && e.time === null) return true;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((e, i) => ({ ...e, id: asId<EventId>(`ev${i + 1}`) }));
  },
});
