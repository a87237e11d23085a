import {
  projectBoundaries,
  readBoundaries,
  type BoundaryProblem,
  type ProjectedMap,
} from '@takar/charts';
import type { ResultsError } from '../controllers/results-controller.js';
import { formatPath } from '@takar/core/results';

/** Boundaries read and projected once, ready to draw. */
export interface LoadedBoundaries {
  map: ProjectedMap;
  /** Codes that came as several features and were joined. */
  merged: string[];
  /** The file's own credit line (its `metadata.copyright`), shown under the map. */
  attribution?: string;
  /** Milliseconds spent fetching and parsing (0 when taken from the page's cache). */
  ms: number;
}

/** The outcome of loading boundaries: a projected map, or an error for the element to show. */
export type BoundariesOutcome =
  { ok: true; value: LoadedBoundaries } | { ok: false; error: ResultsError };

/** Where boundaries come from: a URL, or a GeoJSON / TopoJSON object given as a property. */
export type BoundariesSource = string | object;

/**
 * The page's cache, shared by every map element (and by a second copy of the bundle on the
 * page, through a registered symbol): each URL is fetched and parsed once. Objects are cached
 * by identity. Failures are not cached, so "try again" fetches again.
 */
interface Store {
  urls: Map<string, Promise<BoundariesOutcome>>;
  objects: WeakMap<object, Map<string, BoundariesOutcome>>;
}

const STORE_KEY = Symbol.for('takar.boundaries.v1');

function store(): Store {
  const g = globalThis as unknown as Record<symbol, Store | undefined>;
  return (g[STORE_KEY] ??= { urls: new Map(), objects: new WeakMap() });
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * Loads boundaries for a map: fetches the URL (or takes the object), reads GeoJSON or TopoJSON
 * keyed by `key`, and projects it. Every map element asking for the same URL and key shares one
 * fetch and one parse.
 *
 * @example
 * ```ts
 * const outcome = await loadBoundaries('/geo/kabkota.geojson', 'code');
 * if (outcome.ok) console.log(outcome.value.map.features.length);
 * ```
 */
export function loadBoundaries(source: BoundariesSource, key: string): Promise<BoundariesOutcome> {
  const s = store();
  if (typeof source !== 'string') {
    let byKey = s.objects.get(source);
    if (!byKey) s.objects.set(source, (byKey = new Map()));
    const hit = byKey.get(key);
    if (hit) return Promise.resolve(hit);
    const start = performance.now();
    const outcome = parse(source, key, 'the boundaries property', start);
    if (outcome.ok) byKey.set(key, outcome);
    return Promise.resolve(outcome);
  }
  const url = absolute(source);
  const cacheKey = `${key}\u0000${url}`;
  const cached = s.urls.get(cacheKey);
  if (cached) return cached.then((o) => (o.ok ? { ok: true, value: { ...o.value, ms: 0 } } : o));
  const pending = fetchAndParse(url, key);
  s.urls.set(cacheKey, pending);
  void pending.then((o) => {
    if (!o.ok) s.urls.delete(cacheKey);
  });
  return pending;
}

async function fetchAndParse(url: string, key: string): Promise<BoundariesOutcome> {
  const start = performance.now();
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/geo+json, application/json' } });
  } catch (e) {
    return fail(
      'boundaries/network',
      `Could not fetch the boundaries ${url}: ${(e as Error).message}. Check the boundaries URL.`,
    );
  }
  if (!response.ok)
    return {
      ok: false,
      error: {
        code: 'boundaries/http',
        status: response.status,
        message: `Fetching the boundaries ${url} answered HTTP ${response.status}; check the boundaries URL.`,
      },
    };
  let value: unknown;
  try {
    value = JSON.parse(await response.text());
  } catch (e) {
    return fail(
      'boundaries/invalid-json',
      `The boundaries ${url} are not valid JSON (${(e as Error).message}).`,
    );
  }
  return parse(value, key, url, start);
}

function parse(value: unknown, key: string, where: string, start: number): BoundariesOutcome {
  const read = readBoundaries(value, { key });
  if (!read.ok) return invalid(read.problems, where);
  const map = projectBoundaries(read.features);
  const ms = performance.now() - start;
  const attribution = read.attribution ? { attribution: read.attribution } : {};
  return { ok: true, value: { map, merged: read.merged, ...attribution, ms } };
}

function invalid(problems: BoundaryProblem[], where: string): BoundariesOutcome {
  const first = problems
    .slice(0, 5)
    .map((p) => `${p.path.length ? formatPath(p.path) : '(top)'}: ${p.message}`)
    .join('; ');
  return {
    ok: false,
    error: {
      code: 'boundaries/invalid',
      message: `${where}: ${problems.length} problem(s) with the boundaries: ${first}${problems.length > 5 ? '; …' : ''}. Give GeoJSON or TopoJSON polygons whose boundary-key property holds the region code.`,
      issues: problems.map((p) => ({ path: [...p.path], message: p.message })),
    },
  };
}

function fail(code: ResultsError['code'], message: string): BoundariesOutcome {
  return { ok: false, error: { code, message } };
}
