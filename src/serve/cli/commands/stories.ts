/**
 * `sitrep stories` clusters the stored articles into stories (syndicated copies collapsed) and
 * lists them; `sitrep story <id>` prints one: articles grouped by origin, claims with their
 * independent sources, contradictions, figures, timeline and places.
 */
import type { Command } from 'commander';
import { sitrepError } from '../../../core/errors.js';
import { type Story, StoryBuilder, documentFeatures } from '../../../resolve/stories.js';
import type { Store } from '../../../store/store.js';
import { DB_OPTION_HELP, openStore } from '../open-store.js';

/**
 * Re-clusters every stored article and saves the stories; returns them. Two streaming passes
 * (document frequencies, then stories in publication order): memory holds the open stories only.
 */
export async function recluster(store: Store): Promise<Story[]> {
  const df = new Map<string, number>();
  let n = 0;
  for await (const a of store.analyses()) {
    n++;
    for (const k of documentFeatures(a)) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const builder = new StoryBuilder(df, n);
  for await (const a of store.analysesByPublication()) builder.add(a);
  const stories = builder.finish();
  const saved = await store.replaceStories(stories.map((s) => ({ id: s.id, articles: s.articles as never, payload: s })));
  if (!saved.ok) throw saved.error;
  return stories;
}

/** The readable form of one story. */
export function renderStory(s: Story): string {
  const out: string[] = [`${s.title}`, `story ${s.id} · ${s.start ?? '?'} – ${s.end ?? '?'} · ${s.articles.length} articles from ${s.origins.length} independent origins`];
  if (s.places.length) out.push(`places: ${s.places.join(', ')}`);
  if (s.entities.length) out.push(`people and organisations: ${s.entities.join(', ')}`);
  out.push('', 'Articles by origin');
  for (const o of s.origins) {
    out.push(`  ${o.origin} (${o.articles.length})`);
    for (const a of o.articles) out.push(`    ${a.published ?? '?'}  ${a.outlet ?? '?'}: ${a.title ?? a.id}`);
  }
  out.push('', 'Claims');
  for (const c of s.claims) {
    out.push(`  “${c.proposition}”`);
    out.push(
      `    ${c.asserting.length} independent source(s) assert${c.asserting.length ? `: ${c.asserting.join(', ')}` : ''}` +
        `${c.denying.length ? ` · denied by ${c.denying.join(', ')}` : ''}${c.unverified.length ? ` · not verified by ${c.unverified.join(', ')}` : ''}`,
    );
    out.push(`    ${c.reports.length} report(s), first seen ${c.firstSeen ?? '?'}, last seen ${c.lastSeen ?? '?'}${c.figures ? ` · figures: ${c.figures.join(', ')}` : ''}`);
  }
  // Events an analyst can place: with a place or a time; the others are counted.
  const located = (s.events ?? []).filter((e) => e.place || e.time);
  if (located.length) {
    out.push('', 'Events');
    for (const e of located) {
      const where = [e.place ? `${e.place.name} (${e.place.precision})` : null, e.time].filter(Boolean).join(', ');
      out.push(`  ${e.type}${e.mode ? `/${e.mode}` : ''}${where ? ` · ${where}` : ''}${e.actors.length ? ` · by ${e.actors.slice(0, 3).join(', ')}` : ''}`);
      out.push(`    reported by ${e.origins.length} independent origin(s)${e.origins.length ? `: ${e.origins.join(', ')}` : ''} · ${e.reports.length} report(s): ${[...new Set(e.reports.map((r) => `“${r.trigger}”`))].slice(0, 4).join(', ')}`);
    }
    const unplaced = (s.events ?? []).length - located.length;
    if (unplaced > 0) out.push(`  (${unplaced} more without a place or time)`);
  }
  out.push('', 'Timeline');
  for (const o of s.origins.flatMap((o) => o.articles).sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id))) {
    out.push(`  ${o.published ?? '?'}  ${o.outlet ?? '?'}: ${o.title ?? o.id}`);
  }
  if (s.merges.length) {
    out.push('', 'Why these articles are one story');
    for (const m of s.merges) out.push(`  ${m.article}: ${m.reason}`);
  }
  return `${out.join('\n')}\n`;
}

/** Registers `stories` and `story`. */
export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('cluster stored articles into stories and list them')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--since <date>', 'only stories that end on or after this date')
    .option('--place <name>', 'only stories that mention this place')
    .option('--entity <name>', 'only stories that mention this person or organisation')
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; since?: string; place?: string; entity?: string; json?: boolean }) => {
      const store = await openStore(opts.db);
      try {
        const has = (list: readonly string[], q: string): boolean => list.some((x) => x.toLowerCase().includes(q.toLowerCase()));
        const stories = (await recluster(store)).filter(
          (s) => (!opts.since || (s.end ?? '') >= opts.since) && (!opts.place || has(s.places, opts.place)) && (!opts.entity || has(s.entities, opts.entity)),
        );
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(stories.map(({ claims, merges, ...rest }) => ({ ...rest, claims: claims.length, events: rest.events?.length ?? 0, merges: merges.length })), null, 2)}\n`);
          return;
        }
        for (const s of stories) {
          process.stdout.write(`${s.id}  ${s.start ?? '?'}–${s.end ?? '?'}  ${String(s.articles.length).padStart(3)} articles  ${String(s.origins.length).padStart(2)} origins  ${s.title}\n`);
        }
        process.stdout.write(`${stories.length} stories\n`);
      } finally {
        await store.close();
      }
    });
  program
    .command('story')
    .description('print one story: articles by origin, claims with independent sources, timeline, places')
    .argument('<id>', 'story id from `sitrep stories`')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const store = await openStore(opts.db);
      try {
        let stored = await store.stories();
        if (stored.length === 0) await recluster(store).then(async () => (stored = await store.stories()));
        const found = stored.find((s) => s.id === id);
        if (!found) throw sitrepError('USAGE', `No story '${id}': list them with 'sitrep stories'`);
        const story = found.payload as Story;
        process.stdout.write(opts.json ? `${JSON.stringify(story, null, 2)}\n` : renderStory(story));
      } finally {
        await store.close();
      }
    });
}
