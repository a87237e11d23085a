/**
 * The conversion behind `@takar/indonesia/boundaries`: GeoJSON → TopoJSON with topojson-server
 * (shared arcs, quantised), then rings that quantisation collapsed are removed and counted.
 *
 * Quantisation: the source is already simplified at 0.004° (about 450 m). Indonesia spans about 46°
 * of longitude and 17° of latitude, so 10^4 steps per axis move a point by at most half a step
 * (0.0023°, about 250 m): less than the simplification, and the delta-encoded arcs stay small
 * (measured: 618 KB, 176 KB gzip, against 681 KB / 211 KB at 3·10^4 and 740 KB / 233 KB at 10^5).
 * At that grid a few islets smaller than a grid cell shrink to fewer than four distinct positions;
 * a ring needs four, so those rings are left out, and the build prints which regions lost one.
 * Every region keeps at least one polygon (the build fails otherwise).
 */
import { topology } from 'topojson-server';

/** Quantisation steps per axis (see above). */
export const QUANTIZATION = 1e4;

interface Topo {
  type: 'Topology';
  arcs: [number, number][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, unknown>;
}
interface Geometry {
  type: string;
  properties: { code: string; name: string };
  arcs: number[][][];
}

/** The result of the conversion: the topology and the islets left out, per region code. */
export interface BoundariesBuild {
  topology: Topo;
  /** Region code → rings left out because quantisation collapsed them. */
  collapsed: Map<string, number>;
}

/** Converts the 514-region GeoJSON to the shipped topology (deterministic: same input, same output). */
export function buildBoundariesTopology(geojson: unknown): BoundariesBuild {
  const topo = topology({ kabkota: geojson as never }, QUANTIZATION) as Topo;
  // Positions of a ring after delta decoding, with the repeated joints between arcs removed.
  const arcLength = (i: number) => {
    const arc = topo.arcs[i < 0 ? ~i : i]!;
    return arc.length;
  };
  const ringPositions = (ring: number[]) => ring.reduce((n, i) => n + arcLength(i) - 1, 0) + 1;
  const collapsed = new Map<string, number>();
  const geometries = (topo.objects.kabkota as { geometries: Geometry[] }).geometries;
  for (const g of geometries) {
    if (g.type !== 'MultiPolygon')
      throw new Error(`${g.properties.code}: expected MultiPolygon, got ${g.type}`);
    let dropped = 0;
    g.arcs = g.arcs
      .map((polygon) => {
        // An outer ring that collapsed takes its holes with it; a collapsed hole goes alone.
        if (ringPositions(polygon[0]!) < 4) {
          dropped += polygon.length;
          return [];
        }
        const kept = polygon.filter((ring, k) => k === 0 || ringPositions(ring) >= 4);
        dropped += polygon.length - kept.length;
        return kept;
      })
      .filter((polygon) => polygon.length > 0);
    if (g.arcs.length === 0)
      throw new Error(`${g.properties.code}: every polygon collapsed at ${QUANTIZATION} steps`);
    if (dropped > 0) collapsed.set(g.properties.code, dropped);
  }
  return { topology: topo, collapsed };
}
