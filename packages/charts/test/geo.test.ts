import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatPath } from '@takar/core/results';
import {
  DIVERGING_COLORS,
  SEQUENTIAL_COLORS,
  interpolateColor,
  mercator,
  projectBoundaries,
  readBoundaries,
  relativeLuminance,
  splitPanels,
  unionBox,
  viewBox,
  type BoundariesResult,
  type BoundaryFeature,
  type BoundaryProblem,
  type ProjectedMap,
} from '@takar/charts';

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────

type Ring = [number, number][];

/** A closed square ring, counterclockwise on the globe (west-south corner first). */
function square(lon: number, lat: number, size: number): Ring {
  return [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
}

function feature(properties: Record<string, unknown> | null, geometry: unknown): unknown {
  return { type: 'Feature', properties, geometry };
}

function polygon(...rings: Ring[]) {
  return { type: 'Polygon', coordinates: rings };
}

function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

function ok(result: BoundariesResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems, null, 2)}`);
  return result;
}

function problems(result: BoundariesResult): BoundaryProblem[] {
  if (result.ok) throw new Error('expected problems, got ok');
  return result.problems;
}

/** [code, path] of each problem. */
function where(result: BoundariesResult): [string, string][] {
  return problems(result).map((p) => [p.code, formatPath(p.path)]);
}

/** The rings of an SVG path written by projectBoundaries, as absolute integer points. */
function parsePath(path: string): [number, number][][] {
  const rings: [number, number][][] = [];
  const re = /M(-?\d+)(?: |(?=-))(-?\d+)l((?:(?: |-)?\d+)*)z/gy;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = re.exec(path))) {
    let x = Number(match[1]);
    let y = Number(match[2]);
    const ring: [number, number][] = [[x, y]];
    const deltas = (match[3]!.match(/-?\d+/g) ?? []).map(Number);
    expect(deltas.length % 2).toBe(0);
    for (let i = 0; i < deltas.length; i += 2) {
      x += deltas[i]!;
      y += deltas[i + 1]!;
      ring.push([x, y]);
    }
    rings.push(ring);
    end = re.lastIndex;
  }
  expect(end, `unparsed path data after ${end}: ${path.slice(end, end + 40)}`).toBe(path.length);
  return rings;
}

/** Twice the signed area of an open ring in map units (y grows south). */
function signedArea(ring: readonly [number, number][]): number {
  let area = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    area += x0 * y1 - x1 * y0;
  }
  return area;
}

// ── readBoundaries: GeoJSON ─────────────────────────────────────────────────────────────────────

describe('readBoundaries (GeoJSON)', () => {
  it('reads Polygon and MultiPolygon features, sorted by code, with their names', () => {
    const result = ok(
      readBoundaries(
        collection(
          feature({ code: '34.71', name: 'Kota Yogyakarta' }, polygon(square(110, -8, 1))),
          feature(
            { code: '31.71', name: 'Kota Jakarta Pusat' },
            { type: 'MultiPolygon', coordinates: [[square(106, -7, 1)], [square(107, -7, 0.5)]] },
          ),
        ),
      ),
    );
    expect(result.merged).toEqual([]);
    expect(result.features).toEqual([
      {
        code: '31.71',
        name: 'Kota Jakarta Pusat',
        polygons: [[square(106, -7, 1)], [square(107, -7, 0.5)]],
      },
      { code: '34.71', name: 'Kota Yogyakarta', polygons: [[square(110, -8, 1)]] },
    ]);
  });

  it('keeps holes as the rings after the outer one', () => {
    const outer = square(100, 0, 4);
    const hole = square(101, 1, 1).reverse();
    const result = ok(readBoundaries(collection(feature({ code: 'A' }, polygon(outer, hole)))));
    expect(result.features[0]!.polygons).toEqual([[outer, hole]]);
  });

  it('accepts a single Feature, and drops altitudes from positions', () => {
    const ring = square(100, 0, 1).map(([lon, lat]) => [lon, lat, 12]);
    const result = ok(
      readBoundaries(feature({ code: 'A' }, { type: 'Polygon', coordinates: [ring] })),
    );
    expect(result.features).toEqual([{ code: 'A', polygons: [[square(100, 0, 1)]] }]);
  });

  it('does not share arrays with the input', () => {
    const input = collection(feature({ code: 'A' }, polygon(square(100, 0, 1))));
    const result = ok(readBoundaries(input));
    result.features[0]!.polygons[0]![0]![0]![0] = 0;
    expect(JSON.stringify(input)).toContain('[100,0]');
  });

  it('takes the code and name from the properties named by key and nameKey', () => {
    const result = ok(
      readBoundaries(
        collection(
          feature({ kode: '34.71', nama: 'Kota Yogyakarta' }, polygon(square(110, -8, 1))),
        ),
        { key: 'kode', nameKey: 'nama' },
      ),
    );
    expect(result.features.map((f) => [f.code, f.name])).toEqual([['34.71', 'Kota Yogyakarta']]);
  });

  it("with key 'id', prefers properties.id and falls back to the feature's top-level id", () => {
    const result = ok(
      readBoundaries(
        collection(
          { ...(feature({ id: '11.01' }, polygon(square(95, 3, 1))) as object), id: 'ignored' },
          { ...(feature({}, polygon(square(96, 3, 1))) as object), id: '11.02' },
          { ...(feature(null, polygon(square(97, 3, 1))) as object), id: '11.03' },
        ),
        { key: 'id' },
      ),
    );
    expect(result.features.map((f) => f.code)).toEqual(['11.01', '11.02', '11.03']);
  });

  it('joins features sharing a code, in file order, and lists the code as merged', () => {
    const result = ok(
      readBoundaries(
        collection(
          feature({ code: 'B', name: 'Bee' }, polygon(square(3, 0, 1))),
          feature({ code: 'A', name: 'North' }, polygon(square(1, 0, 1))),
          feature({ code: 'A', name: 'South' }, polygon(square(2, 0, 1))),
          feature({ code: 'B' }, polygon(square(4, 0, 1))),
        ),
      ),
    );
    expect(result.merged).toEqual(['A', 'B']);
    expect(result.features).toEqual([
      // The parts of A name it differently: no one of them is the region's name.
      { code: 'A', polygons: [[square(1, 0, 1)], [square(2, 0, 1)]] },
      { code: 'B', name: 'Bee', polygons: [[square(3, 0, 1)], [square(4, 0, 1)]] },
    ]);
  });

  it('gives the same output whatever the order of the features', () => {
    const features = ['32.73', '31.71', '34.71', '31.01', '33.74'].map((code, i) =>
      feature({ code, name: `R${code}` }, polygon(square(100 + i, -7, 0.5))),
    );
    const a = ok(readBoundaries(collection(...features)));
    const b = ok(readBoundaries(collection(...[...features].reverse())));
    expect(a.features.map((f) => f.code)).toEqual(['31.01', '31.71', '32.73', '33.74', '34.71']);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('readBoundaries problems', () => {
  it('reports a value that is not GeoJSON or TopoJSON (boundaries/not-geojson)', () => {
    expect(where(readBoundaries(null))).toEqual([['boundaries/not-geojson', '']]);
    expect(where(readBoundaries('{"type":"FeatureCollection"}'))).toEqual([
      ['boundaries/not-geojson', ''],
    ]);
    expect(where(readBoundaries([]))).toEqual([['boundaries/not-geojson', '']]);
    expect(where(readBoundaries({ type: 'Foo' }))).toEqual([['boundaries/not-geojson', 'type']]);
    expect(where(readBoundaries({ type: 'FeatureCollection' }))).toEqual([
      ['boundaries/not-geojson', 'features'],
    ]);
    expect(
      where(readBoundaries(collection(feature({ code: 'A' }, polygon(square(0, 0, 1))), 42))),
    ).toEqual([['boundaries/not-geojson', 'features[1]']]);
    const bare = problems(readBoundaries(polygon(square(0, 0, 1))));
    expect(bare[0]!.message).toMatch(/Wrap the geometry in a Feature/);
  });

  it('reports a file without features (boundaries/empty)', () => {
    expect(where(readBoundaries(collection()))).toEqual([['boundaries/empty', 'features']]);
  });

  it('reports a missing or non-string code, and says how codes are written (boundaries/key)', () => {
    const result = readBoundaries(
      collection(
        feature({ kode: '11.01', nama: 'X' }, polygon(square(0, 0, 1))),
        feature({ code: 3471 }, polygon(square(0, 0, 1))),
        feature(null, polygon(square(0, 0, 1))),
        feature({ code: '  ' }, polygon(square(0, 0, 1))),
        feature({ code: true }, polygon(square(0, 0, 1))),
        feature({ code: 'A', name: 7 }, polygon(square(0, 0, 1))),
      ),
    );
    expect(where(result)).toEqual([
      ['boundaries/key', 'features[0].properties.code'],
      ['boundaries/key', 'features[1].properties.code'],
      ['boundaries/key', 'features[2].properties.code'],
      ['boundaries/key', 'features[3].properties.code'],
      ['boundaries/key', 'features[4].properties.code'],
      ['boundaries/key', 'features[5].properties.name'],
    ]);
    const [missing, numeric, none, , bool] = problems(result);
    expect(missing!.message).toMatch(/no "code" property/);
    expect(missing!.message).toMatch(/"kode", "nama"/);
    expect(numeric!.message).toContain('found the number 3471; codes are strings such as "34.71"');
    expect(none!.message).toMatch(/no properties at all/);
    expect(bool!.message).toMatch(/found the boolean true/);
  });

  it('writes odd property names in brackets in the path', () => {
    const result = readBoundaries(collection(feature({ code: 'A' }, polygon(square(0, 0, 1)))), {
      key: 'kode wilayah',
    });
    expect(where(result)).toEqual([['boundaries/key', 'features[0].properties["kode wilayah"]']]);
  });

  it('reports a missing or non-polygon geometry (boundaries/geometry)', () => {
    const result = readBoundaries(
      collection(
        feature({ code: 'A' }, null),
        feature({ code: 'B' }, { type: 'Point', coordinates: [110, -7] }),
        feature(
          { code: 'C' },
          {
            type: 'LineString',
            coordinates: [
              [110, -7],
              [111, -7],
            ],
          },
        ),
        feature({ code: 'D' }, { type: 'GeometryCollection', geometries: [] }),
      ),
    );
    expect(where(result)).toEqual([
      ['boundaries/geometry', 'features[0].geometry'],
      ['boundaries/geometry', 'features[1].geometry.type'],
      ['boundaries/geometry', 'features[2].geometry.type'],
      ['boundaries/geometry', 'features[3].geometry.type'],
    ]);
    expect(problems(result)[1]!.message).toMatch(/is a Point; only Polygon and MultiPolygon/);
  });

  it('reports bad coordinates: out of range, not finite, not numbers, short or open rings', () => {
    const open = square(0, 0, 1).slice(0, 4);
    const result = readBoundaries(
      collection(
        feature(
          { code: 'A' },
          polygon([
            [0, 0],
            [181, 0],
            [1, 1],
            [0, 0],
          ]),
        ),
        feature(
          { code: 'B' },
          polygon([
            [0, 0],
            [1, -91],
            [1, 1],
            [0, 0],
          ]),
        ),
        feature(
          { code: 'C' },
          polygon([
            [0, 0],
            [1, 0],
            [Infinity, 1],
            [0, 0],
          ]),
        ),
        feature(
          { code: 'D' },
          polygon([[0, 0], [1, 0], ['1', 1] as unknown as [number, number], [0, 0]]),
        ),
        feature(
          { code: 'E' },
          polygon([
            [0, 0],
            [1, 0],
            [0, 0],
          ]),
        ),
        feature({ code: 'F' }, polygon(open)),
        feature({ code: 'G' }, { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], []] }),
        feature({ code: 'H' }, { type: 'Polygon', coordinates: [] }),
        feature({ code: 'I' }, { type: 'Polygon' }),
      ),
    );
    expect(where(result)).toEqual([
      ['boundaries/coordinates', 'features[0].geometry.coordinates[0][1]'],
      ['boundaries/coordinates', 'features[1].geometry.coordinates[0][1]'],
      ['boundaries/coordinates', 'features[2].geometry.coordinates[0][2]'],
      ['boundaries/coordinates', 'features[3].geometry.coordinates[0][2]'],
      ['boundaries/coordinates', 'features[4].geometry.coordinates[0]'],
      ['boundaries/coordinates', 'features[5].geometry.coordinates[0]'],
      ['boundaries/coordinates', 'features[6].geometry.coordinates[1]'],
      ['boundaries/coordinates', 'features[7].geometry.coordinates'],
      ['boundaries/coordinates', 'features[8].geometry.coordinates'],
    ]);
    const messages = problems(result).map((p) => p.message);
    expect(messages[0]).toMatch(/outside longitude/);
    expect(messages[4]).toMatch(/has 3 positions/);
    expect(messages[5]).toMatch(/not closed/);
  });

  it('reports the first bad position of a geometry with the count of the others', () => {
    // As if a file in metres (EPSG:3857) were given: one problem per feature, not one per point.
    const metres = square(0, 0, 1).map(([x, y]) => [x * 1e6 + 1.2e7, y * 1e6 - 8e5]);
    const result = readBoundaries(collection(feature({ code: 'A' }, polygon(metres as Ring))));
    expect(where(result)).toEqual([
      ['boundaries/coordinates', 'features[0].geometry.coordinates[0][0]'],
    ]);
    expect(problems(result)[0]!.message).toMatch(/projected.*EPSG:4326.*4 more positions/s);
  });

  it('suggests swapped longitude and latitude when that would fit', () => {
    const swapped = square(110, -8, 1).map(([lon, lat]) => [lat, lon]) as Ring;
    const result = readBoundaries(collection(feature({ code: 'A' }, polygon(swapped))));
    expect(problems(result)[0]!.message).toMatch(/swapped/);
  });

  it('reports every problem at once, in file order', () => {
    const result = readBoundaries(
      collection(
        feature({ code: 'A' }, polygon(square(0, 0, 1))),
        feature({ code: 12 }, { type: 'Point', coordinates: [0, 0] }),
        feature(
          { code: 'C' },
          polygon([
            [0, 0],
            [0, 95],
            [1, 1],
            [0, 0],
          ]),
        ),
        feature({}, polygon(square(0, 0, 1))),
      ),
    );
    expect(where(result)).toEqual([
      ['boundaries/key', 'features[1].properties.code'],
      ['boundaries/geometry', 'features[1].geometry.type'],
      ['boundaries/coordinates', 'features[2].geometry.coordinates[0][1]'],
      ['boundaries/key', 'features[3].properties.code'],
    ]);
  });

  it('lists at most 50 problems and one more entry counting the rest', () => {
    const features = Array.from({ length: 120 }, (_, i) =>
      i < 100 ? feature({}, polygon(square(0, 0, 1))) : feature({ code: `X${i}` }, null),
    );
    const list = problems(readBoundaries(collection(...features)));
    expect(list).toHaveLength(51);
    expect(list[49]!.path).toEqual(['features', 49, 'properties', 'code']);
    const summary = list[50]!;
    expect(summary.code).toBe('boundaries/key');
    expect(summary.path).toEqual([]);
    expect(summary.message).toContain('70 more problems');
    expect(summary.message).toContain('50 boundaries/key, 20 boundaries/geometry');
  });
});

// ── readBoundaries: TopoJSON ────────────────────────────────────────────────────────────────────

/**
 * Two unit squares side by side, A = [0,1]×[0,1] and B = [1,2]×[0,1] (lon × lat), sharing the edge
 * x = 1. Arc 0: the shared edge upwards; arc 1: the rest of A; arc 2: the rest of B.
 */
const sharedEdge = {
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ],
  // A: shared edge up, then the rest; B: its own arc, then the shared edge reversed (~0 = -1).
  a: [[0, 1]],
  b: [[2, -1]],
  ringA: [
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
    [1, 0],
  ],
  ringB: [
    [1, 0],
    [2, 0],
    [2, 1],
    [1, 1],
    [1, 0],
  ],
};

function topology(geometries: unknown[], extra: Record<string, unknown> = {}) {
  return {
    type: 'Topology',
    arcs: sharedEdge.arcs,
    objects: { regions: { type: 'GeometryCollection', geometries } },
    ...extra,
  };
}

describe('readBoundaries (TopoJSON)', () => {
  it('stitches rings from arcs, reversing negative (~i) indexes', () => {
    const result = ok(
      readBoundaries(
        topology([
          { type: 'Polygon', arcs: sharedEdge.b, properties: { code: 'B' } },
          { type: 'Polygon', arcs: sharedEdge.a, properties: { code: 'A', name: 'Aa' } },
        ]),
      ),
    );
    expect(result.features).toEqual([
      { code: 'A', name: 'Aa', polygons: [[sharedEdge.ringA]] },
      { code: 'B', polygons: [[sharedEdge.ringB]] },
    ]);
  });

  it('decodes quantized, delta-encoded arcs with the transform', () => {
    // The same squares quantized with scale 0.5 and translate [100, -10]: lon = 100 + 0.5·x.
    const quantized = sharedEdge.arcs.map((arc) =>
      arc.map(([x, y], i) => {
        const [px, py] = i === 0 ? [0, 0] : arc[i - 1]!;
        return [(x! - px!) * 2, (y! - py!) * 2];
      }),
    );
    const result = ok(
      readBoundaries({
        ...topology([
          { type: 'Polygon', arcs: sharedEdge.a, properties: { code: 'A' } },
          { type: 'MultiPolygon', arcs: [sharedEdge.b], properties: { code: 'B' } },
        ]),
        arcs: quantized,
        transform: { scale: [0.5, 0.5], translate: [100, -10] },
      }),
    );
    const shift = (ring: number[][]) => ring.map(([x, y]) => [100 + x!, -10 + y!]);
    expect(result.features).toEqual([
      { code: 'A', polygons: [[shift(sharedEdge.ringA)]] },
      { code: 'B', polygons: [[shift(sharedEdge.ringB)]] },
    ]);
  });

  it('reads holes and MultiPolygons', () => {
    // Arc 0: a 4×4 outer square; arc 1: a 1×1 hole inside it; arc 2: an island.
    const arcs = [square(100, 0, 4), square(101, 1, 1).reverse(), square(110, 0, 1)];
    const result = ok(
      readBoundaries(
        {
          type: 'Topology',
          arcs,
          objects: {
            regions: {
              type: 'GeometryCollection',
              geometries: [{ type: 'MultiPolygon', arcs: [[[0], [1]], [[~2]]], id: 'A' }],
            },
          },
        },
        { key: 'id' },
      ),
    );
    expect(result.features).toEqual([
      { code: 'A', polygons: [[arcs[0], arcs[1]], [[...arcs[2]!].reverse()]] },
    ]);
  });

  it('picks the only object, else the first GeometryCollection, else the one named', () => {
    const a = { type: 'Polygon', arcs: sharedEdge.a, properties: { code: 'A' } };
    const b = { type: 'Polygon', arcs: sharedEdge.b, properties: { code: 'B' } };
    const base = { type: 'Topology', arcs: sharedEdge.arcs };
    const codes = (value: unknown, object?: string) =>
      ok(readBoundaries(value, object ? { object } : {})).features.map((f) => f.code);
    expect(codes({ ...base, objects: { only: a } })).toEqual(['A']);
    const two = {
      ...base,
      objects: { single: a, many: { type: 'GeometryCollection', geometries: [b] } },
    };
    expect(codes(two)).toEqual(['B']);
    expect(codes(two, 'single')).toEqual(['A']);
    expect(where(readBoundaries(two, { object: 'kabkota' }))).toEqual([
      ['boundaries/topology', 'objects.kabkota'],
    ]);
  });

  it('reports broken topologies with paths into objects and arcs', () => {
    const result = readBoundaries(
      topology([
        { type: 'Polygon', arcs: [[0, 7]], properties: { code: 'A' } },
        { type: 'Polygon', arcs: [[0, 2]], properties: { code: 'B' } },
        { type: 'Polygon', arcs: [[1]], properties: { code: 'C' } },
        { type: null, properties: { code: 'D' } },
        { type: 'LineString', arcs: [0], properties: { code: 'E' } },
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: 3471 } },
        { type: 'Polygon', arcs: [[-4]], properties: { code: 'G' } },
      ]),
    );
    expect(where(result)).toEqual([
      ['boundaries/topology', 'objects.regions.geometries[0].arcs[0][1]'],
      ['boundaries/topology', 'objects.regions.geometries[1].arcs[0][1]'],
      ['boundaries/topology', 'objects.regions.geometries[2].arcs[0]'],
      ['boundaries/geometry', 'objects.regions.geometries[3].type'],
      ['boundaries/geometry', 'objects.regions.geometries[4].type'],
      ['boundaries/key', 'objects.regions.geometries[5].properties.code'],
      ['boundaries/topology', 'objects.regions.geometries[6].arcs[0][0]'],
    ]);
    const messages = problems(result).map((p) => p.message);
    expect(messages[0]).toMatch(/from -3 to 2/);
    expect(messages[1]).toMatch(/must join end to start/);
    expect(messages[2]).toMatch(/do not close/);
  });

  it('reports bad arcs, transforms and objects', () => {
    const base = topology([{ type: 'Polygon', arcs: sharedEdge.a, properties: { code: 'A' } }]);
    // Only arcs that a geometry uses are decoded: the empty arc 2 is not reported.
    expect(
      where(
        readBoundaries({
          ...base,
          arcs: [
            [
              [1, 0],
              [1, 1],
            ],
            'x',
            [],
          ],
        }),
      ),
    ).toEqual([['boundaries/topology', 'arcs[1]']]);
    const badArc = readBoundaries({
      ...base,
      arcs: [
        [
          [1, 0],
          [1, 1],
        ],
        [
          [1, 1],
          [0, NaN],
        ],
      ],
    });
    expect(where(badArc)).toEqual([['boundaries/coordinates', 'arcs[1][1]']]);
    const outOfRange = readBoundaries({
      ...base,
      arcs: sharedEdge.arcs,
      transform: { scale: [100, 1], translate: [0, 0] },
    });
    // Delta-decoded x runs 1, 2 in arc 0 and 1, 1, 0, 1 in arc 1: x = 2 gives longitude 200.
    expect(where(outOfRange)).toEqual([
      ['boundaries/coordinates', 'arcs[0][1]'],
      ['boundaries/coordinates', 'arcs[1][3]'],
    ]);
    expect(problems(outOfRange)[0]!.message).toMatch(/transform/);
    expect(where(readBoundaries({ ...base, transform: { scale: [1] } }))).toEqual([
      ['boundaries/topology', 'transform'],
    ]);
    expect(where(readBoundaries({ ...base, arcs: undefined }))).toEqual([
      ['boundaries/topology', 'arcs'],
    ]);
    expect(where(readBoundaries({ ...base, objects: {} }))).toEqual([
      ['boundaries/topology', 'objects'],
    ]);
    expect(where(readBoundaries(topology([])))).toEqual([
      ['boundaries/empty', 'objects.regions.geometries'],
    ]);
  });
});

// ── projection ──────────────────────────────────────────────────────────────────────────────────

describe('mercator', () => {
  it('keeps longitude as x and gives y = -(180/π)·ln(tan(π/4 + φ/2))', () => {
    for (const [lon, lat] of [
      [95, 6],
      [110.36, -7.8],
      [141, -11],
      [0, 60],
    ] as const) {
      const phi = (lat * Math.PI) / 180;
      const [x, y] = mercator(lon, lat);
      expect(x).toBe(lon);
      expect(y).toBeCloseTo((-180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2)), 10);
    }
    expect(mercator(110, 0)).toEqual([110, 0]);
  });

  it('grows southward, is symmetric about the equator, and stays finite at the poles', () => {
    expect(mercator(0, -7)[1]).toBeGreaterThan(0);
    expect(mercator(0, -7)[1]).toBeCloseTo(-mercator(0, 7)[1], 12);
    expect(mercator(0, 90)[1]).toBeCloseTo(-180, 6);
    expect(mercator(0, -90)[1]).toBeCloseTo(180, 6);
  });
});

/** Three regions: A with a hole, B a MultiPolygon, C tiny (collapses at width 1000). */
function smallMap(): BoundaryFeature[] {
  return [
    { code: 'A', name: 'Aa', polygons: [[square(100, -5, 4), square(101, -4, 1).reverse()]] },
    { code: 'B', polygons: [[square(110, -5, 2)], [square(113, -5, 1)]] },
    { code: 'C', polygons: [[square(120, 0, 0.001)]] },
  ];
}

describe('projectBoundaries', () => {
  it('translates the map to (0, 0) and scales it to the width', () => {
    const map = projectBoundaries(smallMap(), { width: 1000 });
    const [xWest, yNorth] = mercator(100, 0.001);
    const [xEast, ySouth] = mercator(120.001, -5);
    const scale = 1000 / (xEast - xWest);
    expect(map.scale).toBeCloseTo(scale, 9);
    expect(map.box.x0).toBe(0);
    expect(map.box.y0).toBe(0);
    expect(map.box.x1).toBe(1000);
    expect(map.box.y1).toBeCloseTo((ySouth - yNorth) * scale, 9);
    expect(map.features.map((f) => [f.code, f.name])).toEqual([
      ['A', 'Aa'],
      ['B', undefined],
      ['C', undefined],
    ]);
    // The centre of each region's lon/lat box: A 100…104, B 110…114 (two squares), C 120…120.001.
    expect(map.features.map((f) => f.lon)).toEqual([102, 112, expect.closeTo(120.0005, 9)]);
  });

  it('writes each ring as M, relative l and z, in integer map units', () => {
    const map = projectBoundaries(smallMap(), { width: 1000 });
    const [x0, y0] = mercator(100, 0.001);
    const unit = (lon: number, lat: number) => {
      const [x, y] = mercator(lon, lat);
      return [Math.round((x - x0) * map.scale), Math.round((y - y0) * map.scale)];
    };
    const b = map.features[1]!;
    expect(b.path).toMatch(/^(M\d+ \d+l[-\d ]+z)+$/);
    expect(b.path).not.toMatch(/ -/);
    const rings = parsePath(b.path);
    expect(rings).toHaveLength(2);
    // Each ring has the corners of its square (without the repeated closing point).
    expect(new Set(rings[0]!.map(String))).toEqual(
      new Set(square(110, -5, 2).map(([lon, lat]) => String(unit(lon, lat)))),
    );
    expect(new Set(rings[1]!.map(String))).toEqual(
      new Set(square(113, -5, 1).map(([lon, lat]) => String(unit(lon, lat)))),
    );
    const xs = rings.flat().map(([x]) => x);
    const ys = rings.flat().map(([, y]) => y);
    expect(b.box).toEqual({
      x0: Math.min(...xs),
      y0: Math.min(...ys),
      x1: Math.max(...xs),
      y1: Math.max(...ys),
    });
  });

  it('winds outer rings and holes oppositely (RFC 7946), whatever the input winding', () => {
    for (const features of [smallMap(), smallMap().map(reverseAll)]) {
      const [outer, hole] = parsePath(
        projectBoundaries(features, { width: 1000 }).features[0]!.path,
      );
      // With y growing south, counterclockwise on the globe is a negative signed area.
      expect(signedArea(outer!)).toBeLessThan(0);
      expect(signedArea(hole!)).toBeGreaterThan(0);
    }
  });

  it('drops points that round to the previous one, and collapsed islands', () => {
    const wiggly: [number, number][] = [
      [100, 0],
      [100.00001, 0],
      [100.00002, 0.00001],
      [104, 0],
      [104, 4],
      [100, 4],
      [100, 0],
    ];
    const map = projectBoundaries([{ code: 'A', polygons: [[wiggly], [square(103, 2, 0.0001)]] }], {
      width: 100,
    });
    // 25 units a degree; latitude 4° is the top (y = 0), the equator the bottom.
    const bottom = Math.round((mercator(100, 0)[1] - mercator(100, 4)[1]) * 25);
    expect(bottom).toBe(100);
    expect(parsePath(map.features[0]!.path)).toEqual([
      [
        [0, bottom],
        [100, bottom],
        [100, 0],
        [0, 0],
      ],
    ]);
  });

  it('drops a collapsed hole, and a collapsed outer ring with its holes', () => {
    const map = projectBoundaries(
      [
        { code: 'A', polygons: [[square(100, 0, 4), square(101, 1, 0.0001)]] },
        {
          code: 'B',
          // Broken data: a hole larger than its outer ring. With the outer ring collapsed, the hole
          // alone would be drawn filled, so it goes too.
          polygons: [[square(104, 0, 1)], [square(106, 0, 0.0001), square(106, 0, 1)]],
        },
      ],
      { width: 100 },
    );
    expect(map.features.map((f) => parsePath(f.path).length)).toEqual([1, 1]);
    // B is its first square alone, east edge at longitude 105 (the map spans 100…107).
    expect(map.features[1]!.box.x1).toBe(Math.round((105 - 100) * map.scale));
    expect(map.box.x1).toBe(Math.round((107 - 100) * map.scale));
  });

  it('never loses a region: a wholly collapsed one becomes the rectangle around it', () => {
    // D is a ring of one repeated point on the map's north-west corner, (0, 0) exactly.
    const d: [number, number] = [100, 0.001];
    const map = projectBoundaries([...smallMap(), { code: 'D', polygons: [[[d, d, d, d]]] }], {
      width: 1000,
    });
    expect(map.features[3]!.box).toEqual({ x0: 0, y0: 0, x1: 1, y1: 1 });
    const c = map.features[2]!;
    const rings = parsePath(c.path);
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(4);
    expect(c.box.x1 - c.box.x0).toBeGreaterThanOrEqual(1);
    expect(c.box.y1 - c.box.y0).toBeGreaterThanOrEqual(1);
    expect(signedArea(rings[0]!)).toBeLessThan(0);
    // The rectangle covers where the region is.
    const [x0, y0] = mercator(100, 0.001);
    const [x, y] = mercator(120.0005, 0.0005);
    const at = [(x - x0) * map.scale, (y - y0) * map.scale];
    expect(at[0]).toBeGreaterThanOrEqual(c.box.x0);
    expect(at[0]).toBeLessThanOrEqual(c.box.x1);
    expect(at[1]).toBeGreaterThanOrEqual(c.box.y0);
    expect(at[1]).toBeLessThanOrEqual(c.box.y1);
  });

  it('gives identical output for the same input', () => {
    const a = projectBoundaries(smallMap());
    const b = projectBoundaries(smallMap());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives an empty map for no features', () => {
    expect(projectBoundaries([])).toEqual({
      features: [],
      box: { x0: 0, y0: 0, x1: 0, y1: 0 },
      scale: 1,
    });
  });
});

function reverseAll(f: BoundaryFeature): BoundaryFeature {
  return { ...f, polygons: f.polygons.map((p) => p.map((r) => [...r].reverse())) };
}

describe('unionBox', () => {
  it('holds every box, and is a zero box for none', () => {
    expect(
      unionBox([
        { x0: 0, y0: 0, x1: 2, y1: 1 },
        { x0: 1, y0: -1, x1: 3, y1: 0 },
      ]),
    ).toEqual({ x0: 0, y0: -1, x1: 3, y1: 1 });
    expect(unionBox([])).toEqual({ x0: 0, y0: 0, x1: 0, y1: 0 });
  });
});

describe('viewBox', () => {
  const parse = (s: string) => s.split(' ').map(Number) as [number, number, number, number];

  it('pads by a fraction of the larger side (0.04 by default)', () => {
    expect(viewBox({ x0: 0, y0: 0, x1: 100, y1: 50 })).toBe('-4 -4 108 58');
    expect(viewBox({ x0: 10, y0: 10, x1: 20, y1: 30 }, { pad: 0.5 })).toBe('0 0 30 40');
  });

  it('widens a too-narrow box symmetrically to minAspect', () => {
    const [x, y, w, h] = parse(
      viewBox({ x0: 0, y0: 0, x1: 10, y1: 100 }, { pad: 0, minAspect: 0.5 }),
    );
    expect([y, h]).toEqual([0, 100]);
    expect(w / h).toBeCloseTo(0.5, 9);
    expect(x + w / 2).toBeCloseTo(5, 9);
  });

  it('heightens a too-wide box symmetrically to maxAspect', () => {
    const box = { x0: 100, y0: 40, x1: 400, y1: 50 };
    const [x, y, w, h] = parse(viewBox(box, { minAspect: 1.2, maxAspect: 3 }));
    expect(w / h).toBeCloseTo(3, 2);
    expect(x + w / 2).toBeCloseTo(250, 9);
    expect(y + h / 2).toBeCloseTo(45, 9);
    expect(w).toBeCloseTo(300 + 2 * 0.04 * 300, 9);
  });

  it('leaves an in-range aspect alone, and gives a zero box some size', () => {
    expect(
      viewBox({ x0: 0, y0: 0, x1: 200, y1: 100 }, { pad: 0, minAspect: 1.2, maxAspect: 3 }),
    ).toBe('0 0 200 100');
    const [, , w, h] = parse(viewBox({ x0: 5, y0: 5, x1: 5, y1: 5 }));
    expect(w).toBeGreaterThan(0);
    expect(h).toBeGreaterThan(0);
  });
});

describe('splitPanels', () => {
  it('puts each feature west or east of the split longitude by its lon', () => {
    const box = (x0: number) => ({ x0, y0: 0, x1: x0 + 10, y1: 10 });
    const map: ProjectedMap = {
      box: { x0: 0, y0: 0, x1: 100, y1: 10 },
      scale: 1,
      features: [
        { code: 'a', path: '', box: box(0), lon: 100 },
        { code: 'b', path: '', box: box(50), lon: 119 },
        { code: 'c', path: '', box: box(20), lon: 118.9 },
        { code: 'd', path: '', box: box(80), lon: 140 },
      ],
    };
    expect(splitPanels(map)).toEqual({
      west: { codes: ['a', 'c'], box: { x0: 0, y0: 0, x1: 30, y1: 10 } },
      east: { codes: ['b', 'd'], box: { x0: 50, y0: 0, x1: 90, y1: 10 } },
    });
    expect(splitPanels(map, 150).east).toEqual({ codes: [], box: unionBox([]) });
  });
});

// ── colours ─────────────────────────────────────────────────────────────────────────────────────

describe('colours', () => {
  it('interpolates to the first and last stop at the ends, clamping t outside [0, 1]', () => {
    for (const stops of [SEQUENTIAL_COLORS, DIVERGING_COLORS]) {
      expect(interpolateColor(stops, 0)).toBe(stops[0]);
      expect(interpolateColor(stops, 1)).toBe(stops[stops.length - 1]);
      expect(interpolateColor(stops, -3)).toBe(stops[0]);
      expect(interpolateColor(stops, 7)).toBe(stops[stops.length - 1]);
      // Evenly spaced: t = i / (n − 1) is stop i.
      stops.forEach((stop, i) =>
        expect(interpolateColor(stops, i / (stops.length - 1))).toBe(stop),
      );
    }
  });

  it('interpolates in linear light between stops', () => {
    // Half the light of white: linear 0.5 → sRGB 1.055·0.5^(1/2.4) − 0.055 = 0.7354 → 187.5 → 188 = 0xbc.
    expect(interpolateColor(['#000000', '#ffffff'], 0.5)).toBe('#bcbcbc');
    // Red to blue at 0.25: red keeps 0.75 of its light (→ 0.8808 → 224.6 → 0xe1), blue gets 0.25
    // (→ 0.5371 → 137.0 → 0x89).
    expect(interpolateColor(['#ff0000', '#0000ff'], 0.25)).toBe('#e10089');
    expect(interpolateColor(['#123456'], 0.7)).toBe('#123456');
  });

  it('has YlGnBu lightest first: luminance strictly decreasing, and monotone in between', () => {
    const lum = SEQUENTIAL_COLORS.map(relativeLuminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]!);
    // Mixed in linear light, luminance falls strictly at every one of 48 steps (the map's levels).
    let previous = Infinity;
    for (let i = 0; i <= 48; i++) {
      const l = relativeLuminance(interpolateColor(SEQUENTIAL_COLORS, i / 48));
      expect(l).toBeLessThan(previous);
      previous = l;
    }
  });

  it('has RdBu red for loss (low t), neutral in the middle and blue for gain (high t)', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [r0, , b0] = rgb(DIVERGING_COLORS[0]!);
    const [r8, , b8] = rgb(DIVERGING_COLORS[8]!);
    const [r4, g4, b4] = rgb(interpolateColor(DIVERGING_COLORS, 0.5));
    expect(r0).toBeGreaterThan(b0!);
    expect(b8).toBeGreaterThan(r8!);
    expect(r4).toBe(g4);
    expect(g4).toBe(b4);
    expect(DIVERGING_COLORS).toHaveLength(9);
    expect(SEQUENTIAL_COLORS).toHaveLength(7);
  });

  it('computes WCAG relative luminance', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    // #808080: c = 128/255, ((c + 0.055) / 1.055)^2.4 = 0.2158…, equal in every channel.
    expect(relativeLuminance('#808080')).toBeCloseTo(0.21586, 5);
    expect(relativeLuminance('#FF0000')).toBeCloseTo(0.2126, 10);
  });

  it('rejects colours not written #rrggbb, empty stops and a NaN t', () => {
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/);
    expect(() => interpolateColor(['#fff', '#000000'], 0)).toThrow(/#rrggbb/);
    expect(() => interpolateColor([], 0.5)).toThrow(RangeError);
    expect(() => interpolateColor(SEQUENTIAL_COLORS, NaN)).toThrow(/NaN/);
  });
});

// ── the real kabupaten/kota boundaries ──────────────────────────────────────────────────────────

// The 514-region source file of @takar/indonesia (packages/indonesia/data/boundaries, MIT, © 2024
// Cahya DSN, see its README) and the TopoJSON that package ships from it.
const realFile = new URL('../../indonesia/data/boundaries/kabkota-2025.geojson', import.meta.url);
const shippedFile = new URL('../../indonesia/boundaries/kabkota-2025.topo.json', import.meta.url);

let real: { features: BoundaryFeature[]; merged: string[]; map: ProjectedMap } | undefined;

/** Reads and projects the real file once, logging how long it took. */
function readReal() {
  if (real) return real;
  const text = readFileSync(realFile, 'utf8');
  const t0 = performance.now();
  const json: unknown = JSON.parse(text);
  const t1 = performance.now();
  const result = ok(readBoundaries(json));
  const t2 = performance.now();
  const map = projectBoundaries(result.features);
  const t3 = performance.now();
  const chars = map.features.reduce((sum, f) => sum + f.path.length, 0);
  console.log(
    `kabkota-2025.geojson (${(text.length / 1e6).toFixed(2)} MB): JSON.parse ${(t1 - t0).toFixed(1)} ms` +
      ` + readBoundaries ${(t2 - t1).toFixed(1)} ms + projectBoundaries ${(t3 - t2).toFixed(1)} ms` +
      ` = ${(t3 - t0).toFixed(1)} ms; ${map.features.length} paths, ${chars} characters`,
  );
  real = { features: result.features, merged: result.merged, map };
  return real;
}

/**
 * A minimal TopoJSON encoder for the round trip: every ring its own arc (every other one stored
 * reversed and referenced as ~i), quantized to `q` steps with delta encoding.
 */
function toTopology(features: readonly BoundaryFeature[], q = 1e5) {
  const points = features.flatMap((f) => f.polygons.flat(2));
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const x0 = Math.min(...lons);
  const y0 = Math.min(...lats);
  const kx = (Math.max(...lons) - x0) / (q - 1);
  const ky = (Math.max(...lats) - y0) / (q - 1);
  const arcs: number[][][] = [];
  const geometries = features.map((f) => ({
    type: 'MultiPolygon',
    properties: { code: f.code, name: f.name },
    arcs: f.polygons.map((polygon) =>
      polygon.map((ring) => {
        const reversed = arcs.length % 2 === 1;
        let px = 0;
        let py = 0;
        arcs.push(
          (reversed ? [...ring].reverse() : ring).map(([lon, lat]) => {
            const x = Math.round((lon - x0) / kx);
            const y = Math.round((lat - y0) / ky);
            const delta = [x - px, y - py];
            px = x;
            py = y;
            return delta;
          }),
        );
        return [reversed ? ~(arcs.length - 1) : arcs.length - 1];
      }),
    ),
  }));
  return {
    topology: {
      type: 'Topology',
      transform: { scale: [kx, ky], translate: [x0, y0] },
      arcs,
      objects: { kabkota: { type: 'GeometryCollection', geometries } },
    },
    step: [kx, ky] as const,
  };
}

describe('the real kabupaten/kota boundaries', () => {
  it('reads 514 regions keyed NN.NN without problems', () => {
    const { features, merged } = readReal();
    expect(features).toHaveLength(514);
    expect(merged).toEqual([]);
    expect(features.filter((f) => !/^\d\d\.\d\d$/.test(f.code))).toEqual([]);
    expect(features.filter((f) => !f.name)).toEqual([]);
  });

  it('projects every region to a non-empty path on a 10 000-wide map', () => {
    const { map } = readReal();
    expect(map.features).toHaveLength(514);
    expect(map.box.x1 - map.box.x0).toBe(10000);
    for (const f of map.features) {
      const rings = parsePath(f.path);
      expect(rings.length, f.code).toBeGreaterThan(0);
      for (const ring of rings) expect(ring.length, f.code).toBeGreaterThanOrEqual(3);
      expect(f.box.x0).toBeGreaterThanOrEqual(0);
      expect(f.box.x1).toBeLessThanOrEqual(10000);
      expect(f.box.y1).toBeLessThanOrEqual(Math.ceil(map.box.y1));
    }
    expect(unionBox(map.features.map((f) => f.box))).toEqual({
      x0: 0,
      y0: 0,
      x1: 10000,
      y1: Math.round(map.box.y1),
    });
  });

  it('puts Jakarta in the west panel and the Papua provinces in the east', () => {
    const { map } = readReal();
    const { west, east } = splitPanels(map);
    const province = (p: string) => map.features.filter((f) => f.code.startsWith(`${p}.`));
    // 31 DKI Jakarta; 91 Papua, 92 Papua Barat, 93 Papua Selatan, 94 Papua Tengah,
    // 95 Papua Pegunungan, 96 Papua Barat Daya (province codes since the 2022 split).
    const jakarta = province('31').map((f) => f.code);
    const papua = ['91', '92', '93', '94', '95', '96'].flatMap((p) => {
      const codes = province(p).map((f) => f.code);
      expect(codes.length, `province ${p}`).toBeGreaterThan(0);
      return codes;
    });
    expect(jakarta).toHaveLength(6);
    expect(jakarta.filter((c) => !west.codes.includes(c))).toEqual([]);
    expect(papua.filter((c) => !east.codes.includes(c))).toEqual([]);
    expect(west.codes.length + east.codes.length).toBe(514);
    expect(west.box.x1).toBeLessThan(east.box.x1);
  });

  it('gives identical paths when read and projected again', () => {
    const { map } = readReal();
    const again = projectBoundaries(
      ok(readBoundaries(JSON.parse(readFileSync(realFile, 'utf8')))).features,
    );
    expect(again.features.map((f) => f.path)).toEqual(map.features.map((f) => f.path));
  });

  it('survives a TopoJSON round trip within the quantisation step', () => {
    const { features } = readReal();
    const { topology, step } = toTopology(features);
    const decoded = ok(readBoundaries(JSON.parse(JSON.stringify(topology)))).features;
    expect(decoded.map((f) => [f.code, f.name])).toEqual(features.map((f) => [f.code, f.name]));
    let worst = 0;
    decoded.forEach((f, i) => {
      const original = features[i]!.polygons;
      expect(f.polygons.map((p) => p.map((r) => r.length))).toEqual(
        original.map((p) => p.map((r) => r.length)),
      );
      f.polygons.forEach((p, j) =>
        p.forEach((r, k) =>
          r.forEach(([lon, lat], m) => {
            const [lon0, lat0] = original[j]![k]![m]!;
            worst = Math.max(worst, Math.abs(lon - lon0) / step[0], Math.abs(lat - lat0) / step[1]);
          }),
        ),
      );
    });
    // Rounding to the nearest step is off by at most half a step (plus floating-point noise).
    expect(worst).toBeLessThanOrEqual(0.5 + 1e-6);
    expect(worst).toBeGreaterThan(0);
  });

  it('reads the credit line the shipped TopoJSON carries in its metadata', () => {
    const read = ok(readBoundaries(JSON.parse(readFileSync(shippedFile, 'utf8'))));
    expect(read.attribution).toMatch(/^Copyright \(c\) 2024 Cahya DSN \(MIT, /);
    // A file without metadata has none.
    expect(
      ok(readBoundaries(JSON.parse(readFileSync(realFile, 'utf8')))).attribution,
    ).toBeUndefined();
  });

  it('reads the shipped TopoJSON (shared arcs, quantised) of the source file as the same regions', () => {
    const { features, map } = readReal();
    // @takar/indonesia's build (topojson-server, 10^4 steps) joins the borders that neighbouring
    // regions share into one arc each; that package's test checks the file is what its build makes.
    const topo = JSON.parse(readFileSync(shippedFile, 'utf8')) as {
      objects: Record<string, unknown>;
      transform?: { scale: [number, number] };
    };
    // Shared borders: some arcs are used by two regions (once each way).
    const uses = new Map<number, number>();
    const walk = (x: unknown): void => {
      if (typeof x === 'number') uses.set(x < 0 ? ~x : x, (uses.get(x < 0 ? ~x : x) ?? 0) + 1);
      else if (Array.isArray(x)) x.forEach(walk);
    };
    const kabkota = topo.objects.kabkota as { geometries: { arcs: unknown }[] };
    for (const g of kabkota.geometries) walk(g.arcs);
    expect([...uses.values()].filter((n) => n > 1).length).toBeGreaterThan(1000);
    const decoded = ok(readBoundaries(JSON.parse(JSON.stringify(topo)))).features;
    expect(decoded.map((f) => f.code)).toEqual(features.map((f) => f.code));
    // Arcs walked the wrong way or joined in the wrong order would bend the rings: compare each
    // region's area (shoelace, in square degrees) with the GeoJSON's.
    const area = (f: BoundaryFeature) =>
      f.polygons.reduce(
        (sum, p) =>
          sum +
          p.reduce((a, ring) => {
            let twice = 0;
            for (let i = 0; i < ring.length; i++) {
              const [x0, y0] = ring[i]!;
              const [x1, y1] = ring[(i + 1) % ring.length]!;
              twice += x0 * y1 - x1 * y0;
            }
            return a + Math.abs(twice) / 2;
          }, 0),
        0,
      );
    // Snapping to the grid moves each point by at most half a step, which changes a ring's area by
    // at most its perimeter × a step: small for large regions, a few % for small islands.
    const step = Math.max(...(topo.transform?.scale ?? [0, 0]));
    const perimeter = (f: BoundaryFeature) =>
      f.polygons.flat().reduce((sum, ring) => {
        let length = 0;
        for (let i = 1; i < ring.length; i++)
          length += Math.hypot(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]);
        return sum + length;
      }, 0);
    const relative: number[] = [];
    decoded.forEach((f, i) => {
      const expected = area(features[i]!);
      const difference = Math.abs(area(f) - expected);
      expect(difference, f.code).toBeLessThanOrEqual(perimeter(features[i]!) * step);
      relative.push(difference / expected);
    });
    // At 10^4 steps (about 500 m) the smallest cities change most (measured 16 % at worst);
    // a typical region changes by well under 1 %.
    relative.sort((a, b) => a - b);
    expect(relative[Math.floor(relative.length / 2)]).toBeLessThan(0.01);
    expect(relative[relative.length - 1]).toBeLessThan(0.25);
    const projected = projectBoundaries(decoded);
    // The grid step is about 46° / 1e4 ≈ 500 m, about a map unit, and snapping moves a point by at
    // most half a step: boxes agree to 1 unit.
    projected.features.forEach((f, i) => {
      const g = map.features[i]!;
      for (const k of ['x0', 'y0', 'x1', 'y1'] as const)
        expect(Math.abs(f.box[k] - g.box[k]), `${f.code} ${k}`).toBeLessThanOrEqual(1);
    });
  });
});
