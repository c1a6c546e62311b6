/**
 * The golden corpora. `analyze`: whole analyses, one case per example article
 * (test/golden/analyze/cases.json), its expected JSON in test/golden/analyze/<slug>.json. `review`:
 * the review articles written to find what sitrep reads wrong (test/fixtures/review), each one's
 * statements and claims as a reader sees them, in test/golden/review/<slug>.txt; what they show is
 * what was reviewed, known faults included (see the closing notes), so a change to any of them is
 * seen. `npm run golden:update` rewrites the expected files after an intended change (review the
 * diff!); `GOLDEN_CASE=<slug>` limits a run to one case.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { toJson } from '../src/analyze/json.js';

/** The project root (works from `test/` under tsx and from `dist/test/` after tsc). */
export const projectRoot = path.resolve(
  new URL('.', import.meta.url).pathname,
  new URL('.', import.meta.url).pathname.includes('/dist/') ? '../..' : '..',
);

/** A golden corpus: whole analyses as JSON, or review articles as statements and claims. */
export type GoldenSet = 'analyze' | 'review';

/** One golden case. */
export interface GoldenCase {
  readonly set: GoldenSet;
  readonly slug: string;
  readonly source: string;
  readonly published: string;
}

/** The cases of a corpus, filtered by $GOLDEN_CASE when set. */
export function goldenCases(set: GoldenSet = 'analyze'): GoldenCase[] {
  const all = (JSON.parse(readFileSync(path.join(projectRoot, `test/golden/${set}/cases.json`), 'utf8')) as Omit<GoldenCase, 'set'>[]).map((c) => ({ ...c, set }));
  const only = process.env.GOLDEN_CASE;
  return only ? all.filter((c) => c.slug === only) : all;
}

/** A case's analysis as the exact text stored in its expected file. */
export function renderCase(c: GoldenCase): string {
  const text = readFileSync(path.join(projectRoot, c.source), 'utf8');
  const json = toJson(analyze({ text, published: c.published, origin: c.source }));
  return c.set === 'analyze' ? `${JSON.stringify(json, null, 2)}\n` : readerView(json);
}

/** Path of a case's expected output. */
export function expectedPath(c: GoldenCase): string {
  return path.join(projectRoot, `test/golden/${c.set}`, `${c.slug}.${c.set === 'analyze' ? 'json' : 'txt'}`);
}

/** The parts of the JSON a reader's view shows. */
interface Spanned {
  readonly text: string;
}
interface SourceJson {
  readonly kind: string;
  readonly name?: string;
  readonly label?: string;
  readonly text?: string;
}
interface StatementJson {
  readonly id: string;
  readonly kind: string;
  readonly source: SourceJson;
  readonly cue: Spanned | null;
  readonly content: Spanned;
  readonly channel: Spanned | null;
  readonly recipient: Spanned | null;
  readonly continues: string | null;
}
interface ClaimJson {
  readonly id: string;
  readonly overall: string;
  readonly proposition: Spanned;
  readonly stances: readonly { readonly source: SourceJson; readonly status: string; readonly attribution: string | null; readonly cue: Spanned | null }[];
}

/** Who a source is, as a reader sees it: a name, a kind of source in brackets, or the words that name no entity in quotes. */
const sourceName = (s: SourceJson): string => s.name ?? (s.label !== undefined ? `(${s.label})` : s.text !== undefined ? `"${s.text}"` : `(${s.kind})`);

/** Each statement (speaker, cue, channel, recipient, what was said), then each claim with every source's stance on it. */
function readerView(json: { readonly attributions: readonly unknown[]; readonly claims: readonly unknown[] }): string {
  const lines: string[] = [];
  for (const a of json.attributions as StatementJson[]) {
    const parts = [`${a.id} ${a.kind}`, sourceName(a.source), a.cue ? `<${a.cue.text}>` : a.continues ? `(goes on with ${a.continues})` : '<>'];
    if (a.channel) parts.push(`channel: ${a.channel.text}`);
    if (a.recipient) parts.push(`to: ${a.recipient.text}`);
    lines.push(`${parts.join(' | ')}\n    ${a.content.text}`);
  }
  lines.push('');
  for (const c of json.claims as ClaimJson[]) {
    lines.push(`${c.id} ${c.overall}: ${c.proposition.text}`);
    for (const x of c.stances) lines.push(`    ${x.status} by ${sourceName(x.source)}${x.attribution ? ` (${x.attribution})` : ''}${x.cue ? ` <${x.cue.text}>` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
