/**
 * The 'entities' stage: names tagged by the trained NER model (types refined to GPE, LOC, FAC),
 * made consistent across the article, plus role descriptions and pronouns, all resolved into
 * entities (surnames, spelling variants and romanisations meet; descriptions and pronouns go to
 * the entity the text ties them to).
 */
import type { Entity, Mention } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import { type EntityId, type MentionId, asId } from '../../core/ids.js';
import { literal } from '../../core/regex.js';
import type { Span } from '../../core/span.js';
import { chunks } from '../ner/conll.js';
import {
  type RawMention,
  extendNames,
  findDescriptions,
  knownBodies,
  majorityTypes,
  mergeAdjacent,
  refineType,
  resolve,
} from '../ner/mentions.js';
import { loadModel } from '../ner/model.js';
import { nameKey } from '../ner/romanise.js';
import { defineStage } from '../pipeline.js';

/** Token text as the CoNLL-trained model expects it. */
function modelWord(w: string): string {
  if (w === '“' || w === '”' || w === '„' || w === '«' || w === '»') return '"';
  if (w === '‘' || w === '’') return "'";
  return w.replace(/’/g, "'");
}

/** A sentence's tokens as the model's words: an initial and its full stop are one ("George W. Bush", as in CoNLL). */
function initialsJoined(text: string, toks: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const dot = toks[i + 1];
    if (dot && dot.start === t.end && text[dot.start] === '.' && dot.end === dot.start + 1 && /^\p{Lu}$/u.test(text.slice(t.start, t.end)) && i + 2 < toks.length) {
      out.push({ start: t.start, end: dot.end });
      i++;
    } else out.push(t);
  }
  return out;
}

const TITLE_WORDS =
  'Rear Admiral|Vice Admiral|Air Chief Marshal|Air Marshal|Mayor|President|Vice President|Prime Minister|Minister|Governor|Gov\\.|General|Gen\\.|Brigadier|Colonel|Col\\.|Lieutenant|Lt\\.|Sergeant|Sgt\\.|Captain|Capt\\.|Major|Maj\\.|Admiral|Adm\\.|Sheriff|Senator|Sen\\.|Representative|Rep\\.|Judge|Justice|Chancellor|King|Queen|Prince|Princess|Pope|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|Deputy|Commander|Ambassador|Secretary|Chairman|Chief|Patriarch|Archbishop|Bishop|Rabbi|Imam|Sheikh|Field Marshal|Marshal|Spokesman|Spokeswoman|Spokesperson';
/**
 * Titles before a name, and words that are only titles; two joined by a hyphen are one ("Colonel-Major Amadou Abdramane"). A
 * whole word each: "Kingsley Wilson" has no title.
 */
const TITLES = new RegExp(`^(?:(?:${TITLE_WORDS})(?![\\p{L}])(?:-(?=(?:${TITLE_WORDS})\\b))?\\s*)+`, 'u');

/** A compass point and one more word ("North Darfur"); the word is group 1. */
const COMPASS_PLACE = /^(?:North|South|East|West)(?:ern)?\s+(\p{Lu}\p{Ll}+)$/u;

/** An institution's head noun and its preposition right before the rest of its name ("Office for the" of "Office for the Coordination of …"). */
const INSTITUTION_BEFORE = /\b(?:Office|Ministry|Department|Commission|Committee|Council|Agency|Bureau|Directorate|Centre|Center|Institute)\s+(?:for|of|on)\s+(?:the\s+)?$/;

/** A compass point right before a word ("South" of "South Sudanese"). */
const COMPASS_BEFORE = /\b(?:North|South|East|West)\s$/;

/** A role of whoever governs a place, then a name ("[Kharkiv] governor Oleh Syniehubov"). */
const JURISDICTION_ROLE = /^\s+(?:(?:regional|provincial|state|city|district)\s+)?(?:governor|mayor|police\s+chief)\s+\p{Lu}/u;

/** A title's last word ("Defense Minister", "President"), right before a name. */
const TITLE_LAST = /^(?:Minister|President|Governor|General|Colonel|Ambassador|Secretary|Senator|Mayor|Chancellor|Commander|Envoy|Spokesman|Spokeswoman|Spokesperson)$/;

/**
 * A person whose first name is a place, which the tagger, knowing the place from elsewhere in the article, took for it:
 * "Defense Minister [Israel] Katz" is Israel Katz. After a title, a place of one word and a capitalised word left untagged
 * that is no place are one person.
 */
function titledPlaceName(words: readonly string[], tags: readonly string[], places: ReadonlySet<string>): readonly string[] {
  let out: string[] | null = null;
  for (let i = 1; i + 1 < words.length; i++) {
    if (tags[i] !== 'B-LOC' || tags[i + 1] !== 'O' || !TITLE_LAST.test(words[i - 1]!)) continue;
    const next = words[i + 1]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(next) || places.has(next.toLowerCase())) continue;
    out ??= [...tags];
    out[i] = 'B-PER';
    out[i + 1] = 'I-PER';
  }
  return out ?? tags;
}

/** Tagged names of every sentence; a sentence that fails is reported and skipped. */
function tagNames(doc: Doc): RawMention[] {
  const tagger = loadModel();
  const out: RawMention[] = [];
  const { tokens, sentences } = doc.layers;
  const spansOf = sentences.map((s) => initialsJoined(doc.text, tokens.slice(s.tokenStart, s.tokenEnd)));
  const wordsOf = spansOf.map((spans) => spans.map((t) => modelWord(doc.slice(t))));
  // What the whole article says about a word (written in lower case elsewhere, tagged so in a
  // first pass over the sentences with recurring names) informs each sentence.
  const view = tagger.viewOf(wordsOf);
  // (Names the text itself calls cities: so typed wherever they recur.)
  const settled = new Set<string>();
  // (A word that heads a body's name, never a person's, in the tagger's own list: "Organization", "Forces", "Brigades".)
  const bodyWord = (name: string): boolean => name.toLowerCase().split(/\s+/).some((w) => tagger.context.orgWords.has(w) || tagger.context.orgWords.has(w.replace(/s$/, '')));
  for (const [k, s] of sentences.entries()) {
    try {
      const toks = spansOf[k]!;
      const words = wordsOf[k]!;
      const { tags: tagged, confidence } = tagger.tag(words, view);
      const tags = titledPlaceName(words, tagged, tagger.context.places);
      for (const [tagged, a, b] of chunks(tags)) {
        let type = tagged;
        let start = toks[a]!.start;
        const end = toks[b - 1]!.end;
        // A title is not part of the name ("Mayor Ivan Petrenko" is Ivan Petrenko); titles alone are no name.
        // An abbreviated title alone is no name of any type ("Col" of "Lt. Col. Guillaume Ndjike").
        if (doc.text[end] === '.' && TITLES.exec(doc.text.slice(start, end + 1))?.[0].length === end + 1 - start) continue;
        // (A place's title inside the name the tagger gave, "[Derna Mayor ]Abdulmenam al-Ghaithi": the person after it.)
        const placeTitle = type !== 'LOC' ? PLACE_TITLE.exec(doc.text.slice(start, end)) : null;
        if (placeTitle) {
          start += placeTitle[0].length;
          type = 'PER';
        }
        const title = TITLES.exec(doc.text.slice(start, end));
        if (title && (type === 'PER' || type === 'ORG' || type === 'MISC')) {
          if (title[0].length === end - start) continue;
          if (type === 'PER') start += title[0].length;
        }
        // A compass point the tagger left out before a people's name is part of it ("South Sudanese forces", "North Korean").
        const compassBefore = type === 'MISC' && a > 0 && !tags[a - 1]!.endsWith(type) ? COMPASS_BEFORE.exec(doc.text.slice(Math.max(0, start - 8), start)) : null;
        if (compassBefore && tagger.context.demonyms?.has(doc.text.slice(start, end).toLowerCase())) start -= compassBefore[0].length;
        // So is an institution's head noun before "for the" or "of" ("[Office for the] Coordination of Humanitarian Affairs").
        const headBefore = type === 'ORG' && a > 0 && tags[a - 1] === 'O' ? INSTITUTION_BEFORE.exec(doc.text.slice(Math.max(0, start - 40), start)) : null;
        // (Not one the tagger gave a name of its own: "U.N. Office" + "for the" + "Coordination of …", which `mergeAdjacent` joins.)
        if (headBefore && toks.every((t, k) => k >= a || t.start < start - headBefore[0].length || tags[k] === 'O')) start -= headBefore[0].length;
        // A single word typed MISC that names a place and is no demonym ("talks on Kherson") is a
        // place, with a confidence that says the tagger thought otherwise.
        const word = doc.text.slice(start, end);
        const place =
          type === 'MISC' &&
          /^\p{Lu}\p{Ll}+$/u.test(word) &&
          tagger.context.places.has(word.toLowerCase()) &&
          !tagger.context.demonyms?.has(word.toLowerCase()) &&
          !/(an|ese|ish|ic|i)$/.test(word);
        // A compass point before a place the tagger typed MISC or a person is a place ("North Darfur", "South Kordofan"),
        // not a people ("North Korean").
        const compass = (type === 'MISC' || type === 'PER') && COMPASS_PLACE.exec(word);
        const region = compass && !tagger.context.demonyms?.has(compass[1]!.toLowerCase().replace(/s$/, '')) && !tagger.context.demonyms?.has(compass[1]!.toLowerCase());
        // A "person" before a governor's or mayor's title and name is where they govern ("Norte de Santander governor
        // William Villamizar").
        const governed = type === 'PER' && JURISDICTION_ROLE.test(doc.text.slice(end, end + 40));
        // A name of up to three words named as a city, a capital or an area is a place, whatever the tagger made of it ("the
        // Ukrainian city of Dnipro", "the state capital, Sittwe", "the Wharf Jeremie area of Cite Soleil").
        // (Or as a town or a village after it, where the text is on a place: "in [Ann] town".)
        const named =
          type !== 'MISC' &&
          /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+){0,2}$/u.test(word) &&
          (SETTLEMENT_BEFORE.test(doc.text.slice(Math.max(0, start - 30), start)) ||
            (SETTLEMENT_AFTER.test(doc.text.slice(end, end + 20)) && PLACE_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start))) ||
            // (Or as an area of a country, in lower case after it: "western Niger's [Tillia] department".)
            (AREA_AFTER.test(doc.text.slice(end, end + 20)) && /(?:['’]s|\bthe)\s+$/u.test(doc.text.slice(Math.max(0, start - 6), start))));
        const settlement = named && (type === 'ORG' || type === 'PER');
        // A name the tagger typed a body, right after a role in lower case, is the person in that role: "World Health Organization
        // chief [Tedros Adhanom Ghebreyesus]" (not a body's own name: "its chief [Rapid Support Forces] …").
        const roled = type === 'ORG' && ROLE_BEFORE_NAME.test(doc.text.slice(Math.max(0, start - 24), start)) && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}$/u.test(word) && !bodyWord(word);
        // (And one the tagger typed a person right after a body's role in lower case is that body: "grid operator [Ukrenergo]",
        // "state broadcaster [Suspilne]".)
        // (Sure enough that the name is that body's wherever else the tagger read it as a person: "Ukrenergo later said".)
        const bodied = (type === 'PER' || type === 'MISC' || type === 'ORG') && BODY_ROLE_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start)) && /^\p{Lu}[\p{L}-]+$/u.test(word);
        const conf = confidence.slice(a, b).reduce((x, y) => Math.min(x, y), 1);
        const raw: RawMention = {
          start,
          end,
          type: place || region || governed || settlement ? 'GPE' : roled ? 'PERSON' : bodied ? 'ORG' : refineType(type, word),
          kind: 'name',
          confidence: place || region || governed || settlement ? 0.5 : bodied ? 1 : Math.round(conf * 100) / 100,
          sentence: s.index,
          paragraph: s.paragraph,
          cluster: -1,
        };
        if (named) settled.add(word);
        out.push(...extendNames(doc.text, raw));
      }
    } catch (e) {
      doc.report(
        'warning',
        'NER_SENTENCE_FAILED',
        `Names of a sentence were skipped: ${e instanceof Error ? e.message : e}`,
        { stage: 'entities', span: s },
      );
    }
  }
  for (const m of out) {
    const word = doc.slice(m);
    if (settled.has(word) && (m.type === 'ORG' || m.type === 'PERSON')) m.type = 'GPE';
  }
  // A people's plural and the body named for them, which the tagger split at the apostrophe, are one body: "[Al-Aqsa Martyrs]'
  // [Brigades]".
  // (So are a movement and the land it is named for: "[Islamic Resistance] in [Iraq]".)
  for (let i = out.length - 2; i >= 0; i--) {
    const [m, next] = [out[i]!, out[i + 1]!];
    if (m.type === 'PERSON' || next.start < m.end) continue;
    const plural = /\p{Ll}s$/u.test(doc.slice(m)) && /^['’]\s+$/.test(doc.text.slice(m.end, next.start)) && PLURALS_BODY.test(doc.slice(next));
    const ofLand = MOVEMENT_END.test(doc.slice(m)) && /^\s+in\s+(?:the\s+)?$/.test(doc.text.slice(m.end, next.start)) && (next.type === 'GPE' || next.type === 'LOC') && !/^\s+\p{Lu}/u.test(doc.text.slice(next.end, next.end + 3));
    if (plural || ofLand) out.splice(i, 2, { ...m, end: next.end, type: 'ORG' });
  }
  return out;
}

/** The last word of a movement's name that the land it is named for may follow ("Islamic Resistance [in Iraq]"). */
const MOVEMENT_END = /\b(?:Resistance|Front|Movement)$/;
/** A body named for a people, after their plural's apostrophe ("Martyrs' [Brigades]", "Workers' [Party]"). */
const PLURALS_BODY = /^(?:Brigades?|Battalions?|Party|Front|Movement|Army|Union|Council|Committee|Association|League|Organi[sz]ation|Group|Congress)\b/;

/** A role in lower case right before a person's name ("chief ", "spokesman "). */
const ROLE_BEFORE_NAME = /(?:^|\s)(?:chief|head|director-general|spokesman|spokeswoman|spokesperson|envoy|commander|chairman|chairwoman)\s+$/;
/** A body's role in lower case right before its one-word name ("grid operator ", "state broadcaster ", "energy company "). */
const BODY_ROLE_BEFORE = /(?:^|\s)(?:operator|company|firm|utility|provider|broadcaster|carrier|airline|manufacturer|maker|giant|watchdog|regulator|producer|lender|conglomerate|insurer|shipper|miner|refiner)\s+$/;
/** A place's name and an office there, capitalised, before a person's full name ("Derna Mayor ", "Kherson Governor "). */
const PLACE_TITLE =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:Mayor|Governor|Gov\.|Police\s+Chief|Regional\s+Governor)\s+(?=\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}|(?:al|el|bin|ibn|abu|ben|de|van|von)[-\s]))/u;
/** What names a place as a settlement or a part of one right before its name ("the city of ", "the state capital, ", "the area of ", "the regional capital "). */
const SETTLEMENT_BEFORE = /\b(?:(?:city|town|village|port|capital|diocese|archdiocese|eparchy|area|district|neighbourhood|neighborhood|suburb|slum|commune)\s+of|(?:the|its|a)\s+(?:\p{Ll}+\s+)?(?:capital|city|town),|(?:the|its)\s+(?:regional|provincial|state|district|county)\s+capital)\s+$/u;

/** What names a place as an area of a country right after its name (" department", " province"). */
const AREA_AFTER = /^\s+(?:department|province|district|governorate|prefecture|commune|municipality)\b/;

/** What names a place as a settlement right after its name (" town", " village"; not " town hall"). */
const SETTLEMENT_AFTER = /^\s+(?:town|village|township)\b(?!\s+hall)/;

/** Head words of geographic names that the text may drop ("the Dnieper River", then "the Dnieper"). */
const GEOGRAPHIC_HEAD = /^(\p{Lu}[\p{L}'’-]+) (?:River|Sea|Ocean|Strait|Gulf|Canal|Mountains|Desert)$/u;

/** Words before a place name ("in Kherson"), never before a person's. */
const PLACE_BEFORE = /\b(in|at|from|to|near|outside|into|across|towards?|around|of)\s+$/i;

/**
 * A name tagged once is tagged alike elsewhere in the article: untagged exact repeats, a river
 * without "River", a person's surname in another spelling.
 */
function consistent(doc: Doc, tagged: RawMention[]): RawMention[] {
  // A known body's whole name is one name, whatever pieces the tagger made of it ("[Syrian] Observatory for [Human Rights]").
  const known = knownBodies(doc.text);
  const bodies = known.filter((hit) => /\s/.test(doc.text.slice(hit.start, hit.end)));
  // (And a known body the tagger took for a person or a place is a body: "IAEA chief Rafael Grossi".)
  const names = tagged
    .filter((m) => !bodies.some((hit) => hit.start <= m.start && m.end <= hit.end && (hit.start < m.start || m.end < hit.end)))
    .map((m) => (m.type !== 'ORG' && known.some((hit) => hit.start === m.start && hit.end === m.end) ? { ...m, type: 'ORG' as const } : m));
  const extra: RawMention[] = [];
  const covered = (a: number, b: number): boolean =>
    names.some((m) => m.start < b && a < m.end) || extra.some((m) => m.start < b && a < m.end);
  /** Adds another occurrence of name `m` at [start, end), unless another name holds it. */
  const add = (m: RawMention, start: number, end: number, confidence: number): void => {
    if (covered(start, end)) return;
    const sentence = doc.layers.sentences.find((s) => s.start <= start && end <= s.end);
    if (sentence)
      extra.push({
        ...m,
        start,
        end,
        confidence,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
        cluster: -1,
      });
  };
  // An armed group or aid body of conflict news the tagger missed ("M23 rebels say …"), before a repeat could take a piece of it.
  for (const hit of known) add({ start: 0, end: 0, type: 'ORG', kind: 'name', confidence: 0.6, sentence: 0, paragraph: 0, cluster: -1 }, hit.start, hit.end, 0.6);
  const seen = new Set<string>();
  for (const m of names) {
    const surface = doc.text.slice(m.start, m.end);
    if (seen.has(surface) || surface.length < 3 || !/^\p{Lu}/u.test(surface)) continue;
    seen.add(surface);
    // A river or sea named whole once is also "the Dnieper" without its head word.
    const geographic = GEOGRAPHIC_HEAD.exec(surface);
    const pattern =
      geographic && (m.type === 'LOC' || m.type === 'GPE')
        ? `(?:${literal(surface)}|(?<=\\bthe )${literal(geographic[1]!)})`
        : literal(surface);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of doc.text.matchAll(re)) add(m, hit.index, hit.index + hit[0].length, Math.min(m.confidence, 0.7));
  }
  // A person's surname written another way ("Sobolevskyi" after "Yuriy Sobolevsky"): a one-word
  // name the tagger typed otherwise is the person (a place only where no preposition of place
  // comes before it: "in Washington" stays a place), and a capitalised word it missed is a
  // mention of them, when it stands alone (not "Sobolevskyi Street").
  // (Or the first of a name of three words or more, which the news may call the person by: "Tedros" after "Tedros Adhanom
  // Ghebreyesus"; typed a body or a miscellany only.)
  const surnames = new Map<string, RawMention>();
  const firsts = new Set<string>();
  for (const m of names) {
    const words = doc.text.slice(m.start, m.end).split(/\s+/);
    const key = nameKey(words[words.length - 1]!);
    if (m.type === 'PERSON' && words.length > 1 && key.length >= 5 && !surnames.has(key)) surnames.set(key, m);
    if (m.type === 'PERSON' && words.length > 2 && words[0]!.length >= 4) firsts.add(nameKey(words[0]!));
  }
  for (const m of names) if ((m.type === 'ORG' || m.type === 'MISC') && firsts.has(nameKey(doc.text.slice(m.start, m.end)))) m.type = 'PERSON';
  if (surnames.size === 0) return [...names, ...extra];
  for (const m of names) {
    const surface = doc.text.slice(m.start, m.end);
    if (/\s/.test(surface) || !surnames.has(nameKey(surface))) continue;
    const place = m.type === 'GPE' || m.type === 'LOC';
    if (
      m.type === 'ORG' ||
      m.type === 'MISC' ||
      (place && !PLACE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)))
    )
      m.type = 'PERSON';
  }
  for (const hit of doc.text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu)) {
    const person = surnames.get(nameKey(hit[0]));
    const start = hit.index;
    const end = start + hit[0].length;
    const alone =
      !/\p{Lu}[\p{L}'’-]*\s$/u.test(doc.text.slice(Math.max(0, start - 30), start)) &&
      !/^\s\p{Lu}/u.test(doc.text.slice(end, end + 2));
    if (person && alone) add(person, start, end, Math.min(person.confidence, 0.6));
  }
  return [...names, ...extra];
}

/** Entities and their mentions. */
export const entitiesStage = defineStage({
  name: 'entities',
  version: 2,
  requires: ['tokens', 'sentences'],
  assigns: ['mentions', 'entities'],
  run(doc: Doc) {
    const names = consistent(doc, mergeAdjacent(doc.text, tagNames(doc)));
    majorityTypes(doc.text, names);
    const others = doc.layers.sentences
      .flatMap((s) => findDescriptions(doc.text, s))
      // A description may contain a name ("The Kremlin’s top spokesman", "A local Ukrainian official"), not cut one.
      .filter((d) => !names.some((n) => n.start < d.end && d.start < n.end && !(d.start <= n.start && n.end <= d.end)));
    const all = [...names, ...others];
    resolve(doc.text, all);
    const kept = all.filter((m) => m.cluster >= 0).sort((a, b) => a.start - b.start || b.end - a.end);
    // Entity ids in order of first mention.
    const order = new Map<number, number>();
    for (const m of kept) if (!order.has(m.cluster)) order.set(m.cluster, order.size);
    const mentions: Mention[] = kept.map((m, i) => ({
      id: asId<MentionId>(`m${i + 1}`),
      start: m.start,
      end: m.end,
      entity: asId<EntityId>(`e${order.get(m.cluster)! + 1}`),
      type: m.type,
      kind: m.kind,
      confidence: m.confidence,
    }));
    const entities: Entity[] = [];
    for (const [cluster, index] of [...order.entries()].sort((a, b) => a[1] - b[1])) {
      const members = mentions.filter((_, i) => kept[i]!.cluster === cluster);
      const named = members.filter((m) => m.kind === 'name');
      // The longest name, in the article's Latin script where it has one ("Volodymyr Zelenskiy", not "Володимир Зеленський"),
      // and as the text writes it where it also does ("Baku", not a dateline's "BAKU").
      const names = named.map((m) => doc.slice(m));
      const latin = names.filter((n) => !/[\u0400-\u04FF]/.test(n));
      // (Or an initialism, where the dateline shouts the name: "U.N.", not "UNITED NATIONS".)
      const written = latin.filter((n) => /\p{Ll}/u.test(n) || !/\p{Lu}{4}/u.test(n));
      const canonical = (written.length > 0 ? written : latin.length > 0 ? latin : names).reduce((best, s) => (s.length > best.length ? s : best), '');
      // (A name the tagger took for MISC once is the type its other names have: "World Central Kitchen" and "WCK".)
      const type = (named[0]?.type === 'MISC' ? named.find((m) => m.type !== 'MISC')?.type : undefined) ?? named[0]?.type ?? members[0]!.type;
      entities.push({
        id: asId<EntityId>(`e${index + 1}`),
        type,
        canonical,
        key: nameKey(canonical),
        mentions: members.map((m) => m.id),
      });
    }
    doc.layers.mentions = mentions.map((m) => ({ ...m, type: entities[Number(m.entity.slice(1)) - 1]!.type }));
    doc.layers.entities = entities;
  },
});
