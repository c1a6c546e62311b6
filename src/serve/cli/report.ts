/**
 * The readable terminal report of one analysed article: what the article claims, who says so,
 * where and when, with each finding's words from the text.
 */
import { styleText } from 'node:util';
import type { AnalysisJson } from '../../analyze/json.js';

type Rec = Record<string, unknown>;
type Style = Parameters<typeof styleText>[0];

/** Options for {@link renderReport}. */
export interface ReportOptions {
  /** Use ANSI colours (default: false). */
  readonly color?: boolean;
  /** Longest quoted text before it is shortened with an ellipsis (default 110). */
  readonly width?: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const rec = (v: unknown): Rec | null => (v !== null && typeof v === 'object' ? (v as Rec) : null);
const spanText = (v: unknown): string => str(rec(v)?.text);

function shorten(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The readable name of a source (entity name, non-person label, or unresolved words). */
export function sourceName(source: unknown): string {
  const s = rec(source);
  if (!s) return '?';
  switch (s.kind) {
    case 'entity':
      return str(s.name) || str(s.entity);
    case 'nonperson':
      return str(s.label).replace(/-/g, ' ');
    case 'unresolved':
      // (No words at all: a statement whose speaker the text does not give or sitrep did not find.)
      return str(s.text) ? `${str(s.text)} (unresolved)` : 'source not found';
    default:
      return '?';
  }
}

/**
 * Renders the terminal report.
 *
 * @example
 * process.stdout.write(renderReport(toJson(analyze(input)), { color: process.stdout.isTTY }));
 */
export function renderReport(a: AnalysisJson, options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const width = options.width ?? 110;
  const paint = (style: Style, s: string): string => (color ? styleText(style, s) : s);
  const out: string[] = [];
  const heading = (title: string, n: number): void => {
    out.push('', paint('bold', `${title} (${n})`));
  };
  const art = a.article;
  out.push(paint('bold', `sitrep · ${art.title ?? art.origin}`));
  out.push(
    [
      `published ${art.published ?? 'unknown'}`,
      art.outlet ? `outlet ${art.outlet}` : null,
      `language ${art.language}`,
      `${art.paragraphs.length} paragraphs, ${art.sentences.length} sentences`,
      `id ${art.id}`,
    ]
      .filter((x) => x !== null)
      .join(' · '),
  );

  heading('Claims', a.claims.length);
  for (const c of a.claims) {
    const overall = str(c.overall).replace(/_/g, ' ').toUpperCase();
    out.push(`  ${paint('yellow', overall.padEnd(24))} “${shorten(spanText(c.proposition), width)}”`);
    // One line per source and stance: a quote continued in the next sentence is the same source saying it again.
    const lines = ((c.stances as Rec[] | undefined) ?? []).map((s) => {
      const cue = spanText(s.cue);
      return `      ${str(s.status).replace(/_/g, ' ')} by ${sourceName(s.source)}${cue ? ` (“${cue}”)` : ''}`;
    });
    for (const line of new Set(lines)) {
      const times = lines.filter((l) => l === line).length;
      out.push(times > 1 ? `${line} ${paint('dim', `×${times}`)}` : line);
    }
  }

  heading('Attributions', a.attributions.length);
  for (const at of a.attributions) {
    const cue = spanText(at.cue);
    const channel = spanText(at.channel);
    const recipient = spanText(at.recipient);
    const anonymity = spanText(at.anonymity);
    const how = [cue || '(continued)', channel ? `· ${channel}` : '', recipient ? `· to ${recipient}` : '', anonymity ? `· anonymous (“${anonymity}”)` : '']
      .filter(Boolean)
      .join(' ');
    out.push(`  ${paint('cyan', sourceName(at.source))} ${paint('dim', `[${str(at.kind)}] ${how}`)}`);
    out.push(`      “${shorten(spanText(at.content), width)}”`);
  }

  heading('Entities', a.entities.length);
  for (const e of a.entities) {
    const forms = [...new Set(((e.mentions as Rec[] | undefined) ?? []).map((m) => str(m.text)))];
    out.push(`  ${str(e.type).padEnd(7)} ${paint('green', str(e.canonical))}${forms.length > 1 ? paint('dim', `  (${forms.join(', ')})`) : ''}`);
  }

  heading('Times', a.times.length);
  for (const t of a.times) {
    out.push(`  ${shorten(str(t.text), 40).padEnd(40)} → ${str(t.value)} ${paint('dim', `(${str(t.type)}, ${str(t.granularity)})`)}`);
  }

  heading('Places', a.places.length);
  for (const p of a.places) {
    const where =
      typeof p.lat === 'number' && typeof p.lon === 'number' ? `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : 'unresolved';
    out.push(`  ${str(p.text).padEnd(28)} → ${str(p.name)} ${paint('dim', `(${str(p.featureKind)}, ${str(p.precision)})`)} ${where}`);
  }

  heading('Events', a.events.length);
  // A participant's words, with the entity they stand for where they are a pronoun or a description ("they (Rapid Support Forces)").
  const canonical = new Map(a.entities.map((e) => [str(e.id), str(e.canonical)]));
  const named = (x: unknown): string => {
    const words = spanText(rec(x)?.span);
    const name = canonical.get(str(rec(x)?.entity));
    return name && /^\p{Ll}/u.test(words) && !words.includes(name) ? `${words} (${name})` : words;
  };
  for (const ev of a.events) {
    const actor = named(ev.actor);
    const recipient = named(ev.recipient);
    const mode = str(ev.mode);
    // Later reports of the same event ("withdrawn", "Russia's retreat").
    const again = (Array.isArray(ev.mentions) ? ev.mentions.slice(1) : []).map((m) => `“${spanText(rec(m)?.trigger)}”`);
    out.push(
      `  ${paint('magenta', `${str(ev.type)}${mode ? `/${mode}` : ''}`)} “${spanText(ev.trigger)}”` +
        `${actor ? ` actor: ${actor}` : ''}${recipient ? `; recipient: ${recipient}` : ''} ${paint('dim', `[${str(ev.modality)}]`)}` +
        (again.length > 0 ? paint('dim', ` also reported as ${again.join(', ')}`) : ''),
    );
  }

  if (a.diagnostics.length > 0) {
    heading('Diagnostics', a.diagnostics.length);
    for (const d of a.diagnostics) {
      out.push(`  ${paint(d.severity === 'error' ? 'red' : 'yellow', str(d.severity))} [${str(d.code)}] ${str(d.message)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
