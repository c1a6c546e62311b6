/**
 * A self-contained HTML page for one analysed article, in the spirit of displaCy: the text with
 * every finding highlighted by kind (entities by type, speakers, cues, quoted content, times,
 * places, event triggers), followed by tables of claims, attributions, times, places and events.
 * No scripts, no external resources.
 */
import type { AnalysisJson } from '../../analyze/json.js';
import { sourceName } from '../cli/report.js';

type Rec = Record<string, unknown>;

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
  readonly label: string | null;
  readonly title: string;
}

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const rec = (v: unknown): Rec | null => (v !== null && typeof v === 'object' ? (v as Rec) : null);
const isSpan = (v: unknown): v is { start: number; end: number; text?: string } =>
  typeof rec(v)?.start === 'number' && typeof rec(v)?.end === 'number';

function collectMarks(a: AnalysisJson): Mark[] {
  const marks: Mark[] = [];
  const add = (s: unknown, cls: string, label: string | null, title: string): void => {
    if (isSpan(s) && s.end > s.start) marks.push({ start: s.start, end: s.end, cls, label, title });
  };
  for (const e of a.entities) {
    for (const m of (e.mentions as Rec[] | undefined) ?? []) {
      add(m, `ent ent-${str(e.type)}`, str(e.type), `${str(e.type)}: ${str(e.canonical)} (${str(m.kind)})`);
    }
  }
  for (const at of a.attributions) {
    const who = sourceName(at.source);
    add(at.content, `content content-${str(at.kind)}`, null, `${str(at.kind)} content, source: ${who}`);
    add(at.cue, 'cue', 'CUE', `cue of ${who}`);
    add(at.speaker, 'speaker', null, `speaker: ${who}`);
    add(at.channel, 'channel', 'CHANNEL', 'channel');
  }
  for (const c of a.claims) {
    for (const s of (c.stances as Rec[] | undefined) ?? []) {
      add(s.cue, 'stance', str(s.status).toUpperCase(), `${str(s.status)} by ${sourceName(s.source)}`);
    }
  }
  for (const t of a.times) add(t, 'time', str(t.value), `${str(t.type)} ${str(t.value)} (${str(t.granularity)})`);
  for (const p of a.places) {
    const where = typeof p.lat === 'number' ? `${p.lat}, ${p.lon}` : 'unresolved';
    add(p, 'place', null, `${str(p.name)} · ${str(p.featureKind)} · ${str(p.precision)} · ${where}`);
  }
  for (const ev of a.events) {
    // Every report of the event is marked ("completed their withdrawal" … "Russia's retreat").
    const reports = Array.isArray(ev.mentions) ? ev.mentions.map((m) => (m as Rec).trigger) : [ev.trigger];
    for (const trigger of reports) add(trigger, 'trigger', `${str(ev.type)}${ev.mode ? `/${str(ev.mode)}` : ''}`, `event ${str(ev.id)} ${str(ev.type)} (${str(ev.modality)})`);
  }
  return marks;
}

/** The article text as HTML with every mark highlighted (segments split at each mark boundary). */
function highlightedText(text: string, marks: readonly Mark[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((x, y) => x - y);
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const active = marks.filter((m) => m.start <= from && to <= m.end);
    const piece = esc(text.slice(from, to));
    if (active.length === 0) out.push(piece);
    else {
      const cls = [...new Set(active.flatMap((m) => m.cls.split(' ')))].join(' ');
      const title = active.map((m) => m.title).join('\n');
      out.push(`<span class="${esc(cls)}" title="${esc(title)}">${piece}</span>`);
    }
    for (const m of marks) if (m.end === to && m.label) out.push(`<sup class="lbl ${esc(m.cls.split(' ')[0] ?? '')}">${esc(m.label)}</sup>`);
  }
  return out.join('');
}

function table(title: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return `<h2>${esc(title)} (0)</h2><p class="none">none found</p>`;
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<h2>${esc(title)} (${rows.length})</h2><table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const CSS = `
body{font:15px/1.55 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem;margin-bottom:.2rem} .meta{color:#666;font-size:.9rem}
.text{white-space:pre-wrap;line-height:2.1;border:1px solid #ddd;border-radius:6px;padding:1rem 1.2rem;margin:1rem 0}
.ent{border-radius:3px;padding:1px 2px} .ent-PERSON{background:#aa9cfc55} .ent-ORG{background:#7aecec77}
.ent-GPE{background:#feca7477} .ent-LOC{background:#ff956155} .ent-FAC{background:#9cc9cc77} .ent-MISC{background:#e4e7d2}
.content{border-bottom:2px solid #3a7} .content-indirect{border-bottom-style:dashed} .content-mixed{border-bottom-style:dotted}
.cue{font-weight:600;color:#075} .speaker{text-decoration:underline #075 2px} .channel{font-style:italic}
.time{outline:1px solid #c80;border-radius:3px} .place{text-decoration:underline wavy #d50}
.trigger{background:#f6c;border-radius:3px} .stance{background:#fd5;border-radius:3px}
sup.lbl{font-size:.62rem;font-weight:700;color:#555;margin:0 2px 0 1px;text-transform:uppercase}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin-bottom:1rem} td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f4f4f4} .none{color:#888} .legend span{margin-right:.6rem;padding:1px 4px}
`;

/**
 * Renders the page.
 *
 * @example
 * writeFileSync('report.html', renderHtml(toJson(doc)));
 */
export function renderHtml(a: AnalysisJson): string {
  const art = a.article;
  const title = art.title ?? art.origin;
  const span = (v: unknown): string => (isSpan(v) ? str(v.text) : '');
  const claims = a.claims.map((c) => [
    str(c.overall).replace(/_/g, ' '),
    span(c.proposition),
    ((c.stances as Rec[] | undefined) ?? []).map((s) => `${str(s.status).replace(/_/g, ' ')}: ${sourceName(s.source)}`).join('; '),
  ]);
  const attributions = a.attributions.map((at) => [
    sourceName(at.source),
    str(at.kind),
    span(at.cue) || '(continued)',
    span(at.content),
    [span(at.channel), span(at.recipient) ? `to ${span(at.recipient)}` : '', span(at.anonymity) ? `anonymous (${span(at.anonymity)})` : '']
      .filter(Boolean)
      .join(' · '),
  ]);
  const times = a.times.map((t) => [str(t.text), str(t.type), str(t.value), str(t.granularity)]);
  const places = a.places.map((p) => [
    str(p.text),
    str(p.name),
    str(p.featureKind),
    str(p.precision),
    typeof p.lat === 'number' ? `${p.lat}, ${p.lon}` : 'unresolved',
  ]);
  const events = a.events.map((e) => [
    `${str(e.type)}${e.mode ? `/${str(e.mode)}` : ''}`,
    Array.isArray(e.mentions) ? e.mentions.map((m) => span((m as Rec).trigger)).join(' · ') : span(e.trigger),
    span(rec(e.actor)?.span),
    span(rec(e.recipient)?.span),
    str(e.modality),
  ]);
  const diagnostics = a.diagnostics.map((d) => [str(d.severity), str(d.code), str(d.message)]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · sitrep</title><style>${CSS}</style></head>
<body>
<h1>${esc(title)}</h1>
<p class="meta">published ${esc(art.published ?? 'unknown')}${art.outlet ? ` · ${esc(art.outlet)}` : ''} · language ${esc(art.language)} · article ${esc(art.id)}</p>
<p class="legend meta"><span class="ent ent-PERSON">person</span><span class="ent ent-ORG">organisation</span><span class="ent ent-GPE">GPE</span><span class="ent ent-LOC">location</span><span class="ent ent-FAC">facility</span><span class="speaker">speaker</span><span class="cue">cue</span><span class="content">quoted content</span><span class="time">time</span><span class="place">place</span><span class="trigger">event</span><span class="stance">stance</span></p>
<div class="text">${highlightedText(art.text, collectMarks(a))}</div>
${table('Claims', ['overall', 'proposition', 'stances'], claims)}
${table('Attributions', ['source', 'kind', 'cue', 'content', 'channel / recipient / anonymity'], attributions)}
${table('Times', ['text', 'type', 'value', 'granularity'], times)}
${table('Places', ['text', 'resolved to', 'kind', 'precision', 'coordinates'], places)}
${table('Events', ['type', 'trigger', 'actor', 'recipient', 'modality'], events)}
${table('Diagnostics', ['severity', 'code', 'message'], diagnostics)}
</body></html>
`;
}
