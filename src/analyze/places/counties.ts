/**
 * US counties (second-level regions) from the npm package us-atlas (U.S. Census Bureau
 * cartographic boundaries as TopoJSON, ISC): each county's name, its state and the centroid of its
 * largest polygon. Local US news names counties constantly ("Laurel County", "Rapides Parish").
 */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A county with its state's postal code and a representative point. */
export interface County {
  /** "Laurel County", "Rapides Parish", "Juneau Borough". */
  readonly name: string;
  /** The name without its suffix ("Laurel"). */
  readonly bare: string;
  /** Postal code of the state ("KY"). */
  readonly state: string;
  readonly lat: number;
  readonly lon: number;
  /** Five-digit FIPS code. */
  readonly fips: string;
}

/** State FIPS code → postal code. */
const STATE_FIPS: Readonly<Record<string, string>> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI',
  '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN',
  '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
  '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA',
  '54': 'WV', '55': 'WI', '56': 'WY', '72': 'PR',
};

type Ring = readonly (readonly number[])[];

/** Area and centroid of a ring (planar, in degrees: fine at county size). */
function ringCentroid(ring: Ring): { area: number; lat: number; lon: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) {
    const [x, y] = ring[0] as [number, number];
    return { area: 0, lat: y, lon: x };
  }
  return { area: Math.abs(a / 2), lat: cy / (3 * a), lon: cx / (3 * a) };
}

function suffix(state: string, fips: string): string {
  if (state === 'LA') return 'Parish';
  if (state === 'AK') return 'Borough';
  // Virginia's independent cities (FIPS 510+) are cities, not counties.
  if (state === 'VA' && Number(fips.slice(2)) >= 510) return 'city';
  return 'County';
}

/** Loads the counties (about 3,200). */
export function loadCounties(): County[] {
  const require = createRequire(import.meta.url);
  const topology = require('us-atlas/counties-10m.json') as Topology<{ counties: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.counties);
  const out: County[] = [];
  for (const f of collection.features) {
    const fips = String(f.id ?? '');
    const state = STATE_FIPS[fips.slice(0, 2)];
    const bare = f.properties?.name;
    if (!state || !bare) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    let best: { area: number; lat: number; lon: number } | null = null;
    for (const poly of polygons) {
      const c = ringCentroid(poly[0] as Ring);
      if (!best || c.area > best.area) best = c;
    }
    if (!best) continue;
    const kind = suffix(state, fips);
    out.push({ name: `${bare} ${kind}`, bare, state, lat: Math.round(best.lat * 1e4) / 1e4, lon: Math.round(best.lon * 1e4) / 1e4, fips });
  }
  return out;
}
