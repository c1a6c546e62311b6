/**
 * Gazetteer extensions a user imports from GeoNames dumps (allCountries.txt or a country extract,
 * and alternateNamesV2.txt): `sitrep gazetteer import` writes them as one JSON file into the
 * extension folder ($SITREP_GAZETTEER, default ~/.sitrep/gazetteer), which the gazetteer loads.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** One imported place. */
export interface ImportedPlace {
  readonly geonameid: number;
  readonly name: string;
  readonly names: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly featureClass: string;
  readonly featureCode: string;
  readonly country: string;
  readonly population: number;
}

/** The folder extensions are read from and written to. */
export function extensionDir(): string {
  return process.env.SITREP_GAZETTEER ?? path.join(homedir(), '.sitrep', 'gazetteer');
}

/** Parses GeoNames main-table rows; returns the places and the number of lines that were not rows. */
export function parseGeonames(text: string): { places: ImportedPlace[]; skipped: number } {
  const places: ImportedPlace[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const c = line.split('\t');
    const id = Number(c[0]);
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (c.length < 15 || !Number.isInteger(id) || Number.isNaN(lat) || Number.isNaN(lon) || !c[1]) {
      skipped++;
      continue;
    }
    const names = [c[1], c[2] ?? '', ...(c[3] ? c[3].split(',') : [])].filter((n) => n.trim() !== '');
    places.push({ geonameid: id, name: c[1], names: [...new Set(names)], lat, lon, featureClass: c[6] ?? '', featureCode: c[7] ?? '', country: c[8] ?? '', population: Number(c[14]) || 0 });
  }
  return { places, skipped };
}

/** Adds names from alternateNamesV2 rows to the places they belong to. */
export function addAlternateNames(places: ImportedPlace[], text: string): number {
  const byId = new Map(places.map((p, i) => [p.geonameid, i]));
  let added = 0;
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    const i = byId.get(Number(c[1]));
    const name = c[3]?.trim();
    if (i === undefined || !name || c[2] === 'link' || c[2] === 'post' || c[2] === 'iata' || c[2] === 'icao') continue;
    const p = places[i]!;
    if (!p.names.includes(name)) {
      places[i] = { ...p, names: [...p.names, name] };
      added++;
    }
  }
  return added;
}

/** Writes an extension file named after its source; returns its path. */
export function writeExtension(places: readonly ImportedPlace[], source: string, dir = extensionDir()): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(source).replace(/\.[^.]+$/, '')}.json`);
  writeFileSync(file, `${JSON.stringify({ version: 1, source: path.basename(source), places: [...places].sort((a, b) => a.geonameid - b.geonameid) })}\n`);
  return file;
}

/** Every imported place in the extension folder (none when it does not exist). */
export function loadExtensions(dir = extensionDir()): ImportedPlace[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { places: ImportedPlace[] }).places);
}
