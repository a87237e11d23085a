import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { regions } from '@takar/indonesia';
import {
  BOUNDARIES_ATTRIBUTION,
  BOUNDARIES_FILE_NAME,
  BOUNDARIES_OBJECT,
  boundariesUrl,
  loadBoundaries,
} from '@takar/indonesia/boundaries';
import { buildBoundariesTopology } from '../scripts/boundaries-topology.js';
import { BOUNDARIES_SOURCE } from '../scripts/shared-paths.js';

describe('@takar/indonesia/boundaries', () => {
  it('ships one MultiPolygon per registry region, keyed by its code, with its credit', async () => {
    const topology = await loadBoundaries();
    expect(topology.type).toBe('Topology');
    expect(topology.metadata.copyright).toBe('Copyright (c) 2024 Cahya DSN');
    expect(topology.metadata.license).toBe('MIT');
    expect(BOUNDARIES_ATTRIBUTION).toContain(topology.metadata.copyright);
    const object = topology.objects[BOUNDARIES_OBJECT] as {
      geometries: { type: string; properties: { code: string; name: string } }[];
    };
    const codes = object.geometries.map((g) => g.properties.code).sort();
    expect(codes).toEqual(
      regions()
        .map((r) => r.code)
        .sort(),
    );
    expect(new Set(object.geometries.map((g) => g.type))).toEqual(new Set(['MultiPolygon']));
    expect(boundariesUrl().pathname.endsWith(`/boundaries/${BOUNDARIES_FILE_NAME}`)).toBe(true);
  });

  it('is exactly what the build makes of the source GeoJSON (rebuild: npm run build:boundaries)', () => {
    const source: unknown = JSON.parse(readFileSync(BOUNDARIES_SOURCE, 'utf8'));
    const { topology, collapsed } = buildBoundariesTopology(source);
    const shipped = JSON.parse(readFileSync(fileURLToPath(boundariesUrl()), 'utf8')) as Record<
      string,
      unknown
    >;
    const pick = (t: Record<string, unknown>) =>
      JSON.stringify([t.type, t.arcs, t.transform, t.objects]);
    expect(pick(shipped)).toBe(pick(topology as unknown as Record<string, unknown>));
    // Only islets smaller than a grid step are left out, and never a whole region.
    expect([...collapsed.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5);
  });

  it('is not reachable from the main entry, so pages that draw no map never load it', () => {
    const main = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
    expect(main).not.toMatch(/boundaries/);
  });
});
