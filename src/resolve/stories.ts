/**
 * Stories across outlets. Articles are grouped by syndication (wire copies and light rewrites of
 * one original: MinHash near-duplicates) and clustered into stories (shared entities and places,
 * TF-IDF cosine of the content, a time window). Articles are taken in publication order (then by
 * id), so the result does not depend on the order they arrived in; every merge is explained.
 * Within a story, claims are matched across articles and corroboration is counted over
 * independent sources only: a speaker quoted by five outlets is one source; a wire copy adds none.
 */
import { createHash } from 'node:crypto';
import type { AnalysisJson } from '../analyze/json.js';
import { contentWords } from '../analyze/claims/stance.js';
import { PLATFORMS } from '../analyze/attribution/cues.js';
import { stateOf } from '../analyze/claims/state.js';
import { nameKey } from '../analyze/ner/romanise.js';
import { PRECISION_RANK, type PlacePoint, highest, samePlace, sameTime } from '../analyze/events/coref.js';
import { bandKeys, minhash, shingles, similarity } from './shingles.js';

type Rec = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Options for {@link buildStories}. */
export interface StoryOptions {
  /** Cosine similarity needed to join a story (default 0.18, tuned on ECB+ topics 1–35). */
  readonly threshold?: number;
  /** Days between an article and a story's latest article beyond which it starts a new story (default 7). */
  readonly windowDays?: number;
  /** Estimated Jaccard of shingles above which two articles are copies of one original (default 0.7). */
  readonly duplicate?: number;
}

/** A report of a claim in one article. */
export interface ClaimReport {
  readonly article: string;
  readonly outlet: string | null;
  readonly origin: string;
  readonly source: string;
  readonly status: string;
  readonly published: string | null;
  readonly text: string;
}

/** A claim matched across the articles of a story. */
export interface StoryClaim {
  readonly proposition: string;
  readonly reports: readonly ClaimReport[];
  /** Independent sources (distinct speakers, wire copies collapsed) asserting it. */
  readonly asserting: readonly string[];
  readonly denying: readonly string[];
  readonly unverified: readonly string[];
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Conflicting figures kept side by side ("40, 47, 53"). */
  readonly figures: readonly number[] | null;
}

/** One article's report of an event. */
export interface StoryEventReport {
  readonly article: string;
  readonly outlet: string | null;
  readonly origin: string;
  readonly trigger: string;
  readonly modality: string;
  readonly published: string | null;
}

/** An event matched across the articles of a story. */
export interface StoryEvent {
  readonly type: string;
  readonly mode: string | null;
  /** The most precise place any report gives, with its precision. */
  readonly place: { readonly name: string; readonly precision: string } | null;
  /** The finest time any report gives (a TIMEX value). */
  readonly time: string | null;
  /** Actors as written, and their countries. */
  readonly actors: readonly string[];
  readonly reports: readonly StoryEventReport[];
  /** Independent origins (an agency's copies are one) that report it as happening or likely. */
  readonly origins: readonly string[];
}

/** A story. */
export interface Story {
  readonly id: string;
  readonly title: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly places: readonly string[];
  readonly entities: readonly string[];
  readonly articles: readonly string[];
  /** Articles grouped by their original (agency or first publisher). */
  readonly origins: readonly { readonly origin: string; readonly articles: readonly { id: string; outlet: string | null; title: string | null; published: string | null }[] }[];
  readonly claims: readonly StoryClaim[];
  readonly events: readonly StoryEvent[];
  /** Why each article after the first joined. */
  readonly merges: readonly { readonly article: string; readonly reason: string }[];
}

const AGENCY = /\b(Reuters|Associated Press|AP|AFP|Agence France-Presse|dpa|Xinhua|Interfax|TASS|Ukrinform|Anadolu)\b/;
/** A news agency or a platform carries what is said ("(Reuters)", "on Telegram"); it is not what a story is about. */
const carrier = (e: { readonly canonical?: unknown }): boolean => AGENCY.test(str(e.canonical)) || PLATFORMS.test(str(e.canonical));
const AGENCY_NAMES: Record<string, string> = { AP: 'Associated Press', AFP: 'Agence France-Presse', 'Agence France-Presse': 'Agence France-Presse' };

/** The wire agency an article credits ("(Reuters) —", "— AFP", byline), or null. */
export function creditedAgency(a: AnalysisJson): string | null {
  const head = `${a.article.byline ?? ''} ${a.article.text.slice(0, 160)} ${a.article.text.slice(-120)}`;
  const credit = /\((Reuters|AP|AFP|dpa|Xinhua|Interfax|TASS)\)|^\s*[A-Z][A-Za-z ,]+\((Reuters|AP|AFP)\)|(?:—|-)\s*(Reuters|Associated Press|Agence France-Presse|AFP|AP)\s*$/m.exec(head);
  const name = credit?.[1] ?? credit?.[2] ?? credit?.[3] ?? (a.article.byline ? AGENCY.exec(a.article.byline)?.[1] : undefined);
  return name ? (AGENCY_NAMES[name] ?? name) : null;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller id is the root: the grouping does not depend on the order of unions.
    const [low, high] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(high, low);
  }
}

/** Article id → origin label (the agency credited, or the first publisher) for a set of articles. */
export function syndication(articles: readonly AnalysisJson[], duplicate = 0.7): Map<string, string> {
  const origin = new Map<string, string>();
  for (const story of buildStories(articles, { duplicate })) {
    for (const o of story.origins) for (const a of o.articles) origin.set(a.id, o.origin);
  }
  return origin;
}

const STOP = new Set('said says that this with from have been were will would their there they about after which while also into than more over under other some what when where who whom because before could should them then these those being most such only very just'.split(' '));

/** Weighted features of an article: entity keys (strong), then content words. */
function features(a: AnalysisJson): Map<string, number> {
  const f = new Map<string, number>();
  for (const e of a.entities) {
    const type = str(e.type);
    const key = str(e.key);
    if (!key || carrier(e)) continue;
    // A named thing that is no person, body or place ("Watergate", "Internet Explorer") names a story as well;
    // how common it is (a nationality) is the IDF's to say, not its type's.
    f.set(`E:${key}`, (f.get(`E:${key}`) ?? 0) + (type === 'GPE' || type === 'LOC' || type === 'FAC' ? 4 : 3));
  }
  const text = `${a.article.title ?? ''} ${a.article.text}`.toLowerCase();
  for (const w of text.split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 4 || STOP.has(w) || /^\d+$/.test(w)) continue;
    f.set(w, (f.get(w) ?? 0) + 1);
  }
  return f;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** The longest a story may run, in days. */
const MAX_SPAN_DAYS = 30;

const day = (iso: string | null): number | null => (iso ? Math.floor(Date.parse(iso) / 86400000) : null);

interface Cluster {
  members: AnalysisJson[];
  centroid: Map<string, number>;
  first: number | null;
  last: number | null;
  merges: { article: string; reason: string }[];
  indexed: Set<string>;
}

/** The features of an article that decide document frequencies (for a first pass over a corpus). */
export function documentFeatures(a: AnalysisJson): Iterable<string> {
  return features(a).keys();
}

/** Candidate stories come through the article's entities and its strongest words. */
function top(v: ReadonlyMap<string, number>, k: number): string[] {
  const ranked = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
  return [...new Set([...ranked.filter((f) => f.startsWith('E:')).slice(0, 12), ...ranked.slice(0, k)])];
}

/** What a member keeps once added: no text (its shingles and agency credit are taken first). */
function slim(a: AnalysisJson): AnalysisJson {
  return {
    ...a,
    article: { ...a.article, text: a.article.text.slice(0, 200), paragraphs: [], sentences: [], quotes: [] },
    attributions: [],
    times: [],
    events: eventsOf(a),
    diagnostics: [],
    entities: a.entities.map((e) => ({ id: e.id, type: e.type, canonical: e.canonical, key: e.key })),
    places: a.places.filter((p) => typeof p.lat === 'number' && p.use !== 'demonym').map((p) => ({ name: p.name, lat: p.lat, use: p.use })),
  };
}

/**
 * Builds stories from articles that arrive in publication order (then by id). A story that can no
 * longer grow (its latest article is more than the window behind, or it is a month old) is
 * finished and its articles released, so memory holds only the stories still open.
 *
 * @example
 * const builder = new StoryBuilder(df, n);
 * for (const a of inPublicationOrder) builder.add(a);
 * const stories = builder.finish();
 */
export class StoryBuilder {
  private readonly threshold: number;
  private readonly windowDays: number;
  private readonly duplicate: number;
  private readonly open = new Map<number, Cluster>();
  private readonly index = new Map<string, Set<number>>();
  private readonly sigs = new Map<string, Uint32Array>();
  private readonly bands = new Map<string, string[]>();
  private readonly buckets = new Map<string, string[]>();
  private readonly credit = new Map<string, string | null>();
  private readonly uf = new UnionFind();
  private readonly done: Story[] = [];
  private next = 0;

  /** `df`: document frequency of each feature over the corpus; `count`: its number of articles. */
  constructor(
    private readonly df: ReadonlyMap<string, number>,
    count: number,
    options: StoryOptions = {},
  ) {
    this.threshold = options.threshold ?? 0.18;
    this.windowDays = options.windowDays ?? 7;
    this.duplicate = options.duplicate ?? 0.7;
    // A small corpus says little about which words are common: IDF as if there were at least 200 articles.
    this.n = Math.max(count, 200);
  }

  private readonly n: number;

  /** Adds the next article (publication order). */
  add(a: AnalysisJson): void {
    const id = a.article.id;
    const when = day(a.article.published);
    if (when !== null) this.close(when);
    // Copies of one original, among the articles of open stories.
    const sig = minhash(shingles(a.article.text));
    const keys = bandKeys(sig);
    for (const key of keys) {
      const list = this.buckets.get(key) ?? [];
      for (const other of list) if (similarity(sig, this.sigs.get(other)!) >= this.duplicate) this.uf.union(id, other);
      list.push(id);
      this.buckets.set(key, list);
    }
    this.sigs.set(id, sig);
    this.bands.set(id, keys);
    this.credit.set(id, creditedAgency(a));
    const v = new Map<string, number>();
    for (const [k, tf] of features(a)) v.set(k, (1 + Math.log(tf)) * Math.log((this.n + 1) / ((this.df.get(k) ?? 1) + 0.5)));
    const cands = new Set<number>();
    for (const f of top(v, 20)) for (const c of this.index.get(f) ?? []) cands.add(c);
    let best = -1;
    let bestSim = 0;
    for (const c of [...cands].sort((x, y) => x - y)) {
      const cl = this.open.get(c);
      if (!cl) continue;
      // Within the window of the story's latest article, and never more than a month from its first: no endless chains.
      if (when !== null && cl.last !== null && Math.abs(when - cl.last) > this.windowDays) continue;
      if (when !== null && cl.first !== null && Math.abs(when - cl.first) > MAX_SPAN_DAYS) continue;
      const sim = cosine(v, cl.centroid);
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    const target = best >= 0 ? this.open.get(best)! : null;
    const sameOrigin = target?.members.some((m) => this.uf.find(m.article.id) === this.uf.find(id));
    const sharedEntities = target ? [...v.keys()].filter((k) => k.startsWith('E:') && target.centroid.has(k)) : [];
    // Same words about different places or people are different stories: an entity in common, or near-identical text.
    const hasEntities = [...v.keys()].some((k) => k.startsWith('E:'));
    const related = sharedEntities.length > 0 || bestSim >= 0.45 || !hasEntities;
    let cl: Cluster;
    let at: number;
    if (target && ((bestSim >= this.threshold && related) || sameOrigin)) {
      cl = target;
      at = best;
      // Named as the article names them: the key under which spellings meet ("vadim filashkin") is no name to show.
      const named = new Map(a.entities.map((e) => [`E:${str(e.key)}`, str(e.canonical)]));
      const shared = [...new Set(sharedEntities.map((k) => named.get(k) ?? k.slice(2)))].slice(0, 4);
      const days = when !== null && cl.last !== null ? Math.abs(when - cl.last) : null;
      cl.merges.push({
        article: id,
        reason: `${sameOrigin ? 'copy of the same original; ' : ''}cosine ${bestSim.toFixed(2)}${shared.length ? `; shares ${shared.join(', ')}` : ''}${days !== null ? `; ${days} day(s) from the story's latest article` : ''}`,
      });
      cl.members.push(slim(a));
      for (const [k, w] of v) cl.centroid.set(k, (cl.centroid.get(k) ?? 0) + w);
      if (when !== null) cl.last = Math.max(cl.last ?? when, when);
    } else {
      at = this.next++;
      cl = { members: [slim(a)], centroid: new Map(v), first: when, last: when, merges: [], indexed: new Set() };
      this.open.set(at, cl);
    }
    for (const f of top(v, 20)) {
      (this.index.get(f) ?? this.index.set(f, new Set()).get(f)!).add(at);
      cl.indexed.add(f);
    }
  }

  /** Finishes the stories that articles from day `today` on can no longer join. */
  private close(today: number): void {
    for (const [key, cl] of this.open) {
      const stale = (cl.last !== null && today - cl.last > this.windowDays) || (cl.first !== null && today - cl.first > MAX_SPAN_DAYS);
      if (stale) this.finishCluster(key, cl);
    }
  }

  private finishCluster(key: number, cl: Cluster): void {
    this.done.push(this.describe(cl));
    this.open.delete(key);
    for (const f of cl.indexed) {
      const set = this.index.get(f);
      set?.delete(key);
      if (set && set.size === 0) this.index.delete(f);
    }
    for (const m of cl.members) {
      const id = m.article.id;
      for (const band of this.bands.get(id) ?? []) {
        const list = (this.buckets.get(band) ?? []).filter((x) => x !== id);
        if (list.length) this.buckets.set(band, list);
        else this.buckets.delete(band);
      }
      this.bands.delete(id);
      this.sigs.delete(id);
      this.credit.delete(id);
    }
  }

  /** Finishes every open story; returns all stories, latest first. */
  finish(): Story[] {
    for (const [key, cl] of [...this.open]) this.finishCluster(key, cl);
    return [...this.done].sort((x, y) => (y.end ?? '').localeCompare(x.end ?? '') || x.id.localeCompare(y.id));
  }

  /** Origin labels of a story's articles: copies of one original share the agency credited, or the first publisher. */
  private origins(members: readonly AnalysisJson[]): Map<string, string> {
    const groups = new Map<string, AnalysisJson[]>();
    for (const m of members) {
      const root = this.uf.find(m.article.id);
      groups.set(root, [...(groups.get(root) ?? []), m]);
    }
    const origin = new Map<string, string>();
    for (const list of groups.values()) {
      const agency = list.map((m) => this.credit.get(m.article.id) ?? null).find((x) => x !== null);
      const label = agency ?? list[0]!.article.outlet ?? list[0]!.article.id;
      for (const m of list) origin.set(m.article.id, list.length > 1 || agency ? label : (m.article.outlet ?? m.article.id));
    }
    return origin;
  }

  private describe(c: Cluster): Story {
    return describe(c, this.origins(c.members));
  }
}

/**
 * Clusters articles into stories (any order in, the same stories out).
 *
 * @example
 * const stories = buildStories(analyses); // latest story first
 */
export function buildStories(articles: readonly AnalysisJson[], options: StoryOptions = {}): Story[] {
  const ordered = [...articles].sort(byPublication);
  const df = new Map<string, number>();
  for (const a of ordered) for (const k of documentFeatures(a)) df.set(k, (df.get(k) ?? 0) + 1);
  const builder = new StoryBuilder(df, ordered.length, options);
  for (const a of ordered) builder.add(a);
  return builder.finish();
}

/** Publication order, then id: the order stories are built in. */
export function byPublication(x: AnalysisJson, y: AnalysisJson): number {
  return (x.article.published ?? '').localeCompare(y.article.published ?? '') || x.article.id.localeCompare(y.article.id);
}

function describe(c: Cluster, origin: ReadonlyMap<string, string>): Story {
  const members = c.members;
  const first = members[0]!;
  const id = `s${createHash('sha256').update(first.article.id).digest('hex').slice(0, 10)}`;
  const count = (values: string[]): string[] => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6).map(([k]) => k);
  };
  // Where the story happens: places named as locations or in names, not demonyms ("Russian forces").
  const places = count(members.flatMap((a) => a.places.filter((p) => typeof p.lat === 'number' && p.use !== 'demonym').map((p) => str(p.name))));
  // People and organisations by key (agencies and platforms aside), each shown by its commonest name ("Russia's Defense Ministry" is the "Russian Defense Ministry").
  const named = members.flatMap((a) => a.entities.filter((e) => (e.type === 'PERSON' || e.type === 'ORG') && !carrier(e)));
  const keyOf = (e: Rec): string => str(e.key) || str(e.canonical);
  const names = new Map<string, string[]>();
  for (const e of named) names.set(keyOf(e), [...(names.get(keyOf(e)) ?? []), str(e.canonical)]);
  const entities = count(named.map(keyOf)).map((k) => count(names.get(k)!)[0]!);
  const groups = new Map<string, AnalysisJson[]>();
  for (const a of members) {
    const o = origin.get(a.article.id) ?? a.article.id;
    groups.set(o, [...(groups.get(o) ?? []), a]);
  }
  const dates = members.map((a) => a.article.published).filter((d): d is string => d !== null).sort();
  return {
    id,
    // The title of the most reproduced original, earliest first.
    title: (() => {
      const biggest = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? members;
      const pick = biggest[0] ?? first;
      return pick.article.title ?? pick.article.text.slice(0, 80);
    })(),
    start: dates[0] ?? null,
    end: dates[dates.length - 1] ?? null,
    places,
    entities,
    articles: members.map((a) => a.article.id),
    origins: [...groups.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([o, list]) => ({ origin: o, articles: list.map((a) => ({ id: a.article.id, outlet: a.article.outlet, title: a.article.title, published: a.article.published })) })),
    claims: matchClaims(members, origin),
    events: matchEvents(members, origin),
    merges: c.merges,
  };
}

/** An article's events with their place and time written out (a slimmed member keeps no places or times). */
function eventsOf(a: AnalysisJson): Rec[] {
  const places = new Map(a.places.map((p) => [str(p.id), p]));
  const times = new Map(a.times.map((t) => [str(t.id), t]));
  return a.events.map((e) => {
    const p = places.get(str(e.place));
    const actor = (e.actor ?? null) as Rec | null;
    return {
      type: e.type,
      mode: e.mode ?? null,
      trigger: str(((e.trigger ?? {}) as Rec).text),
      modality: e.modality,
      place: p && typeof p.lat === 'number' ? { name: str(p.name), precision: str(p.precision), lat: p.lat, lon: p.lon, countryCode: p.countryCode ?? null } : null,
      time: str(times.get(str(e.time))?.value) || null,
      actor: actor ? { text: str(((actor.span ?? {}) as Rec).text), country: actor.country ?? null } : null,
    };
  });
}

/**
 * Matches events across the articles of a story: the same type, places within each other's reach,
 * times one within the other, actors of one country, and at least a place or a time in common. An
 * event counts the independent origins that report it as happening (asserted or hedged), so three
 * copies of one wire story are one origin.
 */
export function matchEvents(members: readonly AnalysisJson[], origin: ReadonlyMap<string, string>): StoryEvent[] {
  type Seen = { type: string; mode: string | null; place: PlacePoint | null; time: string | null; actor: Rec | null; report: StoryEventReport };
  const groups: Seen[][] = [];
  const agree = (a: Seen, b: Seen): boolean => {
    if (a.type !== b.type || (a.mode && b.mode && a.mode !== b.mode)) return false;
    // Copies of one original report its events in the same words.
    if (a.report.origin === b.report.origin && a.report.article !== b.report.article && a.report.trigger === b.report.trigger) return true;
    const place = samePlace(a.place ?? undefined, b.place ?? undefined);
    const time = sameTime(a.time ?? undefined, b.time ?? undefined);
    if (place === 'differ' || time === 'differ') return false;
    // A shared country or year alone places nothing.
    const placed = place === 'same' && a.place?.precision !== 'country' && b.place?.precision !== 'country';
    const timed = time === 'same' && Math.min(a.time!.length, b.time!.length) >= 10;
    const ca = a.actor?.country;
    const cb = b.actor?.country;
    if (ca && cb && ca !== cb) return false;
    return placed || timed;
  };
  for (const a of members) {
    for (const e of a.events) {
      const seen: Seen = {
        type: str(e.type),
        mode: (e.mode as string | null) ?? null,
        place: (e.place as PlacePoint | null) ?? null,
        time: (e.time as string | null) ?? null,
        actor: (e.actor as Rec | null) ?? null,
        report: { article: a.article.id, outlet: a.article.outlet, origin: origin.get(a.article.id) ?? a.article.id, trigger: str(e.trigger), modality: str(e.modality), published: a.article.published },
      };
      const group = groups.find((g) => {
        const agreeing = g.map((x) => agree(x, seen));
        return agreeing.every((ok, k) => ok || g[k]!.report.article === seen.report.article) && agreeing.includes(true);
      });
      if (group) group.push(seen);
      else groups.push([seen]);
    }
  }
  return groups
    .map((g) => {
      const place = highest(g.map((x) => x.place), (p) => PRECISION_RANK[p.precision] ?? 0);
      const time = highest(g.map((x) => x.time), (t) => t.length);
      return {
        type: g[0]!.type,
        mode: g.find((x) => x.mode)?.mode ?? null,
        place: place ? { name: place.name, precision: place.precision } : null,
        time,
        // Actors as named (not "its forces", "We").
        actors: [...new Set(g.map((x) => str(x.actor?.text)).filter((t) => /^\p{Lu}/u.test(t) && !/^(?:we|they|it|he|she|its|their|his|her|this|that|these|those|the)\b/i.test(t)))],
        reports: g.map((x) => x.report),
        origins: [...new Set(g.filter((x) => x.report.modality === 'asserted' || x.report.modality === 'hedged').map((x) => x.report.origin))].sort(),
      };
    })
    .sort((a, b) => b.origins.length - a.origins.length || b.reports.length - a.reports.length);
}

const NUMBER = /\b\d[\d,]*(?:\.\d+)?\b/g;

/** Matches claims across the articles of a story and counts independent sources. */
export function matchClaims(members: readonly AnalysisJson[], origin: ReadonlyMap<string, string>): StoryClaim[] {
  const groups: { words: Set<string>; proposition: string; reports: ClaimReport[] }[] = [];
  // Sources that are places ("Moscow", "Kyiv"): a capital speaks for its state.
  const places = new Set<string>();
  for (const a of members) {
    const names = new Map(a.entities.map((e) => [str(e.id), str(e.canonical)]));
    for (const e of a.entities) if (e.type === 'GPE') places.add(str(e.canonical));
    const spanOf = (c: Rec): { start: number; end: number } => {
      const p = (c.proposition ?? {}) as Rec;
      return { start: Number(p.start), end: Number(p.end) };
    };
    const spans = a.claims.map(spanOf);
    for (const [i, c] of a.claims.entries()) {
      // A claim reported inside another of the article ("the ministry said both sides had agreed to …") is part
      // of that report: its source is not a second voice.
      const own = spans[i]!;
      if (spans.some((o, k) => k !== i && o.start <= own.start && own.end <= o.end && o.end - o.start > own.end - own.start)) continue;
      const proposition = str((c.proposition as Rec | undefined)?.text);
      const words = contentWords(proposition.replace(NUMBER, ' '), nameKey);
      if (words.size === 0) continue;
      const reports: ClaimReport[] = ((c.stances as Rec[] | undefined) ?? []).map((s) => {
        const src = (s.source ?? {}) as Rec;
        const raw = src.kind === 'entity' ? (names.get(str(src.entity)) ?? str(src.name)) : src.kind === 'nonperson' ? 'imagery' : str(src.text);
        const source = /^(images?|videos?|footage|photos?|social media|imagery)\b/i.test(raw) ? 'imagery' : raw;
        return { article: a.article.id, outlet: a.article.outlet, origin: origin.get(a.article.id) ?? a.article.id, source, status: str(s.status), published: a.article.published, text: proposition };
      });
      let target = groups.find((g) => {
        const shared = [...words].filter((w) => g.words.has(w)).length;
        return shared >= 3 && shared / Math.min(words.size, g.words.size) >= 0.5;
      });
      if (!target) {
        target = { words, proposition, reports: [] };
        groups.push(target);
      }
      target.reports.push(...reports);
    }
  }
  return groups.map((g) => {
    // A source is a speaker (romanisation-aware); repeats through other outlets or wire copies add nothing.
    const by = (statuses: string[]): string[] => [...new Set(g.reports.filter((r) => statuses.includes(r.status)).map((r) => r.source))].sort((a, b) => nameKey(a).localeCompare(nameKey(b)));
    // "Defense Ministry" and "Russian Defense Ministry" are one source: one name's words within the other's; so are
    // the voices of one state ("Israel Defense Forces", "the Israeli military", "Moscow", "the Kremlin").
    const same = (a: string, b: string): boolean => {
      const ka = nameKey(a).split(' ');
      const kb = nameKey(b).split(' ');
      const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
      if (short.length > 0 && short.every((w) => long.includes(w)) && (short.length >= 2 || long.length === 1)) return true;
      const state = stateOf(a, places.has(a));
      return state !== null && state === stateOf(b, places.has(b));
    };
    const dedupe = (xs: string[]): string[] => xs.filter((x, i) => xs.findIndex((y) => same(x, y)) === i);
    const dates = g.reports.map((r) => r.published).filter((d): d is string => d !== null).sort();
    const figures = [...new Set(g.reports.flatMap((r) => [...r.text.matchAll(NUMBER)].map((m) => Number(m[0].replace(/,/g, '')))).filter((x) => x >= 2 && x < 1e7))].sort((a, b) => a - b);
    return {
      proposition: g.proposition,
      reports: g.reports,
      asserting: dedupe(by(['asserted', 'reported_seen_by_outlet'])),
      denying: dedupe(by(['denied'])),
      unverified: dedupe(by(['neither_confirmed_nor_denied', 'cannot_confirm', 'not_independently_verified'])),
      firstSeen: dates[0] ?? null,
      lastSeen: dates[dates.length - 1] ?? null,
      figures: figures.length > 1 ? figures : null,
    };
  });
}
