/**
 * Writes the TopoJSON that `@takar/indonesia/boundaries` ships, `boundaries/kabkota-2025.topo.json`
 * (one object `kabkota`), from `data/boundaries/kabkota-2025.geojson` (MIT, © 2024 Cahya DSN); the
 * conversion and its quantisation are explained in `boundaries-topology.ts`.
 *
 * Run by developers (`npm run build:boundaries -w @takar/indonesia`); the output is committed, and
 * a test checks that it is exactly what this script makes of the source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBoundariesTopology, QUANTIZATION } from './boundaries-topology.js';
import { BOUNDARIES_SOURCE, PACKAGE_DIR } from './shared-paths.js';

const source = readFileSync(BOUNDARIES_SOURCE, 'utf8');
const geojson = JSON.parse(source) as { type: string; features: unknown[] };
if (geojson.type !== 'FeatureCollection' || geojson.features.length !== 514)
  throw new Error(`expected a FeatureCollection of 514 features in ${BOUNDARIES_SOURCE}`);
const { topology, collapsed } = buildBoundariesTopology(geojson);
// The credit travels with the file itself, not only in the README; <takar-map> shows it.
const text = JSON.stringify({ ...boundariesMetadata(), ...topology });
const target = resolve(PACKAGE_DIR, 'boundaries', 'kabkota-2025.topo.json');
writeFileSync(target, text + '\n');
const islets = [...collapsed.values()].reduce((a, b) => a + b, 0);
console.log(
  `wrote ${target}: ${(text.length / 1024).toFixed(0)} KB, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzip ` +
    `(source ${(source.length / 1024).toFixed(0)} KB, ${(gzipSync(source).length / 1024).toFixed(0)} KB gzip); ` +
    `${QUANTIZATION} steps per axis; ${islets} islet ring(s) smaller than a step left out in ` +
    `${collapsed.size} region(s): ${[...collapsed.keys()].join(', ')}`,
);

/** The `metadata` member that names the data, its source and its licence. */
function boundariesMetadata() {
  return {
    type: 'Topology',
    metadata: {
      name: 'Batas kabupaten/kota Indonesia (514), Kepmendagri 300.2.2-2430/2025',
      source: 'cahyadsn/wilayah_boundaries, https://github.com/cahyadsn/wilayah_boundaries',
      license: 'MIT',
      copyright: 'Copyright (c) 2024 Cahya DSN',
      simplified: `Douglas–Peucker 0.004° (about 450 m), ${QUANTIZATION} steps per axis; for a national choropleth, not for areas`,
    },
  };
}
