/**
 * Every kind of annotation sitrep puts on a document. Each is a span (or holds spans) into the
 * document's text; nothing copies text except the derived `text` fields the JSON output adds.
 * Status and kind fields are literal unions so that a `switch` over them can be exhaustive.
 */
import type {
  AttributionId,
  ClaimId,
  EntityId,
  EventId,
  MentionId,
  PlaceId,
  TimexId,
} from './ids.js';
import type { Span } from './span.js';

// ─── Segmentation ────────────────────────────────────────────────────────────────────────────

/** A paragraph: a block of text separated from the next by a blank line or an indented break. */
export interface Paragraph extends Span {
  readonly index: number;
}

/** A sentence, with the index of its paragraph and its token range `[tokenStart, tokenEnd)`. */
export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** What a token is made of; helps later stages without re-reading characters. */
export type TokenShape = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

/** A token with the index of its sentence. */
export interface Token extends Span {
  readonly index: number;
  readonly sentence: number;
  readonly shape: TokenShape;
}

/**
 * A stretch of quoted text: `start`/`end` include the quote marks, `inner` excludes them.
 * A quote may run over several sentences and paragraphs; `closed` is false when the text ends
 * (or a new paragraph opens a new quote, as in news style) before a closing mark.
 */
export interface Quote extends Span {
  readonly index: number;
  readonly inner: Span;
  readonly closed: boolean;
}

// ─── Entities ────────────────────────────────────────────────────────────────────────────────

/** Entity types, CoNLL-style plus GPE and FAC as in the seed annotation. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'MISC';

/** How an entity is referred to: by name, by pronoun, or by a description ("the ministry"). */
export type MentionKind = 'name' | 'pronoun' | 'description';

/** One reference to an entity in the text. */
export interface Mention extends Span {
  readonly id: MentionId;
  readonly entity: EntityId;
  readonly type: EntityType;
  readonly kind: MentionKind;
  /** 0..1: how sure the stage that made it is. */
  readonly confidence: number;
}

/** An entity inside one article, with all its mentions. */
export interface Entity {
  readonly id: EntityId;
  readonly type: EntityType;
  /** The fullest name used in the article (e.g. "Dmitry Peskov" for "Peskov"). */
  readonly canonical: string;
  /** Romanisation-aware matching key: Kyiv and Kiev share one. */
  readonly key: string;
  readonly mentions: readonly MentionId[];
}

// ─── Attributions and claims ─────────────────────────────────────────────────────────────────

/** Direct: the exact words in quotes; indirect: reported speech; mixed: partly quoted. */
export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/** Who a statement comes from: an entity of the article, or a non-person source. */
export type Source =
  | { readonly kind: 'entity'; readonly entity: EntityId }
  | {
      readonly kind: 'nonperson';
      /** e.g. 'social-media', 'statement', 'document', 'video' */
      readonly label: string;
    }
  | { readonly kind: 'unresolved'; readonly text: string };

/** Who said what: the speaker, the verb or phrase that signals speech, and the content. */
export interface Attribution {
  readonly id: AttributionId;
  readonly kind: AttributionKind;
  readonly source: Source;
  /** The words naming the speaker here ("the ministry", "he"); null for a continuation. */
  readonly speaker: Span | null;
  /** "said", "told", "according to", "showed"; null for a continuation. */
  readonly cue: Span | null;
  readonly content: Span;
  /** "on its official Telegram channel", "during a regular briefing". */
  readonly channel: Span | null;
  /** Normalised channel name where known, e.g. 'telegram'. */
  readonly channelName: string | null;
  /** "CNN" in "told CNN"; "residents" in "warned residents". */
  readonly recipient: Span | null;
  /**
   * Where the text says the source is unnamed at its own request or unnamed outright: "speaking
   * on condition of anonymity", "who asked not to be named", "an anonymous official"; a
   * continuation has its head's.
   */
  readonly anonymity: Span | null;
  /** The attribution this one continues (a quote over several sentences or paragraphs). */
  readonly continues: AttributionId | null;
}

/** A source's stance on a proposition. */
export type StanceStatus =
  | 'asserted'
  | 'denied'
  | 'neither_confirmed_nor_denied'
  | 'cannot_confirm'
  | 'refused_comment'
  | 'hedged'
  | 'warning'
  | 'reported_seen_by_outlet'
  | 'not_independently_verified';

/** What a reader should take away about a claim, all stances considered. */
export type OverallStatus =
  | 'corroborated'
  | 'asserted_single_source'
  | 'unconfirmed'
  | 'disputed'
  | 'denied'
  | 'hedged'
  | 'warning'
  | 'refused_comment'
  | 'reported_seen_by_outlet';

/** One source's stance on a claim, with the evidence for it. */
export interface Stance {
  readonly source: Source;
  readonly status: StanceStatus;
  readonly attribution: AttributionId | null;
  /** The words that carry the stance ("probably", "could neither confirm nor deny"). */
  readonly cue: Span | null;
  readonly evidence: Span;
}

/** A proposition with every source's stance on it. */
export interface Claim {
  readonly id: ClaimId;
  /** The words stating the proposition. */
  readonly proposition: Span;
  readonly stances: readonly Stance[];
  readonly overall: OverallStatus;
}

// ─── Time ────────────────────────────────────────────────────────────────────────────────────

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How fine a normalised value is. */
export type Granularity =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'unknown';

/** A time expression normalised against the publication date (TIMEX3 value syntax). */
export interface Timex extends Span {
  readonly id: TimexId;
  readonly type: TimexType;
  /** e.g. "2022-11-11", "2022-11-11T05:00+03:00", "P3D", "PRESENT_REF". */
  readonly value: string;
  readonly granularity: Granularity;
  /** What the value was computed from. */
  readonly anchor: 'absolute' | 'publication' | 'context' | 'none';
  /** One end of a range ("from Monday to Wednesday"): its role and the other end. */
  readonly range?: { readonly role: 'begin' | 'end'; readonly other: TimexId };
}

// ─── Places ──────────────────────────────────────────────────────────────────────────────────

/** How precisely a place is located; 'unresolved' rather than a guess. */
export type PlacePrecision = 'point' | 'city' | 'region' | 'country' | 'unresolved';

/**
 * How the text uses a place name: as a location ("shelling hit Kherson"), inside another name
 * ("the Minnesota State Patrol", "Kherson regional administration"), or as an adjective or
 * demonym ("Russian forces"). Only a location says where something happened.
 */
export type PlaceUse = 'location' | 'in-name' | 'demonym';

/** A toponym resolved (or not) to coordinates. */
export interface Place extends Span {
  readonly id: PlaceId;
  readonly mention: MentionId | null;
  /** The gazetteer's name for it ("Kyiv" for "Kiev"). */
  readonly name: string;
  /** 'country' | 'admin1' | 'city' | 'town' | 'river' | 'bridge' | 'square' | 'region' | … */
  readonly featureKind: string;
  readonly precision: PlacePrecision;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  readonly countryCode: string | null;
  readonly confidence: number;
  readonly use: PlaceUse;
}

// ─── Events ──────────────────────────────────────────────────────────────────────────────────

/** The 16 PLOVER event types. */
export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** Whether the text reports the event as happening, possibly happening, not happening or planned. */
export type EventModality = 'asserted' | 'hedged' | 'negated' | 'future';

/** A participant of an event: words in the text, and what the stage could tell about them. */
export interface EventParticipant {
  readonly span: Span;
  readonly entity: EntityId | null;
  /** e.g. 'military', 'government', 'civilian', 'media', 'rebel'. */
  readonly sector: string | null;
  /** ISO 3166-1 alpha-3 where the text allows. */
  readonly country: string | null;
}

/** One report of an event in the text: its trigger, how it is told, and who tells it. */
export interface EventMention {
  readonly trigger: Span;
  readonly modality: EventModality;
  readonly claim: ClaimId | null;
  readonly attribution: AttributionId | null;
}

/**
 * A PLOVER-coded event tied to its evidence: one record however often the article reports it.
 * `trigger`, `claim` and `attribution` are the first report's (the first with a claim, for those
 * two); participants, place and time the most telling any report gives; `mentions` every report.
 */
export interface Event {
  readonly id: EventId;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly trigger: Span;
  readonly actor: EventParticipant | null;
  readonly recipient: EventParticipant | null;
  readonly place: PlaceId | null;
  readonly time: TimexId | null;
  readonly modality: EventModality;
  readonly claim: ClaimId | null;
  readonly attribution: AttributionId | null;
  readonly cameo: string | null;
  readonly acled: string | null;
  readonly mentions: readonly EventMention[];
}
