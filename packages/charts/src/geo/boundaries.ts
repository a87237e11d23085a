import type { TakarErrorCode, TakarIssue } from '@takar/core/results';
// Reading region boundaries: GeoJSON or TopoJSON in, checked polygons keyed by region code out.
//
//   value ──┬─ FeatureCollection / Feature ──────────────┐
//           └─ Topology ── decode arcs ── stitch rings ──┤
//                                                         ├─ 1. check key, geometry, coordinates
//                                                         ├─ 2. join features sharing a code
//                                                         └─ 3. sort by code
//
// Every problem is collected (not just the first) so a developer fixes a file in one pass. Formats:
// GeoJSON is RFC 7946; TopoJSON is the TopoJSON Format Specification 1.0
// (github.com/topojson/topojson-specification), decoded here from the specification.

/**
 * A region's boundary in longitude/latitude degrees: polygons → rings → [lon, lat] points (first
 * ring outer, the rest holes). Rings are closed (the last point repeats the first), as in GeoJSON.
 */
export interface BoundaryFeature {
  /** The region code, e.g. `34.71`. */
  code: string;
  /** The region's name, when the file gives one. */
  name?: string | undefined;
  /** Polygons → rings → [longitude, latitude] points. */
  polygons: [number, number][][][];
}

/**
 * One problem found in a boundaries file by {@link readBoundaries}: core's one issue type
 * (`TakarIssue`), with a `boundaries/…` code and the path as an array (`['features', 12,
 * 'properties', 'code']`; `formatPath` writes it `features[12].properties.code`).
 */
export type BoundaryProblem = TakarIssue & { readonly code: BoundaryProblemCode };

/**
 * The kinds of {@link BoundaryProblem}: not GeoJSON/TopoJSON at all, a missing or non-polygon
 * geometry, a missing or non-string region code (or name), bad coordinates, broken TopoJSON arcs or
 * objects, and a file without features.
 */
export type BoundaryProblemCode = Extract<
  TakarErrorCode,
  | 'boundaries/not-geojson'
  | 'boundaries/geometry'
  | 'boundaries/key'
  | 'boundaries/coordinates'
  | 'boundaries/topology'
  | 'boundaries/empty'
>;

/** Options of {@link readBoundaries}. */
export interface BoundariesOptions {
  /**
   * The feature property holding the region code; default `code`. With `id`, a feature without an
   * `id` property may give its top-level `id` (GeoJSON feature id, TopoJSON geometry id) instead.
   */
  key?: string;
  /** The feature property holding the region's name; default `name`. */
  nameKey?: string;
  /**
   * The TopoJSON object to read. Default: the only object or, when there are several, the first
   * GeometryCollection (or the first object when none is a collection).
   */
  object?: string;
}

/**
 * What {@link readBoundaries} returns: the features sorted by code and the codes that were joined
 * from several features, or every problem found.
 */
export type BoundariesResult =
  | {
      ok: true;
      features: BoundaryFeature[];
      /** Codes that came as several features and were joined. */
      merged: string[];
      /**
       * The file's own credit line, when its top-level `metadata` names a `copyright` (with
       * `license` and `source` if given), as the boundaries shipped in
       * `@takar/indonesia/boundaries` do: maps show it under the drawing.
       */
      attribution?: string;
    }
  | { ok: false; problems: BoundaryProblem[] };

/** At most this many problems are listed; one more entry counts the rest. */
const MAX_PROBLEMS = 50;

type Json = Record<string, unknown>;
type Point = [number, number];

class Problems {
  readonly list: BoundaryProblem[] = [];
  private readonly more = new Map<BoundaryProblemCode, number>();
  private firstMore: BoundaryProblemCode | undefined;

  add(code: BoundaryProblemCode, path: string, message: string): void {
    if (this.list.length < MAX_PROBLEMS) {
      this.list.push({ code, path: pathOf(path), message });
      return;
    }
    this.firstMore ??= code;
    this.more.set(code, (this.more.get(code) ?? 0) + 1);
  }

  get count(): number {
    return this.list.length + [...this.more.values()].reduce((a, b) => a + b, 0);
  }

  /** The listed problems and, when some were left off, an entry that counts them by code. */
  result(): BoundaryProblem[] {
    if (!this.firstMore) return this.list;
    const counts = [...this.more].map(([code, n]) => `${n} ${code}`).join(', ');
    const total = this.count - this.list.length;
    return [
      ...this.list,
      {
        code: this.firstMore,
        path: [],
        message: `…and ${total} more problems not listed (${counts}); fix the ones above and read the file again.`,
      },
    ];
  }
}

/** `features[12].properties.code` → `['features', 12, 'properties', 'code']` ('' → []). */
function pathOf(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.[\]]+)/g))
    out.push(
      m[1] !== undefined
        ? (JSON.parse(m[1]) as string)
        : m[2] !== undefined
          ? Number(m[2])
          : (m[3] as string),
    );
  return out;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base.name`, or `base["odd name"]` when the name is not an identifier. */
function member(base: string, name: string): string {
  const part = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `[${JSON.stringify(name)}]`;
  if (part.startsWith('[')) return base + part;
  return base ? `${base}.${part}` : part;
}

/** A short description of a JSON value for messages: `the number 3471`, `null`, `an array`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `the ${typeof value} ${value}`;
  return `an ${typeof value}`;
}

interface RawFeature {
  code: string;
  name: string | undefined;
  polygons: Point[][][];
}

interface Reader {
  key: string;
  nameKey: string;
  problems: Problems;
}

/** Checks a feature's code and name; reports problems and returns the code, or undefined. */
function readKey(
  reader: Reader,
  properties: unknown,
  topId: unknown,
  path: string,
): { code: string | undefined; name: string | undefined } {
  const { key, nameKey, problems } = reader;
  const props = isObject(properties) ? properties : undefined;
  const propsPath = member(path, 'properties');
  const keyPath = member(propsPath, key);
  let code: string | undefined;
  let raw: unknown = props?.[key];
  let rawPath = keyPath;
  if (raw === undefined && key === 'id' && topId !== undefined) {
    raw = topId;
    rawPath = member(path, 'id');
  }
  if (typeof raw === 'string' && raw.trim() !== '') {
    code = raw;
  } else if (raw === undefined) {
    const names = props ? Object.keys(props) : [];
    const found = names.length
      ? `its properties are ${names
          .slice(0, 12)
          .map((n) => JSON.stringify(n))
          .join(', ')}${names.length > 12 ? ', …' : ''}`
      : properties === undefined || properties === null
        ? 'it has no properties at all'
        : `its properties are ${describe(properties)}, not an object`;
    const alsoId = key === 'id' ? ' nor a top-level "id"' : '';
    problems.add(
      'boundaries/key',
      keyPath,
      `the feature has no ${JSON.stringify(key)} property${alsoId} to give its region code (${found}); ` +
        `pass the property holding the code as the \`key\` option.`,
    );
  } else if (typeof raw === 'number') {
    problems.add(
      'boundaries/key',
      rawPath,
      `found the number ${raw}; codes are strings such as "34.71". Write the codes as quoted strings ` +
        `in the file: as numbers they lose trailing and leading zeros (34.10 becomes 34.1).`,
    );
  } else if (typeof raw === 'string') {
    problems.add(
      'boundaries/key',
      rawPath,
      `found an empty code; every feature needs its region code, such as "34.71".`,
    );
  } else {
    problems.add(
      'boundaries/key',
      rawPath,
      `found ${describe(raw)}; codes are strings such as "34.71".`,
    );
  }
  const rawName = props?.[nameKey];
  let name: string | undefined;
  // A null name means "no name" in JSON; anything else that is not a string is a mistake.
  if (typeof rawName === 'string') name = rawName;
  else if (rawName !== undefined && rawName !== null) {
    problems.add(
      'boundaries/key',
      member(propsPath, nameKey),
      `found ${describe(rawName)} as the name; names are strings such as "Kota Yogyakarta" ` +
        `(or pass the property holding the name as the \`nameKey\` option).`,
    );
  }
  return { code, name };
}

/** Why a position is unusable, or undefined when it is a valid [lon, lat]. */
function positionProblem(p: unknown): string | undefined {
  if (!Array.isArray(p) || p.length < 2) {
    return `found ${describe(p)} where a position [longitude, latitude] was expected.`;
  }
  const lon: unknown = p[0];
  const lat: unknown = p[1];
  if (typeof lon !== 'number' || typeof lat !== 'number') {
    return `found [${describe(lon)}, ${describe(lat)}]; longitude and latitude must be numbers.`;
  }
  return rangeProblem(lon, lat);
}

function rangeProblem(lon: number, lat: number): string | undefined {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    return `found [${lon}, ${lat}]; longitude and latitude must be finite numbers.`;
  }
  if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return undefined;
  const hint =
    Math.abs(lon) <= 90 && Math.abs(lat) <= 180
      ? ' Are longitude and latitude swapped? GeoJSON positions are [longitude, latitude].'
      : ' Are the coordinates projected (metres, as in EPSG:3857 or UTM)? Boundaries must be in ' +
        'longitude/latitude degrees (WGS 84, EPSG:4326); reproject the file first.';
  return `[${lon}, ${lat}] is outside longitude −180…180 / latitude −90…90.${hint}`;
}

const NOT_A_REGION =
  'only Polygon and MultiPolygon geometries can be drawn as regions; give the feature its area.';

/** Reads one GeoJSON geometry into polygons, reporting its problems. */
function readGeoJsonGeometry(
  geometry: unknown,
  path: string,
  problems: Problems,
): Point[][][] | undefined {
  if (!isObject(geometry)) {
    problems.add(
      'boundaries/geometry',
      path,
      geometry === null || geometry === undefined
        ? `the feature has no geometry (${describe(geometry)}); ${NOT_A_REGION}`
        : `found ${describe(geometry)} as the geometry; ${NOT_A_REGION}`,
    );
    return undefined;
  }
  const type = geometry.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    const what = typeof type === 'string' ? `a ${type}` : `of type ${describe(type)}`;
    const convert =
      type === 'GeometryCollection' ? ' Join its polygons into one MultiPolygon.' : '';
    problems.add(
      'boundaries/geometry',
      member(path, 'type'),
      `the geometry is ${what}; ${NOT_A_REGION}${convert}`,
    );
    return undefined;
  }
  const coordsPath = member(path, 'coordinates');
  const coords = geometry.coordinates;
  const polygons: unknown[] | undefined = Array.isArray(coords)
    ? type === 'Polygon'
      ? [coords]
      : coords
    : undefined;
  if (!polygons) {
    problems.add(
      'boundaries/coordinates',
      coordsPath,
      `found ${describe(coords)}; a ${type} needs an array of coordinates.`,
    );
    return undefined;
  }
  if (polygons.length === 0) {
    problems.add(
      'boundaries/coordinates',
      coordsPath,
      `the ${type} is empty; every region needs at least one ring.`,
    );
    return undefined;
  }
  const out: Point[][][] = [];
  const before = problems.count;
  // Bad positions: the first of each geometry is reported with the count of the rest, so a file in
  // the wrong coordinate system gives one problem per feature rather than thousands.
  let badPosition: { path: string; message: string } | undefined;
  let badPositions = 0;
  for (let i = 0; i < polygons.length; i++) {
    const polygon = polygons[i];
    const polygonPath = type === 'Polygon' ? coordsPath : `${coordsPath}[${i}]`;
    if (!Array.isArray(polygon) || polygon.length === 0) {
      problems.add(
        'boundaries/coordinates',
        polygonPath,
        `found ${describe(polygon)} where a polygon (a non-empty array of rings) was expected.`,
      );
      continue;
    }
    const rings: Point[][] = [];
    for (let r = 0; r < polygon.length; r++) {
      const ring: unknown = polygon[r];
      const ringPath = `${polygonPath}[${r}]`;
      if (!Array.isArray(ring)) {
        problems.add(
          'boundaries/coordinates',
          ringPath,
          `found ${describe(ring)} where a ring (an array of positions) was expected.`,
        );
        continue;
      }
      const points: Point[] = new Array<Point>(ring.length);
      let ringOk = true;
      for (let k = 0; k < ring.length; k++) {
        const p: unknown = ring[k];
        const message = positionProblem(p);
        if (message) {
          ringOk = false;
          badPositions++;
          badPosition ??= { path: `${ringPath}[${k}]`, message };
          continue;
        }
        // A [lon, lat] pair is kept as it is (copying 70 000 of them costs more than reading the
        // file); a position with an altitude is cut to its first two numbers.
        const q = p as number[];
        points[k] = q.length === 2 ? (q as Point) : [q[0]!, q[1]!];
      }
      if (!ringOk) continue;
      if (ring.length < 4) {
        problems.add(
          'boundaries/coordinates',
          ringPath,
          `the ring has ${ring.length} positions; a ring needs at least 4 (three corners and the ` +
            `first repeated at the end, RFC 7946 §3.1.6).`,
        );
        continue;
      }
      const first = points[0]!;
      const last = points[points.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        problems.add(
          'boundaries/coordinates',
          ringPath,
          `the ring is not closed: it ends at [${last[0]}, ${last[1]}] but starts at ` +
            `[${first[0]}, ${first[1]}]; repeat the first position at the end (RFC 7946 §3.1.6).`,
        );
        continue;
      }
      rings.push(points);
    }
    out.push(rings);
  }
  if (badPosition) {
    const rest = badPositions - 1;
    problems.add(
      'boundaries/coordinates',
      badPosition.path,
      badPosition.message +
        (rest > 0 ? ` (${rest} more positions of this geometry have problems too.)` : ''),
    );
  }
  return problems.count === before ? out : undefined;
}

function readGeoJsonFeature(
  reader: Reader,
  feature: unknown,
  path: string,
  out: RawFeature[],
): void {
  if (!isObject(feature) || feature.type !== 'Feature') {
    reader.problems.add(
      'boundaries/not-geojson',
      path,
      isObject(feature)
        ? `found an object of type ${describe(feature.type)} where a Feature was expected.`
        : `found ${describe(feature)} where a Feature was expected.`,
    );
    return;
  }
  const { code, name } = readKey(reader, feature.properties, feature.id, path);
  const polygons = readGeoJsonGeometry(feature.geometry, member(path, 'geometry'), reader.problems);
  if (code !== undefined && polygons) out.push({ code, name, polygons });
}

// ── TopoJSON ────────────────────────────────────────────────────────────────────────────────────

interface Topology {
  arcs: unknown[];
  /** [scaleX, scaleY, translateX, translateY] for quantized topologies. */
  transform: [number, number, number, number] | undefined;
  /** Decoded arcs (absolute longitude/latitude), or null for an arc that has problems. */
  decoded: (Point[] | null | undefined)[];
  problems: Problems;
}

function readTransform(value: unknown, problems: Problems): Topology['transform'] | null {
  if (value === undefined) return undefined;
  const pair = (v: unknown) =>
    Array.isArray(v) &&
    v.length === 2 &&
    v.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!isObject(value) || !pair(value.scale) || !pair(value.translate)) {
    problems.add(
      'boundaries/topology',
      'transform',
      `found ${describe(value)}${isObject(value) ? ' without numeric scale and translate pairs' : ''}; ` +
        `a transform is { "scale": [sx, sy], "translate": [tx, ty] } with finite numbers.`,
    );
    return null;
  }
  const [sx, sy] = value.scale as [number, number];
  const [tx, ty] = value.translate as [number, number];
  if (sx === 0 || sy === 0) {
    problems.add(
      'boundaries/topology',
      'transform.scale',
      `the scale [${sx}, ${sy}] has a zero, which would collapse every arc to a point.`,
    );
    return null;
  }
  return [sx, sy, tx, ty];
}

/** An arc in absolute longitude/latitude, decoded once (null when it has problems). */
function decodeArc(topology: Topology, index: number): Point[] | null {
  const cached = topology.decoded[index];
  if (cached !== undefined) return cached;
  const { problems, transform } = topology;
  const arc = topology.arcs[index];
  const path = `arcs[${index}]`;
  let result: Point[] | null = null;
  if (!Array.isArray(arc) || arc.length < 2) {
    problems.add(
      'boundaries/topology',
      path,
      `found ${Array.isArray(arc) ? `an arc of ${arc.length} positions` : describe(arc)}; ` +
        `an arc is an array of at least two positions.`,
    );
  } else {
    const points: Point[] = new Array<Point>(arc.length);
    let x = 0;
    let y = 0;
    let bad: { path: string; message: string } | undefined;
    let badCount = 0;
    for (let k = 0; k < arc.length; k++) {
      const p: unknown = arc[k];
      let message: string | undefined;
      if (!Array.isArray(p) || p.length < 2) {
        message = `found ${describe(p)} where a position was expected.`;
      } else if (
        typeof p[0] !== 'number' ||
        typeof p[1] !== 'number' ||
        !Number.isFinite(p[0]) ||
        !Number.isFinite(p[1])
      ) {
        message = `found [${describe(p[0])}, ${describe(p[1])}]; positions must be finite numbers.`;
      } else if (transform) {
        // Quantized arcs are delta-encoded: each position is the offset from the previous one.
        x += p[0];
        y += p[1];
        const lon = x * transform[0] + transform[2];
        const lat = y * transform[1] + transform[3];
        message = rangeProblem(lon, lat);
        if (message) message = `decodes to ${message} Check the topology's transform.`;
        points[k] = [lon, lat];
      } else {
        message = rangeProblem(p[0], p[1]);
        points[k] = [p[0], p[1]];
      }
      if (message) {
        badCount++;
        bad ??= { path: `${path}[${k}]`, message };
      }
    }
    if (bad) {
      problems.add(
        'boundaries/coordinates',
        bad.path,
        bad.message +
          (badCount > 1 ? ` (${badCount - 1} more positions of this arc have problems too.)` : ''),
      );
    } else {
      result = points;
    }
  }
  topology.decoded[index] = result;
  return result;
}

/** Stitches a ring from arc indexes (`~i` = arc i reversed). */
function topologyRing(topology: Topology, arcs: unknown, path: string): Point[] | undefined {
  const { problems } = topology;
  if (!Array.isArray(arcs) || arcs.length === 0) {
    problems.add(
      'boundaries/topology',
      path,
      `found ${Array.isArray(arcs) ? 'an empty array' : describe(arcs)} where a ring ` +
        `(a non-empty array of arc indexes) was expected.`,
    );
    return undefined;
  }
  const ring: Point[] = [];
  let ok = true;
  for (let a = 0; a < arcs.length; a++) {
    const i: unknown = arcs[a];
    const indexPath = `${path}[${a}]`;
    const n = topology.arcs.length;
    if (typeof i !== 'number' || !Number.isInteger(i) || i >= n || i < -n) {
      problems.add(
        'boundaries/topology',
        indexPath,
        `found ${describe(i)}; arc indexes are integers from ${-n} to ${n - 1} ` +
          `(the topology has ${n} arcs; a negative index ~i is arc i reversed).`,
      );
      ok = false;
      continue;
    }
    const arc = decodeArc(topology, i < 0 ? ~i : i);
    if (!arc) {
      ok = false;
      continue;
    }
    if (!ok) continue;
    const points = i < 0 ? [...arc].reverse() : arc;
    if (ring.length > 0) {
      const end = ring[ring.length - 1]!;
      const start = points[0]!;
      if (end[0] !== start[0] || end[1] !== start[1]) {
        problems.add(
          'boundaries/topology',
          indexPath,
          `arc ${i} starts at [${start[0]}, ${start[1]}] but the previous arc ends at ` +
            `[${end[0]}, ${end[1]}]; the arcs of a ring must join end to start.`,
        );
        ok = false;
        continue;
      }
    }
    // Each arc after the first repeats the previous arc's last position; keep it once.
    for (let k = ring.length > 0 ? 1 : 0; k < points.length; k++) ring.push(points[k]!);
  }
  if (!ok) return undefined;
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    problems.add(
      'boundaries/topology',
      path,
      `the ring's arcs do not close: it starts at [${first[0]}, ${first[1]}] and ends at ` +
        `[${last[0]}, ${last[1]}].`,
    );
    return undefined;
  }
  if (ring.length < 4) {
    problems.add(
      'boundaries/coordinates',
      path,
      `the ring has ${ring.length} positions; a ring needs at least 4 (three corners and the ` +
        `first repeated at the end).`,
    );
    return undefined;
  }
  return ring;
}

function readTopologyGeometry(
  reader: Reader,
  topology: Topology,
  geometry: unknown,
  path: string,
  out: RawFeature[],
): void {
  const { problems } = reader;
  if (!isObject(geometry)) {
    problems.add(
      'boundaries/geometry',
      path,
      `found ${describe(geometry)} where a TopoJSON geometry object was expected.`,
    );
    return;
  }
  const { code, name } = readKey(reader, geometry.properties, geometry.id, path);
  const type = geometry.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    const what =
      type === null || type === undefined
        ? `a null geometry (type ${describe(type)})`
        : typeof type === 'string'
          ? `a ${type}`
          : `of type ${describe(type)}`;
    problems.add(
      'boundaries/geometry',
      member(path, 'type'),
      `the geometry is ${what}; ${NOT_A_REGION}`,
    );
    return;
  }
  const arcsPath = member(path, 'arcs');
  const arcs = geometry.arcs;
  const polygons: unknown[] | undefined = Array.isArray(arcs)
    ? type === 'Polygon'
      ? [arcs]
      : arcs
    : undefined;
  if (!polygons || polygons.length === 0) {
    problems.add(
      'boundaries/coordinates',
      arcsPath,
      polygons
        ? `the ${type} is empty; every region needs at least one ring.`
        : `found ${describe(arcs)}; a ${type} needs an array of arc indexes.`,
    );
    return;
  }
  const before = problems.count;
  const result: Point[][][] = [];
  for (let i = 0; i < polygons.length; i++) {
    const polygon = polygons[i];
    const polygonPath = type === 'Polygon' ? arcsPath : `${arcsPath}[${i}]`;
    if (!Array.isArray(polygon) || polygon.length === 0) {
      problems.add(
        'boundaries/topology',
        polygonPath,
        `found ${describe(polygon)} where a polygon (a non-empty array of rings) was expected.`,
      );
      continue;
    }
    const rings: Point[][] = [];
    for (let r = 0; r < polygon.length; r++) {
      const ring = topologyRing(topology, polygon[r], `${polygonPath}[${r}]`);
      // Arcs are shared between rings; copy the points so no two features alias an array.
      if (ring) rings.push(ring.map((p) => [p[0], p[1]]));
    }
    result.push(rings);
  }
  if (code !== undefined && problems.count === before) out.push({ code, name, polygons: result });
}

function readTopology(
  reader: Reader,
  value: Json,
  objectName: string | undefined,
  out: RawFeature[],
): { empty: string } | undefined {
  const { problems } = reader;
  const objects = value.objects;
  if (!isObject(objects) || Object.keys(objects).length === 0) {
    problems.add(
      'boundaries/topology',
      'objects',
      `found ${describe(objects)}; a Topology needs "objects", a map from names to geometry objects.`,
    );
    return undefined;
  }
  if (!Array.isArray(value.arcs)) {
    problems.add(
      'boundaries/topology',
      'arcs',
      `found ${describe(value.arcs)}; a Topology needs "arcs", an array of arcs.`,
    );
    return undefined;
  }
  const transform = readTransform(value.transform, problems);
  if (transform === null) return undefined;
  const names = Object.keys(objects);
  let name: string;
  if (objectName !== undefined) {
    if (!(objectName in objects)) {
      problems.add(
        'boundaries/topology',
        member('objects', objectName),
        `the topology has no object ${JSON.stringify(objectName)}; its objects are ` +
          `${names.map((n) => JSON.stringify(n)).join(', ')}.`,
      );
      return undefined;
    }
    name = objectName;
  } else {
    name =
      names.length === 1
        ? names[0]!
        : (names.find((n) => isObject(objects[n]) && objects[n].type === 'GeometryCollection') ??
          names[0]!);
  }
  const topology: Topology = {
    arcs: value.arcs,
    transform,
    decoded: new Array<Point[] | null | undefined>(value.arcs.length),
    problems,
  };
  const object = objects[name];
  const path = member('objects', name);
  if (isObject(object) && object.type === 'GeometryCollection') {
    const geometries = object.geometries;
    const geometriesPath = member(path, 'geometries');
    if (!Array.isArray(geometries)) {
      problems.add(
        'boundaries/topology',
        geometriesPath,
        `found ${describe(geometries)}; a GeometryCollection needs an array of geometries.`,
      );
      return undefined;
    }
    if (geometries.length === 0) return { empty: geometriesPath };
    for (let i = 0; i < geometries.length; i++) {
      readTopologyGeometry(reader, topology, geometries[i], `${geometriesPath}[${i}]`, out);
    }
  } else {
    // A single geometry object is one feature.
    readTopologyGeometry(reader, topology, object, path, out);
  }
  return undefined;
}

/**
 * Reads region boundaries from a GeoJSON FeatureCollection or Feature, or from a TopoJSON Topology,
 * with Polygon and MultiPolygon geometries in longitude/latitude degrees.
 *
 * Every problem is reported at once (the first 50, then one entry counting the rest), each with the
 * path to the offending place; nothing is dropped or coerced. Features sharing a code are joined
 * into one (listed in `merged`); a joined region keeps a name only when its parts agree on it. The
 * features come sorted by code. GeoJSON `[lon, lat]` positions are not copied: the features share
 * them with `value`, so treat both as read-only.
 *
 * @param value - The parsed JSON of a GeoJSON or TopoJSON file.
 * @param options - Which property holds the code (`key`, default `code`) and the name (`nameKey`,
 *   default `name`), and which TopoJSON object to read (`object`).
 * @returns `{ ok: true, features, merged }`, or `{ ok: false, problems }`.
 *
 * @example
 * ```ts
 * const result = readBoundaries({
 *   type: 'FeatureCollection',
 *   features: [
 *     {
 *       type: 'Feature',
 *       properties: { code: '34.71', name: 'Kota Yogyakarta' },
 *       geometry: { type: 'Polygon', coordinates: [[[110.3, -7.8], [110.4, -7.8], [110.4, -7.7], [110.3, -7.8]]] },
 *     },
 *   ],
 * });
 * if (result.ok) result.features[0]?.code; // '34.71'
 * else console.error(result.problems); // [{ code: 'boundaries/key', path: 'features[0].properties.code', message: '…' }]
 * ```
 */
export function readBoundaries(value: unknown, options: BoundariesOptions = {}): BoundariesResult {
  const problems = new Problems();
  const reader: Reader = {
    key: options.key ?? 'code',
    nameKey: options.nameKey ?? 'name',
    problems,
  };
  const raw: RawFeature[] = [];
  let emptyPath: string | undefined;
  if (!isObject(value)) {
    problems.add(
      'boundaries/not-geojson',
      '',
      `found ${describe(value)}; boundaries are a GeoJSON FeatureCollection or a TopoJSON Topology ` +
        `object (parse the JSON text first).`,
    );
  } else if (value.type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) {
      problems.add(
        'boundaries/not-geojson',
        'features',
        `found ${describe(value.features)}; a FeatureCollection needs an array of features.`,
      );
    } else if (value.features.length === 0) {
      emptyPath = 'features';
    } else {
      for (let i = 0; i < value.features.length; i++) {
        readGeoJsonFeature(reader, value.features[i], `features[${i}]`, raw);
      }
    }
  } else if (value.type === 'Feature') {
    readGeoJsonFeature(reader, value, '', raw);
  } else if (value.type === 'Topology') {
    emptyPath = readTopology(reader, value, options.object, raw)?.empty;
  } else {
    const bare = value.type === 'Polygon' || value.type === 'MultiPolygon';
    problems.add(
      'boundaries/not-geojson',
      'type',
      `found ${describe(value.type)}; boundaries are a GeoJSON FeatureCollection or Feature, or a ` +
        `TopoJSON Topology.${bare ? ' Wrap the geometry in a Feature whose properties give its region code.' : ''}`,
    );
  }
  if (emptyPath !== undefined) {
    problems.add(
      'boundaries/empty',
      emptyPath,
      'the file has no features; it needs one feature per region.',
    );
  }
  if (problems.count > 0) return { ok: false, problems: problems.result() };
  const attribution = attributionOf(value);
  return { ok: true, ...joinByCode(raw), ...(attribution ? { attribution } : {}) };
}

/** `copyright (license, source)` from a file's top-level `metadata`, when it names a copyright. */
function attributionOf(value: unknown): string | undefined {
  const metadata = isObject(value) ? value.metadata : undefined;
  if (!isObject(metadata) || typeof metadata.copyright !== 'string') return undefined;
  const extra = [metadata.license, metadata.source].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  );
  return extra.length > 0 ? `${metadata.copyright} (${extra.join(', ')})` : metadata.copyright;
}

/** Joins features sharing a code (polygons in file order) and sorts them by code. */
function joinByCode(raw: readonly RawFeature[]): {
  features: BoundaryFeature[];
  merged: string[];
} {
  const byCode = new Map<string, { feature: BoundaryFeature; names: Set<string | undefined> }>();
  const merged = new Set<string>();
  for (const { code, name, polygons } of raw) {
    const seen = byCode.get(code);
    if (seen) {
      seen.feature.polygons.push(...polygons);
      seen.names.add(name);
      merged.add(code);
    } else {
      byCode.set(code, { feature: { code, polygons }, names: new Set([name]) });
    }
  }
  const features: BoundaryFeature[] = [];
  for (const { feature, names } of byCode.values()) {
    // Parts that name the region differently leave it unnamed: no one of them is its name.
    const named = [...names].filter((n) => n !== undefined);
    if (named.length === 1) feature.name = named[0];
    features.push(feature);
  }
  // Code-unit order, not localeCompare: the same on every machine and in every locale.
  const byCodeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  features.sort((a, b) => byCodeOrder(a.code, b.code));
  return { features, merged: [...merged].sort(byCodeOrder) };
}
