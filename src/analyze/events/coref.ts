/**
 * One event, however often an article reports it. "Russian forces completed their withdrawal",
 * "the withdrawal of the Russian group of forces" and "Russia's retreat" are three reports of one
 * retreat; "The blast killed five" is one attack, not a blast and a killing. An analyst counting
 * events (GDELT's main fault is counting one event many times) wants one record with all its reports.
 *
 * A report joins an earlier event of the same type when nothing tells them apart (modes, actors,
 * recipients, places, times and modality all agree where both state them) and something ties them
 * together: the same claim, the same actor, recipient or place stated by both, the same sentence,
 * or the next one of its paragraph when it refers back ("… the two demolished spans. They were
 * probably detonated").
 */
import type { Event, EventMention, EventParticipant, Place, Timex } from '../../core/annotations.js';
import { type EventId, asId } from '../../core/ids.js';
import { overlaps } from '../../core/span.js';
import { distanceKm } from '../places/gazetteer.js';
import { acledType, cameoCode } from './lexicon.js';

/** Places from the most precise, times from the finest (the events stage picks each report's by these too). */
export const PRECISION_RANK: Readonly<Record<string, number>> = { point: 4, city: 3, region: 2, country: 1, unresolved: 0 };
export const GRANULARITY_RANK: Readonly<Record<string, number>> = { minute: 6, second: 6, hour: 5, 'part-of-day': 4, day: 3, week: 2, month: 1 };
/** How far (km) a place of each precision reaches: a bridge is in the city around it, a city in its region. */
const REACH_KM: Readonly<Record<string, number>> = { point: 3, city: 40, region: 300 };

/** A report of an event as the stage finds it, before reports are joined (codes come with the joined event's mode). */
export interface EventReport extends Omit<Event, 'id' | 'mentions' | 'cameo' | 'acled'> {
  /** Index of the sentence the trigger is in. */
  readonly sentence: number;
  /** Index of its paragraph. */
  readonly paragraph: number;
}

/** Agreement of two values both may state: 'same', 'differ', or 'unstated' when either is missing. */
export type Agreement = 'same' | 'differ' | 'unstated';

/** An act's noun ending a phrase ("Air strikes", "Drone attacks"). */
const ACT_NOUN_END = /\b(?:strikes?|attacks?|raids?|bombings?|bombs?|shelling|explosions?|blasts?|clashes|fighting)$/i;

/** An act's noun opening a phrase, before its sides ("Clashes between …", "Fighting between …") or its target ("Shelling of Zalingei market"). */
const ACT_NOUN_START = /^(?:(?:clashes|fighting|battles?)\s+between|(?:shelling|bombardment|bombings?|attacks?|strikes?|air\s?strikes?|raids?|explosions?|blasts?)\s+(?:of|on)\s)/i;

/** Words that order two events in time ("set fire to the offices following the killing of a man"): two events. */
const SEQUENCE = /\b(?:after|following|before|since|prior to|ahead of|in (?:retaliation|response|revenge) (?:for|to)|in the wake of)\b/i;

/** A pronoun or a bare determiner names no one ("They were probably detonated"). */
const PRONOUN = /^(?:he|she|it|they|them|we|i|this|that|these|those|which|who)$/i;

const head = (text: string, p: EventParticipant): string =>
  (text.slice(p.span.start, p.span.end).toLowerCase().match(/[\p{L}]+/gu)?.pop() ?? '').replace(/s$/, '');

/** The figure a participant is counted by ("23 of its soldiers" → "23"), or null. */
const figure = (text: string, p: EventParticipant): string | null => {
  const m = /(?<![\p{L}\d,.])\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iu.exec(text.slice(p.span.start, p.span.end))?.[0].toLowerCase();
  return m === undefined ? null : String(NUMBER_WORDS.indexOf(m) + 1 || m.replace(/,/g, ''));
};
/** The harm a report's trigger tells of: 'killed' ("killed", "dead"), 'wounded' ("wounded", "injured"), or null. */
const harmOf = (text: string, r: EventReport): 'killed' | 'wounded' | null => {
  const word = text.slice(r.trigger.start, r.trigger.end);
  return /^(?:kill|dead|die)/i.test(word) ? 'killed' : /^(?:wound|injur)/i.test(word) ? 'wounded' : null;
};
/** Number words in order, from one. */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const named = (text: string, p: EventParticipant | null): p is EventParticipant => p !== null && !PRONOUN.test(text.slice(p.span.start, p.span.end));

/**
 * Whether two participants can be the same: the same entity, else the same country, else the same
 * head word ("the bridge" and "the central section of the bridge"). Differing head words tell two
 * actors apart ("Police" and "Gunmen", "the junta" and the UN); an attack's recipients may be its
 * target and its victims ("a school", "at least 20 people").
 */
function participants(text: string, a: EventParticipant | null, b: EventParticipant | null, role: 'actor' | 'recipient'): Agreement {
  if (!named(text, a) || !named(text, b)) return 'unstated';
  if (a.entity && b.entity) return a.entity === b.entity ? 'same' : 'differ';
  if (a.country && b.country) return a.country === b.country ? 'same' : 'differ';
  if (head(text, a) === head(text, b)) return 'same';
  return role === 'recipient' ? 'unstated' : 'differ';
}

/** A place as compared for one event: an annotation, or a story member's place written out. */
export interface PlacePoint {
  readonly name: string;
  readonly precision: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly countryCode: string | null;
}

/**
 * Whether two places can be where one event happened: the same place, or one within the other's
 * reach (a bridge in its city, a city in its region or country). Also used across articles (stories.ts).
 */
export function samePlace(a: PlacePoint | undefined, b: PlacePoint | undefined): Agreement {
  if (!a || !b) return 'unstated';
  if (a.name === b.name && a.countryCode === b.countryCode) return 'same';
  const coarser = (PRECISION_RANK[a.precision] ?? 0) <= (PRECISION_RANK[b.precision] ?? 0) ? a : b;
  if (coarser.precision === 'country') return a.countryCode === b.countryCode ? 'same' : 'differ';
  const reach = REACH_KM[coarser.precision];
  const near = a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null && distanceKm([a.lat, a.lon], [b.lat, b.lon]) <= (reach ?? 0);
  return near ? 'same' : 'differ';
}

/** Whether two times (TIMEX values) can be one event's: one a prefix of the other ("2022-11" and "2022-11-11"). */
export function sameTime(a: string | undefined, b: string | undefined): Agreement {
  if (!a || !b) return 'unstated';
  const [x, y] = a.length <= b.length ? [a, b] : [b, a];
  return y.startsWith(x) ? 'same' : 'differ';
}

/** Asserted and hedged reports may tell of one event; a planned or denied one is another. */
const modalityFamily = (e: EventReport): string => (e.modality === 'hedged' ? 'asserted' : e.modality);

/** Joins an article's event reports into events, each with its reports in text order. */
export function joinReports(
  text: string,
  reports: readonly EventReport[],
  placeById: ReadonlyMap<string, Place>,
  timeById: ReadonlyMap<string, Timex>,
): Event[] {
  const groups: EventReport[][] = [];
  // "They were probably detonated", "the attacks showed …": a pronoun or a definite noun refers back ("the killing
  // of a settler" is definite for its "of").
  const refersBack = (r: EventReport) =>
    [r.actor, r.recipient].some((p) => p !== null && PRONOUN.test(text.slice(p.span.start, p.span.end))) ||
    (/\b(?:the|this|that|these|those)(?:\s+(?:two|three|four|same|\d+))?\s+$/i.test(text.slice(Math.max(0, r.trigger.start - 16), r.trigger.start)) &&
      !/^\s+of\b/.test(text.slice(r.trigger.end, r.trigger.end + 4)));
  const between = (a: EventReport, b: EventReport) =>
    text.slice(Math.min(a.trigger.end, b.trigger.end), Math.max(a.trigger.start, b.trigger.start));
  const place = (e: EventReport) => (e.place ? placeById.get(e.place) : undefined);
  const time = (e: EventReport) => (e.time ? timeById.get(e.time) : undefined);
  // One report inside the other's participant is the same event seen whole ("a strike on the town … had destroyed").
  const inside = (x: EventReport, y: EventReport) => [y.actor, y.recipient].some((p) => p !== null && overlaps(p.span, x.trigger));
  // (An actor that is another report's act, by its noun, names no one: "[Militia attack] kills at least 40" is the militia's, "[Clashes
  // between Druze fighters and Bedouin tribes] kill 30" the two sides'.)
  // (Read once for each report, not for each pair compared.)
  const actors = new Map(
    reports.map((r) => {
      const words = r.actor ? text.slice(r.actor.span.start, r.actor.span.end) : '';
      const act = r.actor !== null && (ACT_NOUN_END.test(words) || ACT_NOUN_START.test(words)) && reports.some((x) => x !== r && overlaps(r.actor!.span, x.trigger));
      return [r, act ? null : r.actor];
    }),
  );
  const actorOf = (r: EventReport): EventParticipant | null => actors.get(r) ?? null;
  /** 'differ' when something tells them apart, 'same' when something ties them, else 'unstated'. */
  const compare = (a: EventReport, b: EventReport): Agreement => {
    if (a.type !== b.type || modalityFamily(a) !== modalityFamily(b)) return 'differ';
    const linked = inside(a, b) || inside(b, a);
    if (a.mode && b.mode && a.mode !== b.mode && !linked) return 'differ';
    // (Two towns an article names apart are two places, however near: shelling of "the nearby town of Myrnohrad" is not the
    // fighting in Selydove.)
    const towns = place(a)?.precision === 'city' && place(b)?.precision === 'city' && place(a)!.name !== place(b)!.name;
    const where = towns ? 'differ' : samePlace(place(a), place(b));
    const checks = [participants(text, actorOf(a), actorOf(b), 'actor'), participants(text, a.recipient, b.recipient, 'recipient'), where];
    if (checks.includes('differ') || sameTime(time(a)?.value, time(b)?.value) === 'differ') return 'differ';
    if (a.sentence === b.sentence && SEQUENCE.test(between(a, b))) return 'differ';
    // (Victims counted apart in two sentences are others, whatever they are called: "23 of its soldiers had been killed", "58
    // Pakistani soldiers had been killed"; in one, "killing two civilians and wounding 24", they are one event's.)
    // (Counted as harmed alike: "At least 12 people were killed" and "24 people had been wounded" are one shelling's.)
    const [x, y] = [a.recipient && figure(text, a.recipient), b.recipient && figure(text, b.recipient)];
    const [harmA, harmB] = [harmOf(text, a), harmOf(text, b)];
    if (a.sentence !== b.sentence && x && y && x !== y && harmA !== null && harmA === harmB) return 'differ';
    // (Nor are the killed and the kidnapped one event's: "at least four crew members had been killed" and "kidnapping surviving crew
    // members".)
    if ((harmA === 'killed' && b.mode === 'abduct') || (harmB === 'killed' && a.mode === 'abduct')) return 'differ';
    // A shared time alone ties nothing: a day's report tells of many events on that day. Nor does a
    // shared country, but between a headline and its lead: "air strikes in southern Lebanon" and "a
    // strike on the town of Nabatieh" may be two.
    const headlineAndLead = a.paragraph + b.paragraph === 1;
    // (Nor a region two places share but by name: strikes on sites in Pakistan-administered Kashmir and shelling
    // along the Line of Control.)
    const coarse = [place(a), place(b)].some((p) => p?.precision === 'country' || (p?.precision === 'region' && place(a)?.name !== place(b)?.name)) && !headlineAndLead;
    const tied =
      (a.claim !== null && a.claim === b.claim) ||
      a.sentence === b.sentence ||
      (Math.abs(a.sentence - b.sentence) === 1 && a.paragraph === b.paragraph && refersBack(a.sentence > b.sentence ? a : b)) ||
      checks.slice(0, 2).includes('same') ||
      (where === 'same' && !coarse);
    return tied ? 'same' : 'unstated';
  };
  for (const r of [...reports].sort((a, b) => a.trigger.start - b.trigger.start)) {
    // The latest event it fits, so that a report joins what the text was just telling of.
    const group = [...groups].reverse().find((g) => {
      const verdicts = g.map((m) => compare(m, r));
      return !verdicts.includes('differ') && verdicts.includes('same');
    });
    if (group) group.push(r);
    else groups.push([r]);
  }
  return groups.map((g, i) => merged(text, g, i, placeById, timeById));
}

/** The first of the values with the highest score, ignoring nulls (the finest place or time of an event's reports). */
export function highest<T>(xs: readonly (T | null)[], score: (x: T) => number): T | null {
  return xs.reduce<T | null>((best, x) => (x !== null && (best === null || score(x) > score(best)) ? x : best), null);
}

/** One event from its reports: the first report's trigger and claim and the first named participants; the finest place and time. */
function merged(text: string, g: readonly EventReport[], i: number, placeById: ReadonlyMap<string, Place>, timeById: ReadonlyMap<string, Timex>): Event {
  const first = g[0]!;
  const mentions: EventMention[] = g.map((r) => ({ trigger: r.trigger, modality: r.modality, claim: r.claim, attribution: r.attribution }));
  const reporting = g.find((r) => r.claim !== null) ?? first;
  const mode = g.find((r) => r.mode !== null)?.mode ?? null;
  // The first report that names a participant names it best ("Russian forces", not a later "Russia"); what one
  // report has acted on is no other report's actor ("three civilians have been killed in a bombing").
  // (Else the first any report gives: "[the gunmen] who killed [133 people]" gives one where the noun "gunmen" gives none.)
  const recipient = g.find((r) => named(text, r.recipient))?.recipient ?? g.find((r) => r.recipient !== null)?.recipient ?? null;
  const acted = g.flatMap((r) => (r.recipient ? [r.recipient.span] : []));
  // (Nor is one of the group's own triggers, an act's noun, its actor: "[Air strikes] have killed hundreds"; "Gunmen" are.)
  // (Nor a phrase one of them opens: "[Shelling of Zalingei market] kills 12".)
  const trigger = (p: EventParticipant): boolean =>
    (g.some((x) => x.trigger.start <= p.span.start && p.span.end <= x.trigger.end) && ACT_NOUN_END.test(text.slice(p.span.start, p.span.end))) ||
    (g.some((x) => x.trigger.start === p.span.start) && ACT_NOUN_START.test(text.slice(p.span.start, p.span.end)));
  const actors = g.flatMap((r) => (r.actor && !acted.some((x) => overlaps(x, r.actor!.span)) && !trigger(r.actor) ? [r.actor] : []));
  const actor = actors.find((p) => named(text, p)) ?? actors[0] ?? null;
  return {
    id: asId<EventId>(`ev${i + 1}`),
    type: first.type,
    mode,
    trigger: first.trigger,
    actor,
    recipient,
    place: highest(g.map((r) => r.place), (p) => PRECISION_RANK[placeById.get(p)?.precision ?? ''] ?? 0),
    time: highest(g.map((r) => r.time), (t) => GRANULARITY_RANK[timeById.get(t)?.granularity ?? ''] ?? 0),
    // Told as fact by any report, it is asserted.
    modality: g.some((r) => r.modality === 'asserted') ? 'asserted' : first.modality,
    claim: reporting.claim,
    attribution: reporting.attribution,
    cameo: cameoCode(first.type, mode),
    acled: acledType(first.type, mode),
    mentions,
  };
}
