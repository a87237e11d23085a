/**
 * `@takar/indonesia/boundaries`: the 514 kabupaten/kota boundaries as TopoJSON (one object
 * `kabkota`, shared arcs, quantised to 10^4 steps; 618 KB, 176 KB gzip), keyed by the Ministry of
 * Home Affairs code in `properties.code` (e.g. `34.71`).
 *
 * Source: `cahyadsn/wilayah_boundaries`, MIT, Copyright (c) 2024 Cahya DSN, following Kepmendagri
 * No 300.2.2-2430 Tahun 2025, simplified for a national choropleth. The file carries that credit in
 * its `metadata`, and `<takar-map>` shows it under the map.
 *
 * This subpath is optional and separate from the package's main entry, so nothing loads the file
 * unless a page or a command asks for it. A ministry or portal may use its own official file
 * instead.
 *
 * @packageDocumentation
 */

/** The file name of the shipped boundaries, as `takar publish --boundaries indonesia` copies it. */
export const BOUNDARIES_FILE_NAME = 'kabkota-2025.topo.json';

/** The credit line the shipped boundaries require (MIT), for pages that draw them. */
export const BOUNDARIES_ATTRIBUTION =
  'Copyright (c) 2024 Cahya DSN (MIT, cahyadsn/wilayah_boundaries)';

/** The TopoJSON object that holds the 514 regions. */
export const BOUNDARIES_OBJECT = 'kabkota';

/**
 * The URL of the shipped TopoJSON file: a `file:` URL in Node, and wherever a bundler puts the
 * asset in a browser build (bundlers such as Vite and rollup's URL plugins understand
 * `new URL(…, import.meta.url)`).
 *
 * @example
 * ```ts
 * import { boundariesUrl } from '@takar/indonesia/boundaries';
 * document.querySelector('takar-map')!.setAttribute('boundaries', boundariesUrl().href);
 * ```
 */
export function boundariesUrl(): URL {
  return new URL('../../boundaries/kabkota-2025.topo.json', import.meta.url);
}

/**
 * Reads and parses the shipped TopoJSON (from disk in Node, by `fetch` elsewhere).
 *
 * @returns The parsed Topology, ready for `<takar-map>`'s `boundaries` property or
 *   `readBoundaries` of `@takar/charts`.
 *
 * @example
 * ```ts
 * import { loadBoundaries } from '@takar/indonesia/boundaries';
 * const topology = await loadBoundaries();
 * console.log(Object.keys(topology.objects)); // ['kabkota']
 * ```
 */
export async function loadBoundaries(): Promise<BoundariesTopology> {
  const url = boundariesUrl();
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(url, 'utf8')) as BoundariesTopology;
  }
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `could not load the shipped boundaries from ${url.href}: HTTP ${response.status}`,
    );
  return (await response.json()) as BoundariesTopology;
}

/** The shape of the shipped file, as far as its users need it. */
export interface BoundariesTopology {
  type: 'Topology';
  /** Name, source, licence and copyright of the data. */
  metadata: {
    name: string;
    source: string;
    license: string;
    copyright: string;
    simplified: string;
  };
  /** The single object `kabkota`, a GeometryCollection of 514 MultiPolygons. */
  objects: Record<string, unknown>;
  arcs: number[][][];
  transform: { scale: [number, number]; translate: [number, number] };
}
