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
import { nameKey } from '../analyze/ner/romanise.js';
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
  /** Why each article after the first joined. */
  readonly merges: readonly { readonly article: string; readonly reason: string }[];
}

const AGENCY = /\b(Reuters|Associated Press|AP|AFP|Agence France-Presse|dpa|Xinhua|Interfax|TASS|Ukrinform|Anadolu)\b/;
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

/** Groups near-duplicate articles; returns article id → origin label. */
export function syndication(articles: readonly AnalysisJson[], duplicate = 0.7): Map<string, string> {
  const uf = new UnionFind();
  const sigs = new Map<string, Uint32Array>();
  const buckets = new Map<string, string[]>();
  for (const a of articles) {
    const sig = minhash(shingles(a.article.text));
    sigs.set(a.article.id, sig);
    for (const key of bandKeys(sig)) {
      const list = buckets.get(key) ?? [];
      for (const other of list) if (similarity(sig, sigs.get(other)!) >= duplicate) uf.union(a.article.id, other);
      list.push(a.article.id);
      buckets.set(key, list);
    }
  }
  const groups = new Map<string, AnalysisJson[]>();
  for (const a of articles) {
    const root = uf.find(a.article.id);
    groups.set(root, [...(groups.get(root) ?? []), a]);
  }
  const origin = new Map<string, string>();
  for (const members of groups.values()) {
    const sorted = [...members].sort((x, y) => (x.article.published ?? '').localeCompare(y.article.published ?? '') || x.article.id.localeCompare(y.article.id));
    const agency = sorted.map(creditedAgency).find((x) => x !== null);
    const label = agency ?? sorted[0]!.article.outlet ?? sorted[0]!.article.id;
    for (const m of members) origin.set(m.article.id, members.length > 1 || agency ? label : (m.article.outlet ?? m.article.id));
  }
  return origin;
}

const STOP = new Set('said says that this with from have been were will would their there they about after which while also into than more over under other some what when where who whom because before could should them then these those being most such only very just'.split(' '));

/** Weighted features of an article: entity keys (strong), then content words. */
function features(a: AnalysisJson): Map<string, number> {
  const f = new Map<string, number>();
  for (const e of a.entities) {
    const type = str(e.type);
    if (type === 'MISC') continue;
    const key = str(e.key);
    // News agencies credit a story; they are not what it is about.
    if (!key || AGENCY.test(str(e.canonical))) continue;
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
}

/**
 * Clusters articles into stories.
 *
 * @example
 * const stories = buildStories(analyses); // newest story first
 */
export function buildStories(articles: readonly AnalysisJson[], options: StoryOptions = {}): Story[] {
  const threshold = options.threshold ?? 0.18;
  const windowDays = options.windowDays ?? 7;
  const origin = syndication(articles, options.duplicate ?? 0.7);
  const ordered = [...articles].sort((x, y) => (x.article.published ?? '').localeCompare(y.article.published ?? '') || x.article.id.localeCompare(y.article.id));
  const raw = ordered.map(features);
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  // A small corpus says little about which words are common: IDF as if there were at least 200 articles.
  const n = Math.max(ordered.length, 200);
  const vectors = raw.map((f) => {
    const v = new Map<string, number>();
    for (const [k, tf] of f) v.set(k, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(k)! + 0.5)));
    return v;
  });
  const clusters: Cluster[] = [];
  const index = new Map<string, Set<number>>(); // feature → clusters, for candidate retrieval
  // Candidate stories come through the article's entities and its strongest words.
  const top = (v: ReadonlyMap<string, number>, k: number): string[] => {
    const ranked = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
    return [...new Set([...ranked.filter((f) => f.startsWith('E:')).slice(0, 12), ...ranked.slice(0, k)])];
  };
  ordered.forEach((a, i) => {
    const v = vectors[i]!;
    const when = day(a.article.published);
    const cands = new Set<number>();
    for (const f of top(v, 20)) for (const c of index.get(f) ?? []) cands.add(c);
    let best = -1;
    let bestSim = 0;
    for (const c of [...cands].sort((x, y) => x - y)) {
      const cl = clusters[c]!;
      // Within the window of the story's latest article, and never more than a month from its first: no endless chains.
      if (when !== null && cl.last !== null && Math.abs(when - cl.last) > windowDays) continue;
      if (when !== null && cl.first !== null && Math.abs(when - cl.first) > MAX_SPAN_DAYS) continue;
      const sim = cosine(v, cl.centroid);
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    const sameOrigin = best >= 0 && clusters[best]!.members.some((m) => origin.get(m.article.id) === origin.get(a.article.id) && origin.get(a.article.id) !== (a.article.outlet ?? a.article.id));
    const sharedEntities = best >= 0 ? [...v.keys()].filter((k) => k.startsWith('E:') && clusters[best]!.centroid.has(k)) : [];
    // Same words about different places or people are different stories: an entity in common, or near-identical text.
    const hasEntities = [...v.keys()].some((k) => k.startsWith('E:'));
    const related = sharedEntities.length > 0 || bestSim >= 0.45 || !hasEntities;
    if (best >= 0 && ((bestSim >= threshold && related) || sameOrigin)) {
      const cl = clusters[best]!;
      const shared = sharedEntities.map((k) => k.slice(2)).slice(0, 4);
      const days = when !== null && cl.last !== null ? Math.abs(when - cl.last) : null;
      cl.merges.push({
        article: a.article.id,
        reason: `${sameOrigin ? 'copy of the same original; ' : ''}cosine ${bestSim.toFixed(2)}${shared.length ? `; shares ${shared.join(', ')}` : ''}${days !== null ? `; ${days} day(s) from the story's latest article` : ''}`,
      });
      cl.members.push(a);
      for (const [k, w] of v) cl.centroid.set(k, (cl.centroid.get(k) ?? 0) + w);
      if (when !== null) cl.last = Math.max(cl.last ?? when, when);
      for (const f of top(v, 20)) (index.get(f) ?? index.set(f, new Set()).get(f)!).add(best);
    } else {
      clusters.push({ members: [a], centroid: new Map(v), first: when, last: when, merges: [] });
      for (const f of top(v, 20)) (index.get(f) ?? index.set(f, new Set()).get(f)!).add(clusters.length - 1);
    }
  });
  return clusters.map((c) => describe(c, origin)).sort((x, y) => (y.end ?? '').localeCompare(x.end ?? '') || x.id.localeCompare(y.id));
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
  const places = count(members.flatMap((a) => a.places.filter((p) => typeof p.lat === 'number').map((p) => str(p.name))));
  const entities = count(members.flatMap((a) => a.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG').map((e) => str(e.canonical))));
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
    merges: c.merges,
  };
}

const NUMBER = /\b\d[\d,]*(?:\.\d+)?\b/g;

/** Matches claims across the articles of a story and counts independent sources. */
export function matchClaims(members: readonly AnalysisJson[], origin: ReadonlyMap<string, string>): StoryClaim[] {
  const groups: { words: Set<string>; proposition: string; reports: ClaimReport[] }[] = [];
  for (const a of members) {
    const names = new Map(a.entities.map((e) => [str(e.id), str(e.canonical)]));
    for (const c of a.claims) {
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
    // "Defense Ministry" and "Russian Defense Ministry" are one source: one name's words within the other's.
    const same = (a: string, b: string): boolean => {
      const ka = nameKey(a).split(' ');
      const kb = nameKey(b).split(' ');
      const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
      return short.length > 0 && short.every((w) => long.includes(w)) && (short.length >= 2 || long.length === 1);
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
