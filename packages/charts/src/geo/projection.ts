// Projecting region boundaries to SVG path data.
//
//   BoundaryFeature[] ── 1. bounds in lon/lat ── 2. Mercator, translate + scale to `width`, round
//                        to integers, drop repeats ── 3. rewind, write compact path data
//
// Integer map units keep the paths short (a 10 000-unit-wide Indonesia is about 0.5 km a unit, the
// resolution of the simplified boundaries we expect) and make the output identical on every machine.

import type { BoundaryFeature } from './boundaries.js';

/** An axis-aligned box in map units: x grows east, y grows south. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A region projected by {@link projectBoundaries}. */
export interface ProjectedFeature {
  /** The region code. */
  code: string;
  /** The region's name, when the boundaries give one. */
  name?: string | undefined;
  /** SVG path data in map units */
  path: string;
  /** The box around the path. */
  box: Box;
  /** longitude of the centre of the feature's lon/lat bounding box */
  lon: number;
}

/** Every region projected onto one map, from {@link projectBoundaries}. */
export interface ProjectedMap {
  /** The regions, in the order given. */
  features: ProjectedFeature[];
  /** The whole map: from (0, 0) to (`width`, height). */
  box: Box;
  /** map units per degree of longitude */
  scale: number;
}

/** Web Mercator's latitude limit (where the map is square), so the poles stay finite. */
const MAX_LAT = (Math.atan(Math.sinh(Math.PI)) * 180) / Math.PI;
const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

/**
 * Spherical Mercator in degrees-equivalent units: x = lon, y = -(180/π)·ln(tan(π/4 + φ/2)) (y grows
 * southward, as in SVG). Latitudes beyond ±85.0511° (Web Mercator's limit) are clamped to it, so
 * the poles give ∓180 rather than infinity.
 *
 * @param lon - Longitude in degrees.
 * @param lat - Latitude in degrees.
 * @returns `[x, y]`, both in degrees of longitude at the equator.
 *
 * @example
 * ```ts
 * mercator(110.36, 0); // [110.36, 0]
 * mercator(110.36, -7.8)[1]; // 7.824… (south of the equator is positive y)
 * ```
 */
export function mercator(lon: number, lat: number): [number, number] {
  return [lon, mercatorY(lat)];
}

/** Projected y of a latitude: {@link mercator}'s formula, for the loops that run once a point. */
function mercatorY(lat: number): number {
  // ln(tan(π/4 + φ/2)) = atanh(sin φ); the latter rounds less (exactly 0 at the equator).
  const y = -DEG * Math.atanh(Math.sin(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD));
  return y === 0 ? 0 : y;
}

/** Where map units come from: x = (lon − x0)·scale, y = (mercatorY(lat) − y0)·scale. */
interface Frame {
  x0: number;
  y0: number;
  scale: number;
}

/**
 * Projects region boundaries to SVG path data: Mercator, translated so the whole map's box starts
 * at (0, 0) and scaled so its width is `width`, in integer map units.
 *
 * Each ring is written as an absolute `M`, one relative `l` with its points, and `z`; points that
 * round to the previous one are dropped. Rings are wound as RFC 7946 §3.1.6 asks (outer rings
 * counterclockwise on the globe, holes clockwise), so holes show with either SVG fill rule. A ring
 * that collapses to fewer than 3 distinct points is dropped (an outer ring with its holes), but a
 * region is never lost: when all its rings collapse, it is drawn as the smallest integer rectangle
 * around its largest polygon, so tiny kota stay visible and clickable.
 *
 * @param features - The regions, as from {@link readBoundaries}; each needs at least one point.
 * @param options - `width`: the width of the whole map in map units (default 10 000; map units are
 *   32-bit integers, so keep it below 10^8).
 * @returns The projected regions in the order given, the map's box and its scale.
 *
 * @example
 * ```ts
 * const map = projectBoundaries(features);
 * `<svg viewBox="${viewBox(map.box)}">${map.features.map((f) => `<path d="${f.path}"/>`).join('')}</svg>`;
 * ```
 */
export function projectBoundaries(
  features: readonly BoundaryFeature[],
  options: { width?: number } = {},
): ProjectedMap {
  const width = options.width ?? 10000;
  if (features.length === 0) {
    return { features: [], box: { x0: 0, y0: 0, x1: 0, y1: 0 }, scale: 1 };
  }
  // 1. Bounds in longitude/latitude: Mercator y falls as latitude rises, so the map's top is the
  //    northernmost latitude and nothing needs projecting yet.
  let lonMin = Infinity;
  let lonMax = -Infinity;
  let latMin = Infinity;
  let latMax = -Infinity;
  const lonCentres = features.map((feature) => {
    let fMin = Infinity;
    let fMax = -Infinity;
    for (const polygon of feature.polygons) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length; i++) {
          const point = ring[i]!;
          const lon = point[0];
          const lat = point[1];
          if (lon < fMin) fMin = lon;
          if (lon > fMax) fMax = lon;
          if (lat < latMin) latMin = lat;
          if (lat > latMax) latMax = lat;
        }
      }
    }
    if (fMin > fMax) {
      throw new RangeError(
        `projectBoundaries: region ${JSON.stringify(feature.code)} has no points; read boundaries ` +
          `with readBoundaries, which reports such features.`,
      );
    }
    if (fMin < lonMin) lonMin = fMin;
    if (fMax > lonMax) lonMax = fMax;
    return (fMin + fMax) / 2;
  });
  const span = lonMax - lonMin;
  const scale = span > 0 ? width / span : 1;
  const frame: Frame = { x0: lonMin, y0: mercatorY(latMax), scale };
  // 2–3. Project, round and write each feature.
  const out = features.map((feature, i): ProjectedFeature => {
    const { path, box } = featurePath(feature.polygons, frame);
    const result: ProjectedFeature = { code: feature.code, path, box, lon: lonCentres[i]! };
    if (feature.name !== undefined) result.name = feature.name;
    return result;
  });
  const height = (mercatorY(latMin) - frame.y0) * scale;
  return { features: out, box: { x0: 0, y0: 0, x1: span > 0 ? width : 0, y1: height }, scale };
}

/** Rounded points of the ring being written, reused from ring to ring: x, y, x, y… */
let scratch = /* @__PURE__ */ new Int32Array(4096);

/**
 * The path data being written, as ASCII bytes, reused from feature to feature: building the text a
 * number at a time in strings would make four short-lived strings per point.
 */
let text = /* @__PURE__ */ new Uint8Array(1 << 16);
let textLength = 0;
const ascii = /* @__PURE__ */ new TextDecoder();

/** Path data and box of one feature. */
function featurePath(
  polygons: readonly (readonly (readonly [number, number][])[])[],
  frame: Frame,
): { path: string; box: Box } {
  const box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  textLength = 0;
  for (const polygon of polygons) {
    for (let r = 0; r < polygon.length; r++) {
      const n = roundRing(polygon[r]!, frame);
      if (n === 0) {
        // A collapsed outer ring takes its holes with it: alone, they would be drawn filled.
        if (r === 0) break;
        continue;
      }
      writeRing(scratch, n, r > 0, box);
    }
  }
  if (textLength === 0) {
    // Everything collapsed: draw the integer rectangle around the largest polygon instead.
    const rect = fallbackRectangle(polygons, frame);
    writeRing(rect, rect.length, false, box);
  }
  return { path: ascii.decode(text.subarray(0, textLength)), box };
}

/**
 * Rounds the ring to integer map units into `scratch`, without consecutive repeats or the closing
 * point; returns how many numbers it wrote, or 0 when fewer than 3 distinct points remain.
 */
function roundRing(ring: readonly (readonly [number, number])[], frame: Frame): number {
  const { x0, y0, scale } = frame;
  if (scratch.length < ring.length * 2) scratch = new Int32Array(ring.length * 4);
  const out = scratch;
  let n = 0;
  let px = NaN;
  let py = NaN;
  for (let i = 0; i < ring.length; i++) {
    const point = ring[i]!;
    const x = Math.round((point[0] - x0) * scale);
    // mercatorY(), inlined: this loop runs once a point, and calls are what costs before the JIT.
    const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, point[1]));
    const y = Math.round((-DEG * Math.atanh(Math.sin(lat * RAD)) - y0) * scale);
    if (x === px && y === py) continue;
    out[n++] = x;
    out[n++] = y;
    px = x;
    py = y;
  }
  // `z` closes the ring, so points equal to the first are not needed at the end.
  while (n > 2 && out[n - 2] === out[0] && out[n - 1] === out[1]) n -= 2;
  return hasThreeDistinct(out, n) ? n : 0;
}

function hasThreeDistinct(points: Int32Array, n: number): boolean {
  const x0 = points[0];
  const y0 = points[1];
  let j = -1;
  for (let i = 2; i < n; i += 2) {
    const x = points[i];
    const y = points[i + 1];
    if (x === x0 && y === y0) continue;
    if (j < 0) j = i;
    else if (x !== points[j] || y !== points[j + 1]) return true;
  }
  return false;
}

/**
 * Writes one ring (`n` numbers: open, integer points) as `M x y l dx dy … z`, wound for its role,
 * and extends `box` by its points.
 */
function writeRing(points: Int32Array, n: number, hole: boolean, box: Box): void {
  // Twice the signed area; with y growing south, a ring counterclockwise on the globe is negative.
  let area = 0;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    area += points[i]! * points[j + 1]! - points[j]! * points[i + 1]!;
  }
  if (hole ? area < 0 : area > 0) reverseRing(points, n);
  // At most 12 characters a number (sign and 11 digits) and 3 for the letters.
  if (text.length < textLength + 12 * n + 3) {
    const grown = new Uint8Array(2 * (textLength + 12 * n + 3));
    grown.set(text.subarray(0, textLength));
    text = grown;
  }
  let { x0, y0, x1, y1 } = box;
  let x = points[0]!;
  let y = points[1]!;
  text[textLength++] = 77; // M
  writeNumber(x, false);
  writeNumber(y, true);
  text[textLength++] = 108; // l
  for (let i = 2; i < n; i += 2) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    const nx = points[i]!;
    const ny = points[i + 1]!;
    writeNumber(nx - x, i > 2);
    writeNumber(ny - y, true);
    x = nx;
    y = ny;
  }
  text[textLength++] = 122; // z
  box.x0 = Math.min(x0, x);
  box.x1 = Math.max(x1, x);
  box.y0 = Math.min(y0, y);
  box.y1 = Math.max(y1, y);
}

/** Appends an integer; a space before it when `separate`, unless its minus sign separates it. */
function writeNumber(value: number, separate: boolean): void {
  let v = value;
  if (v < 0) {
    text[textLength++] = 45; // -
    v = -v;
  } else if (separate) {
    text[textLength++] = 32; // space
  }
  const start = textLength;
  do {
    const q = Math.floor(v / 10);
    text[textLength++] = 48 + v - 10 * q;
    v = q;
  } while (v > 0);
  // The digits came least significant first.
  for (let i = start, j = textLength - 1; i < j; i++, j--) {
    const d = text[i]!;
    text[i] = text[j]!;
    text[j] = d;
  }
}

/** Reverses an open ring of `n` numbers in place, keeping its first point first. */
function reverseRing(points: Int32Array, n: number): void {
  for (let i = 2, j = n - 2; i < j; i += 2, j -= 2) {
    const x = points[i]!;
    const y = points[i + 1]!;
    points[i] = points[j]!;
    points[i + 1] = points[j + 1]!;
    points[j] = x;
    points[j + 1] = y;
  }
}

/** The smallest integer rectangle, at least 1 × 1, around the polygon with the largest outer ring. */
function fallbackRectangle(
  polygons: readonly (readonly (readonly [number, number][])[])[],
  frame: Frame,
): Int32Array {
  let best: [number, number, number, number] = [0, 0, 0, 0];
  let bestSize = -1;
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const [lon, lat] of outer) {
      const x = (lon - frame.x0) * frame.scale;
      const y = (mercatorY(lat) - frame.y0) * frame.scale;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    const size = Math.max(x1 - x0, y1 - y0);
    if (size > bestSize) {
      bestSize = size;
      best = [x0, y0, x1, y1];
    }
  }
  const x0 = Math.floor(best[0]);
  const y0 = Math.floor(best[1]);
  const x1 = Math.max(Math.ceil(best[2]), x0 + 1);
  const y1 = Math.max(Math.ceil(best[3]), y0 + 1);
  return Int32Array.of(x0, y0, x1, y0, x1, y1, x0, y1);
}

/**
 * The smallest box holding every box given; a zero box at the origin when there are none.
 *
 * @example
 * ```ts
 * unionBox([{ x0: 0, y0: 0, x1: 2, y1: 1 }, { x0: 1, y0: -1, x1: 3, y1: 0 }]); // { x0: 0, y0: -1, x1: 3, y1: 1 }
 * ```
 */
export function unionBox(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
  const box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const b of boxes) {
    if (b.x0 < box.x0) box.x0 = b.x0;
    if (b.y0 < box.y0) box.y0 = b.y0;
    if (b.x1 > box.x1) box.x1 = b.x1;
    if (b.y1 > box.y1) box.y1 = b.y1;
  }
  return box;
}

/**
 * viewBox string "x y w h" around `box` with `pad` (fraction of the larger side, default 0.04) and
 * at least `minAspect`/`maxAspect` (width/height) by widening/heightening symmetrically, so tiny
 * regions do not zoom to absurd shapes.
 *
 * Without `minAspect` or `maxAspect` the shape is not limited. A box of zero size is taken as 1 × 1
 * map units around its point. Numbers are rounded to 2 decimals.
 *
 * @param box - The box to show, in map units.
 * @param options - `pad`, and the aspect limits `minAspect` and `maxAspect` (width / height).
 *
 * @example
 * ```ts
 * viewBox({ x0: 0, y0: 0, x1: 100, y1: 50 }); // '-4 -4 108 58'
 * viewBox({ x0: 0, y0: 0, x1: 10, y1: 100 }, { pad: 0, minAspect: 0.5 }); // '-20 0 50 100'
 * ```
 */
export function viewBox(
  box: Box,
  options: { pad?: number; minAspect?: number; maxAspect?: number } = {},
): string {
  const { pad = 0.04, minAspect, maxAspect } = options;
  let x = box.x0;
  let y = box.y0;
  let w = box.x1 - box.x0;
  let h = box.y1 - box.y0;
  if (w <= 0 && h <= 0) {
    x -= 0.5;
    y -= 0.5;
    w = 1;
    h = 1;
  }
  const p = pad * Math.max(w, h);
  x -= p;
  y -= p;
  w += 2 * p;
  h += 2 * p;
  if (minAspect !== undefined && w < minAspect * h) {
    const wider = minAspect * h;
    x -= (wider - w) / 2;
    w = wider;
  }
  if (maxAspect !== undefined && w > maxAspect * h) {
    const taller = w / maxAspect;
    y -= (taller - h) / 2;
    h = taller;
  }
  return [x, y, w, h].map(format).join(' ');
}

function format(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/**
 * Splits the map into a west and an east panel at `splitLon` (default 119, between
 * Kalimantan/NTB and Sulawesi/NTT) by each feature's `lon`, for narrow screens: returns the codes
 * and box of each. A feature whose `lon` equals `splitLon` goes east; the codes keep the map's
 * order, and an empty panel has a zero box.
 *
 * @example
 * ```ts
 * const { west, east } = splitPanels(map);
 * west.codes.includes('31.71'); // true: Jakarta Pusat
 * viewBox(east.box);
 * ```
 */
export function splitPanels(
  map: ProjectedMap,
  splitLon = 119,
): { west: { codes: string[]; box: Box }; east: { codes: string[]; box: Box } } {
  const west = map.features.filter((f) => f.lon < splitLon);
  const east = map.features.filter((f) => !(f.lon < splitLon));
  return {
    west: { codes: west.map((f) => f.code), box: unionBox(west.map((f) => f.box)) },
    east: { codes: east.map((f) => f.code), box: unionBox(east.map((f) => f.box)) },
  };
}
