/**
 * The 'events' stage: PLOVER events from trigger words, with actor and recipient (typed by sector
 * and country), place (the most specific place of the clause, or the region the text refers back
 * to), time (the finest time of the sentence or of the claim reporting it), modality, and the
 * attribution and claim that report it, plus CAMEO and ACLED-style codes.
 */
import type { Place, Timex } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import { type Span, overlaps } from '../../core/span.js';
import { type EventReport, GRANULARITY_RANK, PRECISION_RANK, joinReports } from '../events/coref.js';
import { acledType, cameoCode, findTriggers } from '../events/lexicon.js';
import { nominalAgent, nominalOwner, objectAfter, participant, subjectBefore } from '../events/participants.js';
import { defineStage } from '../pipeline.js';

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
/** What an image or a visit shows acted on, before a participle with no object ("showing the central section of the bridge destroyed"). */
const SHOWN_DONE = /\b(?:shows?|showed|showing|shown|depicts?|depicted|depicting|saw|sees?|seen|found|finds|left|leaving)\s+((?:the|a|an|its|their|his|her)\s+[^,;:.“”"]*?)\s+$/i;
/** Types whose noun's "of" names the one acted on ("the killing of a guard", "the arrest of two men"). */
const VICTIM_OF = new Set(['ASSAULT', 'COERCE']);
/** What an attack is on ("attacks on their positions", "a strike against the depot"). */
const TARGET_AFTER = /^\s+(?:on|against)\s+((?:the|a|an|their|its|his|her)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}?)(?=\s+(?:in|near|at|on|from|by|during|after|before|and|but|which|that)\b|[,.;:"”]|$)/u;
/** A noun after a preposition and a capitalised adjective ("from Russian shelling", "of Israeli bombing"). */
const DEMONYM_NOUN = /\b(?:to|for|at|in|from|with|against|after|before|during|amid|despite|since|of|by)\s+(?:(?:the|a|an)\s+)?\p{Lu}[\p{L}-]*\s+$/u;
const MODAL = /\b(?:would|will|could|might|may)\b/i;
/** The clause of a question about an event ("Asked whether Washington would …", "when asked if …"). */
const ASKED = /\basked\s+(?:\w+\s+)?(?:whether|if)\b[^,;]*$/i;
/** A noun governed by a preposition ("responded to attacks", "in the fighting"). */
const GOVERNED_NOUN = /\b(?:to|for|at|in|from|with|against|after|before|during|amid|despite|since|until)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const ANAPHORIC_PLACE = /\b(the region|the city|the area|the town|the country|the territory)\b/i;

/** Events of the article. */
export const eventsStage = defineStage({
  name: 'events',
  version: 2,
  requires: ['sentences', 'mentions', 'entities', 'times', 'places', 'attributions', 'claims'],
  assigns: ['events'],
  run(doc: Doc) {
    const text = doc.text;
    const { sentences, paragraphs, places, times, attributions, claims, mentions, quotes } = doc.layers;
    const quoteOf = (x: { start: number; end: number }) => quotes.find((q) => q.start <= x.start && x.end <= q.end);
    const resolved = places.filter((p) => p.lat !== null && p.use === 'location');
    const out: EventReport[] = [];
    for (const [sentenceIndex, s] of sentences.entries()) {
      const sentence = text.slice(s.start, s.end);
      const inside = <T extends { start: number; end: number }>(xs: readonly T[]): T[] => xs.filter((x) => x.start >= s.start && x.end <= s.end);
      const found = findTriggers(sentence);
      for (const t of found) {
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
        // "a request for comment" asks the outlet's question, not a party's demand.
        if (t.type === 'REQUEST' && /^\s+for\s+comment\b/i.test(text.slice(trigger.end, trigger.end + 14))) continue;
        // A question asks about an event that may not happen ("Asked whether Washington would strike again, …"; not
        // "asked if Russia's retreat was humiliating"); "would be met with" answers
        // rather than meets.
        const hypothetical = MODAL.test(`${before.slice(-12)}${text.slice(trigger.start, trigger.end)}`);
        if ((ASKED.test(before) && hypothetical) || (t.type === 'CONSULT' && /\b(?:be|been|being|was|were|is|are)\s+$/i.test(before))) continue;
        const single = !/\s/.test(text.slice(trigger.start, trigger.end));
        // "the Russian shelling" is a noun, "the blast killed" a verb.
        const word = text.slice(trigger.start, trigger.end);
        // A gerund opening its clause is a noun too ("Shelling hit Kharkiv"), as is a word after "of" ("a round of
        // talks", but "of shelling residential districts"), a plural after "to" ("responded to attacks") and a word after a
        // preposition and a demonym ("from Russian shelling").
        const opensClause = /ing$/.test(word) && text.slice(clauseStart, trigger.start).trim() === '';
        const nominal =
          single && ((NOMINAL_BEFORE.test(before) && !/ed$/.test(word)) || /(al|ion|ment)$/.test(word) || opensClause || (/\bof\s+$/.test(before) && !/ing$/.test(word)) || (/\bto\s+$/.test(before) && /[^s]s$/.test(word)) || (/ing$/.test(word) && DEMONYM_NOUN.test(before)));
        let object = objectAfter(text, trigger.end, s.end);
        // A noun opening its clause before another trigger is that one's subject ("Gunmen shot two soldiers").
        const leads = single && text.slice(clauseStart, trigger.start).trim().split(/\s+/).filter(Boolean).length <= 2;
        if (object && leads && found.some((o) => o !== t && s.start + o.start === object!.start)) object = null;
        // An auxiliary after it makes it the subject of another verb ("aid convoys had been blocked"); a participle
        // before it describes who acts ("retreating Russian troops could turn …").
        let described: Span | null = null;
        if (object && AUXILIARY_AFTER.test(text.slice(object.end, s.end))) {
          if (/ing$/.test(word) && !nominal) described = object;
          object = null;
        }
        const agent = object && /^by\s/i.test(text.slice(object.start, object.end)) ? { start: object.start + 3, end: object.end } : null;
        const passive = PASSIVE.test(before) || agent !== null;
        if (agent) object = null;
        const subject = subjectBefore(text, clauseStart, trigger.start);
        // "Russia’s retreat", "the withdrawal of X"; "their withdrawal" falls back to the subject. One killed or
        // arrested is "of" the noun ("the killing of a guard").
        const owner = nominal ? nominalOwner(text, trigger.start, trigger.end, s.end) : null;
        const victim = owner && VICTIM_OF.has(t.type) && owner.start >= trigger.end ? owner : null;
        // "attacks on their positions": what an attack is on. A noun after a preposition ("responded to attacks")
        // is nobody's act in particular: the clause's subject did not do it.
        const target = nominal && t.type === 'ASSAULT' && !victim ? TARGET_AFTER.exec(text.slice(trigger.end, s.end)) : null;
        const targetAt = target ? trigger.end + target[0].length - target[1]!.length : 0;
        const attacked = target ? { start: targetAt, end: targetAt + target[1]!.length } : null;
        const governed = nominal && GOVERNED_NOUN.test(before);
        // "urged Israel to investigate": the one urged acts.
        const controlled = CONTROL.exec(before);
        const urgedAt = controlled ? s.start + controlled.index + controlled[0].indexOf(controlled[1]!) : 0;
        const urged = controlled ? { start: urgedAt, end: urgedAt + controlled[1]!.length } : null;
        // "showing the section of the bridge destroyed": what was acted on, by no one named.
        const shownDone = !nominal && !object && /(?:ed|en|wn)$/.test(word) ? SHOWN_DONE.exec(before) : null;
        const shownAt = shownDone ? s.start + shownDone.index + shownDone[0].indexOf(shownDone[1]!) : 0;
        const done = shownDone ? { start: shownAt, end: shownAt + shownDone[1]!.length } : null;
        const byAgent = nominal ? nominalAgent(text, trigger.end, s.end) : null;
        const actorSpan = done ? null : (byAgent ?? (victim ? null : (owner ?? urged ?? described ?? (passive ? agent : governed ? null : subject))));
        const actor = actorSpan ? participant(text, actorSpan, mentions) : null;
        const recipientSpan = done ?? victim ?? attacked ?? (nominal ? null : passive ? subject : object);
        const recipient = recipientSpan ? participant(text, recipientSpan, mentions) : null;
        // Place: the most specific resolved place of the sentence, nearest the trigger, not the actor ("Russia's
        // retreat") and not in words quoted around it (a billboard's "Russia is here forever"); one in what was said
        // first, and none that places who said it ("Officials in Kiev"); else the place the text refers back to.
        const framing = [attribution?.speaker, attribution?.channel, attribution?.recipient].filter((x) => x != null);
        const fitting = inside(resolved).filter(
          (p) => !(actorSpan && p.start <= actorSpan.start && actorSpan.end <= p.end) && quoteOf(p) === quoteOf(trigger) && !framing.some((x) => overlaps(p, x)),
        );
        const said = fitting.filter((p) => p.start >= clauseStart);
        const here = (said.length > 0 ? said : fitting)
          .sort(
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
              : // "denied the accusation" denies what was said, not that it was said.
                !(nominal && SPEECH_EVENTS.has(t.type)) && NEGATION.test(text.slice(Math.max(s.start, trigger.start - 12), trigger.start))
                ? 'negated'
                : 'asserted';
        out.push({
          sentence: sentenceIndex,
          paragraph: paragraphs.findIndex((p) => p.start <= s.start && s.start < p.end),
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
    doc.layers.events = joinReports(
      text,
      out,
      new Map(places.map((p) => [p.id as string, p])),
      new Map(times.map((t) => [t.id as string, t])),
    );
  },
});
